import type { Heading, HeadingKind, MarkerStyle } from './types';
import type { Options } from './options';
import { parseChineseNumeralAt, parseCircled } from './numerals';

/*
 * Heading detection runs in three linear passes:
 *  1. a charCode scan collects every well-formed marker (一、 （一） 1. （1） ① 一是 第一， and a lone 、) together with
 *     what precedes it (line start, end of sentence, colon, comma, space, or nothing: glued to text);
 *  2. a pass in document order accepts or rejects each candidate from that boundary and the numbering context
 *     (does it continue the sequence before it, is it confirmed by the next number, is it glued to a heading title);
 *  3. titles are cut after each accepted marker.
 * No regex runs over long spans; every look-around is bounded by a small constant.
 */

/** What precedes a candidate marker. */
const enum Boundary {
  /** Start of a line, after indentation, a BOM or Markdown prefixes (#, >, **, list bullets). */
  Line,
  /** After 。！？；, possibly with closing quotes in between. */
  Sentence,
  /** After ： or :. */
  Colon,
  /** After ， or ,. */
  Comma,
  /** After whitespace that follows ordinary text (a paragraph separator in one-line documents). */
  Space,
  /** After 、: part of a list of numerals. */
  List,
  /** Directly after ordinary text. */
  Glued,
}

/** A well-formed marker found by the scan, before the numbering context accepts or rejects it. */
export interface Candidate {
  start: number;
  end: number;
  style: MarkerStyle;
  ordinal: number;
  /** 1..5 for headings, 0 for items. */
  level: number;
  fullWidthDigits: boolean;
  boundary: Boundary;
  /** The last title-ending character before the marker (-1 when none), to tell whether a title is still open. */
  lastStop: number;
}

interface Accepted {
  candidate: Candidate;
  kind: HeadingKind;
  level: number;
  /** Where the title text begins (after spaces following the marker). */
  contentStart: number;
}

const styleLevel: Record<MarkerStyle, number> = {
  'cn-comma': 1,
  'cn-paren-full': 2,
  'cn-paren-half': 2,
  'num-dot': 3,
  'num-comma': 3,
  'num-fullstop': 3,
  'num-paren-full': 4,
  'num-paren-half': 4,
  circled: 5,
  'item-shi': 0,
  'item-di': 0,
  'bare-comma': 3,
};

/** Longest numeral inside a marker: 九十九 (3), 一百二十 (4); digits up to 999. */
const MAX_CN_NUMERAL = 4;
const MAX_DIGITS = 3;
/** How far ahead the next number of a sequence may be to confirm a weak candidate. */
const CONFIRM_WINDOW = 2000;
const CONFIRM_CANDIDATES = 64;
/** How far a title is scanned; longer titles are cut anyway. */
const TITLE_SCAN = 120;
/** A heading title longer than this without punctuation is checked for the start of body text. */
const RUN_ON_TITLE = 20;

function isNewline(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x0b || c === 0x0c;
}
function isSentenceEnd(c: number): boolean {
  // 。 ！ ？ ； ! ? ;
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 33 || c === 63 || c === 59;
}
function isColon(c: number): boolean {
  return c === 0xff1a || c === 58;
}
function isComma(c: number): boolean {
  return c === 0xff0c || c === 44;
}
/** Closing quotes and brackets that may stand between a sentence end and the next marker. */
function isClosing(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09 || c === 41 || c === 0x3011 || c === 0x300b;
}
/** Characters that end a title: 。；;：:!！?？ and line ends (spaces are handled separately). */
function isTitleStop(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 59 || c === 0xff1a || c === 58 || c === 33 || c === 0xff01 || c === 63 || c === 0xff1f || isNewline(c);
}
function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isWideDigit(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}
function isDigit(c: number): boolean {
  return isAsciiDigit(c) || isWideDigit(c);
}
function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}
/** Chinese numeral characters used in heading numbers (not 两, 万, 亿: 两、 is never a marker). */
function isMarkerNumeral(c: number): boolean {
  switch (c) {
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
    case 0x5341: // 十
    case 0x767e: // 百
    case 0x3007: // 〇
    case 0x96f6: // 零
      return true;
  }
  return false;
}
/** ①..⑳, ㉑..㉟, ㊱..㊿ (see numerals.parseCircled). */
function isCircledCode(c: number): boolean {
  return (c >= 0x2460 && c <= 0x2473) || (c >= 0x3251 && c <= 0x325f) || (c >= 0x32b1 && c <= 0x32bf);
}
/** ⑴..⒇ (parenthesized) and ⒈..⒛ (with a full stop): one character each, as word processors write (1) and 1. */
function isEnclosedDigitCode(c: number): boolean {
  return c >= 0x2474 && c <= 0x249b;
}
function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}
/**
 * Markdown and list prefixes that keep a position at the start of its line, and the bullets and emoji that web posts
 * set before a heading (★一、 ●（一） 🌟二、): symbols, dingbats, surrogates, variation selector, joiner.
 */
function isLinePrefix(c: number): boolean {
  return c === 35 /* # */ || c === 62 /* > */ || c === 42 /* * */ || c === 45 /* - */ || c === 43 /* + */ || c === 0x2022 /* • */ || c === 0xb7 ||
    (c >= 0x25a0 && c <= 0x27bf && c !== 0x25cb /* ○ */ && c !== 0x25a1 /* □ */) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfe0f || c === 0x200d;
}
/** Characters after which a digit cannot start a marker: part of a number, code or model name (3.5, G60, 1-9). */
function blocksDigitMarker(c: number): boolean {
  return isDigit(c) || isLatin(c) || c === 46 || c === 0xff0e || c === 45 || c === 47 || c === 43 || c === 126 || c === 0xff5e || c === 37 || c === 95 || c === 0x2014;
}
/** Opening quote → its closing quote. ASCII " closes itself. */
function closingQuote(c: number): number {
  switch (c) {
    case 0x201c: return 0x201d; // “ ”
    case 0x2018: return 0x2019; // ‘ ’
    case 0x300a: return 0x300b; // 《 》
    case 0x300c: return 0x300d; // 「 」
    case 0x300e: return 0x300f; // 『 』
    case 34: return 34; // "
  }
  return -1;
}
/** Quoted names are short; an opening quote without a close nearby on the same line is treated as stray. */
const MAX_QUOTE = 100;

/** Character classes for the scan, so that ordinary text costs one table look-up per character. */
const enum CharClass {
  Plain = 0,
  Newline,
  Blank,
  /** # > - + • · : transparent at the start of a line. */
  Prefix,
  Star,
  Quote,
  /** Can start a marker: （ ( numerals 第 digits ① 、. */
  Marker,
  /** Ends a title (。；：!? …) without being a line end. */
  Stop,
}
/** Built on the first parse, not at load: filling it asks the predicates about every one of the 65,536 codes. */
let charClassTable: Uint8Array | undefined;
function charClasses(): Uint8Array {
  return (charClassTable ??= buildCharClasses());
}
/**
 * The only code points the predicates below can be true for: Latin-1, general punctuation, circled numbers and
 * symbols, CJK punctuation and enclosed numbers, surrogates, the full-width forms, and the ideographs that are marker numerals or 第. Asking
 * the predicates only there (not about all 65,536 codes) keeps the first parse of a session fast.
 */
function* classCandidates(): Generator<number> {
  const ranges: [number, number][] = [[0, 0x100], [0x2000, 0x27c0], [0x3000, 0x3300], [0xd800, 0xe000], [0xfe00, 0x10000]];
  for (const [from, to] of ranges) for (let c = from; c < to; c++) yield c;
  for (const ch of '一二三四五六七八九十百零第') yield ch.charCodeAt(0);
}
function buildCharClasses(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const codes = [...classCandidates()];
  const set = (cls: CharClass, pred: (c: number) => boolean) => {
    for (const c of codes) if (table[c] === CharClass.Plain && pred(c)) table[c] = cls;
  };
  set(CharClass.Newline, isNewline);
  set(CharClass.Blank, isBlank);
  set(CharClass.Star, (c) => c === 42);
  set(CharClass.Prefix, isLinePrefix);
  set(CharClass.Quote, (c) => closingQuote(c) >= 0);
  set(CharClass.Marker, (c) => c === 0xff08 || c === 40 || isMarkerNumeral(c) || c === 0x7b2c || isDigit(c) || isCircledCode(c) || isEnclosedDigitCode(c) || c === 0x3001);
  set(CharClass.Stop, isTitleStop);
  return table;
}

/*
 * A number read in place is returned packed, end * NUMBER_SPAN + value (values stay below 1000), or NO_NUMBER:
 * the scan meets a digit or numeral every few characters and allocates nothing for it.
 */
const NUMBER_SPAN = 1024;
const NO_NUMBER = -1;
const numberEnd = (r: number): number => Math.floor(r / NUMBER_SPAN);
const numberValue = (r: number): number => r % NUMBER_SPAN;

/** Reads a Chinese numeral of at most MAX_CN_NUMERAL characters at `i`: its end and value packed, or NO_NUMBER. */
function readChineseNumeral(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i <= MAX_CN_NUMERAL && isMarkerNumeral(text.charCodeAt(j))) j++;
  if (j === i || j - i > MAX_CN_NUMERAL) return NO_NUMBER;
  // Digit by digit (一二, 二〇) is a year or a code, never a heading number.
  if (j - i > 1 && !hasUnit(text, i, j)) return NO_NUMBER;
  const value = parseChineseNumeralAt(text, i, j);
  if (value === null || value < 1 || value > 199) return NO_NUMBER;
  return j * NUMBER_SPAN + value;
}

function hasUnit(text: string, i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x5341 /* 十 */ || c === 0x767e /* 百 */) return true;
  }
  return false;
}

/** Reads 1..3 digits (ASCII or full-width, not mixed) at `i`: end and value packed, or NO_NUMBER. */
function readDigits(text: string, i: number): number {
  const wide = isWideDigit(text.charCodeAt(i));
  let j = i;
  let value = 0;
  while (j < text.length && j - i <= MAX_DIGITS) {
    const c = text.charCodeAt(j);
    if (wide ? !isWideDigit(c) : !isAsciiDigit(c)) break;
    value = value * 10 + (c - (wide ? 0xff10 : 48));
    j++;
  }
  if (j - i > MAX_DIGITS || (isDigit(text.charCodeAt(j)))) return NO_NUMBER;
  if (value < 1 || (j - i > 1 && text.charCodeAt(i) === (wide ? 0xff10 : 48))) return NO_NUMBER;
  return j * NUMBER_SPAN + value;
}

/** True when what follows a marker can start a title: not punctuation, a line end or the end of the text. */
function startsTitle(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && j - i < 8 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0x3000 || text.charCodeAt(j) === 9)) j++;
  if (j >= text.length) return false;
  const c = text.charCodeAt(j);
  if (isNewline(c) || isSentenceEnd(c) || isComma(c) || isColon(c) || c === 0x3001 /* 、 */ || isClosing(c)) return false;
  return true;
}

/** "一、二季度", "二、三级": a numeral list, when the next numeral follows on (n, n+1). */
function continuesNumeralList(text: string, i: number, value: number): boolean {
  const next = readChineseNumeralPrefix(text, i);
  return next !== null && (next === value + 1 || next === value + 2);
}
/** The value of the Chinese numeral starting at `i`, read as far as it parses (二季度 → 2). */
function readChineseNumeralPrefix(text: string, i: number): number | null {
  let j = i;
  while (j < text.length && j - i < MAX_CN_NUMERAL && isMarkerNumeral(text.charCodeAt(j))) j++;
  for (let k = j; k > i; k--) {
    const v = parseChineseNumeralAt(text, i, k);
    if (v !== null) return v;
  }
  return null;
}

/**
 * Failed searches for a closing quote, per quote character, so that a run of unmatched openings does not rescan the
 * same text: up to failedTo there is no closing quote, and failedAtNewline says the search stopped at a line end.
 */
interface QuoteMemo {
  failedTo: Map<number, number>;
  failedAtNewline: Map<number, boolean>;
}

/** The closing quote `close` for the opening one at `i` on the same line and nearby, or -1. */
function findClosingQuote(text: string, i: number, close: number, memo: QuoteMemo): number {
  const n = text.length;
  let j = i + 1;
  const to = memo.failedTo.get(close) ?? -1;
  if (to > j) {
    if (memo.failedAtNewline.get(close)) return -1;
    j = to;
  }
  const limit = Math.min(n, i + 1 + MAX_QUOTE);
  for (; j < limit; j++) {
    const d = text.charCodeAt(j);
    if (d === close) return j;
    if (isNewline(d)) {
      memo.failedTo.set(close, j);
      memo.failedAtNewline.set(close, true);
      return -1;
    }
  }
  memo.failedTo.set(close, j);
  memo.failedAtNewline.set(close, false);
  return -1;
}

/**
 * Pass 1: every well-formed marker with the boundary before it, in text[from, to) (from is a line start, to a line
 * end or the end of the text), pushed onto `out`. The scan starts afresh at every line break and its checks look no
 * further than the line, so an editor can keep the candidates per line. The scan state lives in locals of this one
 * function (no closure captures it), and a run of ordinary characters costs a table look-up per character.
 */
export function collectCandidates(text: string, from = 0, to = text.length, out: Candidate[] = []): Candidate[] {
  const n = to;
  let lineStart = true;
  let last = -1; // last significant character code (not blank, not *)
  let beforeLast = -1;
  let blankSinceLast = false;
  let lastStop = from - 1; // at a line start, the line break before it; -1 at the start of the text
  let quoteEnd = -1; // inside a quote, its closing mark included, while i < quoteEnd
  const memo: QuoteMemo = { failedTo: new Map(), failedAtNewline: new Map() };
  const charClass = charClasses();

  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    const cls = charClass[c];
    if (cls === CharClass.Plain) {
      // Most characters are plain: a loop of its own passes over the run, and only its last two are kept.
      let j = i + 1;
      while (j < n && charClass[text.charCodeAt(j)] === CharClass.Plain) j++;
      beforeLast = j - i >= 2 ? text.charCodeAt(j - 2) : last;
      last = text.charCodeAt(j - 1);
      lineStart = false;
      blankSinceLast = false;
      i = j - 1;
      continue;
    }
    if (cls === CharClass.Newline) {
      lineStart = true;
      blankSinceLast = false;
      last = beforeLast = -1;
      lastStop = i;
      quoteEnd = -1;
      continue;
    }
    if (cls === CharClass.Blank) {
      if (!lineStart) blankSinceLast = true;
      if (c !== 0xfeff && !(c === 32 && spaceInTitle(text, i))) lastStop = i;
      continue;
    }
    if (cls === CharClass.Star) {
      // ** closes a Markdown-bold title
      if (!lineStart && text.charCodeAt(i + 1) === 42) lastStop = i;
      continue;
    }
    if (cls === CharClass.Prefix && lineStart) continue;
    if (cls === CharClass.Stop) lastStop = i;
    else if (i >= quoteEnd) {
      if (cls === CharClass.Quote) {
        const end = findClosingQuote(text, i, closingQuote(c), memo);
        if (end >= 0) quoteEnd = end + 1; // an ASCII " that closes must not open the next quote
      } else if (cls === CharClass.Marker) {
        detect(text, i, c, boundaryOf(lineStart, last, beforeLast, blankSinceLast), lastStop, out);
      }
    }
    beforeLast = last;
    last = c;
    lineStart = false;
    blankSinceLast = false;
  }
  return out;
}

/** The boundary before a position, from the scan state there. */
function boundaryOf(lineStart: boolean, last: number, beforeLast: number, blankSinceLast: boolean): Boundary {
  if (lineStart) return Boundary.Line;
  if (isSentenceEnd(last) || (isClosing(last) && isSentenceEnd(beforeLast))) return Boundary.Sentence;
  if (isColon(last)) return Boundary.Colon;
  if (isComma(last)) return Boundary.Comma;
  if (last === 0x3001) return Boundary.List;
  return blankSinceLast ? Boundary.Space : Boundary.Glued;
}

function pushCandidate(
  out: Candidate[],
  start: number,
  end: number,
  style: MarkerStyle,
  ordinal: number,
  wide: boolean,
  boundary: Boundary,
  lastStop: number,
): void {
  if (boundary === Boundary.List) return; // never a marker: 一、二、三 lists, 3、5、7号
  out.push({ start, end, style, ordinal, level: styleLevel[style], fullWidthDigits: wide, boundary, lastStop });
}

/** A line cut into cells by two | or more near its start (1、夏粮 | 27692.3 | 3.2): a table row pasted as text. */
function isTableRow(text: string, i: number): boolean {
  let bars = 0;
  for (let k = i; k < text.length && k - i < 64; k++) {
    const c = text.charCodeAt(k);
    if (isNewline(c)) break;
    if ((c === 124 || c === 0xff5c) && ++bars >= 2) return true;
  }
  return false;
}

/** The marker that starts at `i` (character `c`), if any, pushed with the boundary before it; none in a table row. */
function detect(text: string, i: number, c: number, boundary: Boundary, lastStop: number, out: Candidate[]): void {
  const before = out.length;
  detectMarker(text, i, c, boundary, lastStop, out);
  if (out.length > before && boundary === Boundary.Line && isTableRow(text, i)) out.length = before;
}

function detectMarker(text: string, i: number, c: number, boundary: Boundary, lastStop: number, out: Candidate[]): void {
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  // （一） (一) （1） (1)
  if (c === 0xff08 || c === 40) {
    const d = text.charCodeAt(i + 1);
    let end = -1;
    let value = 0;
    let wide = false;
    let cn = false;
    if (isMarkerNumeral(d)) {
      const r = readChineseNumeral(text, i + 1);
      if (r !== NO_NUMBER) {
        end = numberEnd(r);
        value = numberValue(r);
        cn = true;
      }
    } else if (isDigit(d)) {
      const r = readDigits(text, i + 1);
      if (r !== NO_NUMBER) {
        end = numberEnd(r);
        value = numberValue(r);
        wide = isWideDigit(d);
      }
    }
    if (end < 0) return;
    const close = text.charCodeAt(end);
    if (close !== 0xff09 && close !== 41) return;
    let markerEnd = end + 1;
    // （一）、 at the start of a line or sentence: the 、 typed after the bracket belongs to the marker.
    if (text.charCodeAt(markerEnd) === 0x3001 && (boundary === Boundary.Line || boundary === Boundary.Sentence)) markerEnd++;
    if (!startsTitle(text, markerEnd)) return;
    const full = c === 0xff08;
    const style: MarkerStyle = cn ? (full ? 'cn-paren-full' : 'cn-paren-half') : full ? 'num-paren-full' : 'num-paren-half';
    pushCandidate(out, i, markerEnd, style, value, wide, boundary, lastStop);
    return;
  }
  // 一、 一是; 第一，
  if (isMarkerNumeral(c) && !isMarkerNumeral(prev)) {
    const r = readChineseNumeral(text, i);
    if (r === NO_NUMBER) return;
    const end = numberEnd(r);
    const value = numberValue(r);
    const after = text.charCodeAt(end);
    if (prev === 0x7b2c /* 第 */) return;
    // 一 、 at the start of a line: a space typed (or left by a conversion) between the number and its 、.
    const spaced = boundary === Boundary.Line && (after === 32 || after === 0x3000) && text.charCodeAt(end + 1) === 0x3001 ? 1 : 0;
    if (after === 0x3001 /* 、 */ || spaced) {
      const markerEnd = end + spaced + 1;
      if (continuesNumeralList(text, markerEnd, value)) return;
      if (!startsTitle(text, markerEnd)) return;
      pushCandidate(out, i, markerEnd, 'cn-comma', value, false, boundary, lastStop);
    } else if (after === 0x662f /* 是 */) {
      // 一是一、二是二 (an idiom: say what it is), not an enumeration
      if (text.charCodeAt(end + 1) === text.charCodeAt(end - 1) || !startsTitle(text, end + 1)) return;
      pushCandidate(out, i, end + 1, 'item-shi', value, false, boundary, lastStop);
    }
    return;
  }
  if (c === 0x7b2c /* 第 */) {
    const r = readChineseNumeral(text, i + 1);
    if (r === NO_NUMBER) return;
    const end = numberEnd(r);
    const value = numberValue(r);
    const after = text.charCodeAt(end);
    if (!isComma(after) && after !== 0x3001 && !isColon(after)) return;
    if (after === 0x3001 && continuesNumeralList(text, end + 1, value)) return;
    if (!startsTitle(text, end + 1)) return;
    pushCandidate(out, i, end + 1, 'item-di', value, false, boundary, lastStop);
    return;
  }
  // 1. 1、 1． １、
  if (isDigit(c) && !blocksDigitMarker(prev)) {
    const r = readDigits(text, i);
    if (r === NO_NUMBER) return;
    const end = numberEnd(r);
    const after = text.charCodeAt(end);
    let style: MarkerStyle;
    if (after === 46) style = 'num-dot';
    else if (after === 0x3001) style = 'num-comma';
    else if (after === 0xff0e) style = 'num-fullstop';
    // 1。我们要…: a full stop typed as 。, at the start of a line before a word only.
    else if (after === 0x3002 && boundary === Boundary.Line && isHan(text.charCodeAt(end + 1)) && !wrappedLineBefore(text, i)) style = 'num-fullstop';
    else return;
    const next = text.charCodeAt(end + 1);
    if (isDigit(next) || next === 37 || next === 0xff05) return; // 1.96  3.5%  1、2月
    if (style === 'num-dot' && isLatin(next)) return; // 1.x  2.txt
    let markerEnd = end + 1;
    // 1.、 at the start of a line or sentence: the 、 typed after the full stop belongs to the marker.
    if (style !== 'num-comma' && next === 0x3001 && (boundary === Boundary.Line || boundary === Boundary.Sentence)) markerEnd++;
    if (!startsTitle(text, markerEnd)) return;
    pushCandidate(out, i, markerEnd, style, numberValue(r), isWideDigit(c), boundary, lastStop);
    return;
  }
  // ①
  const circled = isCircledCode(c) ? parseCircled(text[i]) : null;
  if (circled !== null) {
    if (isDigit(prev) || !startsTitle(text, i + 1)) return;
    pushCandidate(out, i, i + 1, 'circled', circled, false, boundary, lastStop);
    return;
  }
  // ⑴ = (1), ⒈ = 1.
  if (isEnclosedDigitCode(c)) {
    if (isDigit(prev) || !startsTitle(text, i + 1)) return;
    const paren = c <= 0x2487;
    pushCandidate(out, i, i + 1, paren ? 'num-paren-half' : 'num-dot', paren ? c - 0x2473 : c - 0x2487, false, boundary, lastStop);
    return;
  }
  // 、 at the start of a sentence: a marker whose number was lost
  if (c === 0x3001) {
    if ((boundary === Boundary.Line || boundary === Boundary.Sentence) && isHan(text.charCodeAt(i + 1))) {
      pushCandidate(out, i, i + 1, 'bare-comma', 0, false, boundary, lastStop);
    }
  }
}

/** The first candidate after index `from` of the same style family with the next ordinal, within a window. */
function confirmedLater(candidates: Candidate[], from: number, cand: Candidate): boolean {
  for (let k = from + 1; k < candidates.length && k - from <= CONFIRM_CANDIDATES; k++) {
    const other = candidates[k];
    if (other.start - cand.start > CONFIRM_WINDOW) break;
    if (other.level !== cand.level) continue;
    if (cand.level === 0 && other.style !== cand.style) continue;
    if (other.ordinal === cand.ordinal + 1) return true;
    if (cand.level > 0 && other.level === cand.level && other.ordinal === 1) return false; // a new list began
  }
  return false;
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 0xa0) break;
    i++;
  }
  return i;
}

/** An item that continues the item list, or a first item confirmed by the next one. */
function plausibleItem(candidates: Candidate[], k: number, itemStyle: MarkerStyle | null, itemOrdinal: number): boolean {
  const cand = candidates[k];
  return (cand.style === itemStyle && cand.ordinal === itemOrdinal + 1) || (cand.ordinal === 1 && confirmedLater(candidates, k, cand));
}

/** Chinese numerals are common characters (统一、), so a glued or spaced one needs the next number to confirm it. */
function plausibleHeading(candidates: Candidate[], k: number, lastOrdinal: readonly number[]): boolean {
  const cand = candidates[k];
  return (
    cand.ordinal === lastOrdinal[cand.level] + 1 ||
    (cand.ordinal === 1 && (cand.style !== 'cn-comma' || confirmedLater(candidates, k, cand)))
  );
}

/** Pass 2: accept candidates from their boundary and the numbering context. */
function selectHeadings(text: string, candidates: Candidate[], options: Options): Accepted[] {
  const accepted: Accepted[] = [];
  const lastOrdinal = [0, 0, 0, 0, 0, 0];
  let itemStyle: MarkerStyle | null = null;
  let itemOrdinal = 0;
  let current: Accepted | null = null; // the innermost heading (not item) so far
  let lastAccepted: Accepted | null = null;
  let lastEnd = -1;

  for (let k = 0; k < candidates.length; k++) {
    const cand = candidates[k];
    if (cand.start < lastEnd) continue;
    const isItem = cand.level === 0;
    // A heading title still open (no stop since its content began) and short enough to hold a glued marker.
    const inTitle =
      lastAccepted !== null &&
      lastAccepted.kind === 'heading' &&
      cand.lastStop < lastAccepted.contentStart &&
      cand.start - lastAccepted.contentStart >= 2 &&
      cand.start - lastAccepted.contentStart <= options.titleMaxLength;

    let ok = false;
    if (cand.style === 'bare-comma') {
      ok = current !== null && (current.candidate.style === 'num-comma' || current.candidate.style === 'cn-comma') && lastOrdinal[current.level] >= 1;
    } else if (isItem) {
      switch (cand.boundary) {
        case Boundary.Line:
        case Boundary.Sentence:
        case Boundary.Colon:
          ok = true;
          break;
        case Boundary.Comma:
        case Boundary.Space:
          ok = plausibleItem(candidates, k, itemStyle, itemOrdinal);
          break;
        case Boundary.Glued:
          ok = inTitle && plausibleItem(candidates, k, itemStyle, itemOrdinal);
          break;
      }
    } else {
      switch (cand.boundary) {
        case Boundary.Line:
        case Boundary.Sentence:
          ok = true;
          break;
        case Boundary.Colon:
        case Boundary.Space:
          ok = plausibleHeading(candidates, k, lastOrdinal);
          break;
        case Boundary.Glued:
          ok = inTitle && cand.style !== 'circled' && plausibleHeading(candidates, k, lastOrdinal);
          break;
        default:
          ok = false;
      }
    }
    if (!ok) continue;

    let level: number;
    let kind: HeadingKind;
    if (isItem) {
      kind = 'item';
      level = Math.min(6, (current?.level ?? 0) + 1);
      itemOrdinal = cand.ordinal;
      itemStyle = cand.style;
    } else {
      kind = 'heading';
      level = cand.style === 'bare-comma' ? current!.level : cand.level;
      lastOrdinal[level] = cand.style === 'bare-comma' ? lastOrdinal[level] + 1 : cand.ordinal;
      for (let l = level + 1; l < lastOrdinal.length; l++) lastOrdinal[l] = 0;
      itemStyle = null;
      itemOrdinal = 0;
    }
    const entry: Accepted = { candidate: cand, kind, level, contentStart: skipBlanks(text, cand.end) };
    accepted.push(entry);
    if (kind === 'heading') current = entry;
    lastAccepted = entry;
    lastEnd = cand.end;
  }
  return accepted;
}

/** Words that open a body sentence rather than continue a heading: subjects, times, procedure. */
const bodyOpeners = [
  '我镇', '我乡', '我县', '我区', '我市', '我局', '我委', '我办', '我们', '我单位', '我街道', '我社区', '我村', '我公司', '我院', '我校', '我所', '我中心', '我部', '我处', '我站',
  '今年', '去年', '明年', '上半年', '下半年', '年初', '年内', '近年来', '近期', '目前', '截至', '截止', '自去年', '自今年',
  '按计划', '按照', '根据', '依据', '为进一步', '为了', '坚持把', '坚持将', '进一步', '通过', '本年度', '该项目', '该镇', '全年共',
  '过去的一年', '过去一年', '过去的五年', '过去五年', '刚刚过去的', '一年来', '五年来', '三年来',
];
const openersByFirst = new Map<number, string[]>();
for (const w of bodyOpeners) {
  const c = w.charCodeAt(0);
  const list = openersByFirst.get(c) ?? [];
  list.push(w);
  openersByFirst.set(c, list);
}
/** The first characters of the openers, so that most characters cost one table look-up. */
const openerFirst = new Uint8Array(0x10000);
for (const c of openersByFirst.keys()) openerFirst[c] = 1;
/** Administrative units that follow a redacted name at the start of a body sentence (XX社区, xx镇). */
const unitAfterPlaceholder = ['社区', '镇', '乡', '村', '县', '区', '市', '街道', '局', '公司', '集团', '单位', '中心'];

/** True when body text (a sentence of its own) starts at `k`. */
function opensBody(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  // A year: 2023年
  if (isAsciiDigit(c) || isWideDigit(c)) {
    // 完成了2015年惠民项目, 成就和2021年主要工作: a year the title's own words lead to.
    if (k > 0 && (isDigit(text.charCodeAt(k - 1)) || yearObjectLeads.includes(text[k - 1]))) return false;
    let j = k;
    while (j < text.length && j - k < 5 && isDigit(text.charCodeAt(j))) j++;
    return j - k === 4 && text.charCodeAt(j) === 0x5e74 /* 年 */ && (c === 49 || c === 50 || c === 0xff11 || c === 0xff12);
  }
  // A redacted name: XX社区
  if (c === 88 || c === 120 || c === 0x67d0 /* 某 */) {
    if (k > 0 && (text.charCodeAt(k - 1) === c)) return false;
    let j = k;
    while (j < text.length && j - k < 4 && text.charCodeAt(j) === c) j++;
    return startsWithAny(text, j, unitAfterPlaceholder);
  }
  if (openerFirst[c] !== 1) return false; // NaN past the end of the text, too
  // 2023年上半年: a part of the year named just before, inside the title's own phrase.
  if (k >= 2 && text.charCodeAt(k - 1) === 0x5e74 && isDigit(text.charCodeAt(k - 2))) return false;
  for (const w of openersByFirst.get(c)!) if (text.startsWith(w, k)) return true;
  return false;
}

/** Words after which a year belongs to the phrase before it (关于2023年上半年…), not to the body opening after a title. */
const yearObjectLeads = '了和及与的在至到对于';

/** Verbs that open a work item; deep inside a long clause they start an unnumbered sub-heading or the body. */
const clauseVerbs = [
  '加强', '认真', '切实', '深入', '持续', '全面', '积极', '大力', '着力', '不断', '扎实', '强化', '推进', '推动', '落实', '做好', '抓好',
  '完善', '建立', '健全', '开展', '加快', '提升', '狠抓',
];
const verbsByFirst = new Map<number, string[]>();
for (const w of clauseVerbs) {
  const c = w.charCodeAt(0);
  const list = verbsByFirst.get(c) ?? [];
  list.push(w);
  verbsByFirst.set(c, list);
}
const verbFirst = new Uint8Array(0x10000);
for (const c of verbsByFirst.keys()) verbFirst[c] = 1;
function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}
/** A clause of a heading title is rarely longer than this before a new verb phrase begins. */
const LONG_CLAUSE = 12;

/** XYXY: a word said twice where a heading runs into its first sub-point (工作亮点亮点一). */
function repeatsWordBefore(text: string, k: number): boolean {
  return k >= 2 && isHan(text.charCodeAt(k)) && isHan(text.charCodeAt(k + 1)) &&
    text.charCodeAt(k - 2) === text.charCodeAt(k) && text.charCodeAt(k - 1) === text.charCodeAt(k + 1);
}

/**
 * Where a heading title should end: before a repeated word; and in a run-on title, before the first body opener (a year, a subject, a time word) at least
 * 4 characters into its clause, before a repeated word, or before a new verb phrase deep inside a long clause.
 */
function cutRunOn(text: string, start: number, end: number): number {
  const runOn = end - start > RUN_ON_TITLE;
  let clauseStart = start;
  // Inside “…” or 《…》 a title quotes a name or slogan (坚持“产业XX镇”): nothing there opens the body.
  let quoted = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isComma(c) || c === 0x3001) {
      clauseStart = k + 1;
      continue;
    }
    if (c === 0x201c || c === 0x300a) quoted++;
    else if ((c === 0x201d || c === 0x300b) && quoted > 0) quoted--;
    if (quoted > 0 || k - start < 4 || k - clauseStart < 4) continue;
    if (repeatsWordBefore(text, k)) return k;
    if (!runOn) continue;
    if (opensBody(text, k)) return k;
    if (k - clauseStart >= LONG_CLAUSE && verbFirst[c] === 1 && startsWithAny(text, k, verbsByFirst.get(c)!)) return k;
  }
  return end;
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * An ASCII space ends a title (paragraphs of a one-line draft are separated by spaces), except one next to an ASCII
 * letter or digit, as web-pasted text writes them (推进 5G 建设, 打造 APP 平台), unless body text opens after it
 * (明年工作计划 2024年是…).
 */
function spaceInTitle(text: string, i: number): boolean {
  if (!(isAsciiAlnum(text.charCodeAt(i - 1)) || isAsciiAlnum(text.charCodeAt(i + 1)))) return false;
  return !opensBody(text, i + 1);
}

/** The line before the one at `i` ends in a word no title ends with: a line wrapped mid-sentence (位列全省第\n1。全年…). */
function wrappedLineBefore(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (isNewline(text.charCodeAt(k)) || isBlank(text.charCodeAt(k)))) k--;
  return k >= 0 && '第的了在和与及是为达'.includes(text[k]);
}

/** Exactly two stars at `i`: a Markdown bold delimiter, where *** and more blank a name (***镇). */
function isBoldRun(text: string, i: number): boolean {
  return i >= 0 && text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 42 && text.charCodeAt(i + 2) !== 42 && (i === 0 || text.charCodeAt(i - 1) !== 42);
}

/** 农 业, 综 合: a title of two characters spaced out for layout, the space at `i` after the first. */
function spacedWord(text: string, start: number, i: number): boolean {
  if (i - start !== 1 || !isHan(text.charCodeAt(start)) || !isHan(text.charCodeAt(i + 1))) return false;
  const after = text.charCodeAt(i + 2);
  return !(after === after) || isNewline(after) || isBlank(after) || isTitleStop(after);
}

/** Pass 3: the title of each accepted marker, ended by punctuation, a space, the next marker or a cap. */
function buildHeadings(text: string, accepted: Accepted[], options: Options): Heading[] {
  const cap = Math.max(1, options.titleMaxLength);
  const charClass = charClasses();
  return accepted.map((entry, idx) => {
    const { candidate: cand } = entry;
    const nextMarker = idx + 1 < accepted.length ? accepted[idx + 1].candidate.start : text.length;
    let start = entry.contentStart;
    // Markdown bold around the marker (**一、总体情况**, **一是**抓好) or the title (一、**总体情况**): its stars are not
    // part of the title, and its closing ** ends it. In a title that is not bold, ** blanks a word (加强**建工作).
    let bold = isBoldRun(text, cand.start - 2);
    if (isBoldRun(text, start) && start + 2 < nextMarker) {
      if (bold) bold = false;
      else if (!isBlank(text.charCodeAt(start + 2))) bold = true;
      if (bold || text.startsWith('**', cand.start - 2)) start += 2;
    }
    let end = start;
    const limit = Math.min(nextMarker, start + TITLE_SCAN, text.length);
    while (end < limit) {
      const c = text.charCodeAt(end);
      // Plain characters never end a title: one table look-up for most of them.
      if (charClass[c] === CharClass.Plain) {
        end++;
        continue;
      }
      if (isTitleStop(c) || ((c === 32 || c === 0x3000) && !spaceInTitle(text, end) && !spacedWord(text, start, end)) || c === 9) break;
      if (bold && c === 42 && text.charCodeAt(end + 1) === 42) break;
      end++;
    }
    if (entry.kind === 'heading') end = cutRunOn(text, start, end);
    if (end - start > cap) {
      end = start + cap;
      const high = text.charCodeAt(end - 1);
      if (high >= 0xd800 && high <= 0xdbff) end--;
    }
    // Trailing commas and list marks belong to the sentence, not the title.
    while (end > start) {
      const c = text.charCodeAt(end - 1);
      if (isComma(c) || c === 0x3001 || isBlank(c)) end--;
      else break;
    }
    return {
      kind: entry.kind,
      level: entry.level,
      marker: text.slice(cand.start, cand.end),
      style: cand.style,
      ordinal: cand.ordinal,
      fullWidthDigits: cand.fullWidthDigits,
      markerSpan: { start: cand.start, end: cand.end },
      title: text.slice(start, end),
      titleSpan: { start, end },
      section: { start: cand.start, end: text.length },
      runIn: cand.boundary !== Boundary.Line,
    };
  });
}

/** Finds headings and inline items, line-start and glued mid-line, in document order. `section.end` is left to outline.ts. */
export function parseHeadings(text: string, options: Options): Heading[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return headingsFromCandidates(text, collectCandidates(text), options);
}

/** Moves a candidate by `delta` (for candidates kept across an edit; they never leave the analyzer). */
export function shiftCandidate(c: Candidate, delta: number): void {
  c.start += delta;
  c.end += delta;
  if (c.lastStop >= 0) c.lastStop += delta;
}

/** Headings and items from every candidate of `text`, in order: selection by numbering context, then titles. */
export function headingsFromCandidates(text: string, candidates: Candidate[], options: Options): Heading[] {
  if (text.length === 0) return [];
  const accepted = selectHeadings(text, candidates, options);
  const headings = buildHeadings(text, accepted, options);
  // Items are found even when not wanted: they still end the title of a heading they are glued to.
  return options.inlineItems ? headings : headings.filter((h) => h.kind === 'heading');
}
