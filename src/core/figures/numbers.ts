/**
 * Reading the number at the start of a figure: Arabic (1,263,312.05; full-width ３３．５; ranges 5-10) and Chinese
 * (七百, 二十, 一百一十三, 两; a trailing 万/亿 is split off as the scale). Every reader moves forward only.
 */
import { isDigitCode, parseChineseNumeralAt } from '../numerals';
import type { Scale } from './units';

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  valueTo: number | undefined;
  /** A 万/亿 split off the end of a Chinese numeral (三十万 → 三十 + 万). */
  scale: Scale | undefined;
  /** Written with Arabic digits. */
  arabic: boolean;
  /** Looks like a date or code (2024-01-10, 3.1.2): never a figure. */
  code: boolean;
}

/**
 * The token the readers return: one object, overwritten by every read (the scan reads thousands of numbers and holds
 * one token at a time). A caller that needs a token past the next read copies what it needs.
 */
const token: NumberToken = { start: 0, end: 0, value: 0, valueTo: undefined, scale: undefined, arabic: false, code: false };

function numberToken(
  start: number, end: number, value: number, valueTo: number | undefined, scale: Scale | undefined, arabic: boolean, code: boolean,
): NumberToken {
  token.start = start;
  token.end = end;
  token.value = value;
  token.valueTo = valueTo;
  token.scale = scale;
  token.arabic = arabic;
  token.code = code;
  return token;
}

const digitOf = (c: number) => (c >= 0xff10 ? c - 0xff10 : c - 48);
const isDot = (c: number) => c === 46 || c === 0xff0e;
/** - － — – ~ ～ 至 到 between the two numbers of a range. */
const isRangeSeparator = (c: number) =>
  c === 45 || c === 0xff0d || c === 0x2014 || c === 0x2013 || c === 126 || c === 0xff5e || c === 0x81f3 || c === 0x5230;

const powersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

/** The value of the decimal the last readDecimal read: kept out of a result object, as the scan reads many numbers. */
let decimalValue = 0;

/**
 * Reads an unsigned decimal at `pos` (which holds a digit) into decimalValue; returns where it ends. Thousands commas
 * only in well-formed groups.
 */
function readDecimal(text: string, pos: number): number {
  let i = pos;
  // Plain ASCII digits (the usual case) are parsed from the text itself; other forms are spelled out first.
  let plain = true;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) {
    if (text.charCodeAt(i) > 57) plain = false;
    i++;
  }
  let intDigits = i - pos;
  // 1,263,312: a comma then exactly three digits; the first group has at most three digits.
  let grouped = false;
  if (intDigits <= 3) {
    while (
      text.charCodeAt(i) === 44 &&
      isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) && isDigitCode(text.charCodeAt(i + 3)) &&
      !isDigitCode(text.charCodeAt(i + 4))
    ) {
      grouped = true;
      intDigits += 3;
      i += 4;
    }
  }
  let fracStart = -1;
  if (isDot(text.charCodeAt(i)) && isDigitCode(text.charCodeAt(i + 1))) {
    if (text.charCodeAt(i) !== 46) plain = false;
    fracStart = ++i;
    while (i < text.length && isDigitCode(text.charCodeAt(i))) {
      if (text.charCodeAt(i) > 57) plain = false;
      i++;
    }
  }
  if (plain && !grouped) {
    // Up to 15 digits an integer is exact in a double; anything else goes through Number() as before.
    if (fracStart < 0 && intDigits <= 15) {
      let v = 0;
      for (let k = pos; k < i; k++) v = v * 10 + (text.charCodeAt(k) - 48);
      decimalValue = v;
      return i;
    }
    // Up to 15 digits in all, digits / 10^k is one correctly rounded division of exact numbers: what Number() reads.
    if (fracStart >= 0 && i - pos - 1 <= 15) {
      let m = 0;
      for (let k = pos; k < i; k++) if (k !== fracStart - 1) m = m * 10 + (text.charCodeAt(k) - 48);
      decimalValue = m / powersOfTen[i - fracStart];
      return i;
    }
    decimalValue = Number(text.slice(pos, i));
    return i;
  }
  let s = '';
  for (let k = pos; k < i; k++) {
    const c = text.charCodeAt(k);
    if (isDigitCode(c)) s += digitOf(c);
    else if (k === fracStart - 1) s += '.';
  }
  decimalValue = Number(s);
  return i;
}

/** An Arabic number or range at `pos`, which holds a digit (the shared token, see numberToken). */
export function readArabic(text: string, pos: number): NumberToken {
  const firstEnd = readDecimal(text, pos);
  const value = decimalValue;
  let end = firstEnd;
  let valueTo: number | undefined;
  let code = false;
  const sep = text.charCodeAt(firstEnd);
  if (isRangeSeparator(sep) && isDigitCode(text.charCodeAt(firstEnd + 1))) {
    const secondEnd = readDecimal(text, firstEnd + 1);
    end = secondEnd;
    valueTo = decimalValue;
    // A third part (2024-01-10) or a second part that is smaller is a date or a code, not a range.
    const after = text.charCodeAt(secondEnd);
    if ((isRangeSeparator(after) || isDot(after) || after === 47) && isDigitCode(text.charCodeAt(secondEnd + 1))) code = true;
  }
  // 3.1.2 and 1.2.3.4 are section numbers or versions.
  if (isDot(text.charCodeAt(end)) && isDigitCode(text.charCodeAt(end + 1))) code = true;
  return numberToken(pos, end, value, valueTo, undefined, true, code);
}

/** 1 for the digits 〇零一二三四五六七八九两, 2 for the units 十百千万亿, 0 for anything else; by character code. */
function numeralKind(c: number): number {
  switch (c) {
    case 0x3007: case 0x96f6: case 0x4e00: case 0x4e8c: case 0x4e09: case 0x56db: case 0x4e94: case 0x516d: case 0x4e03:
    case 0x516b: case 0x4e5d: case 0x4e24:
      return 1;
    case 0x5341: case 0x767e: case 0x5343: case 0x4e07: case 0x4ebf:
      return 2;
  }
  return 0;
}

/** A character that can be part of a Chinese numeral. */
export function isChineseNumeralCode(c: number): boolean {
  // Every numeral character but 〇 lies in 一..零; one comparison settles most characters.
  return (c >= 0x4e00 || c === 0x3007) && c <= 0x96f6 && numeralKind(c) !== 0;
}

const scaleWan: Scale = { text: '万', factor: 1e4 };
const scaleYi: Scale = { text: '亿', factor: 1e8 };
const scaleWanYi: Scale = { text: '万亿', factor: 1e12 };

/**
 * A Chinese numeral at `pos`, with a trailing 万/亿/万亿 split off as scale (一百一十三亿 → 113 + 亿).
 * Returns the whole run with value NaN when it is not a well-formed numeral (二三, 百万 alone). The shared token, see numberToken.
 */
export function readChinese(text: string, pos: number): NumberToken {
  let end = pos;
  while (end < text.length && isChineseNumeralCode(text.charCodeAt(end))) end++;
  // A numeral run longer than a real number is prose or a list; read no further than 12 characters.
  if (end - pos > 12) return numberToken(pos, end, NaN, undefined, undefined, false, false);
  let bodyEnd = end;
  let scale: Scale | undefined;
  const last = text.charCodeAt(end - 1);
  if (end - pos > 1 && last === 0x4ebf && text.charCodeAt(end - 2) === 0x4e07) {
    scale = scaleWanYi;
    bodyEnd -= 2;
  } else if (end - pos > 1 && (last === 0x4e07 || last === 0x4ebf)) {
    scale = last === 0x4e07 ? scaleWan : scaleYi;
    bodyEnd -= 1;
  }
  // Only unit characters (百, 千, 万, 百万) are words such as 百万员工 and 万人; 十 alone is ten.
  let hasDigit = false;
  for (let k = pos; k < bodyEnd && !hasDigit; k++) hasDigit = numeralKind(text.charCodeAt(k)) === 1;
  if (!hasDigit && !(bodyEnd > pos && text.charCodeAt(pos) === 0x5341)) return numberToken(pos, end, NaN, undefined, undefined, false, false);
  const value = parseChineseNumeralAt(text, pos, bodyEnd);
  if (value === null) return numberToken(pos, end, NaN, undefined, undefined, false, false);
  return numberToken(pos, end, value, undefined, scale, false, false);
}
