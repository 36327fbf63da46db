import type { Figure, FigureRole, Heading, Span } from './types';
import type { Options } from './options';
import { isDigitCode } from './numerals';
import { isChineseNumeralCode, readArabic, readChinese, type NumberToken } from './figures/numbers';
import { figureUnitText, isCountKind, isPercentKind, matchRateUnit, matchScale, matchUnit, mayStartUnit, normalize, type Scale, type UnitInfo } from './figures/units';
import {
  findPlanSections, isAsciiLetter, isCjk, isClauseBoundary, isSentenceBoundary, isSpaceCode,
} from './figures/context';
import { cleanAfter, cleanBefore, investmentObject, isBareVerb, isComparisonOnly, isGenericNoun, isRegexSpace, isWeakVerb } from './figures/labels';
import { findPeriodInText, isPeriodAnchor, newPeriodScan } from './figures/periods';
import {
  anchorClass, ATTRIBUTE_ANCHOR, attributeWordAt, DONE_ANCHOR, doneWordAt, endsWithWhole, mayStartAttributeWord, mayStartDoneWord,
  mayStartTargetWord, PERIOD_ANCHOR, TARGET_ANCHOR, TARGET_REACH, targetWordAt,
} from './figures/words';

/** A figure found by the scan, before its label, role and period are known. */
interface Found {
  span: Span;
  value: number;
  valueTo: number | undefined;
  unit: string;
  info: UnitInfo | undefined;
  scale: Scale | undefined;
  approx: string | undefined;
  qualifier: string | undefined;
  /** The percent sign was lost (发放率达100): the unit is "". */
  lostPercent: boolean;
}

/** Every Found is made here with all its fields, so that all Founds share one object shape. */
function newFound(
  start: number, end: number, value: number, valueTo: number | undefined, unit: string, info: UnitInfo | undefined,
  scale: Scale | undefined, approx: string | undefined, qualifier: string | undefined,
): Found {
  return { span: { start, end }, value, valueTo, unit, info, scale, approx, qualifier, lostPercent: false };
}

const qualifiersBefore = ['不少于', '不低于', '不超过', '不高于', '至少', '最多', '最少', '超过', '突破', '将近', '接近', '大约', '约', '近', '超', '逾', '各'];
const qualifiersAfter = ['以上', '以下', '以内', '左右', '上下'];
/** Bounds that make a quantity a goal (不少于2只, 80家以上, 最多80天). */
const targetQualifiers = new Set(['不少于', '不低于', '至少', '最多', '以上', '不超过']);
/** Bound words that may open a quoted phrase whose number is still a figure (“最多80天”). */
const quotedBound = /(?:最多|最少|不超过|不少于|至少|只需|仅需)$/;

/** Measure words after a Chinese numeral that name a slogan, not a count (四个全面, 两个维护, 五位一体). */
const sloganTails = /(?:规定|方面|产业|毫不|转变|代表|意识|自信|维护|确立|全面|一体|务必|坚持|必须|统筹|优先|导向|结合|到位|不|一|融合|并举|同步)/y;
/** Nouns after 项/件 that name a programme (十项民生实事, 五项重点工程), not a count of results. */
const programmeNouns = /(?:民生实事|为民实事|惠民实事|民生工程|实事|重点工程|重点任务|重点工作|行动|举措|措施|机制|制度|承诺|改革|清单)/y;
/** After 人: an attribute (五人足球场, 双人间, 三人小组), not a count of people. */
const personAttribute = /(?:制|足球|篮球|排球|间|座|病房|宿舍|小组|场|份)/y;
/** True when the sticky `re` matches at `pos`. */
function matchesAt(re: RegExp, text: string, pos: number): boolean {
  re.lastIndex = pos;
  return re.test(text);
}
/** True when the character code is one of `chars` (NaN, past the end of a text, is none of them). */
function codeIn(c: number, chars: string): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
  return false;
}
/** True when text[pos] is one of `chars`. */
const charIn = (text: string, pos: number, chars: string) => codeIn(text.charCodeAt(pos), chars);
/** 余 or 多 after a number (300余人, 50多家), as the approximation word, or undefined. */
function approxAt(text: string, pos: number): string | undefined {
  const c = text.charCodeAt(pos);
  return c === 0x4f59 ? '余' : c === 0x591a ? '多' : undefined;
}
/** Words before a number that make a rate whose % sign was lost (发放率达100, 较上年增长37). */
const lostPercentBefore = /(?:率|比重|占比|比例|增长|增|下降|降低|提高|减少)(?:了|为|达到|达|至|到)?$/;

/**
 * Every figure with its unit, label, role and period, in document order. Years, dates, ordinals, grades, codes,
 * names in quotes and counts that summarise a list are left out. Linear in the text length.
 */
export function extractFigures(text: string, outline: Heading[], _options: Options): Figure[] {
  return figuresIn(text, findPlanSections(text, outline));
}

/**
 * The figures of `text` given the plan sections that make figures targets (findPlanSections). Apart from those
 * sections a figure depends only on its own line, so an editor can extract figures line by line.
 */
export function figuresIn(text: string, planSections: Span[]): Figure[] {
  try {
    return describeFigures(text, scanFigures(text), planSections);
  } catch {
    return [];
  }
}

/** How far back from a figure its sentence is read at most. */
const sentenceReach = 120;

/** Classes of characters the scan stops at, by character code (bits). */
const FIGURE_START = 1; // digits, Chinese numerals, 百 of 百分之
const ENCLOSING = 2; // quotes, 《》 and line breaks, which delimit quoted names and titles
const SENTENCE_END = 4;
/** ；; end a clause of a list: the period of the list goes on past them, a goal word does not (预计…搬迁；…450平米). */
const SEMICOLON = 8;
const charClass = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) charClass[c] = FIGURE_START;
for (let c = 0xff10; c <= 0xff19; c++) charClass[c] = FIGURE_START;
for (const ch of '〇零一二三四五六七八九两十百千万亿') charClass[ch.charCodeAt(0)] = FIGURE_START;
for (const ch of '“”「」『』‘’"《》') charClass[ch.charCodeAt(0)] |= ENCLOSING;
for (const c of [10, 13]) charClass[c] |= ENCLOSING | SENTENCE_END;
for (const ch of '。！!？?') charClass[ch.charCodeAt(0)] |= SENTENCE_END;
for (const ch of '；;') charClass[ch.charCodeAt(0)] |= SEMICOLON;

/** What the scan found: the figures, and the offsets that the description of each figure looks back for. */
interface Scan {
  found: Found[];
  /** Offsets of the sentence boundaries (isSentenceBoundary), ascending. */
  sentenceEnds: number[];
  /** Offsets of ； and ;, ascending. */
  semicolons: number[];
  /*
   * The anchors below are only those in the sentence before a figure found (from its start, as describeFigures
   * bounds it, to the figure): no other offsets are looked up.
   */
  /** Offsets of the 截 年 月 季 that may be part of a period (isPeriodAnchor), ascending. */
  periodAnchors: number[];
  /** Offsets where a target word may start, whatever window holds it (a superset of targetWordAt's hits), ascending. */
  targetAnchors: number[];
  /** Offsets where a done-work word may start (doneWordAt), ascending. */
  doneAnchors: number[];
  /** Offsets where an attribute word may start (attributeWordAt), ascending. */
  attributeAnchors: number[];
}

/**
 * Quoted names and 《titles》 around the scan position, found without a pass of their own. Quotes pair within a line
 * (“…”, 「…」, 『…』, ‘…’ alike; a later opening quote replaces an open one; an ASCII " toggles) and count as a name
 * only up to maxNameLength; a 《 opens a title that the next 》 on the line closes. The scan feeds every character
 * to updateEnclosing; a figure inside an open quote or title looks ahead for its close (a quote within
 * maxNameLength, a title once per title).
 */
interface Enclosing {
  quoteOpen: number;
  asciiOpen: number;
  titleOpen: number;
  /** The title whose close was looked for, and where it closes (-1: it does not). */
  titleLooked: number;
  titleClose: number;
  /** After enclosureStart: the enclosure found is a title. */
  inTitle: boolean;
}

/** Quotes longer than this are citations, not names; figures inside them count. */
const maxNameLength = 24;

const isQuoteOpen = (c: number) => c === 0x201c || c === 0x300c || c === 0x300e || c === 0x2018;
const isQuoteClose = (c: number) => c === 0x201d || c === 0x300d || c === 0x300f || c === 0x2019;

function updateEnclosing(e: Enclosing, c: number, i: number): void {
  if (c === 10 || c === 13) {
    e.quoteOpen = e.asciiOpen = e.titleOpen = -1;
  } else if (isQuoteOpen(c)) {
    e.quoteOpen = i + 1;
  } else if (isQuoteClose(c)) {
    e.quoteOpen = -1;
  } else if (c === 34) {
    e.asciiOpen = e.asciiOpen < 0 ? i + 1 : -1;
  } else if (c === 0x300a) {
    e.titleOpen = i + 1;
  } else if (c === 0x300b) {
    e.titleOpen = -1;
  }
}

/**
 * The start of the first enclosure (by start) that holds offset `i`, or -1; sets e.inTitle. The scan has fed
 * every character before `i` to updateEnclosing.
 */
function enclosureStart(text: string, e: Enclosing, i: number): number {
  let start = -1;
  e.inTitle = false;
  if (e.titleOpen >= 0) {
    if (e.titleLooked !== e.titleOpen) {
      e.titleLooked = e.titleOpen;
      e.titleClose = -1;
      for (let j = i; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === 0x300b) { e.titleClose = j; break; }
        if (c === 0x300a || c === 10 || c === 13) break;
      }
    }
    if (e.titleClose > i) { start = e.titleOpen; e.inTitle = true; }
  }
  if (e.quoteOpen >= 0 && (start < 0 || e.quoteOpen < start)) {
    const stop = Math.min(text.length, e.quoteOpen + maxNameLength + 1);
    for (let j = i; j < stop; j++) {
      const c = text.charCodeAt(j);
      if (isQuoteClose(c)) { start = e.quoteOpen; e.inTitle = false; break; }
      if (isQuoteOpen(c) || c === 10 || c === 13) break;
    }
  }
  if (e.asciiOpen >= 0 && (start < 0 || e.asciiOpen < start)) {
    const stop = Math.min(text.length, e.asciiOpen + maxNameLength + 1);
    for (let j = i; j < stop; j++) {
      const c = text.charCodeAt(j);
      if (c === 34) { start = e.asciiOpen; e.inTitle = false; break; }
      if (c === 10 || c === 13) break;
    }
  }
  return start;
}

function scanFigures(text: string): Scan {
  const out: Found[] = [];
  const sentenceEnds: number[] = [];
  const semicolons: number[] = [];
  const periodAnchors: number[] = [];
  const targetAnchors: number[] = [];
  const doneAnchors: number[] = [];
  const attributeAnchors: number[] = [];
  const encl: Enclosing = { quoteOpen: -1, asciiOpen: -1, titleOpen: -1, titleLooked: -1, titleClose: -1, inTitle: false };
  // Anchors before this offset are collected.
  let anchoredTo = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    // Most characters are of no class: a loop of its own, without calls, passes over them.
    while (i < n && charClass[text.charCodeAt(i)] === 0) i++;
    if (i >= n) break;
    const c = text.charCodeAt(i);
    const cls = charClass[c];
    if (cls !== FIGURE_START) {
      if (cls & ENCLOSING) updateEnclosing(encl, c, i);
      if (cls & SENTENCE_END) sentenceEnds.push(i);
      else if (cls & SEMICOLON) semicolons.push(i);
      i++;
      continue;
    }
    let f: Found | undefined;
    let next = -1;
    if (c === 0x767e && text.startsWith('百分之', i)) {
      f = percentWords(text, i, enclosureStart(text, encl, i) >= 0);
      if (f) next = f.span.end;
    }
    if (next >= 0) {
      // 百分之 and its number: a figure.
    } else if (isDigitCode(c)) {
      const tok = readArabic(text, i);
      const enclosed = enclosureStart(text, encl, i);
      f = arabicFigure(text, tok, enclosed, encl.inTitle);
      next = Math.max(tok.end, f ? f.span.end : 0, i + 1);
    } else {
      // A Chinese figure needs a unit after its numeral (spaces, 余 or 多 may come first): most numerals are words.
      let end = i + 1;
      while (end < n && isChineseNumeralCode(text.charCodeAt(end))) end++;
      const after = text.charCodeAt(end);
      if (!(mayStartUnit(after) || isSpaceCode(after) || after === 0x4f59 || after === 0x591a)) {
        i = end;
        continue;
      }
      const tok = readChinese(text, i);
      f = Number.isNaN(tok.value) ? undefined : chineseFigure(text, tok, enclosureStart(text, encl, i) >= 0);
      next = Math.max(tok.end, f ? f.span.end : 0, i + 1);
    }
    if (f) {
      out.push(f);
      // The anchors the description of f looks back for: in its sentence (as describeFigures bounds it) before it.
      const sentenceStart = periodFrom(text, sentenceEnds, sentenceEnds.length, i);
      for (let k = Math.max(anchoredTo, sentenceStart); k < i; k++) {
        const ac = anchorClass[text.charCodeAt(k)];
        if (ac === 0) continue;
        if (ac & PERIOD_ANCHOR && isPeriodAnchor(text, k)) periodAnchors.push(k);
        if (ac & TARGET_ANCHOR && mayStartTargetWord(text, k)) targetAnchors.push(k);
        if (ac & DONE_ANCHOR && mayStartDoneWord(text, k)) doneAnchors.push(k);
        if (ac & ATTRIBUTE_ANCHOR && mayStartAttributeWord(text, k)) attributeAnchors.push(k);
      }
      anchoredTo = i;
    }
    i = next;
  }
  return { found: out, sentenceEnds, semicolons, periodAnchors, targetAnchors, doneAnchors, attributeAnchors };
}

/**
 * Where the period of a figure at `pos` is looked for: its sentence (sentenceEnds[0, ends) are the boundaries before
 * it), or also the sentence before when its own opens with 其中 (…完成120亿元。其中第一产业增加值20亿元: a part of
 * the same year's total); at most sentenceReach characters back.
 */
function periodFrom(text: string, sentenceEnds: readonly number[], ends: number, pos: number): number {
  let from = ends > 0 ? sentenceEnds[ends - 1] + 1 : 0;
  if (ends > 0 && !isLineBreakCode(text.charCodeAt(from - 1)) && text.startsWith('其中', from)) from = ends > 1 ? sentenceEnds[ends - 2] + 1 : 0;
  return Math.max(from, pos - sentenceReach, 0);
}

const isLineBreakCode = (c: number) => c === 10 || c === 13;

/** What follows a number: [spaces] [余/多] [万/亿] [余/多] unit. */
interface Tail {
  end: number;
  unit: UnitInfo | undefined;
  scale: Scale | undefined;
  approx: string | undefined;
}

/** The tail readTail returns: one object, overwritten by every read, as the scan holds one tail at a time. */
const sharedTail: Tail = { end: 0, unit: undefined, scale: undefined, approx: undefined };
function setTail(end: number, unit: UnitInfo | undefined, scale: Scale | undefined, approx: string | undefined): Tail {
  sharedTail.end = end;
  sharedTail.unit = unit;
  sharedTail.scale = scale;
  sharedTail.approx = approx;
  return sharedTail;
}

function readTail(text: string, tok: NumberToken): Tail {
  let q = tok.end;
  let spaces = 0;
  while (spaces < 2 && isSpaceCode(text.charCodeAt(q))) { q++; spaces++; }
  let approx: string | undefined;
  approx = approxAt(text, q);
  if (approx) q++;
  let scale = tok.scale;
  if (!scale) {
    const s = matchScale(text, q);
    const unitHere = s ? matchUnit(text, q) : undefined;
    if (s && !(unitHere && unitHere.text.length > s.text.length && unitHere.text.startsWith(s.text))) {
      scale = s;
      q += s.text.length;
    }
  }
  if (!approx) {
    approx = approxAt(text, q);
    if (approx) q++;
  }
  const unit = matchUnit(text, q);
  if (unit) return setTail(q + unit.text.length, unit, scale, approx);
  // No unit: only a 万/亿 (人口1.5万), kept when nothing runs on after it.
  if (scale && !approx) {
    const next = text.charCodeAt(q);
    if (!(isCjk(next) || isAsciiLetter(next) || isDigitCode(next))) return setTail(q, undefined, scale, undefined);
  }
  return setTail(tok.end, undefined, undefined, undefined);
}

/** Checks that a unit really is one here; the same characters are often words (五方面, 2023年度, 五人足球场). */
function unitFits(text: string, tok: NumberToken, tail: Tail): boolean {
  const unit = tail.unit;
  if (!unit) return true;
  const next = text.charCodeAt(tail.end);
  const at = tail.end;
  switch (unit.text) {
    case '年':
      // A duration (3年内), never a year (2023年, 23年底).
      return tok.arabic && Number.isInteger(tok.value) && tok.value < 100 && !tail.scale && !charIn(text, at, '底初末度级代中前后制') && !isDigitCode(next);
    case '期':
      if (!tok.arabic && (tok.value === 1 || tok.value === 2)) return false; // 一期, 二期: phases
      return !(isCjk(next) || isDigitCode(next) || next === 41 || next === 0xff09);
    case '方':
      return !isCjk(next) || charIn(text, at, '土水石砂');
    case '周':
      return !charIn(text, at, '年岁');
    case '人':
      return !matchesAt(personAttribute, text, at);
    case '名':
    case '位':
      return text.charCodeAt(tok.start - 1) !== 0x524d; // 前10名 is a rank
    case '度':
      return !tail.scale ? next !== 0x7535 : true; // 电
    case '次':
      return !isSessionOrdinal(text, tok.start, at);
    default:
      return true;
  }
}

/** 十八届人大三次会议, 二十届三中全会 style sessions: 届 shortly before and 会议/全会 right after 次 are an ordinal. */
function isSessionOrdinal(text: string, start: number, after: number): boolean {
  if (!(text.startsWith('会议', after) || text.startsWith('全会', after) || text.startsWith('全体会议', after))) return false;
  for (let k = start - 1; k >= 0 && k >= start - 8; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x5c4a) return true; // 届
    if (isClauseBoundary(c)) return false;
  }
  return false;
}

/** The first and last characters of the qualifiers, to skip the word lists where none can match. */
const qualifierAfterFirst = new Uint8Array(0x10000);
for (const q of qualifiersAfter) qualifierAfterFirst[q.charCodeAt(0)] = 1;
const qualifierBeforeLast = new Uint8Array(0x10000);
for (const q of qualifiersBefore) qualifierBeforeLast[q.charCodeAt(q.length - 1)] = 1;

function qualifiers(text: string, start: number, end: number, unit: UnitInfo | undefined): string | undefined {
  if (end < text.length && qualifierAfterFirst[text.charCodeAt(end)] === 1) for (const q of qualifiersAfter) if (text.startsWith(q, end)) return q;
  if (unit?.kind === 'time' && text.charCodeAt(end) === 0x5185) return '内';
  if (start > 0 && qualifierBeforeLast[text.charCodeAt(start - 1)] === 1) {
    for (const q of qualifiersBefore) if (start >= q.length && text.startsWith(q, start - q.length)) return q;
  }
  return undefined;
}

function makeFound(text: string, tok: NumberToken, tail: Tail): Found | undefined {
  if (!Number.isFinite(tok.value) || (tok.valueTo !== undefined && !Number.isFinite(tok.valueTo))) return undefined;
  const unit = figureUnitText(tail.scale, tail.unit);
  const q = qualifiers(text, tok.start, tail.end, tail.unit);
  return newFound(tok.start, tail.end, tok.value, tok.valueTo, unit, tail.unit, tail.scale, tail.approx || undefined, q || undefined);
}

/** `enclosed`: the start of the quote or title holding the figure, or -1. */
function arabicFigure(text: string, tok: NumberToken, enclosed: number, inTitle: boolean): Found | undefined {
  if (tok.code) return undefined;
  const prev = text.charCodeAt(tok.start - 1);
  // A plus sign after a word, not after digits or letters (1+3+N stays a code): 网格长+3名专职, 同比+19.82%.
  const before = text.charCodeAt(tok.start - 2);
  const signed = (prev === 43 || prev === 0xff0b) && (isCjk(before) || codeIn(before, negativeLeads));
  // Codes and names: A320, G60, 1+3+N, 2/122, #3, 第3.
  if (isAsciiLetter(prev) || (isCodeMark(prev) && !signed) || prev === 0x7b2c) return undefined;
  // 2×60万千瓦: the factor after × is part of a product, not a quantity of its own.
  if ((prev === 0xd7 || prev === 42) && isDigitCode(text.charCodeAt(tok.start - 2))) return undefined;
  if (prev === 45 && (isDigitCode(text.charCodeAt(tok.start - 2)) || isAsciiLetter(text.charCodeAt(tok.start - 2)))) return undefined;
  const after = text.charCodeAt(tok.end);
  if (after === 43 || after === 47 || after === 0xd7 || after === 42) return undefined; // + / × *
  if (enclosed >= 0 && (inTitle || !quotedBound.test(text.slice(Math.max(enclosed, tok.start - 6), tok.start)))) return undefined;
  const tail = readTail(text, tok);
  if (!tail.unit && !tail.scale) {
    // 发放率达100: a rate whose % sign was lost.
    const next = text.charCodeAt(tok.end);
    if (tok.valueTo === undefined && !(isCjk(next) || isAsciiLetter(next) || next === 46) && lostPercentBefore.test(text.slice(Math.max(0, tok.start - 8), tok.start))) {
      const f = makeFound(text, tok, setTail(tok.end, undefined, undefined, undefined));
      if (f) f.lostPercent = true;
      return f;
    }
    return undefined;
  }
  // 5G, 4A级, 3D: digits glued to letters that are no unit.
  if (!tail.unit && isAsciiLetter(text.charCodeAt(tail.end))) return undefined;
  if (tail.unit && isAsciiLetter(tail.unit.text.charCodeAt(0)) && tail.end < text.length && isAsciiLetter(text.charCodeAt(tail.end))) return undefined;
  if (!unitFits(text, tok, tail)) return undefined;
  // 5岁以下儿童, 18-34岁: an age group, not a quantity.
  if (tail.unit?.text === '岁' && (tok.valueTo !== undefined || ageClassAfter(text, tail.end))) return undefined;
  // 100元/亩, 4批次/千人: the unit goes on after a slash.
  const rate = tail.unit ? matchRateUnit(text, tail.end, tail.unit) : undefined;
  if (rate) setTail(rate.end, rate.info, tail.scale, tail.approx);
  const f = makeFound(text, tok, tail);
  // 贡献率为-8.6%, 增长-3.5%: a minus sign right after a verb or punctuation makes the figure negative.
  if (f && f.valueTo === undefined && isMinus(prev) && codeIn(text.charCodeAt(tok.start - 2), negativeLeads)) {
    f.span.start--;
    f.value = -f.value;
  } else if (f && signed && f.valueTo === undefined && f.info && isPercentKind(f.info.kind) && codeIn(before, negativeLeads)) {
    // 同比+19.82%: the sign of a change is part of it.
    f.span.start--;
  }
  return f;
}

/**
 * 近五年, 五年来, 历年 in a clause after a ；: it has its own time span, and the period before does not carry (累计
 * does not say which: after 1-5月 it sums the same months).
 */
function ownTimeSpan(text: string, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const c = text.charCodeAt(k);
    const d = text.charCodeAt(k + 1);
    if ((c === 0x5386 && d === 0x5e74) || (c === 0x5e74 && d === 0x6765)) return true; // 历年 年来
    if (c === 0x8fd1 && isChineseNumeralCode(d)) return true; // 近五年
  }
  return false;
}

/** 以下 以上 及以上 至 到 - ～ after an age: the bound of a group. */
function ageClassAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return text.startsWith('以下', end) || text.startsWith('以上', end) || text.startsWith('及以上', end) || c === 0x81f3 || c === 0x5230 || isMinus(c) || c === 0xff5e || c === 126;
}

/** - － − */
const isMinus = (c: number) => c === 45 || c === 0xff0d || c === 0x2212;
/** What a signed figure's sign follows: 为-8.6%, 增长-3.5%, 增速-1.2%, 同比分别-6.2%, ：-2%, 同比+19.82%. */
const negativeLeads = '为是达到至长速幅别比：:（(，,、';

/** + / # _ @ & = . before digits: part of a code or a formula. */
const isCodeMark = (c: number) => c === 43 || c === 47 || c === 35 || c === 95 || c === 64 || c === 38 || c === 61 || c === 46;

/** 第 初 周 期 之 每 before a Chinese numeral: an ordinal or a name, not a count. */
function isOrdinalLead(c: number): boolean {
  return c === 0x7b2c || c === 0x521d || c === 0x5468 || c === 0x671f || c === 0x4e4b || c === 0x6bcf;
}

function chineseFigure(text: string, tok: NumberToken, enclosed: boolean): Found | undefined {
  if (isOrdinalLead(text.charCodeAt(tok.start - 1))) return undefined;
  if (enclosed) return undefined; // “四个平台”, “十三乱”: names
  const tail = readTail(text, tok);
  const unit = tail.unit;
  if (!unit || unit.arabicOnly || unit.text === '年' || !unitFits(text, tok, tail)) return undefined;
  // The numeral without its 万/亿 when that is one character (一, 二).
  const single = tok.end - (tok.scale?.text.length ?? 0) - tok.start === 1 ? text.charCodeAt(tok.start) : -1;
  // 一个, 一批, 一次: "one" is an article far more often than a count; keep it only with a physical unit.
  if ((single === 0x4e00 || single === 0x58f9) && (isCountKind(unit.kind) || unit.kind === 'time')) return undefined;
  // 二次创业, 二级: a count of two is written 两; 二 before a measure word is an ordinal.
  if (single === 0x4e8c && (isCountKind(unit.kind) || unit.kind === 'time')) return undefined;
  // 三联三包, 两学一做: a slogan of paired numerals.
  if (isChineseNumeralCode(text.charCodeAt(tok.start - 2)) && isCjk(text.charCodeAt(tok.start - 1))) return undefined;
  if (isCountKind(unit.kind)) {
    if (matchesAt(sloganTails, text, tail.end)) return undefined;
    // 实施十项民生实事, 十大重点工程: a programme named by its count (the items follow it or are listed elsewhere).
    if ((unit.text === '项' || unit.text === '件') && matchesAt(programmeNouns, text, tail.end)) return undefined;
    const noun = nounRunLength(text, tail.end, 8);
    if (noun > 0) {
      // 两项补贴65人, 两期48户: a count that qualifies the figure after it.
      if (noun <= 6 && isDigitCode(text.charCodeAt(tail.end + noun))) return undefined;
      // 源头…、流通以及消费四个环节: a count that sums up the list before it.
      if (unit.kind === 'count' && clauseHasListBefore(text, tok.start)) return undefined;
    }
  }
  return makeFound(text, tok, tail);
}

/** 百分之十六 → 16 %. */
function percentWords(text: string, pos: number, enclosed: boolean): Found | undefined {
  const at = pos + 3;
  if (enclosed) return undefined;
  const c = text.charCodeAt(at);
  let tok: NumberToken | undefined;
  if (isDigitCode(c)) tok = readArabic(text, at);
  else if (isChineseNumeralCode(c)) tok = readChinese(text, at);
  if (!tok || Number.isNaN(tok.value) || tok.scale || tok.code) return undefined;
  const q = qualifiers(text, pos, tok.end, undefined);
  return Number.isFinite(tok.value) ? newFound(pos, tok.end, tok.value, undefined, '%', matchUnit('%', 0), undefined, undefined, q || undefined) : undefined;
}

/** How many CJK characters run on from `pos` (up to `limit`) before punctuation, a digit or the end. */
function nounRunLength(text: string, pos: number, limit: number): number {
  let k = 0;
  while (k < limit && isCjk(text.charCodeAt(pos + k)) && !isChineseNumeralCode(text.charCodeAt(pos + k))) k++;
  return k;
}

/** True when the clause before `pos` lists items with 、 (a count right after them sums them up). */
function clauseHasListBefore(text: string, pos: number): boolean {
  for (let k = pos - 1, steps = 0; k >= 0 && steps < 40; k--, steps++) {
    const c = text.charCodeAt(k);
    if (c === 0x3001) return true;
    if (isClauseBoundary(c)) return false;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Labels, roles and periods

/** Where the target-word scan of a sentence left off, so that the next figure of the sentence scans only what is new. */
interface TargetScan {
  /** The offset of the sentence start the scan is for; -1 for none. */
  from: number;
  /** Window positions before this one hold no target word, in this window and every longer one. */
  settledTo: number;
  /** A target word was found far enough from the end to hold in every longer window. */
  hit: boolean;
}

/**
 * True when the window text[from, to) holds a target word; windows of a sentence come in increasing length. Only
 * the places where a target word may start are tried: anchors[0, end) are those before `to`, ascending.
 */
function targetWordBefore(text: string, from: number, to: number, anchors: number[], end: number, scan: TargetScan): boolean {
  const n = to - from;
  if (scan.from !== from || scan.settledTo > n) {
    scan.from = from;
    scan.settledTo = 0;
    scan.hit = false;
  }
  if (scan.hit) return true;
  const settledAt = from + scan.settledTo;
  let j = end;
  while (j > 0 && anchors[j - 1] >= settledAt) j--;
  for (; j < end; j++) {
    const i = anchors[j] - from;
    if (!targetWordAt(text, from, to, anchors[j])) continue;
    if (i + TARGET_REACH <= n) scan.hit = true;
    scan.settledTo = Math.max(scan.settledTo, Math.min(i, n - TARGET_REACH + 1));
    return true;
  }
  scan.settledTo = Math.max(scan.settledTo, n - TARGET_REACH + 1);
  return false;
}
/**
 * True when one of anchors[0, end) from `from` on (the places where a word may start, ascending, all before `to`)
 * starts a word that at(text, p, to) accepts.
 */
function wordBefore(text: string, from: number, to: number, anchors: number[], end: number, at: (text: string, p: number, to: number) => boolean): boolean {
  for (let j = end - 1; j >= 0 && anchors[j] >= from; j--) if (at(text, anchors[j], to)) return true;
  return false;
}

const growthUnits = (f: Found) => f.lostPercent || (f.info !== undefined && (f.info.kind === 'percent' || f.info.kind === 'points' || f.info.kind === 'ratio'));
const isPercent = (f: Found) => f.lostPercent || f.info?.kind === 'percent';


/** 1 for the clause boundaries (isClauseBoundary), 2 for the spaces (isSpaceCode), by character code. */
const clauseClass = new Uint8Array(0x10000);
// The boundaries and spaces are all ASCII, U+00A0, U+3000..U+3002 or full-width forms from U+FF01 (see
// isClauseBoundary and isSpaceCode): only those codes are asked, so that loading stays cheap.
for (const [from, to] of [[0, 0x100], [0x3000, 0x3003], [0xff01, 0x10000]]) {
  for (let c = from; c < to; c++) clauseClass[c] = isClauseBoundary(c) ? 1 : isSpaceCode(c) ? 2 : 0;
}

/** How far back from a figure its clause is read at most. */
const clauseReach = 48;

function clauseStart(text: string, pos: number, limit = clauseReach): number {
  return clauseBreakBefore(text, pos, Math.max(0, pos - limit)) + 1;
}

/**
 * clauseStart(text, pos) given the clause start of an earlier figure at prevPos (or -1 for none): the part before
 * that figure was read for it, and is not read again. Before prevPos - 1 the clause breaks where they break for it.
 */
function clauseStartAfter(text: string, pos: number, prevPos: number, prevClauseStart: number): number {
  const stop = Math.max(0, pos - clauseReach);
  if (prevPos < 1 || prevPos - 1 < stop) return clauseStart(text, pos);
  const k = clauseBreakBefore(text, pos, prevPos - 1);
  if (k >= prevPos - 1) return k + 1;
  // No break from prevPos - 1 on: the clause of the earlier figure starts after a break (not at its reach), which
  // counts when it lies within this figure's reach.
  const brokeBefore = prevClauseStart > Math.max(0, prevPos - clauseReach);
  return brokeBefore && prevClauseStart - 1 >= stop ? prevClauseStart : stop;
}

/** The offset of the last clause break in text[stop, pos) as clauseStart reads it back from pos, or stop - 1. */
function clauseBreakBefore(text: string, pos: number, stop: number): number {
  let k = pos - 1;
  // Past the blanks right before the figure: a tab from here on separates table cells (1\t地区生产总值\t256亿元).
  let pastBlanks = false;
  for (; k >= stop; k--) {
    const c = text.charCodeAt(k);
    // Ideographs and most other text lie between 。 and ！ (see isClauseBoundary): no table look-up for them.
    if (c > 0x3002 && c < 0xff01) {
      pastBlanks = true;
      continue;
    }
    const cls = clauseClass[c];
    if (cls === 0) {
      pastBlanks = true;
      continue;
    }
    if (cls === 1) {
      if (!isGroupingComma(text, k)) break;
      pastBlanks = true;
      continue;
    }
    if (c === 9 && pastBlanks) break;
    // A run of spaces between words ends a clause (paragraphs joined by spaces); a space before a number does not.
    if (k < pos - 1 && isCjk(text.charCodeAt(k - 1)) && isCjk(text.charCodeAt(k + 1))) break;
  }
  return k;
}

/** Answers "is this offset inside one of the spans" for offsets asked in increasing order, in linear time overall. */
function spanCursor(spans: Span[]): (pos: number) => boolean {
  const merged: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  let i = 0;
  return (pos) => {
    while (i < merged.length && merged[i].end <= pos) i++;
    return i < merged.length && merged[i].start <= pos;
  };
}

function describeFigures(text: string, scan: Scan, planSections: Span[]): Figure[] {
  const { found, sentenceEnds, semicolons, periodAnchors, targetAnchors, doneAnchors, attributeAnchors } = scan;
  // Cursors into the offsets of the scan: each points past the last one before the figure at hand.
  let sentenceEnd = 0;
  let semicolon = 0;
  let periodAnchor = 0;
  let targetAnchor = 0;
  let doneAnchor = 0;
  let attributeAnchor = 0;
  const inPlan = spanCursor(planSections);
  // The clause start of the figure before.
  let prevClauseStart = -1;
  // Figures of one sentence share its period scan: each goes on where the one before left off.
  const periodScan = newPeriodScan();
  const targetScan: TargetScan = { from: -1, settledTo: 0, hit: false };
  const figures: Figure[] = [];
  // The last figure of each run of adjacent figures, computed backwards so that long runs stay linear.
  const chainEnd = new Int32Array(found.length);
  for (let k = 0; k < found.length; k++) chainEnd[k] = k;
  for (let k = found.length - 2; k >= 0; k--) {
    if (isBlank(text, found[k].span.end, found[k + 1].span.start)) chainEnd[k] = chainEnd[k + 1];
  }
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    const prev = k > 0 ? found[k - 1] : undefined;
    const start = f.span.start;
    while (sentenceEnd < sentenceEnds.length && sentenceEnds[sentenceEnd] < start) sentenceEnd++;
    while (semicolon < semicolons.length && semicolons[semicolon] < start) semicolon++;
    while (periodAnchor < periodAnchors.length && periodAnchors[periodAnchor] < start) periodAnchor++;
    while (targetAnchor < targetAnchors.length && targetAnchors[targetAnchor] < start) targetAnchor++;
    while (doneAnchor < doneAnchors.length && doneAnchors[doneAnchor] < start) doneAnchor++;
    while (attributeAnchor < attributeAnchors.length && attributeAnchors[attributeAnchor] < start) attributeAnchor++;
    // The sentence reaches back to its boundary, at most sentenceReach characters.
    const sStart = Math.max(sentenceEnd > 0 ? sentenceEnds[sentenceEnd - 1] + 1 : 0, start - sentenceReach, 0);
    // Goal and done-work words count in the figure's clause of a list only.
    const gStart = Math.max(sStart, semicolon > 0 ? semicolons[semicolon - 1] + 1 : 0);
    const cStart = clauseStartAfter(text, start, prev ? prev.span.start : -1, prevClauseStart);
    prevClauseStart = cStart;
    const fromPrev = prev && prev.span.end > cStart ? prev.span.end : cStart;
    // The words before the figure: text[rawFrom, start).
    let rawFrom = fromPrev;
    const classFromPrev = prev !== undefined && fromPrev === prev.span.end && isClassThreshold(text, prev);
    const adjacentPrev = prev !== undefined && prev.span.end >= cStart && isBlank(text, fromPrev, f.span.start);
    // After a figure in the same clause, the words before the next one start after a 、 (清运垃圾1670吨、清理乱堆放1250处).
    const listComma = fromPrev !== cStart ? lastIndexIn(text, 0x3001, fromPrev, start) : -1;
    if (listComma >= 0) rawFrom = listComma + 1;
    // 10亿元以上项目4个: the class the count is of starts at the threshold figure before it.
    else if (classFromPrev) rawFrom = prev!.span.start;

    // Adjacent figures (52人次5.2万元, 1栋5500平米的标准化厂房) share one label: words before the first, noun after the last.
    const last = chainEnd[k];
    const before = cleanBefore(text, adjacentPrev ? start : rawFrom, start);
    // 50万元以上的村: the class keeps its 的, which cleanBefore drops elsewhere.
    if (classFromPrev && prev !== undefined && text.startsWith('的', prev.span.end + 2)) {
      const q = prev.span.end + 2 - prev.span.start;
      if (before.label.length > q && before.label.startsWith(text.slice(prev.span.start, prev.span.end + 2))) before.label = before.label.slice(0, q) + '的' + before.label.slice(q);
    }

    const prevFigure = figures.length ? figures[figures.length - 1] : undefined;
    const prevInSentence = prevFigure !== undefined && prevFigure.span.end > sStart;

    // Role.
    let role: FigureRole = 'value';
    const growth = before.growth && growthUnits(f);
    if (growth || f.info?.kind === 'points' || f.info?.kind === 'ratio') role = 'growth';
    // 综合指数211%: an index, not a part of a whole.
    else if (isPercent(f) && !before.label.endsWith('指数')) role = 'share';

    // 42580元和23650元, 增长5.2%和7.1%: a figure joined to the one before by 和 is of the same kind.
    const joined = prevFigure !== undefined && !adjacentPrev && fromPrev !== cStart && isJoiner(text, fromPrev, start) &&
      found[k - 1].info?.kind === f.info?.kind;
    if (joined && (prevFigure.role === 'growth' || prevFigure.role === 'share')) role = prevFigure.role;

    // Label.
    let label: string;
    if ((adjacentPrev || joined) && prevFigure) label = prevFigure.label;
    else if (isClassThreshold(text, f)) label = text.slice(f.span.start, f.span.end) + f.qualifier + cleanAfter(text, f.span.end);
    else label = combineLabel(text, f, before.label, cleanAfter(text, found[last].span.end), found[last]);
    if (role === 'growth' && !before.label) {
      // A change in percentage points is a change of a rate (城镇化率58.6%，提高1.2个百分点): a share is its base too.
      const base = lastBase(figures, sStart, f.info?.kind === 'points');
      label = base ? base.label : label;
    } else if (role === 'share' && label.charCodeAt(0) === 0x5360 /* 占 */) {
      // 高新技术产业产值2830亿元，占规模以上工业总产值的77.9%: the share of the metric before it.
      const base = lastBase(figures, sStart);
      if (base && base.label && label !== `占${base.label}`) label = base.label + label;
    } else if (role === 'share' && isShortRate(before.label)) {
      // 完成率93.63% after 工业性投资1.71亿元: the rate of the metric before it.
      const base = lastBase(figures, sStart);
      const stem = before.label.slice(0, -1);
      if (base && base.label && !(stem && base.label.includes(stem))) label = base.label + before.label;
    }
    // 工业总产值49.2亿元，比2022年的32.02亿元: the earlier value of the metric before it.
    if (role !== 'growth' && prevInSentence && isComparisonOnly(label)) label = prevFigure!.label;
    else if (prevInSentence && prevFigure!.role !== 'growth') {
      const p = prevFigure!.label;
      // 受理市长热线2493条,办结2393条: the verb takes the object of the figure before.
      // 开展技能培训20期、培训1200人次: the verb already names the object.
      if (label.length === 2 && label === before.label && isBareVerb(label) && p.length >= 4 && isBareVerb(p.slice(0, 2))) {
        if (!p.includes(label)) label += p.slice(2);
      }
      // 共计面积430亩 after 5块水稻新品种示范基地: a generic noun belongs to the metric before, in the same clause or
      // after a summing word (共计, 合计); 产值突破200亿元 in a clause of its own is its own metric.
      else if (isGenericNoun(label) && p && !p.endsWith(label) && (prevFigure!.span.end > cStart || !squeezedStartsWith(text, rawFrom, start, label))) label = p + label;
    }
    if (!label && prevInSentence) label = prevFigure!.label;
    // 共计240次 after a clause naming the activity.
    if (!label) label = cleanBefore(previousClause(text, cStart)).label;
    // A number left over from the cell before (1\t产值\t12.6\t8.5%) names no metric.
    if (label && !namesSomething(label)) label = '';

    // Goal or not. A target word must come before the figure in its own sentence: carrying a goal mood over to the
    // next sentence was wrong more often than right (plans and results alternate within a paragraph).
    // inPlan is a forward cursor: it is asked for every figure, in order.
    const planned = inPlan(f.span.start);
    if (role === 'value') {
      // -1 until asked, then 0 or 1.
      let attribute = -1;
      const isTarget =
        (f.qualifier !== undefined && targetQualifiers.has(f.qualifier) && !isClassThreshold(text, f)) ||
        targetWordBefore(text, gStart, start, targetAnchors, targetAnchor, targetScan) ||
        (planned && (attribute = wordBefore(text, cStart, start, attributeAnchors, attributeAnchor, attributeWordAt) ? 1 : 0) === 0 &&
          !wordBefore(text, gStart, start, doneAnchors, doneAnchor, doneWordAt) &&
          !endsWithWhole(text, cStart, start));
      if (isTarget && (attribute < 0 ? !wordBefore(text, cStart, start, attributeAnchors, attributeAnchor, attributeWordAt) : attribute === 0)) {
        role = 'target';
      }
    }

    figures.push(
      newFigure(
        // The span of the Found, which is dropped after this.
        f.span,
        text.slice(f.span.start, f.span.end),
        f.value,
        f.unit,
        f.lostPercent ? null : normalize(f.value, f.scale, f.info),
        label,
        role,
        findPeriodInText(text, gStart > sStart && ownTimeSpan(text, gStart, start) ? gStart : periodFrom(text, sentenceEnds, sentenceEnd, start), start, periodAnchors, periodAnchor, periodScan),
        f.valueTo,
        f.approx || undefined,
        f.qualifier || undefined,
      ),
    );
  }
  return figures;
}

/**
 * Every Figure is made here, also the moved copies an editor keeps (src/core/incremental.ts): objects made at one
 * place share one shape, so that the checks reading them stay fast. The optional keys are present only when set.
 */
export function newFigure(
  span: Span, text: string, value: number, unit: string, normalized: Figure['normalized'], label: string, role: FigureRole, period: string,
  valueTo: number | undefined, approx: string | undefined, qualifier: string | undefined,
): Figure {
  const figure: Figure = { span, text, value, unit, normalized, label, role, period };
  if (valueTo !== undefined) figure.valueTo = valueTo;
  if (approx !== undefined) figure.approx = approx;
  if (qualifier !== undefined) figure.qualifier = qualifier;
  return figure;
}

/** 10亿元以上项目, 50万元以上的村: a bound followed by a noun names a class of things, not an amount reached. */
function isClassThreshold(text: string, f: Found): boolean {
  // Only amounts (money, area …) set classes; 3家以上市级平台 is a count of at least three.
  if ((f.qualifier !== '以上' && f.qualifier !== '以下') || f.info === undefined || isCountKind(f.info.kind) || isPercentKind(f.info.kind)) return false;
  let k = f.span.end + 2;
  if (text.charCodeAt(k) === 0x7684) k++; // 的
  const c = text.charCodeAt(k);
  return isCjk(c) && !isChineseNumeralCode(c) && !isThresholdVerb(c);
}
/** 以上 followed by a verb or adverb ends the quantity (80家以上，确保…; 以上均为…): 的 (handled), 均 全 已 都 并 是 为 达. */
function isThresholdVerb(c: number): boolean {
  return c === 0x5747 || c === 0x5168 || c === 0x5df2 || c === 0x90fd || c === 0x5e76 || c === 0x662f || c === 0x4e3a || c === 0x8fbe;
}
/** True when text[from, to) without spaces starts with `word`. */
function squeezedStartsWith(text: string, from: number, to: number, word: string): boolean {
  let k = from;
  while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
  return k + word.length <= to && text.startsWith(word, k);
}

/** The offset of the last character `code` in text[from, to), or -1. */
function lastIndexIn(text: string, code: number, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (text.charCodeAt(k) === code) return k;
  return -1;
}

/** The last figure of the sentence that is not itself a rate: the base a growth or share figure refers to. */
function lastBase(figures: Figure[], sentenceStartPos: number, shareToo = false): Figure | undefined {
  for (let k = figures.length - 1; k >= 0 && k >= figures.length - 4; k--) {
    const g = figures[k];
    if (g.span.end <= sentenceStartPos) return undefined;
    if (g.role !== 'growth' && (shareToo || g.role !== 'share')) return g;
  }
  return undefined;
}

/**
 * Chooses between the words before a figure and the noun after it. A figure followed by punctuation takes the words
 * before it; a count followed by its noun (4个血防工作小组) takes the noun, after a bare verb (新建1栋标准化厂房) both;
 * an amount followed by what it is of (400亩土地征迁) takes both. Money after 投资 takes what it was spent on.
 */
function combineLabel(text: string, f: Found, before: string, after: string, lastOfChain: Found): string {
  const kind = lastOfChain.info?.kind;
  if (kind === 'money' && (before === '投资' || before === '投入' || before === '总投资' || before === '投入资金')) {
    const object = after ? investmentObject(after) : investmentObject(nextClauseWithoutFigures(text, lastOfChain.span.end), true);
    if (object) return object + (before === '总投资' ? '投资' : before.replace('资金', ''));
  }
  if (kind === 'money' && before.endsWith('投资') && after) {
    const object = investmentObject(after);
    if (object) return object + '投资';
  }
  if (!after) return before;
  if (!before) return after;
  if (endsWithOutputRate(before)) return before + after;
  if (isBareVerb(before)) return isWeakVerb(before) ? after : before + after;
  // 选派第一书记48名驻村帮扶: a count after its noun; what follows is the predicate.
  if (kind && isCountKind(kind) && before.length > 2 && !isBareVerb(before) && startsWithPredicate(after)) return before;
  if (kind && isCountKind(kind)) return lengthWithoutQuotes(after) >= 3 ? after : before + after;
  return before + after;
}

/** The length of s without its quotes “ ” ". */
function lengthWithoutQuotes(s: string): number {
  let n = s.length;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x201c || c === 0x201d || c === 34) n--;
  }
  return n;
}

/** Verbs that open the predicate after a count that follows its noun (48名驻村帮扶, 30人参加培训). */
const predicateWords = ['驻村', '驻点', '驻企', '参加', '参与', '参训', '赴', '深入', '下沉', '入户', '分赴', '进驻', '到岗', '上岗', '报名', '受益', '获得', '获评', '通过'];
const predicateFirst = new Set(predicateWords.map((w) => w.charCodeAt(0)));
function startsWithPredicate(after: string): boolean {
  if (!predicateFirst.has(after.charCodeAt(0))) return false;
  for (const w of predicateWords) if (after.startsWith(w)) return true;
  return false;
}

/** Only white space around one of 和 及 与 或 、 in text[from, to) (42580元和23650元, 增长5.2%和7.1%). */
function isJoiner(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isRegexSpace(text.charCodeAt(k))) k++;
  const c = k < to ? text.charCodeAt(k) : NaN;
  if (!(c === 0x548c || c === 0x53ca || c === 0x4e0e || c === 0x6216 || c === 0x3001)) return false;
  k++;
  while (k < to && isRegexSpace(text.charCodeAt(k))) k++;
  return k === to;
}

/** One or two characters and 率 (完成率, 达标率): a rate whose metric is the figure before. */
function isShortRate(label: string): boolean {
  const n = label.length;
  if (n < 1 || n > 3 || label.charCodeAt(n - 1) !== 0x7387) return false;
  for (let k = 0; k < n - 1; k++) {
    const c = label.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return false;
  }
  return true;
}

/** 年产, 日产, 年处理, 日处理, 年发电 at the end: a rate of output, whose noun follows the figure. */
function endsWithOutputRate(s: string): boolean {
  return s.endsWith('年产') || s.endsWith('日产') || s.endsWith('年处理') || s.endsWith('日处理') || s.endsWith('年发电');
}

/** The clause after the one that ends at `pos`, with figures cut out (启动川桥村1.8万亩高标准农田建设 → 启动川桥村高标准农田建设). */
function nextClauseWithoutFigures(text: string, pos: number): string {
  let k = pos;
  const stop = Math.min(text.length, pos + 4);
  while (k < stop && !isClauseBoundary(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  if (!(c === 0xff0c || c === 44)) return '';
  let end = k + 1;
  const limit = Math.min(text.length, end + 30);
  while (end < limit && !isClauseBoundary(text.charCodeAt(end))) end++;
  return withoutFigures(text, k + 1, end);
}

/** Units cut out with the figures of a clause, tried in this order. */
const clauseFigureUnits = ['亩', '个', '家', '平方米', '元', '万元', '户', '人', '吨'];
const isFigureDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || c === 46 || c === 0xff0e;

/** text[from, to) without its figures: digits and dots, then 万 or 亿, then 余 or 多, then one of clauseFigureUnits. */
export function withoutFigures(text: string, from: number, to: number): string {
  let out = '';
  let copied = from;
  for (let k = from; k < to; ) {
    if (!isFigureDigit(text.charCodeAt(k))) { k++; continue; }
    const start = k;
    while (k < to && isFigureDigit(text.charCodeAt(k))) k++;
    let c = k < to ? text.charCodeAt(k) : NaN;
    if (c === 0x4e07 || c === 0x4ebf) c = ++k < to ? text.charCodeAt(k) : NaN; // 万 亿
    if (c === 0x4f59 || c === 0x591a) k++; // 余 多
    for (const unit of clauseFigureUnits) {
      if (k + unit.length <= to && text.startsWith(unit, k)) { k += unit.length; break; }
    }
    out += text.slice(copied, start);
    copied = k;
  }
  return copied === from ? text.slice(from, to) : out + text.slice(copied, to);
}

/** Whether a label holds a word: a Chinese character or a Latin letter, not only digits and signs. */
function namesSomething(label: string): boolean {
  for (let k = 0; k < label.length; k++) {
    const c = label.charCodeAt(k);
    if (c >= 0x3400 || isAsciiLetter(c) || (c >= 0xff21 && c <= 0xff5a)) return true;
  }
  return false;
}

/** The clause that ends just before `clauseStartPos` (its boundary character excluded), up to 40 characters. */
function previousClause(text: string, clauseStartPos: number): string {
  const end = clauseStartPos - 1;
  if (end <= 0 || !isClauseBoundary(text.charCodeAt(end)) || isSentenceBoundary(text.charCodeAt(end))) return '';
  const clause = text.slice(clauseStart(text, end, 40), end);
  return /[0-9０-９]/.test(clause) ? '' : clause;
}

/** Only spaces (or nothing) between two offsets; looks at no more than a few characters. */
function isBlank(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
  return true;
}

/** The comma of 1,263,312 is no clause boundary. */
function isGroupingComma(text: string, k: number): boolean {
  return text.charCodeAt(k) === 44 && isDigitCode(text.charCodeAt(k - 1)) && isDigitCode(text.charCodeAt(k + 1));
}
