import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { documentSelector } from './config';
import { guard } from './log';

/** Folds every section: a heading's line down to the line before the next heading of the same or a higher level. */
export function registerFolding(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(documentSelector, {
    provideFoldingRanges(document) {
      return guard('folding ranges', [], () => {
        const result = cache.get(document);
        if (!result) return [];
        const ranges: vscode.FoldingRange[] = [];
        const seen = new Set<string>();
        for (const h of result.analysis.outline) {
          const start = document.positionAt(h.markerSpan.start).line;
          const endPos = document.positionAt(h.section.end);
          // A section that ends at the start of a line folds up to the line before it.
          const end = endPos.character === 0 && endPos.line > start ? endPos.line - 1 : endPos.line;
          const key = `${start}:${end}`;
          if (end > start && !seen.has(key)) {
            seen.add(key);
            ranges.push(new vscode.FoldingRange(start, end, vscode.FoldingRangeKind.Region));
          }
        }
        return ranges;
      });
    },
  });
}
