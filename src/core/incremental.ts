import type { Analysis, Figure, Heading, Placeholder, Span } from './types';
import { resolveOptions, type Options } from './options';
import { headingsFromCandidates, collectCandidates, shiftCandidate, type Candidate } from './headings';
import { buildOutline } from './outline';
import { checkPlaceholders } from './placeholders';
import { figuresIn, newFigure } from './figures';
import { findPlanSections } from './figures/context';
import { checkNumbering } from './numbering';
import { movedNumbering, type KeptNumbering } from './numberingReuse';
import { checkFigures } from './figureChecks';
import { ownCopy } from './strings';
import { newPlaceholder } from './placeholderFindings';
import type { RuleContext } from './rules/rule';
import { CUT_CONTEXT, CutScan, LONG_LINE, MIN_PIECE, cutsOf } from './lineCuts';

/*
 * Re-analysis after an edit, line by line. What a line yields on its own is kept with the line (a block: the line
 * with its '\n'): its heading candidates, its placeholders, and its figures given the plan sections that cover it.
 * After an edit only the blocks the edit touched (and the block before, whose scan may peek past its line break) are
 * computed again; the others are kept, moved by the edit's length. What needs the whole document — choosing headings
 * among the candidates by their numbering, the tree, plan sections, numbering and figure checks — runs on the kept
 * per-line results, which is cheap next to scanning the text.
 *
 * A line longer than LONG_LINE is cut into pieces where lineCuts.ts allows it (after a '。', with every scan in
 * its neutral state): a piece is analysed with CUT_CONTEXT characters of its line on either side, and after an edit
 * the pieces within CUT_CONTEXT of it are computed again, so that typing in a megabyte pasted as one line stays
 * cheap. Marks that reach along the whole line (ASCII quotes, 《》, Markdown stars) are followed by CutScan: when an
 * edit leaves one open at the next kept cut, the pieces after it are computed again up to a cut where all are closed.
 *
 * Block-wise results equal whole-text ones only while the scans look no further than their line (or piece
 * context). `verifyLocality` checks that on the first text: if block-wise results differ there, every update
 * analyses the whole text. test/unit/incremental.test.ts compares update() with analyze() over random edits.
 */

/** An edit from the previous text to the new one: old [start, oldEnd) became new [start, newEnd). */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** What the last update() did, for benchmarks and tests. */
export interface IncrementalStats {
  /** Line blocks in the current text (0 when every update analyses the whole text). */
  blocks: number;
  /** Blocks the last update computed. */
  recomputed: number;
  /** False when the scans were found to need context across lines and every update analyses the whole text. */
  blockwise: boolean;
  /** True when the last update moved the numbering findings of the text before rather than checking them again. */
  numberingMoved: boolean;
}

interface Block {
  start: number;
  /** After the block's '\n', the end of the text, or a cut in a long line. */
  end: number;
  /** All offsets below are absolute, in the current text. Candidates never leave the analyzer: moved in place. */
  candidates: Candidate[];
  placeholders: Placeholder[];
  figures: Figure[];
  /** The plan sections the figures were computed with, relative to the block's context start: [start, end …]. */
  plans: number[];
  /** False for a block computed by this update, whose figures are still to be found. */
  figuresKnown: boolean;
}

const none: never[] = [];

/**
 * Keeps the previous text and its analysis, and computes the analysis of the next version of the text, reusing
 * per-line results. The result always equals `analyze(text, options)`. Owned by the caller (one per open document);
 * build a new one when the options change.
 */
export class IncrementalAnalyzer {
  private readonly options: Options;
  private readonly verifyLocality: boolean;
  private text: string | undefined;
  private analysis: Analysis | undefined;
  private blocks: Block[] = [];
  private blockwise = true;
  private recomputed = 0;
  /** The numbering findings of the last text, with what they were made from; the edit since, during an update. */
  private numbering: KeptNumbering | undefined;
  private edit: TextChange | undefined;
  private numberingMoved = false;

  /**
   * `verifyLocality: true` also computes every line of the first text on its own and checks that it equals the line's
   * share of the whole-text results (for tests and benchmarks: it triples the cost of the first update).
   */
  constructor(overrides: Partial<Options> = {}, settings: { verifyLocality?: boolean } = {}) {
    this.options = resolveOptions(overrides);
    this.verifyLocality = settings.verifyLocality ?? false;
  }

  get stats(): IncrementalStats {
    return { blocks: this.blockwise ? this.blocks.length : 0, recomputed: this.recomputed, blockwise: this.blockwise, numberingMoved: this.numberingMoved };
  }

  /**
   * The analysis of `text`. `change` is the edit from the previous text when the caller knows it (a VS Code content
   * change: start = rangeOffset, oldEnd = rangeOffset + rangeLength, newEnd = rangeOffset + text.length); without it,
   * the changed range is found by comparing the two texts.
   */
  update(text: string, change?: TextChange): Analysis {
    const previous = this.text;
    if (previous !== undefined && text === previous && this.analysis) return this.analysis;
    let analysis: Analysis;
    try {
      if (previous === undefined) analysis = this.first(text);
      else if (!this.blockwise) analysis = this.whole(text);
      else {
        const edit = change && isConsistent(change, previous.length, text.length) ? change : diff(previous, text);
        this.blocks = this.reblock(previous, text, edit);
        this.edit = edit;
        analysis = this.assemble(text);
      }
    } catch (e) {
      // The kept blocks may be half moved: forget them, so that the next update starts afresh.
      this.text = undefined;
      this.analysis = undefined;
      this.blocks = [];
      this.blockwise = true;
      this.numbering = undefined;
      throw e;
    } finally {
      this.edit = undefined;
    }
    this.text = text;
    this.analysis = analysis;
    return analysis;
  }

  private get needsHeadings(): boolean {
    const { parts } = this.options;
    return parts.outline || parts.numbering || parts.figures;
  }

  /**
   * The first text: analysed whole (as fast as analyze()), its candidates, placeholders and figures then dealt out to
   * the lines they lie on. With `verifyLocality`, every line is also computed on its own and compared with its share;
   * if one differs, this and every later update analyse the whole text.
   */
  private first(text: string): Analysis {
    const { analysis, candidates, sections } = this.wholeText(text);
    this.blocks = this.dealt(text, candidates, analysis.placeholders, analysis.figures, merged(sections));
    this.blockwise = !this.verifyLocality || this.blocks.every((b) => this.agrees(text, b));
    if (!this.blockwise) this.blocks = [];
    return analysis;
  }

  /** Line blocks holding the whole-text results that lie on them (each list is in text order). */
  private dealt(text: string, candidates: Candidate[], placeholders: Placeholder[], figures: Figure[], plans: Span[]): Block[] {
    const out: Block[] = [];
    const figuresKnown = this.options.parts.figures;
    let c = 0;
    let p = 0;
    let f = 0;
    let q = 0;
    for (const [start, end] of blockRanges(text, 0, text.length)) {
      const c0 = c;
      while (c < candidates.length && candidates[c].start < end) c++;
      const p0 = p;
      while (p < placeholders.length && placeholders[p].span.start < end) p++;
      const f0 = f;
      while (f < figures.length && figures[f].span.start < end) f++;
      const [cs, ce] = contextOf(text, start, end);
      while (q < plans.length && plans[q].end <= cs) q++;
      out.push({
        start,
        end,
        candidates: c > c0 ? candidates.slice(c0, c) : none,
        placeholders: p > p0 ? placeholders.slice(p0, p) : none,
        figures: f > f0 ? figures.slice(f0, f) : none,
        plans: relativePlans(plans, q, cs, ce),
        figuresKnown,
      });
    }
    return out;
  }

  /** Whether a block's share of the whole-text results equals what its line yields on its own. */
  private agrees(text: string, b: Block): boolean {
    const own = this.computed(text, b.start, b.end);
    if (!deepEqual(own.candidates, b.candidates) || !deepEqual(own.placeholders, b.placeholders)) return false;
    if (!b.figuresKnown) return true;
    return deepEqual(figuresOfBlock(text, b.start, b.end, b.plans), b.figures);
  }

  /** The analysis of the whole text at once, as analyze() does it. */
  private whole(text: string): Analysis {
    return this.wholeText(text).analysis;
  }

  /** The whole-text analysis with the candidates and plan sections it was made from. */
  private wholeText(text: string): { analysis: Analysis; candidates: Candidate[]; sections: Span[] } {
    this.recomputed = 0;
    const candidates: Candidate[] = this.needsHeadings ? collectCandidates(text, 0, text.length, []) : [];
    let sections: Span[] = none;
    const analysis = this.finish(
      text,
      candidates,
      (headings) => figuresIn(text, (sections = findPlanSections(text, headings))),
      () => checkPlaceholders({ text, options: this.options, outline: none, figures: none }),
    );
    return { analysis, candidates, sections };
  }

  /** The analysis from the blocks: per-line results joined, whole-document steps run on them. */
  private assemble(text: string): Analysis {
    const candidates: Candidate[] = [];
    if (this.needsHeadings) for (const b of this.blocks) for (const c of b.candidates) candidates.push(c);
    return this.finish(
      text,
      candidates,
      (headings) => this.blockFigures(text, headings),
      () => {
        const out: Placeholder[] = [];
        for (const b of this.blocks) for (const p of b.placeholders) out.push(p);
        return out;
      },
    );
  }

  private finish(text: string, candidates: Candidate[], figuresOf: (headings: Heading[]) => Figure[], collectPlaceholders: () => Placeholder[]): Analysis {
    const { parts } = this.options;
    const headings = this.needsHeadings ? headingsFromCandidates(text, candidates, this.options) : [];
    const tree = buildOutline(headings, text.length);
    const figures = parts.figures ? figuresOf(headings) : [];
    const ctx: RuleContext = { text, options: this.options, outline: headings, figures };
    return {
      outline: parts.outline ? headings : [],
      tree: parts.outline ? tree : [],
      placeholders: parts.placeholders ? collectPlaceholders() : [],
      figures,
      numbering: parts.numbering ? this.numberingOf(ctx, headings) : [],
      figureChecks: parts.figures ? checkFigures(ctx) : [],
    };
  }

  /** The numbering findings: those of the last text moved, when the edit since cannot have changed them; else checked. */
  private numberingOf(ctx: RuleContext, headings: Heading[]) {
    const kept = this.numbering;
    const moved = kept && this.edit ? movedNumbering(kept, ctx.text, headings, this.edit) : undefined;
    this.numberingMoved = moved !== undefined;
    const findings = moved ?? checkNumbering(ctx);
    this.numbering = { text: ctx.text, headings, findings };
    return findings;
  }

  /** The figures of every block: kept where the block and the plan sections over it are unchanged, else found. */
  private blockFigures(text: string, headings: Heading[]): Figure[] {
    const plans = merged(findPlanSections(text, headings));
    const out: Figure[] = [];
    let p = 0;
    for (const b of this.blocks) {
      const [cs, ce] = contextOf(text, b.start, b.end);
      while (p < plans.length && plans[p].end <= cs) p++;
      const rel = relativePlans(plans, p, cs, ce);
      if (!b.figuresKnown || !sameNumbers(rel, b.plans)) {
        b.figures = figuresOfBlock(text, b.start, b.end, rel);
        b.plans = rel;
        b.figuresKnown = true;
      }
      for (const f of b.figures) out.push(f);
    }
    return out;
  }

  /** The new block list: blocks before and after the edit kept (moved), the rest split and computed. */
  private reblock(previous: string, text: string, edit: TextChange): Block[] {
    const old = this.blocks;
    const delta = edit.newEnd - edit.oldEnd;
    // Blocks before the edit keep their offsets: a line whose '\n' is before it, a piece that ends CUT_CONTEXT before
    // it (its analysis read that far). The last of them is computed again all the same: the scans stop at a line
    // break today, and this keeps a later check that peeks past one from going stale.
    let front = 0;
    while (front < old.length && endsBefore(text, old[front].end, edit.start)) front++;
    if (front > 0) front--;
    // Blocks after the edit move by delta: a line that starts after a '\n' after the edit, a piece that starts
    // CUT_CONTEXT after it.
    let back = old.length;
    while (back > front && startsAfter(previous, old[back - 1].start, edit.oldEnd)) back--;
    const midStart = front > 0 ? old[front - 1].end : 0;
    let midEnd = back < old.length ? old[back].start + delta : text.length;
    // A kept piece needs every mark that reaches along its line closed before it: if the edit left one open, the
    // pieces after it are computed again up to a cut where all are closed.
    if (back < old.length && text.charCodeAt(midEnd - 1) !== 10) {
      const scan = new CutScan(text, midStart);
      const unused: number[] = [];
      let from = midStart;
      while (back < old.length && text.charCodeAt(midEnd - 1) !== 10 && !scan.scan(from, midEnd, Infinity, from, unused)) {
        from = midEnd;
        back++;
        midEnd = back < old.length ? old[back].start + delta : text.length;
      }
    }

    const out: Block[] = old.slice(0, front);
    let recomputed = 0;
    for (const [start, end] of blockRanges(text, midStart, midEnd)) {
      out.push(this.computed(text, start, end));
      recomputed++;
    }
    this.recomputed = recomputed;
    for (let i = back; i < old.length; i++) out.push(move(old[i], delta));
    return out;
  }

  /** The block text[start, end) computed on its own (figures later, once the plan sections are known). */
  private computed(text: string, start: number, end: number): Block {
    const { parts } = this.options;
    const [cs, ce] = contextOf(text, start, end);
    let placeholders: Placeholder[] = none;
    if (parts.placeholders) {
      const ctx: RuleContext = { text: lineCopy(text, cs, ce), options: this.options, outline: none, figures: none };
      placeholders = shiftAll(within(checkPlaceholders(ctx), start - cs, end - cs, (p) => p.span.start), cs, shiftPlaceholder);
    }
    return {
      start,
      end,
      candidates: this.needsHeadings ? within(collectCandidates(text, cs, end, []), start, end, (c) => c.start) : none,
      placeholders,
      figures: none,
      plans: none,
      figuresKnown: false,
    };
  }
}

/**
 * The blocks of text[from, to), as [start, end] pairs: its lines, a long line cut into pieces. `from` is a line start
 * or a cut; `to` a line start, a cut or the end of the text.
 */
function blockRanges(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let start = from; start < to; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 || nl + 1 > to ? to : nl + 1;
    const partOfLine = (start > 0 && text.charCodeAt(start - 1) !== 10) || (end < text.length && text.charCodeAt(end - 1) !== 10);
    if (end - start > LONG_LINE || partOfLine) {
      let s = start;
      for (const cut of cutsOf(text, start, end, MIN_PIECE)) {
        out.push([s, cut]);
        s = cut;
      }
      out.push([s, end]);
    } else out.push([start, end]);
    start = end;
  }
  return out;
}

/** Whether a kept block ending at `end` (before the edit) stays as it is: see reblock. */
function endsBefore(text: string, end: number, editStart: number): boolean {
  if (end > editStart) return false;
  return text.charCodeAt(end - 1) === 10 || end <= editStart - CUT_CONTEXT;
}

/** Whether a kept block starting at `start` in the previous text (after the edit) stays as it is: see reblock. */
function startsAfter(previous: string, start: number, oldEnd: number): boolean {
  if (start === 0 || previous.charCodeAt(start - 1) === 10) return start - 1 >= oldEnd;
  return start >= oldEnd + CUT_CONTEXT;
}

/** The part of the line a block's analysis reads: the block and, for a piece, CUT_CONTEXT characters either side. */
function contextOf(text: string, start: number, end: number): [number, number] {
  const cs = start > 0 && text.charCodeAt(start - 1) !== 10 ? start - CUT_CONTEXT : start;
  let ce = end;
  if (end < text.length && text.charCodeAt(end - 1) !== 10) {
    const limit = Math.min(text.length, end + CUT_CONTEXT);
    while (ce < limit && text.charCodeAt(ce) !== 10) ce++;
    if (ce < limit) ce++; // the '\n' that ends the line
  }
  return [cs, ce];
}

/** The items whose key lies in [from, to) (all of them when nothing is cut off; items are in text order). */
function within<T>(items: T[], from: number, to: number, key: (item: T) => number): T[] {
  let i = 0;
  while (i < items.length && key(items[i]) < from) i++;
  let j = items.length;
  while (j > i && key(items[j - 1]) >= to) j--;
  return i === 0 && j === items.length ? items : items.slice(i, j);
}

/** The figures of the block text[start, end), given the plan sections over its context (relative to its start). */
function figuresOfBlock(text: string, start: number, end: number, plans: number[]): Figure[] {
  const [cs, ce] = contextOf(text, start, end);
  return shiftAll(within(figuresIn(lineCopy(text, cs, ce), spansOf(plans)), start - cs, end - cs, (f) => f.span.start), cs, shiftFigure);
}

/** text[start, end) as a string of its own: labels and texts cut from it, kept with their line, must not keep the document alive. */
function lineCopy(text: string, start: number, end: number): string {
  return ownCopy(text.slice(start, end));
}

/**
 * A kept block moved by `delta`, in place: blocks and candidates are the analyzer's own; figures and placeholders
 * are shared with analyses already returned, so they are replaced by moved copies.
 */
function move(b: Block, delta: number): Block {
  if (delta === 0) return b;
  b.start += delta;
  b.end += delta;
  for (const c of b.candidates) shiftCandidate(c, delta);
  b.placeholders = shiftAll(b.placeholders, delta, shiftPlaceholder);
  b.figures = shiftAll(b.figures, delta, shiftFigure);
  return b;
}

function shiftAll<T>(items: T[], delta: number, shift: (item: T, delta: number) => T): T[] {
  if (delta === 0 || items.length === 0) return items;
  const out = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = shift(items[i], delta);
  return out;
}

const shiftSpan = (s: Span, delta: number): Span => ({ start: s.start + delta, end: s.end + delta });

/** A moved copy, made by the same function as the original, so that both have one shape. */
function shiftFigure(f: Figure, delta: number): Figure {
  return newFigure(shiftSpan(f.span, delta), f.text, f.value, f.unit, f.normalized, f.label, f.role, f.period, f.valueTo, f.approx, f.qualifier);
}

/** A moved copy, made by the same function as the original (see shiftFigure). */
function shiftPlaceholder(p: Placeholder, delta: number): Placeholder {
  const out = newPlaceholder(p.kind, p.text, shiftSpan(p.span, delta), p.message, p.messageTemplate, p.messageArgs, p.rule, p.severity);
  if (p.fix) out.fix = p.fix.map((e) => ({ span: shiftSpan(e.span, delta), newText: e.newText }));
  return out;
}

/** The plan sections from plans[from] on that overlap [start, end), clipped and relative to start: [start, end …]. */
function relativePlans(plans: Span[], from: number, start: number, end: number): number[] {
  let rel: number[] = none;
  for (let q = from; q < plans.length && plans[q].start < end; q++) {
    if (rel === none) rel = [];
    rel.push(Math.max(plans[q].start, start) - start, Math.min(plans[q].end, end) - start);
  }
  return rel;
}

/** Relative plan sections [start, end, start, end …] as spans. */
function spansOf(plans: number[]): Span[] {
  const spans: Span[] = [];
  for (let k = 0; k < plans.length; k += 2) spans.push({ start: plans[k], end: plans[k + 1] });
  return spans;
}

/** Spans sorted and joined where they overlap or touch: what a figure's "inside a plan section" asks of them. */
function merged(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else if (s.end > s.start) out.push({ start: s.start, end: s.end });
  }
  return out;
}

function sameNumbers(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

function isConsistent(c: TextChange, oldLength: number, newLength: number): boolean {
  return c.start >= 0 && c.start <= c.oldEnd && c.start <= c.newEnd && oldLength - c.oldEnd === newLength - c.newEnd && c.oldEnd <= oldLength;
}

/** Code units compared at once by string equality (a memory compare) before the difference is looked for unit by unit. */
const DIFF_CHUNK = 4096;

/** The smallest change turning `a` into `b`: common prefix and suffix. */
function diff(a: string, b: string): TextChange {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p + DIFF_CHUNK <= max && a.substring(p, p + DIFF_CHUNK) === b.substring(p, p + DIFF_CHUNK)) p += DIFF_CHUNK;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  const room = max - p;
  while (s + DIFF_CHUNK <= room && a.substring(a.length - s - DIFF_CHUNK, a.length - s) === b.substring(b.length - s - DIFF_CHUNK, b.length - s)) s += DIFF_CHUNK;
  while (s < room && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, oldEnd: a.length - s, newEnd: b.length - s };
}
