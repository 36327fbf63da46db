import * as vscode from 'vscode';
import { normalizeStyle, renumberDocument, type TextEdit } from '../core';
import type { AnalysisCache } from './analysisCache';
import { readOptions } from './config';
import { toRange } from './convert';
import { guardAsync } from './log';

/** The whole-document numbering edits, for the commands and the quick fixes. */
export function documentNumberingEdits(
  kind: 'renumber' | 'normalize',
  document: vscode.TextDocument,
  cache: AnalysisCache,
): TextEdit[] {
  const result = cache.get(document);
  if (!result) return [];
  const text = document.getText();
  return kind === 'renumber'
    ? renumberDocument(text, result.analysis.outline)
    : normalizeStyle(text, result.analysis.outline, readOptions(document).houseStyle);
}

/**
 * A WorkspaceEdit of marker changes; with `preview`, VS Code shows the Refactor Preview before applying it.
 * Each marker edit is labelled so the preview lists them under one heading.
 */
export function numberingWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[], preview: boolean, label: string): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const metadata: vscode.WorkspaceEditEntryMetadata = { label, needsConfirmation: preview };
  for (const e of edits) edit.replace(document.uri, toRange(document, e.span), e.newText, metadata);
  return edit;
}

/** "Renumber Document" and "Normalize Heading Markers to House Style": one undoable edit, previewed first. */
export function registerNumberingCommands(cache: AnalysisCache): vscode.Disposable {
  const run = (kind: 'renumber' | 'normalize', options?: { preview?: boolean }) =>
    guardAsync(kind, false, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !cache.get(editor.document)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a report to renumber its headings.'));
        return false;
      }
      const edits = documentNumberingEdits(kind, editor.document, cache);
      if (!edits.length) {
        void vscode.window.showInformationMessage(
          kind === 'renumber' ? vscode.l10n.t('The numbering is already in order.') : vscode.l10n.t('All markers already follow the house style.'),
        );
        return false;
      }
      const label = kind === 'renumber' ? vscode.l10n.t('Renumber headings') : vscode.l10n.t('Normalize heading markers');
      return vscode.workspace.applyEdit(numberingWorkspaceEdit(editor.document, edits, options?.preview ?? true, label));
    });
  return vscode.Disposable.from(
    vscode.commands.registerCommand('gongwen.renumberDocument', (options?: { preview?: boolean }) => run('renumber', options)),
    vscode.commands.registerCommand('gongwen.normalizeMarkers', (options?: { preview?: boolean }) => run('normalize', options)),
  );
}
