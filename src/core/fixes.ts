import type { Finding, TextEdit } from './types';

/** The mechanical fixes of all findings, in order, without duplicates or overlapping edits (the first one wins). */
export function collectFixes(findings: readonly Finding[]): TextEdit[] {
  const edits = findings.flatMap((f) => f.fix ?? []).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const out: TextEdit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && last.span.start === e.span.start && last.span.end === e.span.end && last.newText === e.newText) continue;
    if (last && e.span.start < last.span.end) continue;
    out.push(e);
  }
  return out;
}

/** Applies edits to a text; an edit overlapping one before it, or past the end, is dropped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.span.start < pos || e.span.end > text.length) continue;
    out += text.slice(pos, e.span.start) + e.newText;
    pos = e.span.end;
  }
  return out + text.slice(pos);
}
