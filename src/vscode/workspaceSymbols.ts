import * as vscode from 'vscode';
import { analyze, LineIndex, type Heading, type Options } from '../core';
import { readOptions } from './config';
import { guardAsync } from './log';
import { forEachReportFile, isReportFile, readReportFile } from './workspaceFiles';

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

/** The options of a scan for headings: the settings, with only the outline computed. */
const outlineOptions = (): Partial<Options> => ({ ...readOptions(), parts: { outline: true, placeholders: false, figures: false, numbering: false } });

/** The headings (not items: those are left to the document outline) of one report, with their positions. */
function headingsOf(uri: vscode.Uri, text: string, options: Partial<Options>): FileHeadings {
  const lines = new LineIndex(text);
  const headings = analyze(text, options).outline.filter((h) => h.kind === 'heading').map((h) => {
    const s = lines.position(h.markerSpan.start);
    const e = lines.position(h.titleSpan.end);
    return { name: h.marker + h.title, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character, kind: h.kind };
  });
  return { uri, headings };
}

/**
 * The headings of every report in the workspace, read in full once; after that only the files that changed (an edit
 * in an editor, a file written, created or deleted) are read again, so that a query in a workspace of a thousand
 * reports does not read them all after each keystroke.
 */
class WorkspaceHeadings {
  /** By URI, in the order the workspace scan found them (files found later at the end). */
  private readonly files = new Map<string, FileHeadings>();
  private built: Promise<boolean> | undefined;
  private readonly stale = new Map<string, vscode.Uri>();

  /** Forgets everything: the next query reads the whole workspace (settings changed). */
  reset(): void {
    this.files.clear();
    this.stale.clear();
    this.built = undefined;
  }

  /** The file changed, was created or deleted: it is read again at the next query. */
  changed(uri: vscode.Uri): void {
    if (this.built && isReportFile(uri) && vscode.workspace.getWorkspaceFolder(uri)) this.stale.set(uri.toString(), uri);
  }

  /** The headings of all reports; undefined when cancelled. */
  async get(token: vscode.CancellationToken): Promise<Iterable<FileHeadings> | undefined> {
    const build = (this.built ??= this.build(token));
    if (!(await build)) {
      if (this.built === build) this.reset(); // a cancelled scan may be incomplete
      return undefined;
    }
    const options = outlineOptions();
    for (const [key, uri] of [...this.stale]) {
      if (token.isCancellationRequested) return undefined;
      this.stale.delete(key);
      const text = await readReportFile(uri);
      if (text === undefined) this.files.delete(key);
      else this.files.set(key, headingsOf(uri, text, options));
    }
    return this.files.values();
  }

  private async build(token: vscode.CancellationToken): Promise<boolean> {
    this.files.clear();
    this.stale.clear();
    const options = outlineOptions();
    await forEachReportFile(token, (uri, text) => this.files.set(uri.toString(), headingsOf(uri, text, options)));
    return !token.isCancellationRequested;
  }
}

/** Go to Symbol in Workspace: the headings of every report in the workspace. */
export function registerWorkspaceSymbols(): vscode.Disposable {
  const index = new WorkspaceHeadings();
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,gongwen,gw}');
  return vscode.Disposable.from(
    watcher,
    watcher.onDidChange((uri) => index.changed(uri)),
    watcher.onDidCreate((uri) => index.changed(uri)),
    watcher.onDidDelete((uri) => index.changed(uri)),
    vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && index.changed(e.document.uri)),
    // Closing an editor with unsaved edits: the file on disk is what counts again.
    vscode.workspace.onDidCloseTextDocument((d) => index.changed(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('gongwen') && index.reset()),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query, token) {
        return guardAsync('workspace symbols', [], async () => {
          const files = await index.get(token);
          if (!files) return [];
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
