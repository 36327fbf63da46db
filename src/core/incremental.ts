import type { Analysis, Figure, Heading, Placeholder } from './types';
import { resolveOptions, type Options } from './options';
import { parseHeadings } from './headings';
import { buildOutline } from './outline';
import { checkPlaceholders } from './placeholders';
import { extractFigures } from './figures';
import { checkNumbering } from './numbering';
import { checkFigures } from './figureChecks';
import type { RuleContext } from './rules/rule';

/*
 * Re-analysis after an edit. The text is cut into line blocks (each line with its '\n'). Figures and placeholders
 * are computed per block, as if the block were a document of its own, and kept with the block; after an edit only
 * the blocks the edit touched (or whose headings changed) are recomputed, the others are reused with their offsets
 * shifted. Headings, the tree, numbering and figure checks depend on the whole document and are always recomputed.
 *
 * Block-wise results equal whole-text results only when figures and placeholders depend on nothing outside their
 * line. That is checked on the first text: if the block-wise results differ there, both parts are computed on the
 * whole text from then on. test/unit/incremental.test.ts compares update() with analyze() over random edits.
 */

/** An edit from the previous text to the new one: old [start, oldEnd) became new [start, newEnd). */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** What the last update() did, for benchmarks and tests. */
export interface IncrementalStats {
  /** Line blocks in the current text (0 when figures and placeholders run on the whole text). */
  blocks: number;
  /** Blocks whose figures and placeholders were computed by the last update. */
  recomputed: number;
  /** False when figures and placeholders were found to need context across lines and run on the whole text. */
  blockwise: boolean;
}

interface Block {
  start: number;
  /** After the block's '\n', or the end of the text. */
  end: number;
  /** The headings given to the parts for this block: block-relative, spans clipped to the block. */
  headings: Heading[];
  /** Absolute offsets in the current text. */
  figures: Figure[];
  placeholders: Placeholder[];
}

const noHeadings: Heading[] = [];

/**
 * Keeps the previous text and its analysis, and computes the analysis of the next version of the text reusing
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

  /** `verifyLocality: false` skips the check on the first text (half the cost of the first update). */
  constructor(overrides: Partial<Options> = {}, settings: { verifyLocality?: boolean } = {}) {
    this.options = resolveOptions(overrides);
    this.verifyLocality = settings.verifyLocality ?? true;
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
    if (previous === undefined) return this.first(text);
    if (text === previous && this.analysis) return this.analysis;
    const { parts } = this.options;
    const headings = parts.outline || parts.numbering || parts.figures ? parseHeadings(text, this.options) : [];
    const tree = buildOutline(headings, text.length);
    let figures: Figure[];
    let placeholders: Placeholder[];
    if (this.blockwise) {
      const edit = change && isConsistent(change, previous.length, text.length) ? change : diff(previous, text);
      this.blocks = this.reblock(text, edit, headings);
      figures = [];
      placeholders = [];
      for (const b of this.blocks) {
        for (const f of b.figures) figures.push(f);
        for (const p of b.placeholders) placeholders.push(p);
      }
    } else {
      this.recomputed = 0;
      figures = parts.figures ? extractFigures(text, headings, this.options) : [];
      placeholders = parts.placeholders ? checkPlaceholders({ text, options: this.options, outline: headings, figures }) : [];
    }
    return this.finish(text, headings, tree, figures, placeholders);
  }

  private first(text: string): Analysis {
    const { parts } = this.options;
    const headings = parts.outline || parts.numbering || parts.figures ? parseHeadings(text, this.options) : [];
    const tree = buildOutline(headings, text.length);
    this.blocks = splitBlocks(text, 0, text.length, headings, 0).map((b) => this.compute(text, b));
    this.recomputed = this.blocks.length;
    const blockFigures = this.blocks.flatMap((b) => b.figures);
    const blockPlaceholders = this.blocks.flatMap((b) => b.placeholders);
    if (!this.verifyLocality) return this.finish(text, headings, tree, blockFigures, blockPlaceholders);
    const figures = parts.figures ? extractFigures(text, headings, this.options) : [];
    const placeholders = parts.placeholders ? checkPlaceholders({ text, options: this.options, outline: headings, figures }) : [];
    this.blockwise = deepEqual(blockFigures, figures) && deepEqual(blockPlaceholders, placeholders);
    if (!this.blockwise) this.blocks = [];
    return this.finish(text, headings, tree, figures, placeholders);
  }

  private finish(text: string, headings: Heading[], tree: Analysis['tree'], figures: Figure[], placeholders: Placeholder[]): Analysis {
    const { parts } = this.options;
    const ctx: RuleContext = { text, options: this.options, outline: headings, figures };
    this.text = text;
    this.analysis = {
      outline: parts.outline ? headings : [],
      tree: parts.outline ? tree : [],
      placeholders: parts.placeholders ? placeholders : [],
      figures,
      numbering: parts.numbering ? checkNumbering(ctx) : [],
      figureChecks: parts.figures ? checkFigures(ctx) : [],
    };
    return this.analysis;
  }

  /** The new block list: untouched blocks before and after the edit kept (shifted), the rest split and recomputed. */
  private reblock(text: string, edit: TextChange, headings: Heading[]): Block[] {
    const old = this.blocks;
    const delta = edit.newEnd - edit.oldEnd;
    // Blocks entirely before the edit, still ending with their '\n', keep their offsets.
    let front = 0;
    while (front < old.length && old[front].end <= edit.start && text.charCodeAt(old[front].end - 1) === 10) front++;
    // Blocks that start after a '\n' that is itself after the edit move by delta.
    let back = old.length;
    while (back > front && old[back - 1].start - 1 >= edit.oldEnd) back--;
    const midStart = front > 0 ? old[front - 1].end : 0;
    const midEnd = back < old.length ? old[back].start + delta : text.length;

    const out: Block[] = [];
    let h = 0;
    this.recomputed = 0;
    const keep = (b: Block, shift: number) => {
      const start = b.start + shift;
      const end = b.end + shift;
      const from = h;
      while (h < headings.length && headings[h].markerSpan.start < end) h++;
      if (!sameHeadings(headings, from, h, b.headings, start, end)) {
        out.push(this.compute(text, { start, end, headings: relativeHeadings(headings, from, h, start, end), figures: [], placeholders: [] }));
        this.recomputed++;
      } else if (shift === 0) out.push(b);
      else out.push({ start, end, headings: b.headings, figures: shifted(b.figures, shift), placeholders: shifted(b.placeholders, shift) });
    };
    for (let i = 0; i < front; i++) keep(old[i], 0);
    for (const b of splitBlocks(text, midStart, midEnd, headings, h)) {
      while (h < headings.length && headings[h].markerSpan.start < b.end) h++;
      out.push(this.compute(text, b));
      this.recomputed++;
    }
    for (let i = back; i < old.length; i++) keep(old[i], delta);
    return out;
  }

  /** Figures and placeholders of one block, computed on the block's text alone and moved to absolute offsets. */
  private compute(text: string, b: Block): Block {
    const { parts } = this.options;
    const blockText = text.slice(b.start, b.end);
    const outline = parts.outline || parts.numbering || parts.figures ? b.headings : noHeadings;
    const figures = parts.figures ? extractFigures(blockText, outline, this.options) : [];
    const placeholders = parts.placeholders ? checkPlaceholders({ text: blockText, options: this.options, outline, figures }) : [];
    return { ...b, figures: shifted(figures, b.start), placeholders: shifted(placeholders, b.start) };
  }
}

/** Line blocks of text[from, to) (from is a line start, to a line start or the end), with their relative headings. */
function splitBlocks(text: string, from: number, to: number, headings: Heading[], h: number): Block[] {
  const out: Block[] = [];
  let start = from;
  while (start < to) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 || nl + 1 > to ? to : nl + 1;
    while (h < headings.length && headings[h].markerSpan.start < start) h++;
    const first = h;
    while (h < headings.length && headings[h].markerSpan.start < end) h++;
    out.push({ start, end, headings: relativeHeadings(headings, first, h, start, end), figures: [], placeholders: [] });
    start = end;
  }
  return out;
}

function relativeHeadings(headings: Heading[], from: number, to: number, start: number, end: number): Heading[] {
  if (from === to) return noHeadings;
  const out: Heading[] = [];
  for (let i = from; i < to; i++) out.push(shiftClipped(headings[i], start, end));
  return out;
}

/** Whether headings[from, to), made relative to [start, end), equal a block's stored headings. */
function sameHeadings(headings: Heading[], from: number, to: number, stored: Heading[], start: number, end: number): boolean {
  if (to - from !== stored.length) return false;
  for (let i = from; i < to; i++) if (!deepEqual(shiftClipped(headings[i], start, end), stored[i - from])) return false;
  return true;
}

/** A copy with every span made relative to `start` and clipped to `end`. */
function shiftClipped<T>(value: T, start: number, end: number): T {
  if (Array.isArray(value)) return value.map((v) => shiftClipped(v, start, end)) as T;
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in o) out[k] = shiftClipped(o[k], start, end);
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    out.start = Math.min(o.start, end) - start;
    out.end = Math.min(o.end, end) - start;
  }
  return out as T;
}

/** A copy with every span ({start, end} pair) moved by `delta`. */
function shifted<T>(value: T, delta: number): T {
  if (delta === 0 && Array.isArray(value)) return value;
  if (Array.isArray(value)) return value.map((v) => shifted(v, delta)) as T;
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in o) out[k] = shifted(o[k], delta);
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    out.start = o.start + delta;
    out.end = o.end + delta;
  }
  return out as T;
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

/** The smallest change turning `a` into `b`: common prefix and suffix, compared code unit by code unit. */
function diff(a: string, b: string): TextChange {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, oldEnd: a.length - s, newEnd: b.length - s };
}
