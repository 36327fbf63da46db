import * as vscode from 'vscode';
import { analyze, type Analysis, type Options } from '../core';
import { isServed, readAdapterSettings, readOptions } from './config';
import { log } from './log';

export interface DocumentAnalysis {
  analysis: Analysis;
  /** True when the document exceeded `gongwen.maxFileSize` and only the outline was computed. */
  reduced: boolean;
}

const empty: Analysis = { outline: [], tree: [], placeholders: [], figures: [], numbering: [], figureChecks: [] };

/**
 * One analysis per document version, shared by every provider. Entries are dropped when a document closes
 * and the whole cache when the `gongwen` settings change.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, { version: number; result: DocumentAnalysis }>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when settings change, so views and diagnostics refresh. */
  readonly onDidChangeOptions = this.changed.event;

  constructor() {
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidCloseTextDocument((d) => this.entries.delete(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('gongwen')) {
          this.entries.clear();
          this.changed.fire();
        }
      }),
    );
  }

  /** The analysis of a served document's current version; undefined for documents Gongwen does not serve. */
  get(document: vscode.TextDocument): DocumentAnalysis | undefined {
    if (!isServed(document)) return undefined;
    const key = document.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === document.version) return hit.result;
    const result = analyzeDocument(document);
    this.entries.set(key, { version: document.version, result });
    return result;
  }

  dispose(): void {
    this.entries.clear();
    for (const d of this.disposables) d.dispose();
  }
}

function analyzeDocument(document: vscode.TextDocument): DocumentAnalysis {
  const text = document.getText();
  const options: Options = readOptions(document);
  const reduced = text.length > readAdapterSettings(document).maxFileSize;
  if (reduced) options.parts = { outline: true, placeholders: false, figures: false, numbering: false };
  try {
    return { analysis: analyze(text, options), reduced };
  } catch (e) {
    log().error(`analysis of ${document.uri.toString()} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return { analysis: empty, reduced };
  }
}
