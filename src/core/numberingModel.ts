import type { Heading, Span, TextEdit } from './types';
import type { RuleContext } from './rules/rule';

/**
 * The numbering structure of an outline: which markers count together (runs of siblings), where a run breaks, and
 * where the document is a collection of unrelated fragments. Shared by the numbering rules and the renumbering edits,
 * so that a fix and the finding it fixes always agree.
 */

/** A numbered run: siblings that should count 1, 2, 3 … (or on from `base` where the text starts mid-way). */
export interface Run {
  kind: 'heading' | 'item';
  level: number;
  /** The heading the run sits under, or null when the fragment has none (the text starts inside its parent). */
  parent: Heading | null;
  members: Heading[];
  /** The number the first member should have: 1, or its own number at a fragment start. */
  base: number;
  /** The number the last member stands for: its own, or the inferred one for a lost number. */
  last: number;
  /** The fragment the run belongs to. */
  fragment: Span;
  /**
   * The edits that renumber the run, made by the first finding that offers them and shared by every other finding
   * in the run (of any rule): callers only read a finding's fix.
   */
  renumbering: TextEdit[] | undefined;
}

export type BreakKind =
  | 'gap' // 一、二、四、
  | 'duplicate' // （三）（三）
  | 'order' // 六是、七是、四是
  | 'restart' // 一、…四、一、 with no new parent in between
  | 'start' // the first child under a parent in the text is not 1
  | 'fragment-start' // the text (or a fragment) opens mid-sequence: (二) with its parent outside the text
  | 'level-skip'; // 一、 followed directly by 1.

export interface Break {
  kind: BreakKind;
  heading: Heading;
  /** The sibling before it (gap, duplicate, order, restart), or the parent (start, level-skip). */
  previous: Heading | null;
  /** The number the previous sibling stands for (gap, duplicate, order, restart); 0 for the other kinds. */
  previousNumber: number;
  /** The number expected here. */
  expected: number;
  run: Run;
}

/** Where a member whose number was lost sits: its run, its index there and the number it stands for. */
export interface LostNumber {
  run: Run;
  index: number;
  number: number;
}

export interface NumberingModel {
  /** One span for an ordinary document; one per line when the text is a collection of unrelated fragments. */
  fragments: Span[];
  isFragmentCollection: boolean;
  runs: Run[];
  /** In document order. */
  breaks: Break[];
  /** The members with no number (、 alone, or a number of 0), for the rule that restores it. */
  lostNumbers: Map<Heading, LostNumber>;
}

/** Sentence punctuation that ends a line of body text rather than a title: 。；;，,、：:！!？? */
function isSentenceEndCode(c: number): boolean {
  switch (c) {
    case 0x3002:
    case 0xff1b:
    case 0x3b:
    case 0xff0c:
    case 0x2c:
    case 0x3001:
    case 0xff1a:
    case 0x3a:
    case 0xff01:
    case 0x21:
    case 0xff1f:
    case 0x3f:
      return true;
    default:
      return false;
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0;
}

/** The start of the line holding the offset when only blanks precede the offset on it; -1 otherwise. */
function lineStartBefore(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
    if (!isSpace(c)) return -1;
  }
  return 0;
}

/** True when only blanks precede the offset on its line. */
export function opensLine(text: string, offset: number): boolean {
  return lineStartBefore(text, offset) >= 0;
}

/**
 * The lines that read like an unnumbered title ("2024年工作计划", "第二部分"): short, with no sentence punctuation at
 * their end, not a numbered heading, and ended by a line break. Such a title legitimately starts the numbering again.
 * Found in one pass the first time a restart asks, as [start, end) of each line (end: its line break), in order.
 * `outline` is in document order, so whether a heading starts a line is found by walking it along.
 */
function unnumberedTitleLines(text: string, outline: readonly Heading[]): number[] {
  const out: number[] = [];
  let next = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; ) {
    const start = nl + 1;
    const end = text.indexOf('\n', start);
    if (end < 0) break;
    let a = start;
    let b = end;
    while (a < b && (isSpace(text.charCodeAt(a)) || text.charCodeAt(a) === 13)) a++;
    while (b > a && (isSpace(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === 13)) b--;
    const length = b - a;
    if (length >= 2 && length <= 30 && !isSentenceEndCode(text.charCodeAt(b - 1))) {
      while (next < outline.length && outline[next].markerSpan.start < a) next++;
      if (next < outline.length && outline[next].markerSpan.start === a) {
        nl = end;
        continue;
      }
      for (let k = a; k < b; k++) {
        const c = text.charCodeAt(k);
        if (c >= 0x4e00 && c <= 0x9fff) {
          out.push(start, end);
          break;
        }
      }
    }
    nl = end;
  }
  return out;
}

/**
 * True when a whole line between `from` and `to` (after a line break at or after `from`, ended by one before `to`)
 * is an unnumbered title; `lines` is unnumberedTitleLines of the text.
 */
function hasUnnumberedTitleLine(lines: readonly number[], from: number, to: number): boolean {
  // The first listed line that starts after a line break at or after `from` has the earliest end of those.
  let lo = 0;
  let hi = lines.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[2 * mid] - 1 >= from) hi = mid;
    else lo = mid + 1;
  }
  return lo < lines.length / 2 && lines[2 * lo + 1] < to;
}

/** One key per kind and level of run, for the numbers runs ended on. */
function runKey(run: Run): number {
  return run.kind === 'item' ? 100 + run.level : run.level;
}

/** Levels as keys: equal numbers, NaN included. */
function sameLevel(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

/** True for a member whose number was lost. */
function hasLostNumber(h: Heading): boolean {
  return h.style === 'bare-comma' || h.ordinal <= 0;
}

/** Walks the outline once, fragment by fragment, and records runs and breaks. */
function walk(text: string, outline: readonly Heading[], fragments: Span[]): Omit<NumberingModel, 'isFragmentCollection'> {
  const runs: Run[] = [];
  const breaks: Break[] = [];
  const lostNumbers = new Map<Heading, LostNumber>();
  let titleLines: number[] | null = null;
  let f = 0;
  // The open headings from the fragment's top down, with the runs under each, one per level: mostly one run or
  // none, so the first is kept apart and others (a list under one heading at two levels) in a list made if needed.
  // Entry 0 stands for the fragment itself.
  const stackHeadings: (Heading | null)[] = [null];
  const firstRuns: (Run | null)[] = [null];
  const otherRuns: (Run[] | null)[] = [null];
  const runAt = (d: number, level: number): Run | undefined => {
    const first = firstRuns[d];
    if (first === null) return undefined;
    if (sameLevel(first.level, level)) return first;
    const others = otherRuns[d];
    if (others !== null) for (const run of others) if (sameLevel(run.level, level)) return run;
    return undefined;
  };
  const setRunAt = (d: number, run: Run): void => {
    const first = firstRuns[d];
    if (first === null || sameLevel(first.level, run.level)) {
      firstRuns[d] = run;
      return;
    }
    let others = otherRuns[d];
    if (others === null) otherRuns[d] = others = [];
    for (let i = 0; i < others.length; i++) {
      if (sameLevel(others[i].level, run.level)) {
        others[i] = run;
        return;
      }
    }
    others.push(run);
  };
  let depth = 1;
  let itemRun: Run | null = null;
  let lastHeading: Heading | null = null;
  /** The number the last run of each kind and level ended on (once renumbered), for numbering carried across parents. */
  let lastEnd: number[] = [];

  const newRun = (kind: Run['kind'], h: Heading, parent: Heading | null): Run => {
    const run: Run = { kind, level: h.level, parent, members: [h], base: 1, last: 0, fragment: fragments[f], renumbering: undefined };
    runs.push(run);
    return run;
  };
  /** Opens a run with `h`, or reports why `h` cannot open one. */
  const open = (run: Run, h: Heading): void => {
    if (h.ordinal > 1) {
      // Some reports number （一）…（五） under 一、 and go on with （六） under 二、: a consistent carry-over is no error.
      if (run.parent !== null && lastEnd[runKey(run)] === h.ordinal - 1) {
        run.base = h.ordinal;
      } else if (run.parent === null) {
        run.base = h.ordinal;
        breaks.push({ kind: 'fragment-start', heading: h, previous: null, previousNumber: 0, expected: h.ordinal, run });
      } else breaks.push({ kind: 'start', heading: h, previous: run.parent, previousNumber: 0, expected: 1, run });
    }
    run.last = h.ordinal > 0 ? h.ordinal : run.base;
    if (hasLostNumber(h)) lostNumbers.set(h, { run, index: 0, number: run.last });
    lastEnd[runKey(run)] = run.base;
  };
  /** Adds `h` to a run; returns false when `h` starts a new run instead (a restart at 1). */
  const extend = (run: Run, h: Heading): boolean => {
    const members = run.members;
    const prev = members[members.length - 1];
    const prevNumber = run.last;
    const o = h.ordinal;
    const expected = run.base + members.length;
    // An item list may begin again at 一是 in any paragraph. A heading at 1 restarts the numbering only after a
    // sibling that stands for 2 or more once renumbered (so 一、一、 is a duplicate, and renumbering is idempotent).
    if (o === 1 && (run.kind === 'item' || expected - 1 >= 2)) {
      titleLines ??= run.kind === 'heading' ? unnumberedTitleLines(text, outline) : null;
      if (run.kind === 'heading' && !hasUnnumberedTitleLine(titleLines!, prev.markerSpan.end, h.markerSpan.start)) {
        breaks.push({ kind: 'restart', heading: h, previous: prev, previousNumber: prevNumber, expected, run });
      }
      return false;
    }
    members.push(h);
    lastEnd[runKey(run)] = expected;
    if (o > 0 && o !== prevNumber + 1) {
      const kind: BreakKind = o === prevNumber ? 'duplicate' : o > prevNumber ? 'gap' : 'order';
      breaks.push({ kind, heading: h, previous: prev, previousNumber: prevNumber, expected, run });
    }
    run.last = o > 0 ? o : prevNumber + 1;
    if (hasLostNumber(h)) lostNumbers.set(h, { run, index: members.length - 1, number: run.last });
    return true;
  };

  for (const h of outline) {
    while (f + 1 < fragments.length && h.markerSpan.start >= fragments[f + 1].start) {
      f++;
      depth = 1;
      firstRuns[0] = null;
      otherRuns[0] = null;
      itemRun = null;
      lastHeading = null;
      lastEnd = [];
    }
    if (h.kind === 'item') {
      if (itemRun && itemRun.parent === lastHeading && extend(itemRun, h)) continue;
      itemRun = newRun('item', h, lastHeading);
      open(itemRun, h);
      continue;
    }
    itemRun = null;
    lastHeading = h;
    while (depth > 1 && stackHeadings[depth - 1]!.level >= h.level) depth--;
    const parent = stackHeadings[depth - 1];
    let run = runAt(depth - 1, h.level);
    if (!run || !extend(run, h)) {
      const first = !run;
      run = newRun('heading', h, parent);
      setRunAt(depth - 1, run);
      open(run, h);
      // Circled numbers (①②) list points under a heading of any level; only 一、（一）1.（1） form the hierarchy.
      if (first && parent && parent.level < h.level - 1 && h.style !== 'circled') {
        breaks.push({ kind: 'level-skip', heading: h, previous: parent, previousNumber: 0, expected: 0, run });
      }
    }
    stackHeadings[depth] = h;
    firstRuns[depth] = null;
    otherRuns[depth] = null;
    depth++;
  }
  // Breaks are found heading by heading in document order; the sort is for an outline with equal starts.
  for (let i = 1; i < breaks.length; i++) {
    if (breaks[i - 1].heading.markerSpan.start > breaks[i].heading.markerSpan.start) {
      breaks.sort((a, b) => a.heading.markerSpan.start - b.heading.markerSpan.start);
      break;
    }
  }
  return { fragments, runs, breaks, lostNumbers };
}

/** The line spans of a text, each a fragment of its own (blank lines are skipped). */
function lineFragments(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i > start || !out.length) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** A line long enough to carry a whole excerpt (heading, body and more), not just a heading line. */
const fragmentLineLength = 200;

/**
 * A text pasted together from unrelated excerpts, one per line, breaks the numbering at most of its line starts,
 * and each of those lines is a long excerpt; an ordinary report breaks it at a few line starts at most. Level skips
 * are left out of the count: some reports skip a level on purpose all through.
 */
function looksLikeFragmentCollection(text: string, outline: readonly Heading[], breaks: Break[]): boolean {
  let lineStarts = 0;
  let first = true;
  for (const h of outline) {
    if (!opensLine(text, h.markerSpan.start)) continue;
    if (first) first = false;
    else lineStarts++;
  }
  // Most documents break the numbering at too few line starts to qualify; then the lines need not be measured.
  let candidates = 0;
  for (const b of breaks) {
    if (b.kind !== 'level-skip' && b.kind !== 'fragment-start' && opensLine(text, b.heading.markerSpan.start)) candidates++;
  }
  if (candidates < 3 || candidates < 0.4 * lineStarts) return false;
  const atLineStart = new Set<Heading>();
  // The next line break at or after the offsets looked at, which grow (breaks are in document order): each stretch
  // of text is searched once.
  let from = 0;
  let nextLf = -1;
  let nextCr = -1;
  for (const b of breaks) {
    const at = b.heading.markerSpan.start;
    if (b.kind === 'level-skip' || b.kind === 'fragment-start' || atLineStart.has(b.heading)) continue;
    const lineStart = lineStartBefore(text, at);
    if (lineStart < 0) continue;
    if (at < from) nextLf = nextCr = -1;
    from = at;
    if (nextLf < at) nextLf = lineBreakAt(text, '\n', at);
    if (nextLf - lineStart < fragmentLineLength) continue;
    if (nextCr < at) nextCr = lineBreakAt(text, '\r', at);
    if (Math.min(nextLf, nextCr) - lineStart >= fragmentLineLength) atLineStart.add(b.heading);
  }
  return atLineStart.size >= 3 && atLineStart.size >= 0.4 * lineStarts;
}

/** The offset of the first `brk` at or after `from`, or the text's length. */
function lineBreakAt(text: string, brk: string, from: number): number {
  const i = text.indexOf(brk, from);
  return i < 0 ? text.length : i;
}

/** The numbering structure of a document's outline (headings and items, flat, in document order). */
export function buildNumberingModel(text: string, outline: readonly Heading[]): NumberingModel {
  const sorted = inDocumentOrder(outline) ? outline : [...outline].sort((a, b) => a.markerSpan.start - b.markerSpan.start);
  const whole = walk(text, sorted, [{ start: 0, end: text.length }]);
  const fragmented = looksLikeFragmentCollection(text, sorted, whole.breaks);
  const { fragments, runs, breaks, lostNumbers } = fragmented ? walk(text, sorted, lineFragments(text)) : whole;
  return { fragments, isFragmentCollection: fragmented, runs, breaks, lostNumbers };
}

function inDocumentOrder(outline: readonly Heading[]): boolean {
  for (let i = 1; i < outline.length; i++) if (outline[i - 1].markerSpan.start > outline[i].markerSpan.start) return false;
  return true;
}

/** The index of the fragment (a line, or the whole text) holding an offset. */
export function fragmentIndex(model: NumberingModel, offset: number): number {
  const fs = model.fragments;
  let lo = 0;
  let hi = fs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fs[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A rule context that may carry the numbering model already built for it (checkNumbering builds it once). */
export interface NumberingRuleContext extends RuleContext {
  numberingModel?: NumberingModel;
}

/** The numbering model of a rule context: the one it carries, or a new one. */
export function numberingModelOf(ctx: NumberingRuleContext): NumberingModel {
  return ctx.numberingModel ?? buildNumberingModel(ctx.text, ctx.outline);
}
