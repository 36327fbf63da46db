import type { Analysis, Figure, Heading } from './types';
import { LineIndex } from './lineIndex';

/** The innermost heading (not item) whose section contains an offset. */
export function sectionAt(outline: readonly Heading[], offset: number): Heading | undefined {
  let found: Heading | undefined;
  for (const h of outline) {
    if (h.markerSpan.start > offset) break;
    if (h.kind === 'heading' && offset < h.section.end) found = h;
  }
  return found;
}

/** The path of section titles down to an offset: "一、经济发展 › （一）工业". */
export function sectionPath(outline: readonly Heading[], offset: number): string {
  const path: Heading[] = [];
  for (const h of outline) {
    if (h.markerSpan.start > offset) break;
    if (h.kind !== 'heading' || offset >= h.section.end) continue;
    while (path.length && path[path.length - 1].level >= h.level) path.pop();
    path.push(h);
  }
  return path.map((h) => h.marker + h.title).join(' › ');
}

export interface FigureRow {
  section: string;
  label: string;
  text: string;
  value: number;
  unit: string;
  normalizedValue: number | null;
  normalizedUnit: string;
  role: Figure['role'];
  period: string;
  line: number;
  offset: number;
}

/** One row per figure, with its section and 1-based line, in document order. */
export function buildFigureRows(analysis: Analysis, text: string): FigureRow[] {
  const lines = new LineIndex(text);
  return analysis.figures.map((f) => ({
    section: sectionPath(analysis.outline, f.span.start),
    label: f.label,
    text: f.text,
    value: f.value,
    unit: f.unit,
    normalizedValue: f.normalized?.value ?? null,
    normalizedUnit: f.normalized?.unit ?? '',
    role: f.role,
    period: f.period,
    line: lines.position(f.span.start).line + 1,
    offset: f.span.start,
  }));
}

const csvColumns: (keyof FigureRow)[] = ['section', 'label', 'text', 'value', 'unit', 'normalizedValue', 'normalizedUnit', 'role', 'period', 'line'];

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  // Quote what would split the row; a leading apostrophe keeps Excel from reading text as a formula.
  const s = /^[=+\-@]/.test(String(v)) ? `'${v}` : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV of the figures, UTF-8 with a BOM and CRLF line ends so that Excel opens the Chinese text correctly. */
export function buildFiguresCsv(rows: readonly FigureRow[]): string {
  const lines = [csvColumns.join(','), ...rows.map((r) => csvColumns.map((c) => csvCell(r[c])).join(','))];
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

export function buildFiguresJson(rows: readonly FigureRow[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}
