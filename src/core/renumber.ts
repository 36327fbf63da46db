import type { Heading, MarkerStyle, TextEdit } from './types';
import { buildNumberingModel, type NumberingModel, type Run } from './numberingModel';
import { isHeadingStyle, renumberMarkerEdit, restyleMarkerEdit } from './markerFormat';

/**
 * Renumbering as pure edits. Every edit replaces only (part of) a marker, never other text, so a caller can apply
 * them as one undoable change. A run keeps each marker's own style; a run that restarts at 1 after a gap in the
 * structure, or a run the text opens mid-way (a fragment), keeps its own start.
 */

function byStart(a: TextEdit, b: TextEdit): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

/** The sibling nearest to `index` that carries a number: its style is what a lost number is written in. */
export function numberedNeighbour(run: Run, index: number): Heading | null {
  for (let d = 1; d < run.members.length; d++) {
    for (const k of [index - d, index + d]) {
      const h = run.members[k];
      if (h && h.ordinal > 0 && h.style !== 'bare-comma') return h;
    }
  }
  return null;
}

/** The edits that make one run count base, base + 1, … in each marker's own style. */
export function renumberRun(text: string, run: Run): TextEdit[] {
  const edits: TextEdit[] = [];
  run.members.forEach((h, i) => {
    const n = run.base + i;
    if (h.style === 'bare-comma' || h.ordinal <= 0) {
      const model = numberedNeighbour(run, i);
      if (!model) return;
      const edit = restyleMarkerEdit(text, h, model.style, model.fullWidthDigits, n);
      if (edit) edits.push(edit);
      return;
    }
    const edit = renumberMarkerEdit(text, h, n);
    if (edit) edits.push(edit);
  });
  return edits;
}

/** The run a heading belongs to, or null. */
export function runOf(model: NumberingModel, heading: Heading): Run | null {
  for (const run of model.runs) if (run.members.includes(heading)) return run;
  // The caller may hold an equal heading from another analysis of the same text.
  for (const run of model.runs) {
    if (run.members.some((m) => m.markerSpan.start === heading.markerSpan.start && m.marker === heading.marker)) return run;
  }
  return null;
}

/** Renumbers the siblings of `heading` (same level, same parent), keeping each marker's style. */
export function renumberSequence(text: string, outline: readonly Heading[], heading: Heading): TextEdit[] {
  const model = buildNumberingModel(text, outline);
  const run = runOf(model, heading);
  return run ? renumberRun(text, run).sort(byStart) : [];
}

/** Renumbers every run of headings and inline items in the document. */
export function renumberDocument(text: string, outline: readonly Heading[]): TextEdit[] {
  const model = buildNumberingModel(text, outline);
  return model.runs.flatMap((run) => renumberRun(text, run)).sort(byStart);
}

/** True when digits in this style are expected half-width (every digit style of the house style). */
function hasDigits(style: MarkerStyle): boolean {
  return style.startsWith('num-');
}

/** The edit that brings one heading to the house style of its level, or null when it already follows it. */
export function houseStyleEdit(
  text: string,
  heading: Heading,
  houseStyle: readonly MarkerStyle[],
): TextEdit | null {
  if (heading.kind !== 'heading' || !isHeadingStyle(heading.style) || heading.ordinal <= 0) return null;
  const target = houseStyle[heading.level - 1];
  if (!target) return null;
  if (target === heading.style && !(hasDigits(target) && heading.fullWidthDigits)) return null;
  return restyleMarkerEdit(text, heading, target, false);
}

/** Rewrites every heading marker in the house style of its level (GB/T 9704-2012 §7.3.3 by default), same numbers. */
export function normalizeStyle(text: string, outline: readonly Heading[], houseStyle: readonly MarkerStyle[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const h of outline) {
    const edit = houseStyleEdit(text, h, houseStyle);
    if (edit) edits.push(edit);
  }
  return edits.sort(byStart);
}

export { applyEdits } from './fixes';
