import * as vscode from 'vscode';
import { analyze, LineIndex, type Heading } from '../core';
import { readOptions } from './config';
import { guardAsync } from './log';
import { forEachReportFile } from './workspaceFiles';

interface FileHeadings {
  uri: vscode.Uri;
  headings: { name: string; line: number; character: number; endLine: number; endCharacter: number; kind: Heading['kind'] }[];
}

/** True when the characters of `query` appear in `name` in order (the matching VS Code uses for symbols). */
export function matchesQuery(name: string, query: string): boolean {
  let i = 0;
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  for (const c of n) if (c === q[i]) i++;
  return i === q.length;
}

/** Go to Symbol in Workspace: the headings of every report in the workspace (items are left to the document outline). */
export function registerWorkspaceSymbols(): vscode.Disposable {
  let index: Promise<FileHeadings[]> | undefined;
  const invalidate = () => (index = undefined);
  const build = async (token: vscode.CancellationToken) => {
    const files: FileHeadings[] = [];
    const options = { ...readOptions(), parts: { outline: true, placeholders: false, figures: false, numbering: false } };
    await forEachReportFile(token, (uri, text) => {
      const lines = new LineIndex(text);
      const headings = analyze(text, options).outline.filter((h) => h.kind === 'heading').map((h) => {
        const s = lines.position(h.markerSpan.start);
        const e = lines.position(h.titleSpan.end);
        return { name: h.marker + h.title, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character, kind: h.kind };
      });
      files.push({ uri, headings });
    });
    return files;
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,gongwen,gw}');
  return vscode.Disposable.from(
    watcher,
    watcher.onDidChange(invalidate),
    watcher.onDidCreate(invalidate),
    watcher.onDidDelete(invalidate),
    vscode.workspace.onDidChangeTextDocument(invalidate),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('gongwen') && invalidate()),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query, token) {
        return guardAsync('workspace symbols', [], async () => {
          const current = (index ??= build(token));
          const files = await current;
          if (token.isCancellationRequested) {
            if (index === current) index = undefined; // a cancelled build may be incomplete
            return [];
          }
          const out: vscode.SymbolInformation[] = [];
          for (const f of files) {
            for (const h of f.headings) {
              if (query && !matchesQuery(h.name, query)) continue;
              out.push(new vscode.SymbolInformation(
                h.name, vscode.SymbolKind.Namespace, vscode.workspace.asRelativePath(f.uri),
                new vscode.Location(f.uri, new vscode.Range(h.line, h.character, h.endLine, h.endCharacter)),
              ));
            }
          }
          return out;
        });
      },
    }),
  );
}
