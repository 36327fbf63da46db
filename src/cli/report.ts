import type { Analysis, Finding, Span } from '../core/types';
import { LineIndex } from '../core/lineIndex';

/** The stable JSON contract of `gongwen check --format json`: every key always present. */
export interface FileReport {
  file: string;
  outline: Array<{ kind: string; level: number; marker: string; title: string; offset: number; end: number; line: number; character: number }>;
  placeholders: Array<{ kind: string; rule: string; severity: string; text: string; message: string; offset: number; end: number; line: number; character: number }>;
  figures: Array<{
    text: string; offset: number; end: number; line: number; character: number; value: number; unit: string;
    normalized: { value: number; unit: string } | null; label: string; role: string; period: string;
  }>;
  numbering: FindingJson[];
  figureChecks: FindingJson[];
}

export interface FindingJson {
  rule: string;
  severity: string;
  message: string;
  offset: number;
  end: number;
  line: number;
  character: number;
}

/** Turns an analysis into the JSON report of one file. */
export function buildFileReport(file: string, text: string, analysis: Analysis): FileReport {
  const lines = new LineIndex(text);
  const at = (span: Span) => ({ offset: span.start, end: span.end, ...lines.position(span.start) });
  const finding = (f: Finding): FindingJson => ({ rule: f.rule, severity: f.severity, message: f.message, ...at(f.span) });
  return {
    file,
    outline: analysis.outline.map((h) => ({
      kind: h.kind, level: h.level, marker: h.marker, title: h.title,
      ...at(h.markerSpan), end: h.section.end,
    })),
    placeholders: analysis.placeholders.map((p) => ({
      kind: p.kind, rule: p.rule, severity: p.severity, text: p.text, message: p.message, ...at(p.span),
    })),
    figures: analysis.figures.map((f) => ({
      text: f.text, ...at(f.span), value: f.value, unit: f.unit, normalized: f.normalized,
      label: f.label, role: f.role, period: f.period,
    })),
    numbering: analysis.numbering.map(finding),
    figureChecks: analysis.figureChecks.map(finding),
  };
}

/** All findings of a report, in document order, for the text format and the exit code. */
export function reportFindings(report: FileReport): FindingJson[] {
  const placeholders = report.placeholders.map(({ rule, severity, message, offset, end, line, character }) =>
    ({ rule, severity, message, offset, end, line, character }));
  return [...placeholders, ...report.numbering, ...report.figureChecks].sort((a, b) => a.offset - b.offset);
}
