import * as vscode from 'vscode';
import { buildFigureRows, buildFiguresCsv, buildFiguresJson, changeOf, type Analysis, type Figure, type OutlineNode } from '../core';
import type { AnalysisCache } from './analysisCache';
import { toRange } from './convert';
import { guard, guardAsync } from './log';

type Node =
  | { type: 'section'; node: OutlineNode; figures: Figure[] }
  | { type: 'preamble'; figures: Figure[] }
  | { type: 'figure'; figure: Figure };

const inSpan = (f: Figure, start: number, end: number) => f.span.start >= start && f.span.start < end;

/**
 * The Figures view: the active report's figures grouped by section (nested as the outline is), a click reveals the
 * figure; and the commands that export them to CSV (Excel-ready) and JSON.
 */
export function registerFiguresView(cache: AnalysisCache): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  let document: vscode.TextDocument | undefined;
  let analysis: Analysis | undefined;

  const load = () => {
    const editor = vscode.window.activeTextEditor;
    const result = editor && cache.get(editor.document);
    document = result ? editor!.document : undefined;
    analysis = result?.analysis;
  };

  const sectionNode = (node: OutlineNode): Node | undefined => {
    const figures = analysis!.figures.filter((f) => inSpan(f, node.heading.section.start, node.heading.section.end));
    return figures.length ? { type: 'section', node, figures } : undefined;
  };

  const ownFigures = (figures: Figure[], children: OutlineNode[]) =>
    figures.filter((f) => !children.some((c) => inSpan(f, c.heading.section.start, c.heading.section.end)));

  const provider: vscode.TreeDataProvider<Node> = {
    onDidChangeTreeData: changed.event,
    getChildren(element) {
      return guard('figures view', [], () => {
        if (!analysis) return [];
        // Growth figures show beside the value they qualify, not as rows of their own.
        const shown = (fs: Figure[]) => fs.filter((f) => !(f.role === 'growth' && analysis!.figures.some((v) => changeOf(v, analysis!.figures) === f)));
        if (!element) {
          const first = analysis.tree[0]?.heading.section.start ?? Infinity;
          const preamble = analysis.figures.filter((f) => f.span.start < first);
          const roots = analysis.tree.map(sectionNode).filter((n): n is Node => !!n);
          return preamble.length ? [{ type: 'preamble', figures: preamble } as Node, ...roots] : roots;
        }
        if (element.type === 'figure') return [];
        if (element.type === 'preamble') return shown(element.figures).map((figure) => ({ type: 'figure', figure }));
        const children = element.node.children.filter((c) => c.heading.kind === 'heading');
        return [
          ...shown(ownFigures(element.figures, children)).map((figure): Node => ({ type: 'figure', figure })),
          ...children.map(sectionNode).filter((n): n is Node => !!n),
        ];
      });
    },
    getTreeItem(element) {
      if (element.type === 'figure') {
        const f = element.figure;
        const change = changeOf(f, analysis!.figures);
        const item = new vscode.TreeItem(`${f.label || vscode.l10n.t('(no label)')}  ${f.text}`);
        item.description = [change?.text, f.period, f.role === 'value' ? '' : vscode.l10n.t(f.role)].filter(Boolean).join(' · ');
        item.tooltip = new vscode.MarkdownString(`**${f.label}** ${f.text}`);
        item.iconPath = new vscode.ThemeIcon(f.role === 'target' ? 'target' : f.role === 'share' ? 'pie-chart' : 'symbol-number');
        item.command = { title: vscode.l10n.t('Reveal'), command: 'gongwen.revealSpan', arguments: [document!.uri, toRange(document!, f.span)] };
        return item;
      }
      const label = element.type === 'preamble' ? vscode.l10n.t('(before the first heading)') : element.node.heading.marker + element.node.heading.title;
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = element.figures.length === 1 ? vscode.l10n.t('1 figure') : vscode.l10n.t('{0} figures', element.figures.length);
      return item;
    },
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    load();
    changed.fire();
  };
  const refreshSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 500);
  };

  // The target may be given (scripts, tests); otherwise the user picks it.
  const exportFigures = (format: 'csv' | 'json', given?: vscode.Uri) =>
    guardAsync('export figures', undefined, async () => {
      load();
      if (!document || !analysis) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a report first: there are no figures to export.'));
        return;
      }
      const rows = buildFigureRows(analysis, document.getText());
      const content = format === 'csv' ? buildFiguresCsv(rows) : buildFiguresJson(rows);
      const base = document.uri.path.replace(/\.[^./]*$/, '');
      const target = given ?? await vscode.window.showSaveDialog({
        defaultUri: document.uri.with({ path: `${base}.figures.${format}` }),
        filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
      });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
      void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} figures to {1}.', rows.length, vscode.workspace.asRelativePath(target)));
    });

  load();
  const view = vscode.window.createTreeView('gongwen.figures', { treeDataProvider: provider, showCollapseAll: true });
  return vscode.Disposable.from(
    view,
    changed,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === document && refreshSoon()),
    cache.onDidChangeOptions(refresh),
    vscode.commands.registerCommand('gongwen.refreshFigures', refresh),
    vscode.commands.registerCommand('gongwen.exportFiguresCsv', (target?: vscode.Uri) => exportFigures('csv', target)),
    vscode.commands.registerCommand('gongwen.exportFiguresJson', (target?: vscode.Uri) => exportFigures('json', target)),
    { dispose: () => clearTimeout(timer) },
  );
}
