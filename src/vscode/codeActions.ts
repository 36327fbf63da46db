import * as vscode from 'vscode';
import { collectMechanicalFixes, type Finding } from '../core';
import type { AnalysisCache } from './analysisCache';
import { documentSelector } from './config';
import { localizedMessage, toRange, toWorkspaceEdit } from './convert';
import { collectFindings } from './findings';
import type { IgnoredPlaceholders } from './ignoredPlaceholders';
import { guard } from './log';
import { documentNumberingEdits, numberingWorkspaceEdit } from './numberingCommands';

export const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('gongwen');

/**
 * Quick fixes: fill in a placeholder (select it so typing replaces it), ignore this one, ignore this text everywhere,
 * apply a finding's mechanical fix; and `source.fixAll.gongwen` for all mechanical fixes at once.
 * Every edit is one undoable step that touches only the spans the findings name.
 */
export function registerCodeActions(
  cache: AnalysisCache,
  ignored: IgnoredPlaceholders,
  refresh: (document: vscode.TextDocument) => void,
): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, range, context) {
      return guard('code actions', [], () => {
        const found = collectFindings(document, cache, ignored);
        if (!found) return [];
        const actions: vscode.CodeAction[] = [];
        if (!context.only || context.only.contains(vscode.CodeActionKind.QuickFix)) {
          const here = found.all.filter((f) => toRange(document, f.span).intersection(range));
          for (const f of here) actions.push(...quickFixes(document, f, found.placeholders.includes(f as never)));
          if (here.some(isNumberingFinding)) actions.push(...documentNumberingFixes(document, cache));
        }
        if (!context.only || context.only.contains(fixAllKind) || fixAllKind.contains(context.only)) {
          const edits = collectMechanicalFixes(found.all);
          if (edits.length) {
            const fixAll = new vscode.CodeAction(vscode.l10n.t('Fix all numbering problems'), fixAllKind);
            fixAll.edit = toWorkspaceEdit(document, edits);
            actions.push(fixAll);
          }
        }
        return actions;
      });
    },
  };

  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(documentSelector, provider, {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, fixAllKind],
    }),
    vscode.commands.registerCommand('gongwen.ignorePlaceholder', async (uri: vscode.Uri, start: number) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const p = document && collectFindings(document, cache, ignored)?.placeholders.find((x) => x.span.start === start);
      if (!document || !p) return;
      await ignored.ignore(uri, document.getText(), p);
      refresh(document);
      void vscode.commands.executeCommand('gongwen.refreshStatus');
    }),
    vscode.commands.registerCommand('gongwen.allowPlaceholderText', async (text: string) => {
      const config = vscode.workspace.getConfiguration('gongwen');
      const list = config.get<string[]>('placeholders.allowlist') ?? [];
      if (list.includes(text)) return;
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await config.update('placeholders.allowlist', [...list, text], target);
    }),
    vscode.commands.registerCommand('gongwen.clearIgnoredPlaceholders', async () => {
      await ignored.clear();
      vscode.workspace.textDocuments.forEach(refresh);
    }),
  );
}

function quickFixes(document: vscode.TextDocument, f: Finding, isPlaceholder: boolean): vscode.CodeAction[] {
  const range = toRange(document, f.span);
  const actions: vscode.CodeAction[] = [];
  if (f.fix?.length) {
    const fix = new vscode.CodeAction(vscode.l10n.t('Fix: {0}', localizedMessage(f)), vscode.CodeActionKind.QuickFix);
    fix.edit = toWorkspaceEdit(document, f.fix);
    fix.isPreferred = true;
    actions.push(fix);
  }
  if (isPlaceholder) {
    const text = document.getText(range);
    const fill = new vscode.CodeAction(vscode.l10n.t('Fill in “{0}”', text || '…'), vscode.CodeActionKind.QuickFix);
    fill.command = { title: fill.title, command: 'gongwen.revealSpan', arguments: [document.uri, range] };
    fill.isPreferred = !f.fix?.length;
    const ignoreOne = new vscode.CodeAction(vscode.l10n.t('Ignore this placeholder'), vscode.CodeActionKind.QuickFix);
    ignoreOne.command = { title: ignoreOne.title, command: 'gongwen.ignorePlaceholder', arguments: [document.uri, f.span.start] };
    actions.push(fill, ignoreOne);
    if (text) {
      const ignoreAll = new vscode.CodeAction(vscode.l10n.t('Ignore “{0}” everywhere', text), vscode.CodeActionKind.QuickFix);
      ignoreAll.command = { title: ignoreAll.title, command: 'gongwen.allowPlaceholderText', arguments: [text] };
      actions.push(ignoreAll);
    }
  }
  return actions;
}

const isNumberingFinding = (f: Finding) => f.rule.startsWith('numbering-') || f.rule.startsWith('item-');

/** Renumber the whole document, and normalise its markers to the house style, offered on any numbering problem. */
function documentNumberingFixes(document: vscode.TextDocument, cache: AnalysisCache): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  const renumber = documentNumberingEdits('renumber', document, cache);
  if (renumber.length) {
    const a = new vscode.CodeAction(vscode.l10n.t('Renumber the whole document'), vscode.CodeActionKind.QuickFix);
    a.edit = numberingWorkspaceEdit(document, renumber, false, vscode.l10n.t('Renumber headings'));
    actions.push(a);
  }
  const normalize = documentNumberingEdits('normalize', document, cache);
  if (normalize.length) {
    const a = new vscode.CodeAction(vscode.l10n.t('Normalize markers to the house style'), vscode.CodeActionKind.QuickFix);
    a.edit = numberingWorkspaceEdit(document, normalize, false, vscode.l10n.t('Normalize heading markers'));
    actions.push(a);
  }
  return actions;
}
