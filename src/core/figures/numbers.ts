/**
 * Reading the number at the start of a figure: Arabic (1,263,312.05; full-width ３３．５; ranges 5-10) and Chinese
 * (七百, 二十, 一百一十三, 两; a trailing 万/亿 is split off as the scale). Every reader moves forward only.
 */
import { isDigitCode, parseChineseNumeral } from '../numerals';
import type { Scale } from './units';

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  valueTo?: number;
  /** A 万/亿 split off the end of a Chinese numeral (三十万 → 三十 + 万). */
  scale?: Scale;
  /** Written with Arabic digits. */
  arabic: boolean;
  /** Looks like a date or code (2024-01-10, 3.1.2): never a figure. */
  code?: boolean;
}

const digitOf = (c: number) => (c >= 0xff10 ? c - 0xff10 : c - 48);
const isDot = (c: number) => c === 46 || c === 0xff0e;
const rangeSeparators = new Set([...'-－—–~～至到'].map((c) => c.charCodeAt(0)));

/** Reads an unsigned decimal at `pos` (which holds a digit); thousands commas only in well-formed groups. */
function readDecimal(text: string, pos: number): { end: number; value: number; intDigits: number } {
  let i = pos;
  let s = '';
  while (i < text.length && isDigitCode(text.charCodeAt(i))) s += digitOf(text.charCodeAt(i++));
  // 1,263,312: a comma then exactly three digits; the first group has at most three digits.
  if (s.length <= 3) {
    while (
      text.charCodeAt(i) === 44 &&
      isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) && isDigitCode(text.charCodeAt(i + 3)) &&
      !isDigitCode(text.charCodeAt(i + 4))
    ) {
      for (let k = i + 1; k < i + 4; k++) s += digitOf(text.charCodeAt(k));
      i += 4;
    }
  }
  const intDigits = s.length;
  if (isDot(text.charCodeAt(i)) && isDigitCode(text.charCodeAt(i + 1))) {
    s += '.';
    i++;
    while (i < text.length && isDigitCode(text.charCodeAt(i))) s += digitOf(text.charCodeAt(i++));
  }
  return { end: i, value: Number(s), intDigits };
}

/** An Arabic number or range at `pos`, which holds a digit. */
export function readArabic(text: string, pos: number): NumberToken {
  const first = readDecimal(text, pos);
  const token: NumberToken = { start: pos, end: first.end, value: first.value, arabic: true };
  const sep = text.charCodeAt(first.end);
  if (rangeSeparators.has(sep) && isDigitCode(text.charCodeAt(first.end + 1))) {
    const second = readDecimal(text, first.end + 1);
    token.end = second.end;
    token.valueTo = second.value;
    // A third part (2024-01-10) or a second part that is smaller is a date or a code, not a range.
    const after = text.charCodeAt(second.end);
    if ((rangeSeparators.has(after) || isDot(after) || after === 47) && isDigitCode(text.charCodeAt(second.end + 1))) token.code = true;
  }
  // 3.1.2 and 1.2.3.4 are section numbers or versions.
  if (isDot(text.charCodeAt(token.end)) && isDigitCode(text.charCodeAt(token.end + 1))) token.code = true;
  return token;
}

const chineseDigits = '〇零一二三四五六七八九两';
const chineseUnits = '十百千万亿';
/** A character that can be part of a Chinese numeral. */
export function isChineseNumeralCode(c: number): boolean {
  return numeralCodes.has(c);
}
const numeralCodes = new Set([...chineseDigits, ...chineseUnits].map((ch) => ch.charCodeAt(0)));

/**
 * A Chinese numeral at `pos`, with a trailing 万/亿/万亿 split off as scale (一百一十三亿 → 113 + 亿).
 * Returns the whole run with value NaN when it is not a well-formed numeral (二三, 百万 alone).
 */
export function readChinese(text: string, pos: number): NumberToken {
  let end = pos;
  while (end < text.length && isChineseNumeralCode(text.charCodeAt(end))) end++;
  // A numeral run longer than a real number is prose or a list; read no further than 12 characters.
  const run = text.slice(pos, Math.min(end, pos + 12));
  const bad: NumberToken = { start: pos, end, value: NaN, arabic: false };
  if (end - pos > 12) return bad;
  let body = run;
  let scale: Scale | undefined;
  if (body.length > 1 && body.endsWith('万亿')) {
    scale = { text: '万亿', factor: 1e12 };
    body = body.slice(0, -2);
  } else if (body.length > 1 && (body.endsWith('万') || body.endsWith('亿'))) {
    scale = body.endsWith('万') ? { text: '万', factor: 1e4 } : { text: '亿', factor: 1e8 };
    body = body.slice(0, -1);
  }
  // Only unit characters (百, 千, 万, 百万) are words such as 百万员工 and 万人; 十 alone is ten.
  if (![...body].some((ch) => chineseDigits.includes(ch)) && !body.startsWith('十')) return bad;
  const value = parseChineseNumeral(body);
  if (value === null) return bad;
  return { start: pos, end, value, scale, arabic: false };
}
