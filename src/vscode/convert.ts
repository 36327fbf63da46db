import * as vscode from 'vscode';
import type { Finding, Severity, Span, TextEdit } from '../core';

/** The one place where engine offsets become editor ranges. */
export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    case 'information': return vscode.DiagnosticSeverity.Information;
    default: return vscode.DiagnosticSeverity.Hint;
  }
}

/** A finding's message in the display language: its template translated, then filled with its values. */
export function localizedMessage(finding: Finding): string {
  return finding.messageTemplate ? vscode.l10n.t(finding.messageTemplate, finding.messageArgs ?? {}) : finding.message;
}

export function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(document, finding.span), localizedMessage(finding), toSeverity(finding.severity));
  d.source = 'gongwen';
  d.code = finding.rule;
  return d;
}

export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[], edit = new vscode.WorkspaceEdit()): vscode.WorkspaceEdit {
  for (const e of edits) edit.replace(document.uri, toRange(document, e.span), e.newText);
  return edit;
}
