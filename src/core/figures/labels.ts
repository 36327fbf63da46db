/**
 * The metric a figure measures, from the words around it: the clause before it (规上工业产值29.74亿元) or, for a
 * count that leads its noun, the noun after it (4个血防工作小组). Strings here are short (one clause), so the
 * patterns below never see more than a few dozen characters.
 */
import { leadingPeriodLength } from './periods';

/** Words between a label and its number that say nothing about the metric (达, 共计, 超 …). */
const trailingFillers = [
  '不少于', '不低于', '不超过', '不高于', '至少', '最多', '最少', '超过', '突破', '将近', '接近', '大约', '约为', '高达', '多达', '已达',
  '能到达', '能达到', '可达到', '到达了', '到达', '达到了', '达到', '达', '为', '是', '了', '共计', '合计', '总计', '累计', '共有', '共', '均', '分别', '增至', '增加到', '提高到',
  '提升到', '提升至', '提高至', '降至', '降到', '下降到', '降低到', '减少到', '上升到', '上升至', '控制在', '稳定在', '保持在', '维持在',
  '控制', '稳定', '保持', '约', '近', '超', '逾', '仅', '各', '的', '有', '在', '数为', '至', '全部', '完成了', '完成', '实现了', '实现',
];

/*
 * Rate words that end a growth figure's label (规上工业增加值增长14.3%): a comparison, 同期, a change word and a tail
 * (较上年同期增长了), or 增幅 增速 降幅 with 为 or not. It was a regular expression:
 *   (?:(?:较上年|…|较|年均|平均)?(?:同期)?(?:增长|…|减)(?:了|幅为|幅达|速为)?|增幅为?|增速为?|降幅为?)$
 */
const growthComparisons = ['较上年', '比上年', '较去年', '比去年', '较年初', '比年初', '较同期', '比同期', '同比', '环比', '较', '年均', '平均'];
const growthChanges = ['增长', '增加', '增产', '增', '下降', '减少', '减产', '降低', '提高', '提升', '上升', '回升', '上涨', '下跌', '回落', '下滑', '减'];
const growthTails = ['', '了', '幅为', '幅达', '速为'];
const growthRates = ['增幅为', '增幅', '增速为', '增速', '降幅为', '降幅', '涨幅为', '涨幅', '跌幅为', '跌幅', '增长率为', '增长率', '同比分别', '同比', '环比'];

/** True when s[a, e) ends with `word`. */
function endsWithIn(s: string, a: number, e: number, word: string): boolean {
  return e - word.length >= a && s.startsWith(word, e - word.length);
}

/** The earliest start of the growth words that end s[a, b), or -1: where the regular expression would have matched. */
export function growthStart(s: string, a: number, b: number): number {
  let start = -1;
  for (const w of growthRates) if (endsWithIn(s, a, b, w)) start = earlierStart(start, b - w.length);
  for (const tail of growthTails) {
    if (!endsWithIn(s, a, b, tail)) continue;
    const e1 = b - tail.length;
    for (const change of growthChanges) {
      if (!endsWithIn(s, a, e1, change)) continue;
      // 新增6个, 净增7家: a count of new things, not a change rate.
      if (change === '增' && e1 - 2 >= a && (s.charCodeAt(e1 - 2) === 0x65b0 || s.charCodeAt(e1 - 2) === 0x51c0)) continue;
      const e2 = e1 - change.length;
      start = earlierStart(start, e2);
      // 同期 or not, then a comparison or not.
      const e3 = endsWithIn(s, a, e2, '同期') ? e2 - 2 : -1;
      if (e3 >= 0) start = earlierStart(start, e3);
      for (const c of growthComparisons) {
        if (endsWithIn(s, a, e2, c)) start = earlierStart(start, e2 - c.length);
        if (e3 >= 0 && endsWithIn(s, a, e3, c)) start = earlierStart(start, e3 - c.length);
      }
      // 比2022年增长, 较2022年同期增长, 比2022年的增长.
      const y = yearComparisonStart(s, a, e3 >= 0 ? e3 : e2);
      if (y >= 0) start = earlierStart(start, y);
    }
  }
  return start;
}

const isAsciiDigitCode = (c: number) => c >= 48 && c <= 57;

/**
 * Where a comparison with a stated year (比2022年, 较2022年的) ends s[a, e), or -1. With the year named, the compared
 * period is not a metric: 比2022年的32.02亿元 is the same metric's earlier value.
 */
export function yearComparisonStart(s: string, a: number, e: number): number {
  if (e - 1 >= a && s.charCodeAt(e - 1) === 0x7684 /* 的 */) e--;
  if (!(e - 1 >= a && s.charCodeAt(e - 1) === 0x5e74 /* 年 */)) return -1;
  let k = e - 1;
  while (k - 1 >= a && isAsciiDigitCode(s.charCodeAt(k - 1))) k--;
  if (e - 1 - k !== 4 || k - 1 < a) return -1;
  const c = s.charCodeAt(k - 1);
  return c === 0x6bd4 /* 比 */ || c === 0x8f83 /* 较 */ ? k - 1 : -1;
}

/** True when a label is only a comparison (比2022年, 较上年): it names the period compared with, not a metric. */
export function isComparisonOnly(label: string): boolean {
  const first = label.charCodeAt(0);
  if (first !== 0x6bd4 && first !== 0x8f83) return false; // 比 较
  // 比2022年的32.02亿元增长53.7%: the change word after the figure may have joined the label.
  let e = label.length;
  for (const c of growthChanges) if (c.length === 2 && label.endsWith(c) && e - 2 > 0) e -= 2;
  return yearComparisonStart(label, 0, e) === 0 || growthComparisonsOnly.has(label.slice(0, e));
}
const growthComparisonsOnly = new Set(['较上年', '比上年', '较去年', '比去年', '较上年同期', '比上年同期', '较去年同期', '比去年同期']);

/** The earlier of two starts, -1 standing for none. */
const earlierStart = (start: number, p: number) => (start < 0 || p < start ? p : start);

/** Words at the start of a clause that are not part of the metric. */
const leadingFillers = [
  '其中', '同时', '另外', '此外', '并且', '并', '而且', '和', '及', '与', '或', '共有', '拥有', '现有', '共计', '合计', '总计', '累计', '共', '已经', '已', '均', '先后', '分别', '通过',
  '目前', '当前', '截至目前', '经统计', '据统计', '今年以来', '全年', '今年', '年内', '年底前', '全镇共', '我镇', '本镇', '全镇', '全县', '全市', '全区', '全乡', '我区',
  '我县', '我市', '我乡', '我街道', '高效', '成功', '顺利', '积极', '持续', '全力', '大力', '深入', '扎实', '稳步', '着力', '努力',
  '进一步', '强力', '力争', '确保', '争取', '预计', '计划', '拟', '完成', '实现', '落实', '加快推进', '加快', '推进', '全面', '基本', '累计完成',
  '还', '又', '也', '再', '就', '在此基础上',
];

/**
 * Verbs that carry no meaning of their own: the label is what follows the last of them (全镇实现规上工业产值):
 * 完成 实现 累计 共计 合计 达到 发放. No two of them overlap, so every occurrence counts.
 */
function isGenericVerbAt(s: string, k: number): boolean {
  const second = s.charCodeAt(k + 1);
  switch (s.charCodeAt(k)) {
    case 0x5b8c: return second === 0x6210; // 完成
    case 0x5b9e: return second === 0x73b0; // 实现
    case 0x7d2f: case 0x5171: case 0x5408: return second === 0x8ba1; // 累计 共计 合计
    case 0x8fbe: return second === 0x5230; // 达到
    case 0x53d1: return second === 0x653e; // 发放
  }
  return false;
}

/** Verbs that a count may follow: 开展4次治超专项行动 → the label is the noun after the count. */
const weakVerbs = new Set(['开展', '推进', '加快推进', '落实', '实施', '完成', '实现', '组织', '打造', '推动', '建立', '形成', '有', '共有']);

/** 行为, 作为, 成为 end in 为 but are words, not a copula (s[a, b) ends with w). */
function keepsWord(s: string, a: number, b: number, w: string): boolean {
  if (w !== '为') return true;
  const c = b - 2 >= a ? s.charCodeAt(b - 2) : NaN;
  return !(c === 0x884c || c === 0x4f5c || c === 0x6210 || c === 0x8ba4 || c === 0x56e0); // 行 作 成 认 因
}

/** 率 量 额 数 after a leading word make it part of the metric (完成率, 共有量). */
const isMetricSuffix = (c: number) => c === 0x7387 || c === 0x91cf || c === 0x989d || c === 0x6570;

/**
 * The sets of characters below, one bit each in a table shared by all of them: a character is looked up once in one
 * table rather than hashed, or looked up in many.
 */
const charSets = new Uint16Array(0x10000);
let nextSetBit = 1;

/** A set of characters by code, a bit of charSets (which has room for 16 sets; this module makes 13). */
class CodeSet {
  readonly bit: number;
  constructor(codes: Iterable<number>) {
    this.bit = nextSetBit;
    nextSetBit <<= 1;
    for (const c of codes) charSets[c] |= this.bit;
  }
  /** NaN (past the end of a string) is in no set. */
  has(c: number): boolean {
    // NaN is no index: a typed array looks it up as a property name, far off the fast path.
    return c < 0x10000 && (charSets[c] & this.bit) !== 0;
  }
}
const codesOf = (chars: string) => new CodeSet([...chars].map((ch) => ch.charCodeAt(0)));

/** Words grouped by their first (or last) character, each group in list order: only one group can match. */
function indexWords(words: readonly string[], atEnd: boolean): Map<number, string[]> {
  const index = new Map<number, string[]>();
  for (const w of words) {
    const c = w.charCodeAt(atEnd ? w.length - 1 : 0);
    const group = index.get(c);
    if (group) group.push(w);
    else index.set(c, [w]);
  }
  return index;
}

/** The characters that some key of the index is: most labels need no lookup. */
const keysOf = (index: Map<number, string[]>) => new CodeSet(index.keys());

/*
 * The clean-up of a label works on a window s[a, b) of the words before a figure and cuts one string at the end.
 * Steps that move both ends leave them in windowStart and windowEnd. A character just outside the window is read
 * as NaN, as it would be past the end of the cut string.
 */
let windowStart = 0;
let windowEnd = 0;

/** Strips words off the end of s[a, b), again and again, the first listed word that fits each time: the new end. */
function stripEnd(s: string, a: number, b: number, index: Map<number, string[]>, keys: CodeSet): number {
  for (let changed = true; changed && b > a; ) {
    changed = false;
    const c = s.charCodeAt(b - 1);
    if (!keys.has(c)) break;
    const group = index.get(c);
    if (!group) break;
    for (let k = 0; k < group.length; k++) {
      const w = group[k];
      // The last character is known to fit: the one before it is compared before the whole word.
      const n = w.length;
      if (b - a >= n && (n === 1 || (s.charCodeAt(b - 2) === w.charCodeAt(n - 2) && s.startsWith(w, b - n))) && keepsWord(s, a, b, w)) {
        b -= w.length;
        changed = true;
        break;
      }
    }
  }
  return b;
}

/** Strips words off the start of s[a, b) as stripEnd does off its end: the new start. */
function stripStart(s: string, a: number, b: number, index: Map<number, string[]>, keys: CodeSet): number {
  for (let changed = true; changed && b > a; ) {
    changed = false;
    const c = s.charCodeAt(a);
    if (!keys.has(c)) break;
    const group = index.get(c);
    if (!group) break;
    for (let k = 0; k < group.length; k++) {
      const w = group[k];
      // The first character is known to fit: the second is compared before the whole word.
      const n = w.length;
      if (b - a >= n && (n === 1 || (s.charCodeAt(a + 1) === w.charCodeAt(1) && s.startsWith(w, a))) && !isMetricSuffix(a + n < b ? s.charCodeAt(a + n) : NaN)) {
        a += w.length;
        changed = true;
        break;
      }
    }
  }
  return a;
}

const trailingFillerIndex = indexWords(trailingFillers, true);
const trailingFillerKeys = keysOf(trailingFillerIndex);
const leadingFillerIndex = indexWords(leadingFillers, false);
const leadingFillerKeys = keysOf(leadingFillerIndex);

/** Parentheses that hold a period or a note ((1-9月), (不含比亚迪)) rather than part of a name ((上官)). */
const noteWords = /[0-9０-９月含]|其中|包括|同比|累计/;

function dropNoteParens(s: string): string {
  if (s.indexOf('(') < 0 && s.indexOf('（') < 0) return s;
  let out = '';
  let open = -1;
  for (let k = 0; k < s.length; k++) {
    const ch = s[k];
    if (ch === '(' || ch === '（') {
      if (open >= 0) out += s.slice(open, k);
      open = k;
    } else if ((ch === ')' || ch === '）') && open >= 0) {
      const inside = s.slice(open + 1, k);
      if (!noteWords.test(inside)) out += s.slice(open, k + 1);
      open = -1;
    } else if (open < 0) out += ch;
  }
  return open >= 0 ? out + s.slice(open) : out;
}
/** A place introduced by a preposition at the start: 在xx镇, 对xx镇, 为全镇. */
const leadingPlace = /^(?:在|对|为|于|向|给)[^，,、]{0,10}?(?:镇|乡|村|街道|社区|区|县|市|园区)(?![级委])/y;
/** The means at the start: 通过管委政府信息公开网, 依托工业在线系统. */
const leadingMeans = /^(?:通过|利用|借助)[^，,、]{1,14}?(?:网站|网|平台|系统|渠道|方式|公众号|APP|app)/y;

export interface BeforeLabel {
  label: string;
  /** The clause ended with a change word: the figure is a growth rate. */
  growth: boolean;
}

/** True for what the regex class \s matches (U+3000 included). */
export function isRegexSpace(c: number): boolean {
  if (c > 0x3000) return c === 0xfeff;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
/** Every code point isRegexSpace is true for, listed: looping over 0..U+3000 to find them costs milliseconds at load. */
export const regexSpaceCodes: readonly number[] = [
  9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];
/** 1 for white space (isRegexSpace) and the parentheses ( （, by character code. */
const spaceOrParen = new CodeSet([...regexSpaceCodes, 40, 0xff08]);
/** The sets (bits of charSets) that some character of s is in: one pass tells which steps of a clean-up can apply. */
function setsIn(s: string, from: number, to: number): number {
  let sets = 0;
  for (let k = from; k < to; k++) sets |= charSets[s.charCodeAt(k)];
  return sets;
}
/** The string without white space; most labels have none, and are returned as they are. */
function squeeze(s: string): string {
  for (let k = 0; k < s.length; k++) if (isRegexSpace(s.charCodeAt(k))) return s.replace(/[\s\u3000]/g, '');
  return s;
}
/** 、，,：:；; spaces: junk at either end. */
function isEdgeJunk(c: number): boolean {
  switch (c) {
    case 0x3001: case 0xff0c: case 44: case 0xff1a: case 58: case 0xff1b: case 59: case 32: case 9: case 0x3000:
      return true;
  }
  return false;
}
/*
 * A window cut at a fixed reach (a clause read back 48 code units, the noun after a figure read 16 on) can split a
 * surrogate pair (😀, 𠀀): a low surrogate at the start or a high one at the end of a window has lost its partner.
 */
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const codesFrom = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
/** Numbers written as one character that open a list item: ① ⑴ ⒈ ❶ ➀ ➊ ㈠ and their runs. */
const isEnumerator = (c: number) => (c >= 0x2460 && c <= 0x249b) || (c >= 0x2776 && c <= 0x2793) || (c >= 0x3220 && c <= 0x3229);
const enumeratorCodes = [...codesFrom(0x2460, 0x249b), ...codesFrom(0x2776, 0x2793), ...codesFrom(0x3220, 0x3229)];
/** Junk at the start: also closing quotes and brackets ” ） ), list bullets - * • · > of Markdown and ① ⑴, half a pair. */
const isLeadingJunk = (c: number) =>
  isEdgeJunk(c) || c === 0x201d || c === 0xff09 || c === 41 || c === 45 || c === 42 || c === 0x2022 || c === 0xb7 || c === 62 || isLowSurrogate(c) ||
  isEnumerator(c);
/** Junk at the end: also opening quotes and brackets “ （ (, half a pair, and a plus sign (网格长+3名). */
const isTrailingJunk = (c: number) => isEdgeJunk(c) || c === 0x201c || c === 0xff08 || c === 40 || c === 43 || c === 0xff0b || isHighSurrogate(c);
/** The characters at which trimPunct may change the start of a string: junk, the digits of a bullet, “ and ". */
const trimmedAtStart = new CodeSet([
  0x3001, 0xff0c, 44, 0xff1a, 58, 0xff1b, 59, 32, 9, 0x3000, 0x201d, 0xff09, 41, 45, 42, 0x2022, 0xb7, 62, 48, 49, 50, 51, 52, 53, 54, 55,
  56, 57, 0x201c, 34, ...codesFrom(0xdc00, 0xdfff), ...enumeratorCodes,
]);
/** The characters at which trimPunct may change the end of a string: junk, ” and ". */
const trimmedAtEnd = new CodeSet([
  0x3001, 0xff0c, 44, 0xff1a, 58, 0xff1b, 59, 32, 9, 0x3000, 0x201c, 0xff08, 40, 43, 0xff0b, 0x201d, 34, ...codesFrom(0xd800, 0xdbff),
]);
/** Trims punctuation at both ends of s[a, b), but keeps a quote whose partner is inside (“红榜”): windowStart, windowEnd. */
function trimWindow(s: string, a: number, b: number): void {
  // Most labels start and end with a word character: nothing to trim.
  if (a >= b || (!trimmedAtStart.has(s.charCodeAt(a)) && !trimmedAtEnd.has(s.charCodeAt(b - 1)))) {
    windowStart = a;
    windowEnd = b;
    return;
  }
  while (a < b && isLeadingJunk(s.charCodeAt(a))) a++;
  // A numbered bullet 1) or 1）.
  let d = a;
  while (d < b && d - a < 3 && s.charCodeAt(d) >= 48 && s.charCodeAt(d) <= 57) d++;
  if (d > a && d < b && (s.charCodeAt(d) === 41 || s.charCodeAt(d) === 0xff09)) a = d + 1;
  while (b > a && isTrailingJunk(s.charCodeAt(b - 1))) b--;
  let c = a < b ? s.charCodeAt(a) : NaN;
  if ((c === 0x201c || c === 34) && !hasCode(s, a + 1, b, 0x201d)) a++;
  c = a < b ? s.charCodeAt(b - 1) : NaN;
  if ((c === 0x201d || c === 34) && !hasCode(s, a, b - 1, 0x201c)) b--;
  windowStart = a;
  windowEnd = b;
}

/** s with punctuation trimmed at both ends (trimWindow). */
export function trimPunct(s: string): string {
  trimWindow(s, 0, s.length);
  return windowStart === 0 && windowEnd === s.length ? s : s.slice(windowStart, windowEnd);
}

/** True when s[from, to) holds the given quote or an ASCII ". */
function hasCode(s: string, from: number, to: number, quote: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === quote || c === 34) return true;
  }
  return false;
}

/** The first characters of the generic verbs (isGenericVerbAt): 完 实 累 共 合 达 发. */
const genericVerbFirst = codesOf('完实累共合达发');
const possessive = codesOf('的');

/** Characters growth words (growthStart) can end with: 了为达长加增降少低高升落滑减幅速产率比别涨跌. */
const growthTailLast = codesOf('了为达长加增降少低高升落滑减幅速产率比别涨跌');

/** The label from the words before a figure (raw[from, to)), and whether they make it a growth rate. */
export function cleanBefore(raw: string, from = 0, to = raw.length): BeforeLabel {
  let sets = setsIn(raw, from, to);
  let s = raw;
  let a = from;
  let b = to;
  if (sets & spaceOrParen.bit) {
    s = dropNoteParens(squeeze(raw.slice(from, to)));
    sets = setsIn(s, 0, s.length);
    a = 0;
    b = s.length;
  }
  // Quotes left at the end: “ " ' ‘
  for (let c = b > a ? s.charCodeAt(b - 1) : NaN; c === 0x201c || c === 34 || c === 39 || c === 0x2018; c = b > a ? s.charCodeAt(b - 1) : NaN) b--;
  b = stripEnd(s, a, b, trailingFillerIndex, trailingFillerKeys);
  let growth = false;
  if (b > a && growthTailLast.has(s.charCodeAt(b - 1))) {
    const g = growthStart(s, a, b);
    if (g >= 0) {
      growth = true;
      b = stripEnd(s, a, g, trailingFillerIndex, trailingFillerKeys);
    }
  }
  trimWindow(s, a, b);
  stripLeading(s, windowStart, windowEnd);
  a = windowStart;
  b = windowEnd;
  // The metric follows the last generic verb (粮食生产全年共完成粮播面积 → 粮播面积), unless that verb names a rate.
  let cut = -1;
  for (let k = sets & genericVerbFirst.bit ? b - 2 : -1; k >= a; k--) {
    if (isGenericVerbAt(s, k) && (k + 2 < b ? s.charCodeAt(k + 2) : NaN) !== 0x7387) { cut = k + 2; break; } // 率
  }
  if (cut > a && cut < b - 1) {
    const subjectFrom = a;
    stripLeading(s, cut, b);
    // 第一产业实现增加值: a metric that names no one's (增加值, 产值, 营收) keeps the subject before the verb.
    const subject = genericMetrics.has(s.slice(windowStart, windowEnd)) ? subjectBefore(s, subjectFrom, cut - 2) : '';
    if (subject) return { label: subject + s.slice(windowStart, windowEnd), growth };
    a = windowStart;
    b = windowEnd;
  }
  // A long clause names the activity after its last 开展/进行 (组织全镇干部职工、志愿者开展义务植树 → 义务植树).
  if (b - a > 14) {
    const k = Math.max(lastIndexIn(s, '开展', a, b), lastIndexIn(s, '进行', a, b));
    if (k > a && k < b - 3) a = k + 2;
  }
  const de = sets & possessive.bit ? s.indexOf('的', a) : -1;
  if (de >= 0 && de < b) return { label: trimPunct(s.slice(a, b).replace(/的/g, '')), growth };
  trimWindow(s, a, b);
  return { label: windowStart === 0 && windowEnd === s.length ? s : s.slice(windowStart, windowEnd), growth };
}

/** Metrics that say whose only with a subject before them. */
const genericMetrics = new Set(['增加值', '产值', '总产值', '营收', '营业收入', '收入', '总收入', '利润', '利润总额', '产量', '总产量', '销售额', '销售收入', '税收']);

/** The subject in s[from, to) before a generic verb, without the words that only lead to the verb (共, 全年, 累计 …); '' when none fits. */
function subjectBefore(s: string, from: number, to: number): string {
  let e = to;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of subjectTails) if (e - w.length >= from && s.startsWith(w, e - w.length)) { e -= w.length; changed = true; break; }
  }
  const n = e - from;
  if (n < 2 || n > 10) return '';
  for (let k = from; k < e; k++) {
    const c = s.charCodeAt(k);
    if (!(c >= 0x4e00 && c <= 0x9fff)) return '';
  }
  return s.slice(from, e);
}
const subjectTails = ['共', '全年', '累计', '已', '预计', '今年', '上半年', '共计', '合计', '分别', '全部', '均'];

/** The offset of the last `word` within s[a, b), or -1. */
function lastIndexIn(s: string, word: string, a: number, b: number): number {
  // A loop bounded by the window: s may be a whole text, which lastIndexOf would search back to its start.
  const first = word.charCodeAt(0);
  for (let k = b - word.length; k >= a; k--) if (s.charCodeAt(k) === first && s.startsWith(word, k)) return k;
  return -1;
}

/** The characters each leading pattern can start with: the patterns are tried only after one of them. */
const periodFirst = codesOf('截今本0123456789一二三四五六七八九十上下前第年半全去〇零');
/** A year with a deadline at the start: 二〇二四年底前, 2024年6月底前. */
// regex-safety: bounded input (a label, at most 48 characters)
const leadingYear = /^(?:20\d\d|[二][〇零○][〇零○一二三四五六七八九]{2})年(?:\d{1,2}月|[一二三四五六七八九十]{1,2}月)?(?:底|初|末|内|年底)?(?:前|以前|之前)?/y;
const meansFirst = codesOf('通利借');
const placeFirst = codesOf('在对为于向给');

const itemNumerals = codesOf('一二三四五六七八九十');
const isItemNumeral = (c: number) => itemNumerals.has(c);

/** The length of the match of the sticky `re` at the start of `s`, or -1; no match array is made. */
function leadingMatch(re: RegExp, s: string): number {
  re.lastIndex = 0;
  return re.test(s) ? re.lastIndex : -1;
}

/** A period (leadingPeriodLength) holds 截, 年, 月 or 季 among its first eight characters (十二-十二月): in s[a, b). */
function periodAnchorNearStart(s: string, a: number, b: number): boolean {
  for (let k = a; k < a + 8 && k < b; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x622a || c === 0x5e74 || c === 0x6708 || c === 0x5b63) return true;
  }
  return false;
}

/**
 * Strips periods, places, means, item markers, filler words and punctuation off the start of s[a, b), again and
 * again: windowStart, windowEnd. The leading patterns run on the window cut out, only after their first characters.
 */
function stripLeading(s: string, a: number, b: number): void {
  for (let changed = true; changed && b > a; ) {
    changed = false;
    const first = s.charCodeAt(a);
    const n = b - a;
    if (periodFirst.has(first)) {
      const p = periodAnchorNearStart(s, a, b) ? leadingPeriodLength(s, a, b) : -1;
      if (p > 0) { a += p; changed = true; continue; }
      // Both forms of leadingYear have 年 fifth.
      const y = n > 4 && s.charCodeAt(a + 4) === 0x5e74 ? leadingMatch(leadingYear, s.slice(a, b)) : -1;
      if (y >= 0 && y < n - 1) { a += y; changed = true; continue; }
    }
    const means = meansFirst.has(first) ? leadingMatch(leadingMeans, s.slice(a, b)) : -1;
    if (means >= 0 && means < n - 1) { a += means; changed = true; continue; }
    const place = placeFirst.has(first) ? leadingMatch(leadingPlace, s.slice(a, b)) : -1;
    if (place >= 0 && place < n - 1) { a += place; changed = true; continue; }
    // 三是选派…: an item marker (一是, 二是) at the start.
    if (n > 3 && s.charCodeAt(a + 1) === 0x662f && isItemNumeral(first)) { a += 2; changed = true; continue; }
    const next = stripStart(s, a, b, leadingFillerIndex, leadingFillerKeys);
    if (next !== a) { a = next; changed = true; }
    trimWindow(s, a, b);
    a = windowStart;
    b = windowEnd;
  }
  windowStart = a;
  windowEnd = b;
}

/** Where the noun after a count stops: a verb or adverb that starts the predicate (19家帮扶企业分别位于). */
const afterStops = ['分别', '均', '全部', '全面', '已', '正在', '共计', '共有', '其中', '并', '都', '达', '的', '等', '全力', '实行', '进行', '累计', '合计', '通过'];
const afterQualifiers = ['以上', '以下', '以内', '左右', '上下', '内'];

const afterStopIndex = indexWords(afterStops, false);
const afterStopKeys = keysOf(afterStopIndex);

/** Punctuation that ends the noun after a figure: ，,。；;：:！!？?、 line breaks ( （ and the table cell ends | and tab. */
const afterPuncts = [0xff0c, 44, 0x3002, 0xff1b, 59, 0xff1a, 58, 0xff01, 33, 0xff1f, 63, 0x3001, 10, 13, 40, 0xff08, 41, 0xff09, 43, 0xff0b, 124, 9];

/** Classes of the characters after a figure that cleanAfter acts on (bits), by character code. */
const AFTER_BREAK = 1; // punctuation (afterPuncts) and digits end the noun
const AFTER_QUOTE = 2; // “ ” "
const AFTER_STOP = 4; // the first characters of afterStops
const AFTER_JOIN = 8; // 和 及 与 或
const AFTER_SPACE = 16; // white space (isRegexSpace), squeezed out
const AFTER_DONE = 32; // 完 of 完成, cut out
const afterClass = new Uint8Array(0x10000);
for (const c of afterPuncts) afterClass[c] |= AFTER_BREAK;
for (let c = 48; c <= 57; c++) afterClass[c] |= AFTER_BREAK;
for (let c = 0xff10; c <= 0xff19; c++) afterClass[c] |= AFTER_BREAK;
for (const c of [0x201c, 0x201d, 34]) afterClass[c] |= AFTER_QUOTE;
for (const c of afterStopIndex.keys()) afterClass[c] |= AFTER_STOP;
for (const c of [0x548c, 0x53ca, 0x4e0e, 0x6216]) afterClass[c] |= AFTER_JOIN;
for (const c of regexSpaceCodes) afterClass[c] |= AFTER_SPACE;
afterClass[0x5b8c] |= AFTER_DONE;

/** True when one of the listed words starts at `pos`. */
function startsWithAny(text: string, pos: number, index: Map<number, string[]>, keys: CodeSet): boolean {
  const c = text.charCodeAt(pos);
  if (!keys.has(c)) return false;
  const group = index.get(c);
  if (!group) return false;
  const second = text.charCodeAt(pos + 1);
  for (let k = 0; k < group.length; k++) {
    const w = group[k];
    // The first character is known to fit.
    if (w.length === 1 || (second === w.charCodeAt(1) && text.startsWith(w, pos))) return true;
  }
  return false;
}

/** The noun phrase right after a figure (its unit already consumed), or "" when punctuation follows. */
export function cleanAfter(text: string, pos: number, limit = 16): string {
  let i = pos;
  const first = text.charCodeAt(i);
  // 以 左 上 内: the first characters of afterQualifiers.
  if (first === 0x4ee5 || first === 0x5de6 || first === 0x4e0a || first === 0x5185) {
    for (const q of afterQualifiers) if (text.startsWith(q, i)) { i += q.length; break; }
  }
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0x3000)) i++;
  if (text.charCodeAt(i) === 0x7684) i++; // 的
  const start = i;
  const end = Math.min(text.length, start + limit);
  let quote = false;
  // The classes of the characters taken: white space and 完 call for more clean-up.
  let seen = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    const ac = afterClass[c];
    if (ac === 0) continue;
    if (ac & AFTER_QUOTE) {
      if (c === 0x201c || (c === 34 && !quote)) quote = true;
      else quote = false;
      continue;
    }
    // Inside a quote punctuation is part of the name, but a line break still ends it: a label is read on its line.
    if (quote && c !== 10 && c !== 13) { seen |= ac; continue; }
    if (ac & AFTER_BREAK) break;
    if (ac & AFTER_STOP && startsWithAny(text, i, afterStopIndex, afterStopKeys)) break;
    // 42580元和23650元: a conjunction right after the figure joins another figure, not a noun.
    if (ac & AFTER_JOIN && i === start) break;
    seen |= ac;
  }
  if (i === start) return '';
  let s = text.slice(start, i);
  if (seen & AFTER_SPACE) s = squeeze(s);
  // 工作/任务 at the end is dropped when something stands before it.
  const n = s.length;
  if (n >= 4 && ((s.charCodeAt(n - 2) === 0x5de5 && s.charCodeAt(n - 1) === 0x4f5c) || (s.charCodeAt(n - 2) === 0x4efb && s.charCodeAt(n - 1) === 0x52a1))) s = s.slice(0, -2);
  if (seen & AFTER_DONE && s.indexOf('完成') >= 0) s = s.replace(/完成(?!率)/g, '');
  return trimPunct(s);
}

/** True when the words before a count are only a verb (新建1栋, 开设3个): the label is verb + noun. */
export function isBareVerb(label: string): boolean {
  // Every verb of the two sets has one to four characters.
  return label.length >= 1 && label.length <= 4 && (weakVerbs.has(label) || bareVerbs.has(label));
}

/** Verbs that a count of things follows (新建1栋, 开设3个, 吸引1300多人); nouns such as 企业 are not among them. */
const bareVerbs = new Set([
  '新建', '开设', '设立', '成立', '创建', '创办', '建成', '建设', '新增', '吸引', '帮助', '引进', '培育', '选树', '推广', '召开', '举办',
  '开工', '改造', '拆除', '发放', '收集', '慰问', '走访', '培训', '组建', '签订', '增设', '配备', '安装', '招引', '储备', '申报', '认定',
  '评选', '表彰', '帮扶', '救助', '接待', '受理', '办结', '化解', '排查', '整改', '查处', '处置', '调解', '摸排', '清理', '整治', '关停',
]);

export function isWeakVerb(label: string): boolean {
  return weakVerbs.has(label);
}

/** A generic noun that needs the metric before it (共计面积430亩 after 5块水稻新品种示范基地). */
export function isGenericNoun(label: string): boolean {
  return label.length >= 2 && label.length <= 3 && genericNouns.has(label);
}
const genericNouns = new Set(['面积', '总面积', '金额', '总金额', '资金', '数量', '总数', '总量', '规模', '产值', '人数', '户数']);

/** Leading adverbs and verbs of a clause that names what money was spent on (实施, 完成, 启动 …). */
const objectAdverbs = ['全面', '加快', '持续', '积极', '大力', '深入', '扎实', '稳步', '着力', '重点', '进一步', '全力'];
const objectVerbs = ['实施', '完成', '启动', '推进', '打造', '开展', '用于', '新建', '建成', '推动', '改造', '实行'];

/** The length of the adverbs (any number) and the verb (one or none) that open s: 全面实施 → 4. */
export function objectVerbLength(s: string): number {
  let k = 0;
  for (let again = true; again; ) {
    again = false;
    for (const w of objectAdverbs) {
      if (s.startsWith(w, k)) {
        k += w.length;
        again = true;
        break;
      }
    }
  }
  for (const w of objectVerbs) if (s.startsWith(w, k)) return k + w.length;
  return k;
}

/** What money was spent on, from the clause after 投资X万元: 实施园区工业一路及配套管网项目建设 → 园区工业一路及配套管网项目. */
export function investmentObject(clause: string, needVerb = false): string {
  const squeezed = squeeze(clause);
  const verb = objectVerbLength(squeezed);
  // The next clause names the object only when it opens with what was done (实施…, 完成…), not with another metric.
  if (needVerb && verb === 0) return '';
  let s = verb > 0 ? squeezed.slice(verb) : squeezed;
  if (s.endsWith('项目建设')) s = s.slice(0, -2);
  if (s.endsWith('工作')) s = s.slice(0, -2);
  else if (s.endsWith('等')) s = s.slice(0, -1);
  return trimPunct(s);
}
