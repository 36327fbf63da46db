import type { Placeholder } from '../types';
import type { Rule } from './rule';
import { isDigitCode } from '../numerals';
import { PlaceholderMessageId } from '../placeholderMessages';
import { recordPlaceholder, reportPlaceholders, type FoundPlaceholders } from '../placeholderFindings';

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWideLetter = (c: number) => (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
const isLetter = (c: number) => isAsciiLetter(c) || isWideLetter(c);
const isAlnum = (c: number) => isLetter(c) || isDigitCode(c);
/** x, X and their full-width forms. */
const isX = (c: number) => c === 0x78 || c === 0x58 || c === 0xff58 || c === 0xff38;
const isCjk = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const isSpace = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
const isLineBreak = (c: number) => c === 10 || c === 13;

/** ASCII punctuation that glues letters and digits into one code, URL, e-mail address or formula. */
const joinerChars = '._/:-+@?=&%#~\\';
/** Joiners after which an x is a variable or part of an address, never a blank. */
const codeJoinerChars = '+@?=&#_\\';

/** Chinese digits and 十百千万亿 that make 〇 a numeral (二〇二三年) and × a multiplication (两×60). */
const numeralChars = '〇零一二三四五六七八九十百千万亿两';

/** Words where a single X is a letter, not a blank: X光, X射线, X线, X型, X轴, X染色体, X刀. */
const xWords = ['光', '射线', '线', '型', '轴', '染色体', '刀'];

/** What a lone D stands for when it replaces 党 (D员, D建, D组织 …); D级, 3D建模 and the like are not among them. */
const partyWords = [
  '员', '建', '组织', '委', '支部', '总支', '工委', '风', '史', '课', '性', '费', '纪', '章', '旗', '徽', '校',
  '务', '政', '中央', '代会', '代表', '小组', '内法规', '外人士', '领导', '的领导', '员干部', '和国家',
];

function startsWithAny(text: string, at: number, words: readonly string[]): string | undefined {
  for (const w of words) if (text.startsWith(w, at)) return w;
  return undefined;
}

/** Character classes, as bits of one table indexed by character code. */
const enum Cls {
  Digit = 1,
  Letter = 2,
  Alnum = 3,
  Joiner = 4,
  CodeJoiner = 8,
  /** ＊ and *, fill characters, 〇 and ×: the other characters a finding can start with. */
  Mark = 16,
  Numeral = 32,
  /** \n and \r: the star runs of a line are judged at its end. */
  LineBreak = 64,
}

/** Fill characters that blank a word when repeated: ○○, □□, △△, 某某. */
const fillCodes = [0x25cb, 0x25ef, 0x25a1, 0x25b3, 0x67d0 /* 某 */];
const isFill = (c: number) => c === 0x25cb || c === 0x25ef || c === 0x25a1 || c === 0x25b3 || c === 0x67d0;

/** The class table once made; read by the checks below, which run only after classes(). */
let cls: Uint8Array;
let classTable: Uint8Array | undefined;
/** The character classes, made at first use (letters, digits and joiners are ASCII or full-width forms). */
function classes(): Uint8Array {
  if (classTable) return classTable;
  const t = new Uint8Array(65536);
  for (const [lo, hi] of [[0, 0x7f], [0xff00, 0xffff]]) {
    for (let c = lo; c <= hi; c++) {
      if (isDigitCode(c)) t[c] |= Cls.Digit;
      else if (isLetter(c)) t[c] |= Cls.Letter;
    }
  }
  // Accented Latin letters and combining marks (pinyin: 繼續(xù)): an x among them is part of a word.
  for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) t[c] |= Cls.Letter;
  for (let c = 0x300; c <= 0x36f; c++) t[c] |= Cls.Letter;
  for (let k = 0; k < joinerChars.length; k++) t[joinerChars.charCodeAt(k)] |= Cls.Joiner;
  for (let k = 0; k < codeJoinerChars.length; k++) t[codeJoinerChars.charCodeAt(k)] |= Cls.CodeJoiner;
  for (const c of [0x2a, 0xff0a, 0x3007, 0xd7, ...fillCodes]) t[c] |= Cls.Mark;
  for (let k = 0; k < numeralChars.length; k++) t[numeralChars.charCodeAt(k)] |= Cls.Numeral;
  t[10] |= Cls.LineBreak;
  t[13] |= Cls.LineBreak;
  classTable = t;
  cls = t;
  return t;
}

let startTable: Uint8Array | undefined;
let startList: number[] = [];
/** Character codes where the scan steps (1): letters, digits, joiners, stars, fill characters, 〇, × and line breaks. */
export function redactionStarts(): Uint8Array {
  if (startTable) return startTable;
  const c = classes();
  const t = new Uint8Array(65536);
  // All of them are ASCII or full-width forms but the marks: only those codes are asked, so that the first check is quick.
  for (const [lo, hi] of [[0, 0x7f], [0xff00, 0xffff]]) {
    for (let k = lo; k <= hi; k++) if ((c[k] & (Cls.Alnum | Cls.Joiner | Cls.LineBreak)) !== 0) startList.push(k);
  }
  startList.push(0x2a, 0xff0a, 0x3007, 0xd7, ...fillCodes);
  startList = [...new Set(startList)];
  for (const k of startList) t[k] = 1;
  startTable = t;
  return t;
}

/** The codes that redactionStarts marks. */
export function redactionStartCodes(): readonly number[] {
  redactionStarts();
  return startList;
}

/** The previous/next non-space character code on the same line, or -1. */
function prevNonSpace(text: string, i: number): number {
  for (let k = i - 1; k >= 0 && k > i - 4; k--) {
    const c = text.charCodeAt(k);
    if (isLineBreak(c)) return -1;
    if (!isSpace(c)) return c;
  }
  return -1;
}
function nextNonSpace(text: string, i: number): number {
  for (let k = i; k < text.length && k < i + 3; k++) {
    const c = text.charCodeAt(k);
    if (isLineBreak(c)) return -1;
    if (!isSpace(c)) return c;
  }
  return -1;
}
const isNumeric = (c: number) => c >= 0 && (isDigitCode(c) || (cls[c] & Cls.Numeral) !== 0);

/** ASCII punctuation that marks an address, e-mail or formula: @ + = ? & # _ \ */
const isCodeMark = (c: number) => c === 0x40 || c === 0x2b || c === 0x3d || c === 0x3f || c === 0x26 || c === 0x23 || c === 0x5f || c === 0x5c;

/** An address, e-mail, formula (3+X, 1+X证书) or code between `start` and `end`: its letters are not blanks. */
function looksLikeCode(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isCodeMark(c)) return true;
    // ://
    if (c === 0x3a && k + 2 < end && text.charCodeAt(k + 1) === 0x2f && text.charCodeAt(k + 2) === 0x2f) return true;
    // www. in any case
    if ((c | 0x20) === 0x77 && k + 3 < end && (text.charCodeAt(k + 1) | 0x20) === 0x77 && (text.charCodeAt(k + 2) | 0x20) === 0x77 && text.charCodeAt(k + 3) === 0x2e) return true;
  }
  return false;
}

/** The end of the letters and digits from `i`. */
function tokenEnd(text: string, i: number, end: number): number {
  while (i < end && (cls[text.charCodeAt(i)] & Cls.Alnum) !== 0) i++;
  return i;
}

/** x+x+x: x's joined by single plus signs, nothing else. */
function onlyXJoinedByPlus(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isX(c)) continue;
    if (c !== 0x2b || k === start || k + 1 >= end || !isX(text.charCodeAt(k - 1)) || !isX(text.charCodeAt(k + 1))) return false;
  }
  return true;
}

/** True when every character in [start, end) is an x. */
function allX(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isX(text.charCodeAt(k))) return false;
  return true;
}

/**
 * xx458元, xx0.9%: a figure whose leading digits were blanked, x's then digits in the token [tStart, tEnd), with a unit
 * or percent after the run (a code such as xx12 is followed by other letters, digits or nothing). The end of the x's,
 * or -1.
 */
function blankedLeadingDigits(text: string, tStart: number, tEnd: number, runEnd: number): number {
  let x = tStart;
  while (x < tEnd && isX(text.charCodeAt(x))) x++;
  if (x === tStart || x === tEnd) return -1;
  for (let k = x; k < tEnd; k++) if (!isDigitCode(text.charCodeAt(k))) return -1;
  const after = text.charCodeAt(runEnd);
  if (after === 0x25 || after === 0xff05) return x;
  // One x before digits and a word is a name as often (x86架构).
  return x - tStart >= 2 && isCjk(after) ? x : -1;
}

/** 〔20xx〕, [201x]: a year with its last digits blanked in a document number's brackets. */
function isYearInBrackets(text: string, tStart: number, tEnd: number): boolean {
  if (tEnd - tStart !== 4 || !(text.startsWith('19', tStart) || text.startsWith('20', tStart))) return false;
  const before = text.charCodeAt(tStart - 1);
  const after = text.charCodeAt(tEnd);
  return (before === 0x3014 && after === 0x3015) || (before === 0x5b && after === 0x5d) || (before === 0xff3b && after === 0xff3d);
}

/**
 * GDPxxxx亿元, CPIxx%: capitals then two or more lowercase x's before a unit or a Chinese word; where the x's start,
 * or -1.
 */
function blankedAfterAbbreviation(text: string, tStart: number, tEnd: number): number {
  let x = tEnd;
  while (x > tStart && text.charCodeAt(x - 1) === 0x78) x--;
  if (tEnd - x < 2 || x - tStart < 2) return -1;
  for (let k = tStart; k < x; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x41 || c > 0x5a) return -1;
  }
  const after = text.charCodeAt(tEnd);
  return isCjk(after) || after === 0x25 || after === 0xff05 ? x : -1;
}

/**
 * A run of letters, digits and joiners (a code, URL, formula or a group of x blanks such as xx.xx or x-x):
 * reports the x runs that are blanks and the lone letters that stand for a word (D员, xS店).
 * Tokens are the maximal runs of letters and digits; they are read twice rather than collected.
 */
function checkLatinRun(text: string, start: number, end: number, out: FoundPlaceholders): void {
  let count = 0;
  let hasWord = false;
  let firstStart = -1;
  let firstEnd = -1;
  let firstDigits = false;
  let lastEnd = -1;
  for (let i = start; i < end; ) {
    if ((cls[text.charCodeAt(i)] & Cls.Alnum) === 0) {
      i++;
      continue;
    }
    const s = i;
    let digits = false;
    while (i < end) {
      const d = text.charCodeAt(i);
      if ((cls[d] & Cls.Alnum) === 0) break;
      if (isDigitCode(d)) digits = true;
      else if (!isX(d)) hasWord = true;
      i++;
    }
    if (count === 0) {
      firstStart = s;
      firstEnd = i;
      firstDigits = digits;
    }
    count++;
    lastEnd = i;
  }
  if (count === 0) return;
  // “x+x+x”工作部署: blanks joined by plus signs, a formula of placeholders.
  if (count > 1 && !hasWord && onlyXJoinedByPlus(text, firstStart, lastEnd)) {
    for (let i = firstStart; i < lastEnd; ) {
      const tEnd = tokenEnd(text, i, lastEnd);
      recordPlaceholder(out, i, tEnd, PlaceholderMessageId.Redaction);
      i = tEnd + 1;
    }
    return;
  }
  if (looksLikeCode(text, firstStart, lastEnd)) return;

  if (count === 1) {
    const tStart = firstStart;
    const tEnd = firstEnd;
    const len = tEnd - tStart;
    const c0 = text.charCodeAt(tStart);
    // D for 党 (D员, 基层D建+D员): a lone capital D before a party word.
    if (len === 1 && (c0 === 0x44 || c0 === 0xff24) && startsWithAny(text, tEnd, partyWords)) {
      recordPlaceholder(out, tStart, tEnd, PlaceholderMessageId.RedactionWord);
      return;
    }
    // xS店 for 4S店.
    if (len === 2 && isX(c0) && (text.charCodeAt(tStart + 1) === 0x53 || text.charCodeAt(tStart + 1) === 0xff33) && text.charCodeAt(tEnd) === 0x5e97 /* 店 */) {
      recordPlaceholder(out, tStart, tStart + 1, PlaceholderMessageId.Redaction);
      return;
    }
    // 20xx年, 202x年: the year's last digits blanked.
    if (firstDigits && !hasWord) {
      let k = tStart;
      while (k < tEnd && isDigitCode(text.charCodeAt(k))) k++;
      if (k - tStart >= 1 && k - tStart <= 3 && k < tEnd && allX(text, k, tEnd) && (text.charCodeAt(tEnd) === 0x5e74 /* 年 */ || isYearInBrackets(text, tStart, tEnd))) recordPlaceholder(out, k, tEnd, PlaceholderMessageId.Redaction);
      else {
        const x = blankedLeadingDigits(text, tStart, tEnd, end);
        if (x > tStart) recordPlaceholder(out, tStart, x, PlaceholderMessageId.Redaction);
      }
      return;
    }
    if (hasWord) {
      // GDPxxxx亿元: an indicator's figure blanked right after its abbreviation.
      const x = blankedAfterAbbreviation(text, tStart, tEnd);
      if (x > 0) recordPlaceholder(out, x, tEnd, PlaceholderMessageId.Redaction);
      return;
    }
    // X光, X射线 …: a letter in a word.
    if (len === 1 && startsWithAny(text, tEnd, xWords) && !text.startsWith('线路', tEnd)) return;
    // 3 x 4: a multiplication sign; "a x b" in Latin text.
    const p = prevNonSpace(text, tStart);
    const n = nextNonSpace(text, tEnd);
    if (isNumeric(p) && isNumeric(n) && (isSpace(text.charCodeAt(tStart - 1)) || isSpace(text.charCodeAt(tEnd)))) return;
    if ((p >= 0 && isAsciiLetter(p)) || (n >= 0 && isAsciiLetter(n))) return;
    recordPlaceholder(out, tStart, tEnd, PlaceholderMessageId.Redaction);
    return;
  }
  // Several tokens joined by punctuation: a code or URL when any has other letters (1133…XW/2024-104525, www.xx.gov.cn).
  if (hasWord) return;
  let dots = 0;
  for (let k = firstStart; k < lastEnd; k++) if (text.charCodeAt(k) === 0x2e) dots++;
  for (let i = start; i < end; ) {
    if ((cls[text.charCodeAt(i)] & Cls.Alnum) === 0) {
      i++;
      continue;
    }
    const tStart = i;
    const tEnd = tokenEnd(text, i, end);
    i = tEnd;
    if (!allX(text, tStart, tEnd)) {
      // xx0.9%: the blanked leading digits of a decimal.
      const x = tStart === firstStart && dots === 1 ? blankedLeadingDigits(text, tStart, tEnd, end) : -1;
      if (x > tStart) recordPlaceholder(out, tStart, x, PlaceholderMessageId.Redaction);
      continue;
    }
    let e = tEnd;
    // A decimal of blanks (xx.xx) is one placeholder; a date of blanks (xxxx.xx.xx) is several.
    if (dots === 1 && text.charCodeAt(tEnd) === 0x2e && tEnd + 1 < end && (cls[text.charCodeAt(tEnd + 1)] & Cls.Alnum) !== 0) {
      const nextEnd = tokenEnd(text, tEnd + 1, end);
      if (allX(text, tEnd + 1, nextEnd)) {
        e = nextEnd;
        i = nextEnd;
      }
    }
    recordPlaceholder(out, tStart, e, PlaceholderMessageId.Redaction);
  }
}

/** A run of ＊ or *: a blank unless it is Markdown emphasis, a bullet, a footnote mark or a multiplication. */
/** What follows stars that blank digits (20**年, 1**万元); before other words a star after digits is a note mark (第1*条). */
const blankedDigitsBefore = '年月日号万亿千百元%％';
const codeIn = (c: number, chars: string) => c >= 0 && chars.indexOf(String.fromCharCode(c)) >= 0;

/** How far after a star another may close it as italics (*重点*); within lineCuts' context, so a cut line reads the same. */
const italicReach = 64;

function checkStars(text: string, start: number, end: number, emphasis: Set<number> | undefined, closedSoon: boolean, out: FoundPlaceholders): void {
  if (emphasis?.has(start)) return;
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  const atLineStart = before < 0 || isLineBreak(before);
  if (atLineStart && (isSpace(after) || after === 0x6ce8 /* 注 */)) return; // bullet or note
  if (isAlnum(after)) return; // 3*4, code
  // After a letter it is code; after digits and before a Chinese word it blanks digits of a year or amount (20**年).
  if (isAlnum(before) && !(isDigitCode(before) && codeIn(after, blankedDigitsBefore))) return;
  // 负责人：***, 同比增长*。: a blank before punctuation or the line's end, after a label's colon or a verb that takes a value.
  if ((after < 0 || isLineBreak(after) || isClausePunct(after) || after === 0x3001) && !atLineStart && blankBeforeStop(text, start, before)) {
    recordPlaceholder(out, start, end, PlaceholderMessageId.Redaction);
    return;
  }
  if (isSpace(after)) return; // a * b, a list bullet
  // After a space: *重点* is italics when another star follows soon on the line; alone (， *镇锚定) it is a blank.
  if (isSpace(before) && closedSoon) return;
  // Blanks sit before a measure word or a name: the character after must be Chinese (or %).
  if (!(isCjk(after) || after === 0x25 || after === 0xff05)) return;
  // 注, 带*号的, *表示: a footnote or key mark.
  if (after === 0x6ce8 /* 注 */ || after === 0x53f7 /* 号 */ || text.startsWith('表示', end) || '带标加打'.includes(text[start - 1])) return;
  recordPlaceholder(out, start, end, PlaceholderMessageId.Redaction);
}

/** Verbs that take a number right after them: a star between one and punctuation stands for the number. */
const valueVerbs = ['增长', '增加', '下降', '减少', '提高', '提升', '达到', '为', '达', '完成', '实现', '共计', '合计', '累计', '约', '超过', '同比', '环比'];

/** Whether the stars at `start` (before a stop) follow a colon (姓名：***) or a verb that takes a value (增长*。). */
function blankBeforeStop(text: string, start: number, before: number): boolean {
  let k = start;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  const c = k > 0 ? text.charCodeAt(k - 1) : -1;
  if (c === 0xff1a || c === 0x3a) return isCjk(text.charCodeAt(k - 2));
  if (k !== start) return false;
  for (const v of valueVerbs) if (k >= v.length && text.startsWith(v, k - v.length)) return isCjk(before);
  return false;
}

/**
 * Markdown emphasis delimiters of one line, fed its star runs in order: a run of two or more '*' opens, the next run
 * of the same length closes (**重点** is emphasis, not a blank). `open` is the opening run still waiting, or -1.
 */
export class EmphasisPairing {
  open = -1;
  private openLen = 0;
  /** Delimiters found paired, or undefined while none is. */
  paired: Set<number> | undefined;

  /** Feeds the star run text[start, end) (of '*' and '＊'). */
  feed(text: string, start: number, end: number): void {
    for (let i = start; i < end; ) {
      if (text.charCodeAt(i) !== 0x2a) {
        i++;
        continue;
      }
      let j = i;
      while (j < end && text.charCodeAt(j) === 0x2a) j++;
      const len = j - i;
      const nextC = j < text.length ? text.charCodeAt(j) : -1;
      const prevC = i > 0 ? text.charCodeAt(i - 1) : -1;
      // 20**年至20**年: stars that blank digits neither open nor close emphasis.
      if (isDigitCode(prevC) && codeIn(nextC, blankedDigitsBefore)) {
        i = j;
        continue;
      }
      if (this.open >= 0 && len === this.openLen && prevC >= 0 && !isSpace(prevC) && i - (this.open + this.openLen) >= 2 && !blanksAClause(text, this.open + this.openLen, i, nextC, len)) {
        this.paired ??= new Set();
        this.paired.add(this.open);
        this.paired.add(i);
        this.open = -1;
      } else if (len >= 2 && nextC >= 0 && !isSpace(nextC) && !isLineBreak(nextC)) {
        this.open = i;
        this.openLen = len;
      }
      i = j;
    }
  }
}

/**
 * Whether a closing run at `close`, with `nextC` after it, reads as a second blank rather than the end of emphasis:
 * set in a word (Chinese on both sides), followed by what followed the opening run or made of three stars or more,
 * after a span that holds clause punctuation (推进**员活动：组织开展各类**员活动). Bold set in a word wraps a phrase
 * (要**坚持稳中求进，推动高质量发展**的), and bold that wraps a sentence ends with its punctuation.
 */
function blanksAClause(text: string, from: number, close: number, nextC: number, runLength: number): boolean {
  if (!isCjk(text.charCodeAt(close - 1)) || !isCjk(nextC)) return false;
  // Two blanks of one word read the same after both runs (**员活动 … **员活动); *** and more is no bold.
  if (nextC !== text.charCodeAt(from) && runLength < 3) return false;
  for (let k = from; k < close; k++) if (isClausePunct(text.charCodeAt(k))) return true;
  return false;
}

/** ，,；;：:。！!？? — not 、, which lists words inside one phrase. */
const isClausePunct = (c: number) =>
  c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0x3002 || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f;

/** Positions of the emphasis delimiters among the star runs of one line (start and end, in order), or undefined. */
function emphasisOf(text: string, runs: readonly number[]): Set<number> | undefined {
  const pairing = new EmphasisPairing();
  for (let r = 0; r < runs.length; r += 2) pairing.feed(text, runs[r], runs[r + 1]);
  return pairing.paired;
}

/** 年月日号时分 */
const isDateUnit = (c: number) => c === 0x5e74 || c === 0x6708 || c === 0x65e5 || c === 0x53f7 || c === 0x65f6 || c === 0x5206;

function checkFillRun(text: string, start: number, end: number, out: FoundPlaceholders): void {
  const c = text.charCodeAt(start);
  const len = end - start;
  if (c === 0x67d0 /* 某 */) {
    if (len >= 2) recordPlaceholder(out, start, end, PlaceholderMessageId.Redaction);
    return;
  }
  if (len >= 2) {
    recordPlaceholder(out, start, end, PlaceholderMessageId.Redaction);
    return;
  }
  // A single ○ or □ is a bullet or a check box (□是 □否) unless it blanks part of a date (○月○日).
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  if ((c === 0x25cb || c === 0x25ef) && (isDateUnit(after) && (isCjk(before) || isDigitCode(before)))) recordPlaceholder(out, start, end, PlaceholderMessageId.Redaction);
}

/** 〇 is a numeral next to other numerals (二〇二三年); a run of them alone blanks a name or number. */
function checkZeroRun(text: string, start: number, end: number, out: FoundPlaceholders): void {
  if (end - start < 2) return;
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  if (isNumeric(before) || isNumeric(after)) return;
  recordPlaceholder(out, start, end, PlaceholderMessageId.Redaction);
}

/** × runs: ×× blanks a name; a single × blanks one unless it multiplies (2×60万千瓦, 长×宽). */
function checkTimesRun(text: string, start: number, end: number, out: FoundPlaceholders): void {
  const p = prevNonSpace(text, start);
  const n = nextNonSpace(text, end);
  if (end - start >= 2) {
    if (!(isNumeric(p) && isNumeric(n))) recordPlaceholder(out, start, end, PlaceholderMessageId.Redaction);
    return;
  }
  // ×% and ×亿元 after a word: the number blanked (再提高×%, 发放救助资金×亿元); 2×60万千瓦 multiplies.
  if (!isNumeric(p) && !(p >= 0 && isLetter(p)) && (n === 0x25 || n === 0xff05 || ((n === 0x4e07 || n === 0x4ebf) && isCjk(text.charCodeAt(end + 1))))) {
    recordPlaceholder(out, start, end, PlaceholderMessageId.Redaction);
    return;
  }
  if (isNumeric(p) || isNumeric(n) || (p >= 0 && isLetter(p)) || (n >= 0 && isLetter(n))) return;
  if (p >= 0 && '长宽高厚深径'.includes(String.fromCharCode(p))) return;
  if (n >= 0 && '长宽高厚深径'.includes(String.fromCharCode(n))) return;
  if (n < 0 || !isCjk(n)) return;
  recordPlaceholder(out, start, end, PlaceholderMessageId.Redaction);
}

/** One scan of a text for redactions: `step` is called at each start character past the last run. */
export class RedactionScan {
  private readonly cls = classes();
  /** The star runs of the current line, start and end: whether they are emphasis is known at the line's end. */
  private readonly stars: number[] = [];
  constructor(
    private text: string,
    private out: FoundPlaceholders,
  ) {}

  /** Starts a scan of another text with this instance (see sharedScans in placeholders.ts); '' and [] let go of the last. */
  restart(text: string, out: FoundPlaceholders): this {
    this.text = text;
    this.out = out;
    this.stars.length = 0;
    return this;
  }

  /** Checks the run that starts at `i` (a start character); returns where the next run may start. */
  step(i: number): number {
    const text = this.text;
    const cls = this.cls;
    const n = text.length;
    const c = text.charCodeAt(i);
    const k = cls[c];
    if ((k & Cls.Alnum) !== 0 || ((k & Cls.Joiner) !== 0 && i + 1 < n && (cls[text.charCodeAt(i + 1)] & Cls.Alnum) !== 0)) {
      let j = i;
      let seen = 0;
      while (j < n) {
        const d = cls[text.charCodeAt(j)];
        if ((d & Cls.Alnum) !== 0) {
          seen |= d;
          j++;
        } else if ((d & Cls.Joiner) !== 0 && j + 1 < n && (cls[text.charCodeAt(j + 1)] & (Cls.Alnum | Cls.Joiner)) !== 0) j++;
        else break;
      }
      // Digits and joiners alone (2023, 3.5, 10-20) are numbers, never blanks.
      if ((seen & Cls.Letter) === 0) return j;
      // Include a joiner right before the run (+D员, .com) so that code context is seen.
      const from = i > 0 && (cls[text.charCodeAt(i - 1)] & Cls.CodeJoiner) !== 0 && isAlnum(text.charCodeAt(i - 2)) ? i - 1 : i;
      checkLatinRun(text, from, j, this.out);
      return j;
    }
    let j = i + 1;
    if ((k & Cls.LineBreak) !== 0) this.finishLine();
    else if (c === 0x2a || c === 0xff0a) {
      while (j < n && (text.charCodeAt(j) === 0x2a || text.charCodeAt(j) === 0xff0a)) j++;
      this.stars.push(i, j);
    } else if (isFill(c)) {
      while (j < n && text.charCodeAt(j) === c) j++;
      checkFillRun(text, i, j, this.out);
    } else if (c === 0x3007) {
      while (j < n && text.charCodeAt(j) === c) j++;
      checkZeroRun(text, i, j, this.out);
    } else if (c === 0xd7) {
      while (j < n && text.charCodeAt(j) === c) j++;
      checkTimesRun(text, i, j, this.out);
    }
    return j;
  }

  /** Checks the star runs of the line that ends here; called at each line break and at the end of the text. */
  finishLine(): void {
    const stars = this.stars;
    if (stars.length === 0) return;
    const emphasis = emphasisOf(this.text, stars);
    for (let k = 0; k < stars.length; k += 2) {
      const closeAfter = k + 2 < stars.length && stars[k + 2] - stars[k + 1] <= italicReach;
      checkStars(this.text, stars[k], stars[k + 1], emphasis, closeAfter, this.out);
    }
    stars.length = 0;
  }
}

/** Blanks left in the text: XX, xx.xx, x-x, ×××, *家, ○○, □□, 某某, D员 (党员), xS店 (4S店). */
export const redactionRule: Rule<Placeholder> = {
  id: 'redaction',
  description: 'Placeholders and redaction marks left in the text (XX, xx.xx, ×××, *, ○○, □□, 某某, D员 for 党员).',
  defaultSeverity: 'warning',
  check(ctx, report) {
    const text = ctx.text;
    const found: FoundPlaceholders = [];
    const scan = new RedactionScan(text, found);
    const starts = redactionStarts();
    for (let i = 0; i < text.length; ) i = starts[text.charCodeAt(i)] === 0 ? i + 1 : scan.step(i);
    scan.finishLine();
    reportPlaceholders(text, found, 'redaction', report);
  },
};
