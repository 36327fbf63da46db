/**
 * Periods stated for figures (1-9月, 上半年, 截至七月份, 全年, 2023年) and the words that mark them.
 * The patterns only ever run over a short window before a figure, never over a whole line.
 */

/** Period expressions anywhere in a short string; the last one is the period of a figure that follows it. */
// regex-safety: bounded input (the sentence before a figure, at most 120 characters)
const periodAnywhere = /截[至止](?:今年|本年|当年|20\d\d年)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|底|末|中旬|上旬|下旬)?|目前|年底|上半年|第?[一二三四]季度末?|前三季度)|(?:今年|本年|20\d\d年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[-－—–~～至](?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?|(?:20\d\d年)?(?:上半年|下半年|前三季度|第?[一二三四]季度)|今年以来|年初以来|半年来|全年|今年|本年度|(?<![比较同])去年|20\d\d年度?/g;
/** A period expression at the start of a label, to be stripped (sticky: test from lastIndex 0, read the length off lastIndex). */
// regex-safety: bounded input (a label, at most 48 characters)
export const leadingPeriod = /^(?:截[至止](?:今年|本年|当年|20\d\d年)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|底|末|中旬|上旬|下旬)?|目前|年底|上半年|第?[一二三四]季度末?|前三季度)|(?:今年|本年|20\d\d年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[-－—–~～至](?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?|(?:20\d\d年)?(?:上半年|下半年|前三季度|第?[一二三四]季度)|今年以来|年初以来|半年来|全年|今年|本年度|(?<![比较同])去年|20\d\d年度?)(?:以来|来|内|底|初|中|末)?/y;

/**
 * How far past its start an attempt of periodAnywhere can look: its longest match is 14 characters, and an optional
 * tail looks at one more; the rest is margin. An attempt that starts at least this far before the end of a window
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
  if (scan.from !== from || scan.resume > length) {
    scan.from = from;
    scan.resume = 0;
    scan.last = '';
  }
  let last = scan.last;
  let settled = scan.last;
  let resume = scan.resume;
  // Attempts before skipTo cannot match (the caller knows there is no 截, 年, 月 or 季 within reach of them).
  periodAnywhere.lastIndex = Math.max(resume, skipTo);
  for (let m = periodAnywhere.exec(window); m; m = periodAnywhere.exec(window)) {
    last = m[0];
    // Matches come in order: once one starts too near the end to be settled, so do all after it.
    if (m.index + PERIOD_REACH <= length) {
      settled = m[0];
      resume = m.index + m[0].length;
    }
    if (m[0].length === 0) periodAnywhere.lastIndex++;
  }
  scan.last = settled;
  // Attempts between the last settled match and PERIOD_REACH before the end failed, and fail in longer windows too.
  scan.resume = Math.max(resume, length - PERIOD_REACH + 1);
  return last;
}

/**
 * True when the 截, 年, 月 or 季 at `k` can be part of a match of periodAnywhere, by its neighbours: 截 before 至 or 止;
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
      if ((prev >= 48 && prev <= 57) || prev === 0x4eca || prev === 0x672c || prev === 0x5f53 || prev === 0x5168 || prev === 0x53bb || prev === 0x534a) return true;
      const next = text.charCodeAt(k + 1);
      return next === 0x5e95 || next === 0x521d;
    }
    case 0x6708: { // 月
      const prev = text.charCodeAt(k - 1);
      return (prev >= 48 && prev <= 57) || isMonthNumeral(prev);
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

/** A match of periodAnywhere holds its first 截, 年, 月 or 季 at most this far from its start (十二-十二月). */
const ANCHOR_REACH = 7;
/** A match of periodAnywhere ends at most this far after its last 截, 年, 月 or 季 (截至目前, 年初以来). */
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
  // The window is cut where no match can reach (nothing in periodAnywhere looks ahead); the scan is kept for the whole
  // window, whose attempts come out the same.
  const cut = Math.min(to, anchors[end - 1] + 1 + ANCHOR_TAIL);
  return findPeriodIn(text.slice(from, cut), from, scan, anchors[first] - ANCHOR_REACH - from, n);
}

/** The period stated in `window` (the sentence before a figure), or "". */
export function findPeriod(window: string): string {
  let last = '';
  periodAnywhere.lastIndex = 0;
  for (let m = periodAnywhere.exec(window); m; m = periodAnywhere.exec(window)) {
    last = m[0];
    if (m[0].length === 0) periodAnywhere.lastIndex++;
  }
  return last;
}
