import * as vscode from 'vscode';
import { analyze, LineIndex, type Placeholder } from '../core';
import { readOptions } from './config';
import { localizedMessage, toSeverity } from './convert';
import { guard, guardAsync } from './log';
import { forEachReportFile } from './workspaceFiles';

interface FileResult {
  uri: vscode.Uri;
  items: { placeholder: Placeholder; range: vscode.Range; context: string }[];
}

type Node = { type: 'file'; file: FileResult } | { type: 'placeholder'; file: FileResult; index: number };

/**
 * "Find Placeholders in Workspace": scans every report file (workspace.fs, no external binary, progress with cancel),
 * lists the results in the Placeholders view grouped by file, and in Problems for files that are not open
 * (open files have their live diagnostics already).
 */
export function registerPlaceholdersView(): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const collection = vscode.languages.createDiagnosticCollection('gongwen-workspace');
  let results: FileResult[] = [];

  const provider: vscode.TreeDataProvider<Node> = {
    onDidChangeTreeData: changed.event,
    getChildren(element) {
      return guard('placeholders view', [], () => {
        if (!element) return results.map((file): Node => ({ type: 'file', file }));
        if (element.type === 'file') return element.file.items.map((_, index): Node => ({ type: 'placeholder', file: element.file, index }));
        return [];
      });
    },
    getTreeItem(element) {
      if (element.type === 'file') {
        const item = new vscode.TreeItem(element.file.uri, vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${vscode.workspace.asRelativePath(element.file.uri)} · ${element.file.items.length}`;
        return item;
      }
      const { placeholder, range, context } = element.file.items[element.index];
      const item = new vscode.TreeItem(context);
      item.description = `${range.start.line + 1}:${range.start.character + 1}`;
      item.tooltip = localizedMessage(placeholder);
      item.iconPath = new vscode.ThemeIcon(placeholder.kind === 'missing-number' ? 'symbol-number' : 'warning');
      item.command = { title: vscode.l10n.t('Reveal'), command: 'gongwen.revealSpan', arguments: [element.file.uri, range] };
      return item;
    },
  };

  const scan = (quiet = false) =>
    guardAsync('workspace placeholder scan', undefined, async () =>
      await vscode.window.withProgress(
        { location: quiet ? vscode.ProgressLocation.Window : vscode.ProgressLocation.Notification, title: vscode.l10n.t('Finding placeholders'), cancellable: !quiet },
        async (progress, token) => {
          const found: FileResult[] = [];
          const options = { ...readOptions(), parts: { outline: false, placeholders: true, figures: false, numbering: false } };
          const { read } = await forEachReportFile(token, (uri, text) => {
            const placeholders = analyze(text, options).placeholders;
            if (!placeholders.length) return;
            const lines = new LineIndex(text);
            const at = (o: number) => { const p = lines.position(o); return new vscode.Position(p.line, p.character); };
            found.push({
              uri,
              items: placeholders.map((placeholder) => ({
                placeholder,
                range: new vscode.Range(at(placeholder.span.start), at(placeholder.span.end)),
                context: text.slice(Math.max(0, placeholder.span.start - 12), placeholder.span.end + 12).replace(/\s+/g, ' '),
              })),
            });
          }, progress);
          if (token.isCancellationRequested) return;
          results = found;
          collection.clear();
          for (const f of found) {
            if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === f.uri.toString())) continue;
            collection.set(f.uri, f.items.map(({ placeholder, range }) => {
              const d = new vscode.Diagnostic(range, localizedMessage(placeholder), toSeverity(placeholder.severity));
              d.source = 'gongwen';
              d.code = placeholder.rule;
              return d;
            }));
          }
          changed.fire();
          if (quiet) return;
          const total = found.reduce((n, f) => n + f.items.length, 0);
          void vscode.window.showInformationMessage(
            vscode.l10n.t('{0} placeholders in {1} of {2} report files.', total, found.length, read),
          );
          void vscode.commands.executeCommand('gongwen.placeholders.focus');
        },
      ),
    );

  return vscode.Disposable.from(
    changed,
    collection,
    vscode.window.createTreeView('gongwen.placeholders', { treeDataProvider: provider, showCollapseAll: true }),
    // An opened file's live diagnostics take over from the scan's.
    vscode.workspace.onDidOpenTextDocument((d) => collection.delete(d.uri)),
    // Rule severities and the allowlist change what a scan finds: scan again rather than show stale results.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('gongwen') && results.length) void scan(true);
    }),
    vscode.commands.registerCommand('gongwen.findPlaceholdersInWorkspace', () => scan()),
  );
}
