/**
 * Periods stated for figures (1-9月, 上半年, 截至七月份, 全年, 2023年) and the words that mark them.
 * Periods are only ever looked for in a short window before a figure, never over a whole line.
 */

/*
 * A period expression P, read by hand (it was a regular expression; the comments give its parts):
 *   截[至止]((今年|本年|当年|Y年)[底末] | (今年|本年|当年|Y年)?(N月(份|底|末|中旬|上旬|下旬)?|目前|年底|上半年|第?[一二三四]季度末?|前三季度))
 *   | (今年|本年|Y年)? N [-－—–~～至] N 月份?
 *   | (Y年)? (上半年|下半年|前三季度|第?[一二三四]季度)
 *   | 今年以来 | 年初以来 | 半年来 | 全年(?!目标的|任务的) | 今年 | 本年度 | (?<![比较同与是])去年
 *   | (?<![比较与])(?<![0-9０-９年][-－—–~～至])(Y年?[-－—–~～至])?Y年度?
 * where a digit D is [0-9０-９], Y is 20DD (２０DD as well), and N is D{1,2} or [一二三四五六七八九十]{1,3}. The first of these parts that matches is taken, each part taking
 * its optional prefix when the rest still matches after it, as a backtracking regular expression does. Matching reads only
 * s[from, to): what lies outside is as absent as past the end of a string. The functions below return where a match
 * starting at `i` ends, or -1.
 */

/** 0-9 and the full-width ０-９, as a year or month is typed in either. */
const isDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
const isQuarterNumeral = (c: number) => c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db; // 一二三四
/** - － — – ~ ～ 至 between the two months of a range. */
const isMonthRangeSeparator = (c: number) =>
  c === 45 || c === 0xff0d || c === 0x2014 || c === 0x2013 || c === 126 || c === 0xff5e || c === 0x81f3;

/** s[i] and s[i + 1] are `first` and `second` within s[.., to). */
function pairAt(s: string, i: number, to: number, first: number, second: number): boolean {
  return i + 1 < to && s.charCodeAt(i) === first && s.charCodeAt(i + 1) === second;
}

/**
 * N: one or two digits, or one to three numerals 一 to 十. What follows N is never a digit or a numeral, so the
 * whole run must be short enough: a longer one leaves no way to match.
 */
function monthNumberEnd(s: string, i: number, to: number): number {
  if (i >= to) return -1;
  const c = s.charCodeAt(i);
  let k = i + 1;
  if (isDigit(c)) {
    while (k < to && isDigit(s.charCodeAt(k))) k++;
    return k - i <= 2 ? k : -1;
  }
  if (!isMonthNumeral(c)) return -1;
  while (k < to && isMonthNumeral(s.charCodeAt(k))) k++;
  return k - i <= 3 ? k : -1;
}

/** Y: 20DD, the digits ASCII or full-width. */
function yearDigitsEnd(s: string, i: number, to: number): number {
  if (i + 3 >= to) return -1;
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  return (a === 50 || a === 0xff12) && (b === 48 || b === 0xff10) && isDigit(s.charCodeAt(i + 2)) && isDigit(s.charCodeAt(i + 3)) ? i + 4 : -1;
}

/** Y年 */
function yearEnd(s: string, i: number, to: number): number {
  const y = yearDigitsEnd(s, i, to);
  return y > 0 && y < to && s.charCodeAt(y) === 0x5e74 ? y + 1 : -1;
}

/** (Y年?[-－—–~～至])?Y年度? at i, the range only: 2021—2025年, 2021年至2025年度. */
function yearRangeEnd(s: string, i: number, to: number): number {
  let k = yearDigitsEnd(s, i, to);
  if (k < 0) return -1;
  if (k < to && s.charCodeAt(k) === 0x5e74) k++;
  if (!(k < to && isMonthRangeSeparator(s.charCodeAt(k)))) return -1;
  const e = yearEnd(s, k + 1, to);
  if (e < 0) return -1;
  return e < to && s.charCodeAt(e) === 0x5ea6 ? e + 1 : e;
}

/** 第?[一二三四]季度, and 末 after it when `end` is allowed. */
function quarterEnd(s: string, i: number, to: number, withEnd: boolean): number {
  let k = i;
  if (k < to && s.charCodeAt(k) === 0x7b2c) k++; // 第
  if (!(k + 2 < to && isQuarterNumeral(s.charCodeAt(k)) && s.charCodeAt(k + 1) === 0x5b63 && s.charCodeAt(k + 2) === 0x5ea6)) return -1;
  k += 3;
  return withEnd && k < to && s.charCodeAt(k) === 0x672b ? k + 1 : k; // 末
}

/** 前三季度 */
function firstThreeQuartersEnd(s: string, i: number, to: number): number {
  return i + 3 < to && s.charCodeAt(i) === 0x524d && s.charCodeAt(i + 1) === 0x4e09 && s.charCodeAt(i + 2) === 0x5b63 &&
    s.charCodeAt(i + 3) === 0x5ea6 ? i + 4 : -1;
}

/** 上半年 or 下半年 (`first` 上 or 下). */
function halfYearEnd(s: string, i: number, to: number): number {
  if (!(i + 2 < to && s.charCodeAt(i + 1) === 0x534a && s.charCodeAt(i + 2) === 0x5e74)) return -1;
  const c = s.charCodeAt(i);
  return c === 0x4e0a || c === 0x4e0b ? i + 3 : -1;
}

/** What follows 截至 (and its year, if any): N月(份|底|末|中旬|上旬|下旬)? | 目前 | 年底 | 上半年 | 第?[一二三四]季度末? | 前三季度. */
function untilEnd(s: string, i: number, to: number): number {
  const n = monthNumberEnd(s, i, to);
  if (n > 0 && n < to && s.charCodeAt(n) === 0x6708) { // 月
    const k = n + 1;
    if (k >= to) return k;
    const c = s.charCodeAt(k);
    if (c === 0x4efd || c === 0x5e95 || c === 0x672b) return k + 1; // 份 底 末
    if ((c === 0x4e2d || c === 0x4e0a || c === 0x4e0b) && k + 1 < to && s.charCodeAt(k + 1) === 0x65ec) return k + 2; // 中旬 上旬 下旬
    return k;
  }
  if (pairAt(s, i, to, 0x76ee, 0x524d)) return i + 2; // 目前
  if (pairAt(s, i, to, 0x5e74, 0x5e95)) return i + 2; // 年底
  if (i < to && s.charCodeAt(i) === 0x4e0a && halfYearEnd(s, i, to) > 0) return i + 3; // 上半年
  const q = quarterEnd(s, i, to, true);
  if (q > 0) return q;
  return firstThreeQuartersEnd(s, i, to);
}

/** N [-－—–~～至] N 月份? */
function monthRangeEnd(s: string, i: number, to: number): number {
  const a = monthNumberEnd(s, i, to);
  if (a < 0 || a >= to || !isMonthRangeSeparator(s.charCodeAt(a))) return -1;
  const b = monthNumberEnd(s, a + 1, to);
  if (b < 0 || b >= to || s.charCodeAt(b) !== 0x6708) return -1;
  return b + 1 < to && s.charCodeAt(b + 1) === 0x4efd ? b + 2 : b + 1; // 份
}

/** 上半年 | 下半年 | 前三季度 | 第?[一二三四]季度 */
function partOfYearEnd(s: string, i: number, to: number): number {
  const h = halfYearEnd(s, i, to);
  if (h > 0) return h;
  const f = firstThreeQuartersEnd(s, i, to);
  if (f > 0) return f;
  return quarterEnd(s, i, to, false);
}

/** 今年, 本年 or, when `current` (当年 after 截至), 当年: the year a period is in. */
function thisYearEnd(s: string, i: number, to: number, current: boolean): number {
  if (!(i + 1 < to && s.charCodeAt(i + 1) === 0x5e74)) return yearEnd(s, i, to);
  const c = s.charCodeAt(i);
  return c === 0x4eca || c === 0x672c || (current && c === 0x5f53) ? i + 2 : -1; // 今 本 当
}

/** The characters a period expression can start with, by character code. */
const periodStart = new Uint8Array(0x10000);
for (const ch of '截今本0123456789０１２３４５６７８９一二三四五六七八九十上下前第年半全去') periodStart[ch.charCodeAt(0)] = 1;

/** Where the period expression P starting at s[i] ends within s[from, to), or -1. */
export function periodEnd(s: string, i: number, from: number, to: number): number {
  if (i >= to) return -1;
  const c = s.charCodeAt(i);
  if (periodStart[c] !== 1) return -1;
  if (c === 0x622a) { // 截[至止]
    if (i + 1 >= to) return -1;
    const d = s.charCodeAt(i + 1);
    if (d !== 0x81f3 && d !== 0x6b62) return -1;
    const y = thisYearEnd(s, i + 2, to, true);
    if (y > 0) {
      const end = y < to ? s.charCodeAt(y) : NaN;
      if (end === 0x5e95 || end === 0x672b) return y + 1; // 截至2023年底, 截至今年末
      const e = untilEnd(s, y, to);
      if (e > 0) return e;
    }
    return untilEnd(s, i + 2, to);
  }
  switch (c) {
    // Characters that start one part only.
    case 0x4e0a: case 0x4e0b: case 0x524d: case 0x7b2c: // 上 下 前 第
      return partOfYearEnd(s, i, to);
    case 0x5e74: // 年初以来
      return pairAt(s, i + 1, to, 0x521d, 0x4ee5) && i + 3 < to && s.charCodeAt(i + 3) === 0x6765 ? i + 4 : -1;
    case 0x534a: // 半年来
      return pairAt(s, i + 1, to, 0x5e74, 0x6765) ? i + 3 : -1;
    case 0x5168: // 全年, not before 目标的 任务的 (完成全年目标的50%)
      if (!(i + 1 < to && s.charCodeAt(i + 1) === 0x5e74)) return -1;
      return (pairAt(s, i + 2, to, 0x76ee, 0x6807) || pairAt(s, i + 2, to, 0x4efb, 0x52a1)) && i + 4 < to && s.charCodeAt(i + 4) === 0x7684 ? -1 : i + 2;
    case 0x53bb: { // 去年, not after 比 较 同 与 是 (与去年持平, 是去年的1.3倍)
      if (!(i + 1 < to && s.charCodeAt(i + 1) === 0x5e74)) return -1;
      const b = i - 1 >= from ? s.charCodeAt(i - 1) : NaN;
      return b === 0x6bd4 || b === 0x8f83 || b === 0x540c || b === 0x4e0e || b === 0x662f ? -1 : i + 2;
    }
  }
  // (今年|本年|20\d\d年)? N-N月份?
  const y = thisYearEnd(s, i, to, false);
  if (y > 0) {
    const e = monthRangeEnd(s, y, to);
    if (e > 0) return e;
  }
  const r = monthRangeEnd(s, i, to);
  if (r > 0) return r;
  // (20\d\d年)? part of a year
  const year = yearEnd(s, i, to);
  if (year > 0) {
    const e = partOfYearEnd(s, year, to);
    if (e > 0) return e;
  }
  const part = partOfYearEnd(s, i, to);
  if (part > 0) return part;
  switch (c) {
    case 0x4eca: // 今年以来, 今年
      if (!(i + 1 < to && s.charCodeAt(i + 1) === 0x5e74)) return -1;
      return pairAt(s, i + 2, to, 0x4ee5, 0x6765) ? i + 4 : i + 2;
    case 0x672c: // 本年度
      return pairAt(s, i + 1, to, 0x5e74, 0x5ea6) ? i + 3 : -1;
  }
  // (?<![比较与])(Y年?[-－—–~～至])?Y年度?: 比2022年 names the year compared with, not the figure's period.
  const b = i - 1 >= from ? s.charCodeAt(i - 1) : NaN;
  if (b === 0x6bd4 || b === 0x8f83 || b === 0x4e0e) return -1;
  // (?<![0-9０-９年][-－—–~～至]): the second year of a range whose start was refused (比2021-2023年).
  if (isMonthRangeSeparator(b) && i - 2 >= from && (isDigit(s.charCodeAt(i - 2)) || s.charCodeAt(i - 2) === 0x5e74)) return -1;
  const range = yearRangeEnd(s, i, to);
  if (range > 0) return range;
  return year > 0 ? (year < to && s.charCodeAt(year) === 0x5ea6 ? year + 1 : year) : -1;
}

/**
 * The length of a period expression at the start of s[from, to), with the words after it that belong to it
 * (以来 来 内 底 初 中 末), or -1: the period to strip off the start of a label.
 */
export function leadingPeriodLength(s: string, from: number, to: number): number {
  const e = periodEnd(s, from, from, to);
  if (e < 0) return -1;
  if (e >= to) return e - from;
  const c = s.charCodeAt(e);
  if (c === 0x4ee5) return e + 1 < to && s.charCodeAt(e + 1) === 0x6765 ? e + 2 - from : e - from; // 以来
  return c === 0x6765 || c === 0x5185 || c === 0x5e95 || c === 0x521d || c === 0x4e2d || c === 0x672b ? e + 1 - from : e - from;
}

/**
 * How far past its start an attempt to read a period (periodEnd) can look: its longest match is 14 characters, and
 * an optional tail looks at one more; the rest is margin. An attempt that starts at least this far before the end of a window
 * comes out the same in every longer window of the same sentence.
 */
const PERIOD_REACH = 24;

/** Where the period scan of a sentence left off, so that the next figure of the sentence scans only what is new. */
export interface PeriodScan {
  /** The offset of the sentence start the scan is for; -1 for none. */
  from: number;
  /** The window offset the scan goes on from: every attempt before it is settled. */
  resume: number;
  /** The last settled period before `resume`, or "". */
  last: string;
}

export const newPeriodScan = (): PeriodScan => ({ from: -1, resume: 0, last: '' });

/**
 * findPeriod(window) for the window text[from, from + window.length), going on from where the scan of a shorter
 * window starting at the same offset left off (windows of one sentence are asked for in increasing length).
 */
export function findPeriodIn(window: string, from: number, scan: PeriodScan, skipTo = 0, length = window.length): string {
  return periodsIn(window, 0, window.length, from, scan, skipTo, length);
}

/**
 * findPeriodIn for the window s[base, end) (offsets below are from base), whose scan is keyed by `from`; the window
 * is not cut out of s.
 */
function periodsIn(s: string, base: number, end: number, from: number, scan: PeriodScan, skipTo: number, length: number): string {
  if (scan.from !== from || scan.resume > length) {
    scan.from = from;
    scan.resume = 0;
    scan.last = '';
  }
  let last = scan.last;
  let settled = scan.last;
  let resume = scan.resume;
  // Attempts before skipTo cannot match (the caller knows there is no 截, 年, 月 or 季 within reach of them).
  for (let i = base + Math.max(resume, skipTo); i < end; ) {
    // Most characters start no period: they are passed over without a call.
    const c = s.charCodeAt(i);
    if (periodStart[c] !== 1 || (c === 0x5e74 && s.charCodeAt(i + 1) !== 0x521d)) {
      i++;
      continue;
    }
    const e = periodEnd(s, i, base, end);
    if (e < 0) {
      i++;
      continue;
    }
    last = s.slice(i, e);
    // Matches come in order: once one starts too near the end to be settled, so do all after it.
    if (i - base + PERIOD_REACH <= length) {
      settled = last;
      resume = e - base;
    }
    i = e;
  }
  scan.last = settled;
  // Attempts between the last settled match and PERIOD_REACH before the end failed, and fail in longer windows too.
  scan.resume = Math.max(resume, length - PERIOD_REACH + 1);
  return last;
}

/**
 * True when the 截, 年, 月 or 季 at `k` can be part of a period expression, by its neighbours: 截 before 至 or 止;
 * 年 after 今 本 当 全 去 半 or a digit, or before 底 or 初; 月 after a digit or 一 to 十; 季 before 度. Most are not
 * (3年, 6个月, 年产), and a window without such anchors is not searched.
 */
export function isPeriodAnchor(text: string, k: number): boolean {
  switch (text.charCodeAt(k)) {
    case 0x622a: { // 截
      const next = text.charCodeAt(k + 1);
      return next === 0x81f3 || next === 0x6b62;
    }
    case 0x5e74: { // 年
      const prev = text.charCodeAt(k - 1);
      if (isDigit(prev) || prev === 0x4eca || prev === 0x672c || prev === 0x5f53 || prev === 0x5168 || prev === 0x53bb || prev === 0x534a) return true;
      const next = text.charCodeAt(k + 1);
      return next === 0x5e95 || next === 0x521d;
    }
    case 0x6708: { // 月
      const prev = text.charCodeAt(k - 1);
      return isDigit(prev) || isMonthNumeral(prev);
    }
    case 0x5b63: // 季
      return text.charCodeAt(k + 1) === 0x5ea6;
  }
  return false;
}

/** 一 to 十, the Chinese numerals of a month. */
function isMonthNumeral(c: number): boolean {
  switch (c) {
    case 0x4e00: case 0x4e8c: case 0x4e09: case 0x56db: case 0x4e94: case 0x516d: case 0x4e03: case 0x516b: case 0x4e5d: case 0x5341:
      return true;
  }
  return false;
}

/** A period (periodEnd) holds its first 截, 年, 月 or 季 at most this far from its start (2021—2025年). */
const ANCHOR_REACH = 10;
/** A period (periodEnd) ends at most this far after its last 截, 年, 月 or 季 (截至目前, 年初以来). */
const ANCHOR_TAIL = 3;

/**
 * findPeriodIn for the window text[from, to), given anchors[0, end): the offsets of 截, 年, 月 and 季 before `to` that
 * isPeriodAnchor accepts, ascending. Every period holds one, so where none lies past the settled part of the scan the window is not even cut
 * out, and the search starts within reach of the first one.
 */
export function findPeriodInText(text: string, from: number, to: number, anchors: readonly number[], end: number, scan: PeriodScan): string {
  const n = to - from;
  if (scan.from !== from || scan.resume > n) {
    scan.from = from;
    scan.resume = 0;
    scan.last = '';
  }
  const resumeAt = from + scan.resume;
  if (end === 0 || anchors[end - 1] < resumeAt) {
    scan.resume = Math.max(scan.resume, n - PERIOD_REACH + 1);
    return scan.last;
  }
  let first = end - 1;
  while (first > 0 && anchors[first - 1] >= resumeAt) first--;
  // The window is cut where no period can reach (a period has no look-ahead, as the expression had none); the scan
  // is kept for the whole window, whose attempts come out the same.
  const cut = Math.min(to, anchors[end - 1] + 1 + ANCHOR_TAIL);
  return periodsIn(text, from, cut, from, scan, anchors[first] - ANCHOR_REACH - from, n);
}

/** The period stated in `window` (the sentence before a figure), or "". */
export function findPeriod(window: string): string {
  let last = '';
  for (let i = 0; i < window.length; ) {
    const e = periodEnd(window, i, 0, window.length);
    if (e < 0) {
      i++;
      continue;
    }
    last = window.slice(i, e);
    i = e;
  }
  return last;
}
