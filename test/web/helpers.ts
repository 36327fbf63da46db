// Helpers for the tests that run in the web worker extension host (vscode.dev's host): only the vscode API and
// what a browser offers, no Node modules, so the suite bundles into one browser script.
import * as vscode from 'vscode';
import { extensionId } from '../shared/editorText';

export { codeOf, extensionId, occurrences, where } from '../shared/editorText';

/** A failed expectation, with expected and actual values for the runner to print. */
export class ExpectationError extends Error {
  constructor(message: string, readonly expected?: unknown, readonly actual?: unknown) {
    super(message);
  }
}

export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new ExpectationError(message);
}

/** Deep equality of JSON-like values (what these tests compare: strings, numbers, arrays, plain objects). */
export function deepEqual(actual: unknown, expected: unknown, message = 'values differ'): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new ExpectationError(`${message}\n  expected: ${e}\n  actual:   ${a}`, expected, actual);
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, 'no workspace folder: the runner must open test/integration/workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a fixture in an editor, as the live document once the extension has switched it to the 公文 language. */
export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const ext = vscode.extensions.getExtension(extensionId);
  ok(ext, `extension ${extensionId} is not loaded in this extension host`);
  await ext.activate();
  const uri = fixtureUri(name);
  const switched = new Promise<vscode.TextDocument>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} was not switched to gongwen within 10 s`)), 10_000);
    const subscription = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() === uri.toString() && d.languageId === 'gongwen') {
        clearTimeout(timer);
        subscription.dispose();
        resolve(d);
      }
    });
  });
  const opened = await vscode.workspace.openTextDocument(uri);
  const live = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'gongwen');
  const document = opened.languageId === 'gongwen' ? opened : live ?? (await switched);
  switched.catch(() => undefined);
  await vscode.window.showTextDocument(document);
  return document;
}

/** The extension's diagnostics once `done` accepts them, checked now and on each change event (never by sleeping). */
export function diagnosticsWhen(uri: vscode.Uri, done: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen');
  if (done(current())) return Promise.resolve(current());
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(current());
    };
    const timer = setTimeout(finish, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && done(current())) finish();
    });
  });
}

