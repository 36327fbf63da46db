import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { toRange } from './convert';
import { collectFindings } from './findings';
import type { IgnoredPlaceholders } from './ignoredPlaceholders';

/**
 * The status bar count of placeholders in the active document ("XX 12"), and the commands that move the
 * selection to the next or previous one (wrapping around).
 */
export function registerPlaceholderNavigation(cache: AnalysisCache, ignored: IgnoredPlaceholders): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('gongwen.placeholders', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Gongwen placeholders');
  item.command = 'gongwen.nextPlaceholder';

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const found = editor && collectFindings(editor.document, cache, ignored);
    const result = editor && cache.get(editor.document);
    if (!editor || !found || !result) {
      item.hide();
      return;
    }
    const n = found.placeholders.length;
    if (result.reduced) {
      item.text = '$(warning) XX –';
      item.tooltip = vscode.l10n.t('This document is larger than gongwen.maxFileSize: only the outline is computed.');
    } else {
      item.text = n ? `$(edit) XX ${n}` : '$(check) XX 0';
      item.tooltip = n
        ? vscode.l10n.t('{0} placeholders left in this document. Click to go to the next one.', n)
        : vscode.l10n.t('No placeholders left in this document.');
    }
    item.backgroundColor = n ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };

  const go = (direction: 1 | -1) => {
    const editor = vscode.window.activeTextEditor;
    const found = editor && collectFindings(editor.document, cache, ignored);
    if (!editor || !found?.placeholders.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No placeholders left in this document.'));
      return;
    }
    // Relative to the selection's start, so that a selected placeholder counts as "here" and is skipped.
    const here = editor.document.offsetAt(editor.selection.start);
    const list = found.placeholders;
    const target = direction > 0
      ? list.find((p) => p.span.start > here) ?? list[0]
      : [...list].reverse().find((p) => p.span.start < here) ?? list[list.length - 1];
    const range = toRange(editor.document, target.span);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const updateSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(update, 300);
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) updateSoon();
    }),
    cache.onDidChangeOptions(update),
    vscode.commands.registerCommand('gongwen.nextPlaceholder', () => go(1)),
    vscode.commands.registerCommand('gongwen.previousPlaceholder', () => go(-1)),
    vscode.commands.registerCommand('gongwen.refreshStatus', update),
    { dispose: () => clearTimeout(timer) },
  );
}
