import type { Finding, Heading, Span } from './types';
import { opensLine } from './numberingModel';

/*
 * The numbering findings depend on the headings (their markers, numbers, levels and places), on the line structure
 * (fragments, unnumbered title lines of 2 to 30 characters, whether a marker opens its line) and on the few
 * characters after each marker (doubled punctuation). An edit inside a long line of body text changes none of them:
 * the findings of the text before the edit then hold for the new text, moved by the edit's length. Typing happens
 * mostly there, so an editor need not check the numbering again at every keystroke.
 */

/** An edit from the previous text to the new one: old [start, oldEnd) became new [start, newEnd). */
interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The numbering of the previous text, as the analyzer kept it. */
export interface KeptNumbering {
  text: string;
  headings: readonly Heading[];
  findings: readonly Finding[];
}

/** How close to a marker an edit may come and leave its findings valid (the doubled-punctuation rule reads after it). */
const MARKER_MARGIN = 8;
/** A line with more non-blank characters than this is never an unnumbered title line (numberingModel.ts: 2 to 30). */
const TITLE_LINE_MAX = 30;

/** The previous findings moved to the new text, or undefined when the edit may have changed them. */
export function movedNumbering(kept: KeptNumbering, text: string, headings: readonly Heading[], edit: Edit): Finding[] | undefined {
  const previous = kept.text;
  const { start, oldEnd, newEnd } = edit;
  const delta = newEnd - oldEnd;
  if (hasLineBreak(previous, start, oldEnd) || hasLineBreak(text, start, newEnd)) return undefined;
  // The edited line is long before and after the edit: no title line came or went.
  const around = nonBlanksOnLine(text, start, -1) + nonBlanksOnLine(text, newEnd, 1);
  if (around + nonBlanks(previous, start, oldEnd) <= TITLE_LINE_MAX || around + nonBlanks(text, start, newEnd) <= TITLE_LINE_MAX) return undefined;
  const old = kept.headings;
  if (old.length !== headings.length) return undefined;
  let firstAfter = -1;
  for (let k = 0; k < old.length; k++) {
    const p = old[k];
    const h = headings[k];
    const at = p.markerSpan;
    if (at.end + MARKER_MARGIN > start && at.start < oldEnd + MARKER_MARGIN) return undefined;
    const moved = at.start >= oldEnd ? delta : 0;
    if (firstAfter < 0 && moved !== 0) firstAfter = k;
    if (
      h.markerSpan.start !== at.start + moved || h.marker !== p.marker || h.style !== p.style || h.ordinal !== p.ordinal ||
      h.level !== p.level || h.kind !== p.kind || h.runIn !== p.runIn || h.fullWidthDigits !== p.fullWidthDigits
    ) {
      return undefined;
    }
  }
  // Only the first marker after the edit can have the edit on its line before it.
  if (firstAfter >= 0 && opensLine(previous, old[firstAfter].markerSpan.start) !== opensLine(text, headings[firstAfter].markerSpan.start)) return undefined;
  return kept.findings.map((f) => movedFinding(f, oldEnd, delta));
}

function movedFinding(f: Finding, oldEnd: number, delta: number): Finding {
  const moved: Finding = { ...f, span: movedSpan(f.span, oldEnd, delta) };
  if (f.fix) moved.fix = f.fix.map((e) => ({ span: movedSpan(e.span, oldEnd, delta), newText: e.newText }));
  return moved;
}

const movedSpan = (s: Span, oldEnd: number, delta: number): Span =>
  s.start >= oldEnd ? { start: s.start + delta, end: s.end + delta } : { start: s.start, end: s.end };

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;

function nonBlanks(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to && n <= TITLE_LINE_MAX; k++) if (!isBlank(text.charCodeAt(k))) n++;
  return n;
}

/** Non-blank characters on the line from `at` going in `dir` (-1 before it, 1 from it on), counted up to the cap. */
function nonBlanksOnLine(text: string, at: number, dir: 1 | -1): number {
  let n = 0;
  for (let k = dir < 0 ? at - 1 : at; k >= 0 && k < text.length && n <= TITLE_LINE_MAX; k += dir) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) break;
    if (!isBlank(c)) n++;
  }
  return n;
}
