import * as vscode from 'vscode';
import { summarizeFigure, summarizeSection } from '../core';
import type { AnalysisCache } from './analysisCache';
import { documentSelector } from './config';
import { toRange } from './convert';
import { guard } from './log';

/** Hover on a figure: its summary; on a heading's marker or title: the section's figures and placeholder count. */
export function registerHover(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerHoverProvider(documentSelector, {
    provideHover(document, position) {
      return guard('hover', undefined, () => {
        const result = cache.get(document);
        if (!result) return undefined;
        const { analysis } = result;
        const offset = document.offsetAt(position);
        const figure = analysis.figures.find((f) => f.span.start <= offset && offset < f.span.end);
        if (figure) {
          return new vscode.Hover(new vscode.MarkdownString(summarizeFigure(figure, analysis, document.getText())), toRange(document, figure.span));
        }
        const heading = analysis.outline.find((h) => h.markerSpan.start <= offset && offset < Math.max(h.titleSpan.end, h.markerSpan.end));
        if (heading) {
          const span = { start: heading.markerSpan.start, end: Math.max(heading.titleSpan.end, heading.markerSpan.end) };
          return new vscode.Hover(new vscode.MarkdownString(summarizeSection(heading, analysis)), toRange(document, span));
        }
        return undefined;
      });
    },
  });
}
