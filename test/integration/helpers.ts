// Shared steps of the integration tests: activate the extension, open a fixture from the test workspace,
// wait for diagnostics through VS Code's change event (never by sleeping), and read results in comparable shapes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, extensionId } from '../shared/editorText';

export { codeOf, extensionId, occurrences, where } from '../shared/editorText';

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(extensionId);
  assert.ok(ext, `extension ${extensionId} is not loaded (see the host log for "not compatible")`);
  await ext.activate();
  return ext;
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder: the runner must open test/integration/workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

/**
 * Opens a fixture in an editor. A plain-text report is switched to the 公文 language by the extension, which gives it
 * a new TextDocument object: wait for that, so that tests hold the live document.
 */
export async function openFixture(name: string): Promise<vscode.TextDocument> {
  await activateExtension();
  const uri = fixtureUri(name);
  const switched = whenLanguage(uri, 'gongwen');
  const opened = await vscode.workspace.openTextDocument(uri);
  const document = opened.languageId === 'gongwen' ? opened : await switched;
  await vscode.window.showTextDocument(document);
  return document;
}

/** The document once it is open with the given language (now, or after a language switch). */
export function whenLanguage(uri: vscode.Uri, languageId: string, timeoutMs = 10_000): Promise<vscode.TextDocument> {
  const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === languageId);
  if (current) return Promise.resolve(current);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`${uri.path} was not switched to ${languageId} within ${timeoutMs} ms`));
    }, timeoutMs);
    const subscription = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() === uri.toString() && d.languageId === languageId) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(d);
      }
    });
  });
}

/** Zero-based line of the first line of `document` that starts with `prefix`. */
export function lineStartingWith(document: vscode.TextDocument, prefix: string): number {
  for (let i = 0; i < document.lineCount; i++) if (document.lineAt(i).text.startsWith(prefix)) return i;
  assert.fail(`fixture ${document.uri.path} has no line starting with ${prefix}`);
}

export function gongwenDiagnostics(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'gongwen' && (code === undefined || codeOf(d) === code));
}

/**
 * The extension's diagnostics for `uri` once `done` accepts them, checked now and on every
 * `onDidChangeDiagnostics` for that document. After `timeoutMs` it returns what is there, so the caller's
 * assertion reports the actual diagnostics.
 */
export function diagnosticsWhen(
  uri: vscode.Uri,
  done: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  const current = gongwenDiagnostics(uri);
  if (done(current)) return Promise.resolve(current);
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(gongwenDiagnostics(uri));
    };
    const timer = setTimeout(finish, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && done(gongwenDiagnostics(uri))) finish();
    });
  });
}

/** A symbol tree reduced to names, for comparing with an expected outline. */
export interface NamedTree {
  name: string;
  children?: NamedTree[];
}

export function namesOf(symbols: readonly vscode.DocumentSymbol[], keep: (s: vscode.DocumentSymbol) => boolean = () => true): NamedTree[] {
  return symbols.filter(keep).map((s) => {
    const children = namesOf(s.children, keep);
    return children.length ? { name: s.name, children } : { name: s.name };
  });
}

/** Plain text of hover contents, with Markdown backslash escapes removed. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\(.)/g, '$1');
}

/**
 * The document's text once `done` accepts it, checked now and on every change of that document. After `timeoutMs`
 * it returns the text as it is, so the caller's assertion shows the actual text.
 */
export function textWhen(document: vscode.TextDocument, done: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
  if (done(document.getText())) return Promise.resolve(document.getText());
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(document.getText());
    };
    const timer = setTimeout(finish, timeoutMs);
    const subscription = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === document && done(document.getText())) finish();
    });
  });
}

/** Discards the changes of a test's document and closes its editor, so later tests see the fixture as it is on disk. */
export async function revertAndClose(document: vscode.TextDocument): Promise<void> {
  if (document.isClosed) return;
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** "line:character-line:character" of every occurrence of `needle` in a text that is not open in an editor. */
export function rangesIn(text: string, needle: string): string[] {
  const out: string[] = [];
  const at = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return `${line}:${offset - (before.lastIndexOf('\n') + 1)}`;
  };
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(`${at(i)}-${at(i + needle.length)}`);
  return out;
}

/** The code actions VS Code offers for a range, restricted to a kind (e.g. quickfix, source.fixAll.gongwen). */
export async function codeActions(document: vscode.TextDocument, range: vscode.Range, kind: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind.value)) ?? [];
  return actions.filter((a) => a.kind && kind.contains(a.kind));
}

/** Runs a code action as the light bulb does: its edit first, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `"${action.title}" could not be applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Changes a `gongwen.*` workspace setting for the length of `body`, and restores the previous value after it. */
export async function withWorkspaceSetting<T>(key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const config = () => vscode.workspace.getConfiguration('gongwen');
  const previous = config().inspect(key)?.workspaceValue;
  await config().update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    return await body();
  } finally {
    await config().update(key, previous, vscode.ConfigurationTarget.Workspace);
  }
}
