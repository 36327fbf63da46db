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
 * Re-analysis after an edit. Placeholders are computed per line block (each line with its '\n'), as if the block
 * were a document of its own given the headings and figures inside it, and kept with the block; after an edit only
 * the blocks the edit touched, or whose headings or figures changed, are recomputed; the others are reused with
 * their offsets shifted. Headings, the tree, figures, numbering and figure checks depend on context across lines
 * (a figure in a plan section is a target, numbering follows the whole outline) and are always recomputed.
 *
 * Block-wise placeholders equal whole-text ones only when the placeholder rules look no further than the line.
 * That is checked on the first text: if the block-wise results differ there, placeholders are computed on the whole
 * text from then on. test/unit/incremental.test.ts compares update() with analyze() over random edits.
 */

/** An edit from the previous text to the new one: old [start, oldEnd) became new [start, newEnd). */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** What the last update() did, for benchmarks and tests. */
export interface IncrementalStats {
  /** Line blocks in the current text (0 when placeholders run on the whole text). */
  blocks: number;
  /** Blocks whose placeholders the last update computed. */
  recomputed: number;
  /** False when placeholders were found to need context across lines and run on the whole text. */
  blockwise: boolean;
}

interface Block {
  start: number;
  /** After the block's '\n', or the end of the text. */
  end: number;
  /** The headings and figures the placeholder rules saw: block-relative, spans clipped to the block. */
  headings: Heading[];
  figures: Figure[];
  /** Absolute offsets in the current text. */
  placeholders: Placeholder[];
}

/** Headings and figures of the whole text, with cursors that walk them block by block. */
interface Found {
  headings: Heading[];
  figures: Figure[];
  h: number;
  f: number;
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

  /** `verifyLocality: false` skips the check on the first text (which runs the placeholder rules twice). */
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
    if (previous !== undefined && text === previous && this.analysis) return this.analysis;
    const { parts } = this.options;
    const headings = parts.outline || parts.numbering || parts.figures ? parseHeadings(text, this.options) : [];
    const tree = buildOutline(headings, text.length);
    const figures = parts.figures ? extractFigures(text, headings, this.options) : [];
    let placeholders: Placeholder[] = [];
    if (parts.placeholders && previous === undefined) placeholders = this.first(text, headings, figures);
    else if (parts.placeholders && this.blockwise) {
      const edit = change && isConsistent(change, previous!.length, text.length) ? change : diff(previous!, text);
      this.blocks = this.reblock(text, edit, { headings, figures, h: 0, f: 0 });
      for (const b of this.blocks) for (const p of b.placeholders) placeholders.push(p);
    } else if (parts.placeholders) {
      this.recomputed = 0;
      placeholders = checkPlaceholders({ text, options: this.options, outline: headings, figures });
    }
    const ctx: RuleContext = { text, options: this.options, outline: headings, figures };
    this.text = text;
    this.analysis = {
      outline: parts.outline ? headings : [],
      tree: parts.outline ? tree : [],
      placeholders,
      figures,
      numbering: parts.numbering ? checkNumbering(ctx) : [],
      figureChecks: parts.figures ? checkFigures(ctx) : [],
    };
    return this.analysis;
  }

  /** Placeholders of the first text, block by block; checked against the whole-text rules unless told not to. */
  private first(text: string, headings: Heading[], figures: Figure[]): Placeholder[] {
    this.blocks = this.split(text, 0, text.length, { headings, figures, h: 0, f: 0 });
    this.recomputed = this.blocks.length;
    const blockwise = this.blocks.flatMap((b) => b.placeholders);
    if (!this.verifyLocality) return blockwise;
    const whole = checkPlaceholders({ text, options: this.options, outline: headings, figures });
    this.blockwise = deepEqual(blockwise, whole);
    if (!this.blockwise) this.blocks = [];
    return whole;
  }

  /** The new block list: untouched blocks before and after the edit kept (shifted), the rest split and recomputed. */
  private reblock(text: string, edit: TextChange, found: Found): Block[] {
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

    this.recomputed = 0;
    const out: Block[] = [];
    const keep = (b: Block, shift: number) => {
      const start = b.start + shift;
      const end = b.end + shift;
      const h = found.h;
      const f = found.f;
      advance(found, end);
      if (!sameRelative(found.headings, h, found.h, b.headings, start, end) || !sameRelative(found.figures, f, found.f, b.figures, start, end)) {
        out.push(this.compute(text, start, end, found, h, f));
        this.recomputed++;
      } else if (shift === 0) out.push(b);
      else out.push({ start, end, headings: b.headings, figures: b.figures, placeholders: shifted(b.placeholders, shift) });
    };
    for (let i = 0; i < front; i++) keep(old[i], 0);
    for (const b of this.split(text, midStart, midEnd, found)) {
      out.push(b);
      this.recomputed++;
    }
    for (let i = back; i < old.length; i++) keep(old[i], delta);
    return out;
  }

  /** Blocks of text[from, to) (from is a line start; to a line start or the end), computed. */
  private split(text: string, from: number, to: number, found: Found): Block[] {
    const out: Block[] = [];
    for (let start = from; start < to; ) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 || nl + 1 > to ? to : nl + 1;
      const h = found.h;
      const f = found.f;
      advance(found, end);
      out.push(this.compute(text, start, end, found, h, f));
      start = end;
    }
    return out;
  }

  /** The placeholders of one block, found on the block's text alone, at absolute offsets. */
  private compute(text: string, start: number, end: number, found: Found, h: number, f: number): Block {
    const headings = relative(found.headings, h, found.h, start, end);
    const figures = relative(found.figures, f, found.f, start, end);
    const ctx: RuleContext = { text: text.slice(start, end), options: this.options, outline: headings, figures };
    return { start, end, headings, figures, placeholders: shifted(checkPlaceholders(ctx), start) };
  }
}

/** Moves the cursors past the headings and figures that start before `end`. */
function advance(found: Found, end: number): void {
  while (found.h < found.headings.length && found.headings[found.h].markerSpan.start < end) found.h++;
  while (found.f < found.figures.length && found.figures[found.f].span.start < end) found.f++;
}

function relative<T>(items: T[], from: number, to: number, start: number, end: number): T[] {
  if (from === to) return none;
  const out: T[] = [];
  for (let i = from; i < to; i++) out.push(shiftClipped(items[i], start, end));
  return out;
}

/** Whether items[from, to), made relative to [start, end), equal `stored`, without copying them. */
function sameRelative<T>(items: T[], from: number, to: number, stored: T[], start: number, end: number): boolean {
  if (to - from !== stored.length) return false;
  for (let i = from; i < to; i++) if (!equalRelative(items[i], stored[i - from], start, end)) return false;
  return true;
}

function equalRelative(a: unknown, b: unknown, start: number, end: number): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return deepEqual(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  const span = typeof x.start === 'number' && typeof x.end === 'number';
  if (span && (y.start !== Math.min(x.start as number, end) - start || y.end !== Math.min(x.end as number, end) - start)) return false;
  for (const k of keys) {
    if (span && (k === 'start' || k === 'end')) continue;
    if (!Object.prototype.hasOwnProperty.call(y, k) || !equalRelative(x[k], y[k], start, end)) return false;
  }
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
