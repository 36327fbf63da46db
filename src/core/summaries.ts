import type { Analysis, Figure, Heading } from './types';
import { LineIndex } from './lineIndex';
import { formatFigureValue } from './figures/format';

/** The words of the summaries; the editor passes them translated to the display language. */
export interface SummaryStrings {
  value: string;
  normalized: string;
  role: string;
  change: string;
  period: string;
  sameMetricElsewhere: string;
  line: string;
  more: string;
  label: string;
  placeholders: string;
  figures: string;
  roles: Record<Figure['role'], string>;
}

export const englishSummaryStrings: SummaryStrings = {
  value: 'value', normalized: 'normalized', role: 'role', change: 'change', period: 'period',
  sameMetricElsewhere: 'Same metric elsewhere:', line: 'line', more: 'more', label: 'label',
  placeholders: 'placeholders', figures: 'figures',
  roles: { value: 'value', growth: 'growth', share: 'share', target: 'target' },
};

const escapeMd = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);

/** The other figures that measure the same metric as `figure`, in document order. */
export function relatedFigures(figure: Figure, figures: readonly Figure[]): Figure[] {
  if (!figure.label) return [];
  return figures.filter((f) => f !== figure && f.label === figure.label && f.role === figure.role);
}

/** Hover Markdown for a figure: label, value, normalized value, role, change, period, and the same metric elsewhere. */
export function summarizeFigure(figure: Figure, analysis: Analysis, text: string, t: SummaryStrings = englishSummaryStrings): string {
  const lines = new LineIndex(text);
  const rows: string[] = [`**${escapeMd(figure.label || figure.text)}**`, ''];
  rows.push(`| | |`, `|---|---|`);
  rows.push(`| ${t.value} | ${escapeMd(figure.text)} |`);
  if (figure.normalized) rows.push(`| ${t.normalized} | ${escapeMd(formatFigureValue(figure.normalized))} |`);
  rows.push(`| ${t.role} | ${t.roles[figure.role]} |`);
  const change = changeOf(figure, analysis.figures);
  if (change) rows.push(`| ${t.change} | ${escapeMd(change.text)} |`);
  if (figure.period) rows.push(`| ${t.period} | ${escapeMd(figure.period)} |`);
  const others = relatedFigures(figure, analysis.figures);
  if (others.length) {
    rows.push('', t.sameMetricElsewhere, '');
    for (const o of others.slice(0, 10)) rows.push(`- ${escapeMd(o.text)} (${t.line} ${lines.position(o.span.start).line + 1})`);
    if (others.length > 10) rows.push(`- … ${others.length - 10} ${t.more}`);
  }
  return rows.join('\n');
}

/** The growth figure that follows a value figure for the same metric in the same clause (增长31.3%). */
export function changeOf(figure: Figure, figures: readonly Figure[]): Figure | undefined {
  if (figure.role === 'growth') return undefined;
  const i = figures.indexOf(figure);
  const next = figures[i + 1];
  return next && next.role === 'growth' && next.label === figure.label && next.span.start - figure.span.end < 20 ? next : undefined;
}

/** Hover Markdown for a heading: its section's figures (label | value | change) and its placeholder count. */
export function summarizeSection(heading: Heading, analysis: Analysis, t: SummaryStrings = englishSummaryStrings): string {
  const { start, end } = heading.section;
  const inSection = <T extends { span: { start: number } }>(xs: readonly T[]) => xs.filter((x) => x.span.start >= start && x.span.start < end);
  const figures = inSection(analysis.figures).filter((f) => f.role !== 'growth' || !analysis.figures.some((v) => changeOf(v, analysis.figures) === f));
  const placeholders = inSection(analysis.placeholders).length;
  const rows: string[] = [`**${escapeMd(heading.marker + heading.title)}**`, ''];
  rows.push(`${t.placeholders}: ${placeholders} · ${t.figures}: ${figures.length}`);
  if (figures.length) {
    rows.push('', `| ${t.label} | ${t.value} | ${t.change} |`, '|---|---|---|');
    for (const f of figures.slice(0, 30)) {
      const change = changeOf(f, analysis.figures);
      rows.push(`| ${escapeMd(f.label || '—')} | ${escapeMd(f.text)} | ${change ? escapeMd(change.text) : ''} |`);
    }
    if (figures.length > 30) rows.push(`| … | ${figures.length - 30} ${t.more} | |`);
  }
  return rows.join('\n');
}
