import * as vscode from 'vscode';
import { summarizeFigure, summarizeSection, type SummaryStrings } from '../core';
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
          return new vscode.Hover(new vscode.MarkdownString(summarizeFigure(figure, analysis, document.getText(), summaryStrings())), toRange(document, figure.span));
        }
        const heading = analysis.outline.find((h) => h.markerSpan.start <= offset && offset < Math.max(h.titleSpan.end, h.markerSpan.end));
        if (heading) {
          const span = { start: heading.markerSpan.start, end: Math.max(heading.titleSpan.end, heading.markerSpan.end) };
          return new vscode.Hover(new vscode.MarkdownString(summarizeSection(heading, analysis, summaryStrings())), toRange(document, span));
        }
        return undefined;
      });
    },
  });
}

/** The summaries' words in the display language. */
function summaryStrings(): SummaryStrings {
  const t = vscode.l10n.t;
  return {
    value: t('value'), normalized: t('normalized'), role: t('role'), change: t('change'), period: t('period'),
    sameMetricElsewhere: t('Same metric elsewhere:'), line: t('line'), more: t('more'), label: t('label'),
    placeholders: t('placeholders'), figures: t('figures'),
    roles: { value: t('value'), growth: t('growth'), share: t('share'), target: t('target') },
  };
}
