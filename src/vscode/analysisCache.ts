import * as vscode from 'vscode';
import { analyze, IncrementalAnalyzer, type Analysis, type Options } from '../core';
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
  /** One incremental analyzer per open document: after an edit, the parts that allow it are reused per line. */
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when settings change, so views and diagnostics refresh. */
  readonly onDidChangeOptions = this.changed.event;

  constructor() {
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.entries.delete(d.uri.toString());
        this.analyzers.delete(d.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('gongwen')) {
          this.entries.clear();
          this.analyzers.clear();
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
    const result = this.analyzeDocument(document, key);
    this.entries.set(key, { version: document.version, result });
    return result;
  }

  private analyzeDocument(document: vscode.TextDocument, key: string): DocumentAnalysis {
    const text = document.getText();
    const options: Options = readOptions(document);
    const reduced = text.length > readAdapterSettings(document).maxFileSize;
    try {
      if (reduced) {
        this.analyzers.delete(key);
        return { analysis: analyze(text, { ...options, parts: { outline: true, placeholders: false, figures: false, numbering: false } }), reduced };
      }
      let analyzer = this.analyzers.get(key);
      if (!analyzer) this.analyzers.set(key, (analyzer = new IncrementalAnalyzer(options)));
      // No change range: versions may have been skipped, and comparing the texts costs under a millisecond.
      return { analysis: analyzer.update(text), reduced };
    } catch (e) {
      this.analyzers.delete(key);
      log().error(`analysis of ${document.uri.toString()} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      if (reduced) return { analysis: empty, reduced };
      // The incremental analyzer failed: the whole-text analysis may still succeed.
      try {
        return { analysis: analyze(text, options), reduced };
      } catch {
        return { analysis: empty, reduced };
      }
    }
  }

  dispose(): void {
    this.entries.clear();
    this.analyzers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
