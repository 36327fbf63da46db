import type { Analysis, Finding } from '../core/types';
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

/** Turns an analysis into the JSON report of one file. Each entry is one object literal (no spread): it is built for every finding of every file. */
export function buildFileReport(file: string, text: string, analysis: Analysis): FileReport {
  const lines = new LineIndex(text);
  const finding = (f: Finding): FindingJson => {
    const p = lines.position(f.span.start);
    return { rule: f.rule, severity: f.severity, message: f.message, offset: f.span.start, end: f.span.end, line: p.line, character: p.character };
  };
  return {
    file,
    outline: analysis.outline.map((h) => {
      const p = lines.position(h.markerSpan.start);
      return { kind: h.kind, level: h.level, marker: h.marker, title: h.title, offset: h.markerSpan.start, end: h.section.end, line: p.line, character: p.character };
    }),
    placeholders: analysis.placeholders.map((x) => {
      const p = lines.position(x.span.start);
      return {
        kind: x.kind, rule: x.rule, severity: x.severity, text: x.text, message: x.message,
        offset: x.span.start, end: x.span.end, line: p.line, character: p.character,
      };
    }),
    figures: analysis.figures.map((f) => {
      const p = lines.position(f.span.start);
      return {
        text: f.text, offset: f.span.start, end: f.span.end, line: p.line, character: p.character, value: f.value, unit: f.unit,
        normalized: f.normalized, label: f.label, role: f.role, period: f.period,
      };
    }),
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
