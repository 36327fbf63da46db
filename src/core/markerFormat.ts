import type { Heading, MarkerStyle, Span } from './types';
import { isChineseNumeralCode, isDigitCode, toChineseNumeral, toCircled } from './numerals';

type NumeralKind = 'cn' | 'digits' | 'circled' | 'none';

interface Shape {
  prefix: string;
  suffix: string;
  numeral: NumeralKind;
  /** Markers written so far for small numbers, by number (and with full-width digits), since findings repeat them. */
  markers: string[];
  fullWidthMarkers: string[];
}

const shape = (prefix: string, suffix: string, numeral: NumeralKind): Shape => ({
  prefix,
  suffix,
  numeral,
  markers: [],
  fullWidthMarkers: [],
});

const cnComma = shape('', '、', 'cn');
const cnParenFull = shape('（', '）', 'cn');
const cnParenHalf = shape('(', ')', 'cn');
const numDot = shape('', '.', 'digits');
const numComma = shape('', '、', 'digits');
const numFullstop = shape('', '．', 'digits');
const numParenFull = shape('（', '）', 'digits');
const numParenHalf = shape('(', ')', 'digits');
const circled = shape('', '', 'circled');
const itemShi = shape('', '是', 'cn');
const itemDi = shape('第', '', 'cn');
const bareComma = shape('', '、', 'none');

/** The text around the number of each marker style, e.g. （ … ） for cn-paren-full; a switch, not a keyed lookup. */
function shapeOf(style: MarkerStyle): Shape {
  switch (style) {
    case 'cn-comma':
      return cnComma;
    case 'cn-paren-full':
      return cnParenFull;
    case 'cn-paren-half':
      return cnParenHalf;
    case 'num-dot':
      return numDot;
    case 'num-comma':
      return numComma;
    case 'num-fullstop':
      return numFullstop;
    case 'num-paren-full':
      return numParenFull;
    case 'num-paren-half':
      return numParenHalf;
    case 'circled':
      return circled;
    case 'item-shi':
      return itemShi;
    case 'item-di':
      return itemDi;
    case 'bare-comma':
      return bareComma;
  }
}

/** Numbers up to this one have their markers kept once written. */
const keptMarkers = 100;

/** True for styles that a document may use as headings at levels 1..5 (not inline items, not a lost number). */
export function isHeadingStyle(style: MarkerStyle): boolean {
  return style !== 'item-shi' && style !== 'item-di' && style !== 'bare-comma';
}

function toFullWidthDigits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 48 && c <= 57 ? String.fromCharCode(c + 0xfee0) : s[i];
  }
  return out;
}

/** The number as a marker of this style writes it: 11 → 十一 (Chinese styles), 11 (digits, optionally full-width), ⑪. */
export function formatNumeral(style: MarkerStyle, n: number, fullWidthDigits = false): string {
  switch (shapeOf(style).numeral) {
    case 'cn':
      return toChineseNumeral(n);
    case 'digits':
      return fullWidthDigits ? toFullWidthDigits(String(n)) : String(n);
    case 'circled':
      return toCircled(n);
    default:
      return '';
  }
}

/** The whole marker of a style for a number: (cn-paren-full, 3) → （三）; (num-dot, 12) → 12. */
export function formatMarker(style: MarkerStyle, n: number, fullWidthDigits = false): string {
  const shape = shapeOf(style);
  if (!(Number.isInteger(n) && n >= 0 && n < keptMarkers)) return shape.prefix + formatNumeral(style, n, fullWidthDigits) + shape.suffix;
  const kept = fullWidthDigits && shape.numeral === 'digits' ? shape.fullWidthMarkers : shape.markers;
  return (kept[n] ??= shape.prefix + formatNumeral(style, n, fullWidthDigits) + shape.suffix);
}

/** The offset of the first numeral character in a marker, or -1. */
function numeralStart(marker: string, kind: NumeralKind): number {
  if (kind === 'none') return -1;
  for (let i = 0; i < marker.length; i++) if (acceptsNumeral(kind, marker.charCodeAt(i))) return i;
  return -1;
}

/** The end of the numeral that starts at `start` (a circled number is one character). */
function numeralEnd(marker: string, kind: NumeralKind, start: number): number {
  let end = start + 1;
  if (kind !== 'circled') while (end < marker.length && acceptsNumeral(kind, marker.charCodeAt(end))) end++;
  return end;
}

function acceptsNumeral(kind: NumeralKind, c: number): boolean {
  if (kind === 'cn') return isChineseNumeralCode(c);
  if (kind === 'digits') return isDigitCode(c);
  return isCircledCode(c);
}

/** ①..⑳, ㉑..㉟, ㊱..㊿: the characters parseCircled reads, by code. */
function isCircledCode(c: number): boolean {
  return (c >= 0x2460 && c <= 0x2473) || (c >= 0x3251 && c <= 0x325f) || (c >= 0x32b1 && c <= 0x32bf);
}

/** True when `text` holds exactly `s` at [start, end), compared in place. */
function holdsAt(text: string, start: number, end: number, s: string): boolean {
  return Math.max(end - start, 0) === s.length && text.startsWith(s, start);
}

/**
 * The length of the marker part that has the canonical shape of its style ("（一）" in "（一）、"), or -1 when the
 * marker does not look like its style at all. Lets callers see punctuation a parser folded into the marker.
 */
export function canonicalMarkerLength(marker: string, style: MarkerStyle): number {
  const { prefix, suffix, numeral } = shapeOf(style);
  if (!marker.startsWith(prefix)) return -1;
  if (style === 'bare-comma') return marker.startsWith('、') ? 1 : -1;
  const start = numeralStart(marker, numeral);
  if (start < 0 || start !== prefix.length) return -1;
  const end = numeralEnd(marker, numeral, start);
  // Half- and full-width brackets are interchangeable for reading; the style records which one was used.
  if (!suffix) return end;
  return marker.startsWith(suffix, end) ? end + suffix.length : -1;
}

/** The edit that rewrites just the number of a heading's marker, or null when nothing changes or it cannot be located. */
export function renumberMarkerEdit(text: string, heading: Heading, n: number): { span: Span; newText: string } | null {
  if (heading.style === 'bare-comma') return null;
  const { start, end } = heading.markerSpan;
  const marker = heading.marker;
  if (!(start >= 0 && end <= text.length && start < end) || !holdsAt(text, start, end, marker)) return null;
  const kind = shapeOf(heading.style).numeral;
  const from = numeralStart(marker, kind);
  if (from < 0) return null;
  const to = numeralEnd(marker, kind, from);
  const newText = formatNumeral(heading.style, n, heading.fullWidthDigits);
  // Most members of a run already carry their number: the edit is made only when the text changes.
  return holdsAt(text, start + from, start + to, newText) ? null : { span: { start: start + from, end: start + to }, newText };
}

/** The edit that rewrites a heading's whole marker in another style (same number), or null when it cannot. */
export function restyleMarkerEdit(
  text: string,
  heading: Heading,
  style: MarkerStyle,
  fullWidthDigits: boolean,
  n = heading.ordinal,
): { span: Span; newText: string } | null {
  const { start, end } = heading.markerSpan;
  if (n <= 0 || !(start >= 0 && end <= text.length) || !holdsAt(text, start, end, heading.marker)) return null;
  const len = canonicalMarkerLength(heading.marker, heading.style);
  if (len < 0) return null;
  const newText = formatMarker(style, n, fullWidthDigits);
  return len === newText.length && heading.marker.startsWith(newText) ? null : { span: { start, end: start + len }, newText };
}
