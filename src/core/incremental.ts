import type { Analysis, Figure, Heading, Placeholder, Span } from './types';
import { resolveOptions, type Options } from './options';
import { headingsFromCandidates, collectCandidates, shiftCandidate, type Candidate } from './headings';
import { buildOutline } from './outline';
import { checkPlaceholders } from './placeholders';
import { figuresIn, newFigure } from './figures';
import { findPlanSections } from './figures/context';
import { checkNumbering } from './numbering';
import { checkFigures } from './figureChecks';
import { ownCopy } from './strings';
import { newPlaceholder } from './placeholderFindings';
import type { RuleContext } from './rules/rule';

/*
 * Re-analysis after an edit, line by line. What a line yields on its own is kept with the line (a block: the line
 * with its '\n'): its heading candidates, its placeholders, and its figures given the plan sections that cover it.
 * After an edit only the blocks the edit touched (and the block before, whose scan may peek past its line break) are
 * computed again; the others are kept, moved by the edit's length. What needs the whole document — choosing headings
 * among the candidates by their numbering, the tree, plan sections, numbering and figure checks — runs on the kept
 * per-line results, which is cheap next to scanning the text.
 *
 * Block-wise results equal whole-text ones only while the scans look no further than their line. That is checked on
 * the first text: if block-wise results differ there, every update analyses the whole text.
 * test/unit/incremental.test.ts compares update() with analyze() over random edits.
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
}

interface Block {
  start: number;
  /** After the block's '\n', or the end of the text. */
  end: number;
  /** All offsets below are absolute, in the current text. Candidates never leave the analyzer: moved in place. */
  candidates: Candidate[];
  placeholders: Placeholder[];
  figures: Figure[];
  /** The plan sections the figures were computed with, relative to the block: [start, end, start, end …]. */
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

  /**
   * `verifyLocality: true` also computes every line of the first text on its own and checks that it equals the line's
   * share of the whole-text results (for tests and benchmarks: it triples the cost of the first update).
   */
  constructor(overrides: Partial<Options> = {}, settings: { verifyLocality?: boolean } = {}) {
    this.options = resolveOptions(overrides);
    this.verifyLocality = settings.verifyLocality ?? false;
  }

  get stats(): IncrementalStats {
    return { blocks: this.blockwise ? this.blocks.length : 0, recomputed: this.recomputed, blockwise: this.blockwise };
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
        this.blocks = this.reblock(text, edit);
        analysis = this.assemble(text);
      }
    } catch (e) {
      // The kept blocks may be half moved: forget them, so that the next update starts afresh.
      this.text = undefined;
      this.analysis = undefined;
      this.blocks = [];
      this.blockwise = true;
      throw e;
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
    for (let start = 0; start < text.length; ) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl + 1;
      const c0 = c;
      while (c < candidates.length && candidates[c].start < end) c++;
      const p0 = p;
      while (p < placeholders.length && placeholders[p].span.start < end) p++;
      const f0 = f;
      while (f < figures.length && figures[f].span.start < end) f++;
      while (q < plans.length && plans[q].end <= start) q++;
      out.push({
        start,
        end,
        candidates: c > c0 ? candidates.slice(c0, c) : none,
        placeholders: p > p0 ? placeholders.slice(p0, p) : none,
        figures: f > f0 ? figures.slice(f0, f) : none,
        plans: relativePlans(plans, q, start, end),
        figuresKnown,
      });
      start = end;
    }
    return out;
  }

  /** Whether a block's share of the whole-text results equals what its line yields on its own. */
  private agrees(text: string, b: Block): boolean {
    const [own] = this.split(text, b.start, b.end);
    if (!deepEqual(own.candidates, b.candidates) || !deepEqual(own.placeholders, b.placeholders)) return false;
    if (!b.figuresKnown) return true;
    return deepEqual(shiftAll(figuresIn(text.slice(b.start, b.end), spansOf(b.plans)), b.start, shiftFigure), b.figures);
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
      numbering: parts.numbering ? checkNumbering(ctx) : [],
      figureChecks: parts.figures ? checkFigures(ctx) : [],
    };
  }

  /** The figures of every block: kept where the block and the plan sections over it are unchanged, else found. */
  private blockFigures(text: string, headings: Heading[]): Figure[] {
    const plans = merged(findPlanSections(text, headings));
    const out: Figure[] = [];
    let p = 0;
    for (const b of this.blocks) {
      while (p < plans.length && plans[p].end <= b.start) p++;
      const rel = relativePlans(plans, p, b.start, b.end);
      if (!b.figuresKnown || !sameNumbers(rel, b.plans)) {
        b.figures = shiftAll(figuresIn(lineCopy(text, b.start, b.end), spansOf(rel)), b.start, shiftFigure);
        b.plans = rel;
        b.figuresKnown = true;
      }
      for (const f of b.figures) out.push(f);
    }
    return out;
  }

  /** The new block list: blocks before and after the edit kept (moved), the rest split and computed. */
  private reblock(text: string, edit: TextChange): Block[] {
    const old = this.blocks;
    const delta = edit.newEnd - edit.oldEnd;
    // Blocks entirely before the edit, still ending with their '\n', keep their offsets. The last of them is computed
    // again all the same: the scans stop at a line break today, and this keeps a later check that peeks past one
    // from going stale.
    let front = 0;
    while (front < old.length && old[front].end <= edit.start && text.charCodeAt(old[front].end - 1) === 10) front++;
    if (front > 0) front--;
    // Blocks that start after a '\n' that is itself after the edit move by delta.
    let back = old.length;
    while (back > front && old[back - 1].start - 1 >= edit.oldEnd) back--;
    const midStart = front > 0 ? old[front - 1].end : 0;
    const midEnd = back < old.length ? old[back].start + delta : text.length;

    const out: Block[] = old.slice(0, front);
    const mid = this.split(text, midStart, midEnd);
    this.recomputed = mid.length;
    for (const b of mid) out.push(b);
    for (let i = back; i < old.length; i++) out.push(move(old[i], delta));
    return out;
  }

  /** Blocks of text[from, to) (from is a line start; to a line start or the end), computed. */
  private split(text: string, from: number, to: number): Block[] {
    const out: Block[] = [];
    const { parts } = this.options;
    const headings = this.needsHeadings;
    for (let start = from; start < to; ) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 || nl + 1 > to ? to : nl + 1;
      const ctx: RuleContext = { text: lineCopy(text, start, end), options: this.options, outline: none, figures: none };
      out.push({
        start,
        end,
        candidates: headings ? collectCandidates(text, start, end, []) : none,
        placeholders: parts.placeholders ? shiftAll(checkPlaceholders(ctx), start, shiftPlaceholder) : none,
        figures: none,
        plans: none,
        figuresKnown: false,
      });
      start = end;
    }
    return out;
  }
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
