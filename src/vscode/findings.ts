import type * as vscode from 'vscode';
import type { Finding, Placeholder } from '../core';
import type { AnalysisCache } from './analysisCache';
import type { IgnoredPlaceholders } from './ignoredPlaceholders';

/** What the editor reports for a document: placeholders not ignored, numbering and figure problems. */
export interface DocumentFindings {
  placeholders: Placeholder[];
  all: Finding[];
}

export function collectFindings(document: vscode.TextDocument, cache: AnalysisCache, ignored: IgnoredPlaceholders): DocumentFindings | undefined {
  const result = cache.get(document);
  if (!result) return undefined;
  const { analysis } = result;
  const text = analysis.placeholders.length ? document.getText() : '';
  const placeholders = analysis.placeholders.filter((p) => !ignored.isIgnored(document.uri, text, p));
  const all = [...placeholders, ...analysis.numbering, ...analysis.figureChecks].sort((a, b) => a.span.start - b.span.start);
  return { placeholders, all };
}
