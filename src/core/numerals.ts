/** Chinese and Arabic numerals <-> numbers: 十一, 二十, 〇, 两, 七百多, 一百一十三, full-width digits, circled numbers. */

const digitValues: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const smallUnits: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const bigUnits: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** True for a character that can be part of a Chinese numeral (digits and 十百千万亿). */
export function isChineseNumeralChar(ch: string): boolean {
  return ch in digitValues || ch in smallUnits || ch in bigUnits;
}

/** isChineseNumeralChar by character code, for scanners that read codes. */
export function isChineseNumeralCode(c: number): boolean {
  return chineseDigitOfCode(c) >= 0 || chineseUnitOfCode(c) > 0;
}

/** True for 一..九, 〇/零 and 两. */
export function isChineseDigit(ch: string): boolean {
  return ch in digitValues;
}

/**
 * The value of a Chinese numeral ("十一" → 11, "二十" → 20, "一百一十三" → 113, "二〇二三" → 2023 read digit by digit,
 * "1.5万" is not handled here). Returns null when the string is not a well-formed numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  // Digit-by-digit form (二〇二三, 一九九八): no unit characters at all.
  if (s.length > 1 && [...s].every((c) => c in digitValues) && !s.includes('两')) {
    let v = 0;
    for (const c of s) v = v * 10 + digitValues[c];
    return v;
  }
  let total = 0; // completed 万/亿 groups
  let section = 0; // current group below 万
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const c of s) {
    if (c in digitValues) {
      if (digit !== null && digit !== 0 && digitValues[c] !== 0) return null; // two digits in a row ("二三") is a list, not a number
      digit = digitValues[c];
    } else if (c in smallUnits) {
      const unit = smallUnits[c];
      if (unit >= lastUnit) return null;
      section += (digit ?? (unit === 10 ? 1 : NaN)) * unit;
      if (Number.isNaN(section)) return null;
      digit = null;
      lastUnit = unit;
    } else if (c in bigUnits) {
      const unit = bigUnits[c];
      section += digit ?? 0;
      if (section === 0) return null;
      total = (total + section) * unit;
      section = 0;
      digit = null;
      lastUnit = Infinity;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

/** 0..9 for a Chinese digit code (〇 零 一 … 九, 壹 … 玖, 两), -1 otherwise. */
function chineseDigitOfCode(c: number): number {
  switch (c) {
    case 0x3007: case 0x96f6: return 0; // 〇 零
    case 0x4e00: case 0x58f9: return 1; // 一 壹
    case 0x4e8c: case 0x8d30: case 0x4e24: return 2; // 二 贰 两
    case 0x4e09: case 0x53c1: return 3; // 三 叁
    case 0x56db: case 0x8086: return 4; // 四 肆
    case 0x4e94: case 0x4f0d: return 5; // 五 伍
    case 0x516d: case 0x9646: return 6; // 六 陆
    case 0x4e03: case 0x67d2: return 7; // 七 柒
    case 0x516b: case 0x634c: return 8; // 八 捌
    case 0x4e5d: case 0x7396: return 9; // 九 玖
  }
  return -1;
}
/** 10, 100, 1000 for 十拾 百佰 千仟; 1e4, 1e8 for 万 亿; 0 otherwise. */
function chineseUnitOfCode(c: number): number {
  switch (c) {
    case 0x5341: case 0x62fe: return 10;
    case 0x767e: case 0x4f70: return 100;
    case 0x5343: case 0x4edf: return 1000;
    case 0x4e07: return 1e4;
    case 0x4ebf: return 1e8;
  }
  return 0;
}

/**
 * parseChineseNumeral over `text.slice(start, end)` without allocating: the same values and the same nulls.
 * For scanners that read numerals in place (heading markers).
 */
export function parseChineseNumeralAt(text: string, start: number, end: number): number | null {
  if (end <= start) return null;
  // Digit-by-digit form (二〇二三): every character a digit, no 两.
  if (end - start > 1) {
    let v = 0;
    let allDigits = true;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      const d = chineseDigitOfCode(c);
      if (d < 0 || c === 0x4e24) {
        allDigits = false;
        break;
      }
      v = v * 10 + d;
    }
    if (allDigits) return v;
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastUnit = Infinity;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    const d = chineseDigitOfCode(c);
    if (d >= 0) {
      if (digit > 0 && d !== 0) return null;
      digit = d;
      continue;
    }
    const unit = chineseUnitOfCode(c);
    if (unit === 0) return null;
    if (unit < 1e4) {
      if (unit >= lastUnit) return null;
      if (digit < 0 && unit !== 10) return null;
      section += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
      lastUnit = unit;
    } else {
      section += digit < 0 ? 0 : digit;
      if (section === 0) return null;
      total = (total + section) * unit;
      section = 0;
      digit = -1;
      lastUnit = Infinity;
    }
  }
  return total + section + (digit < 0 ? 0 : digit);
}

/** The Chinese numeral for a positive integer below 10^8, as written in headings (11 → 十一, 20 → 二十, 105 → 一百零五). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e8) return String(n);
  if (n === 0) return '〇';
  const digits = '〇一二三四五六七八九';
  // Heading numbers are small: 1..99 without the general case's arrays.
  if (n < 10) return digits[n];
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const units = n % 10;
    return (tens === 1 ? '' : digits[tens]) + '十' + (units ? digits[units] : '');
  }
  const below10000 = (v: number, leadingOne: boolean): string => {
    const units = ['千', '百', '十', ''];
    const parts = [Math.floor(v / 1000), Math.floor(v / 100) % 10, Math.floor(v / 10) % 10, v % 10];
    let out = '';
    let zero = false;
    parts.forEach((d, i) => {
      if (d === 0) {
        if (out) zero = true;
        return;
      }
      if (zero) out += '零';
      zero = false;
      out += d === 1 && units[i] === '十' && !out && leadingOne ? '十' : digits[d] + units[i];
    });
    return out;
  };
  if (n < 1e4) return below10000(n, true);
  const high = Math.floor(n / 1e4);
  const low = n % 1e4;
  return below10000(high, true) + '万' + (low ? (low < 1000 ? '零' : '') + below10000(low, false) : '');
}

/** Full-width digits and the full-width full stop become ASCII ("１２．５" → "12.5"). */
export function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** True for 0-9 and full-width ０-９. */
export function isDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

const circledStart = [
  [0x2460, 1, 20], // ①..⑳
  [0x3251, 21, 35], // ㉑..㉟
  [0x32b1, 36, 50], // ㊱..㊿
] as const;

/** ① → 1 … ㊿ → 50; null for any other character. */
export function parseCircled(ch: string): number | null {
  const code = ch.charCodeAt(0);
  for (const [start, from, to] of circledStart) {
    if (code >= start && code <= start + (to - from)) return from + code - start;
  }
  return null;
}

/** 1 → ① … 50 → ㊿; the number in parentheses past that. */
export function toCircled(n: number): string {
  for (const [start, from, to] of circledStart) {
    if (n >= from && n <= to) return String.fromCharCode(start + n - from);
  }
  return `(${n})`;
}
