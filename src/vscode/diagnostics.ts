import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { readAdapterSettings } from './config';
import { toDiagnostic } from './convert';
import { collectFindings } from './findings';
import type { IgnoredPlaceholders } from './ignoredPlaceholders';
import { guard } from './log';

/**
 * Placeholder, numbering and figure diagnostics, updated as the user types (debounced per document)
 * and cleared when a document closes.
 */
export function registerDiagnostics(
  cache: AnalysisCache,
  ignored: IgnoredPlaceholders,
  collection: vscode.DiagnosticCollection,
): { disposable: vscode.Disposable; refresh: (document: vscode.TextDocument) => void } {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const refresh = (document: vscode.TextDocument) =>
    guard('diagnostics', undefined, () => {
      const found = collectFindings(document, cache, ignored);
      if (!found) collection.delete(document.uri);
      else collection.set(document.uri, found.all.map((f) => toDiagnostic(document, f)));
    });

  const schedule = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      if (!document.isClosed) refresh(document);
    }, readAdapterSettings(document).debounceMs));
  };

  const disposables = [
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      clearTimeout(timers.get(d.uri.toString()));
      timers.delete(d.uri.toString());
      collection.delete(d.uri);
    }),
    cache.onDidChangeOptions(() => vscode.workspace.textDocuments.forEach(refresh)),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  ];
  vscode.workspace.textDocuments.forEach(refresh);
  return { disposable: vscode.Disposable.from(...disposables), refresh };
}
