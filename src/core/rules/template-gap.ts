import type { Placeholder } from '../types';
import type { Rule } from './rule';
import { PlaceholderMessageId } from '../placeholderMessages';
import { recordPlaceholder, reportPlaceholders, type FoundPlaceholders } from '../placeholderFindings';

const closers: Record<string, string> = { '【': '】', '〔': '〕', '[': ']', '（': '）', '(': ')', '「': '」', '〖': '〗', '『': '』', '［': '］' };
/** How far a prompt may run inside its brackets. */
const maxInner = 24;

/** A prompt left by a template: 待补充, 待填, 请填写, 此处插入 … */
const promptPattern = /^(?:此处)?(?:待|请|需)(?:补充|补全|补齐|填写|填入|填报|填|完善|核实|核对|确认|更新|统计|提供|插入|修改|录入)|^此处(?:填写|插入|补充)/;

const isLineBreak = (c: string) => c === '\n' || c === '\r';

/**
 * A field a template names in square brackets: [姓名], 【单位名称】, [填写会议地点], [上级部门/领导]. A prompt verb
 * starts it or a field noun ends it; only Han words (and / 、 及 或 和 between them) are inside.
 */
const fieldPattern =
  /^(?:(?:填写|填入|输入|列出|写明|注明|简述|概述|描述)[\u4e00-\u9fff/、]{1,14}|[\u4e00-\u9fff/、]{0,12}(?:姓名|名称|日期|时间|内容|地点|地址|金额|数额|数量|人数|数字|数据|决议|结果|原因|领导|部门|电话|号码|编号|职务|年份|月份|事项|标题|题目|负责人|联系人))$/;
/** Brackets that hold a field: parentheses explain words in prose ((单位名称) is rare, (以下简称…) common). */
const isFieldOpener = (c: number) => c === 91 || c === 0xff3b || c === 0x3010;

/** The start of the line holding `i`. */
function lineStart(text: string, i: number): number {
  let k = i;
  while (k > 0 && !isLineBreak(text[k - 1]) && i - k < 8) k--;
  return k;
}

/** The first characters a prompt can start with (此, 待, 请, 需): without one, the prompt pattern cannot match. */
const isPromptStart = (c: number) => c === 0x6b64 || c === 0x5f85 || c === 0x8bf7 || c === 0x9700;

const isBlankCode = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 95 || c === 0xff3f;
const isLineBreakCode = (c: number) => c === 10 || c === 13;

/**
 * Brackets with nothing inside or with a template prompt; returns the end of the gap, or -1.
 * Markdown task boxes (- [ ]) and empty link targets ([text]()) are not gaps.
 */
function bracketGap(text: string, i: number, closerCodes: Uint16Array): number {
  const open = text.charCodeAt(i);
  const close = closerCodes[open];
  let j = i + 1;
  let blank = true;
  let prompt = false;
  while (j < text.length && j - i <= maxInner + 1) {
    const d = text.charCodeAt(j);
    if (d === close || isLineBreakCode(d) || closerCodes[d] !== 0) break;
    if (!isBlankCode(d)) blank = false;
    if (isPromptStart(d)) prompt = true;
    j++;
  }
  if (text.charCodeAt(j) !== close) return -1;
  if (!blank && isFieldOpener(open) && isTemplateField(text, i, j)) return j + 1;
  if (blank) {
    if (open === 40 /* ( */ && text.charCodeAt(i - 1) === 93 /* ] */) return -1;
    if (open === 91 /* [ */) {
      const before = text.slice(lineStart(text, i), i);
      if (/^\s*(?:[-*+]|\d+[.)])\s+$/.test(before)) return -1;
    }
    return j + 1;
  }
  return prompt && promptPattern.test(text.slice(i + 1, j).trim()) ? j + 1 : -1;
}

/**
 * The brackets [i, j] name a field to fill in. Not a field: a label at a line start before its value (【时间】：…,
 * 【工作内容】 with text after it) or Markdown link text ([名称](…), [名称][1]).
 */
function isTemplateField(text: string, i: number, j: number): boolean {
  const inner = text.slice(i + 1, j);
  if (!fieldPattern.test(inner)) return false;
  let k = j + 1;
  while (k < text.length && isBlankCode(text.charCodeAt(k)) && k - j < 4) k++;
  const next = text.charCodeAt(k);
  if (next === 40 || next === 91) return false;
  let s = i;
  while (s > 0 && isBlankCode(text.charCodeAt(s - 1))) s--;
  const atLineStart = s === 0 || isLineBreakCode(text.charCodeAt(s - 1)) || isLinePrefixCode(text.charCodeAt(s - 1));
  if (!atLineStart) return true;
  // At a line start: a field alone on its line ([单位名称] under a letter), not a label (【时间】：…, 【主要内容】).
  return (k >= text.length || isLineBreakCode(next)) && !sectionLabelEnding.test(inner);
}

/** Endings that name a section as well as a field: at a line start, 【主要内容】 is a label. */
const sectionLabelEnding = /(?:内容|结果|事项|决议|原因|标题|题目|数据)$/;

/** Characters a list line starts with before its label (- 【…】, * […], > […]). */
const isLinePrefixCode = (c: number) => c === 45 || c === 42 || c === 43 || c === 62 || c === 0x2022 || c === 0xb7;

let closerTable: Uint16Array | undefined;
/** The closing bracket for each opening one, by character code (0: not an opening bracket), made at first use. */
function closerCodes(): Uint16Array {
  if (closerTable) return closerTable;
  const t = new Uint16Array(65536);
  for (const [open, close] of Object.entries(closers)) t[open.charCodeAt(0)] = close.charCodeAt(0);
  closerTable = t;
  return t;
}

/** Units and date parts after which two underscores blank a number (__init__ and __重点__ stay). */
const numberBlankUnits = new Set([...'年月日号时分个人家项次万亿元%％']);
function isNumberBlank(text: string, i: number, j: number): boolean {
  const before = text.charCodeAt(i - 1);
  const beforeOk = (before >= 48 && before <= 57) || isHanCode(before);
  return beforeOk && numberBlankUnits.has(text[j] ?? '');
}

let startTable: Uint8Array | undefined;
/** Inside 《…》 on its line, looking back at most 40 characters. */
function inTitle(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 40; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x300a) return true;
    if (c === 0x300b || c === 10 || c === 13) return false;
  }
  return false;
}

const isHanCode = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** Character codes where a gap can start (1): openers and underscores. */
export function templateGapStarts(): Uint8Array {
  if (startTable) return startTable;
  const t = new Uint8Array(65536);
  for (const c of templateGapStartCodes()) t[c] = 1;
  startTable = t;
  return t;
}

/** The codes that templateGapStarts marks. */
export function templateGapStartCodes(): readonly number[] {
  return [...Object.keys(closers), '_', '＿'].map((c) => c.charCodeAt(0));
}

/** One scan of a text for template gaps: `step` is called at each start character past the last gap. */
export class TemplateGapScan {
  private readonly closers = closerCodes();
  constructor(
    private text: string,
    private out: FoundPlaceholders,
  ) {}

  /** Starts a scan of another text with this instance (see sharedScans in placeholders.ts); '' and [] let go of the last. */
  restart(text: string, out: FoundPlaceholders): this {
    this.text = text;
    this.out = out;
    return this;
  }

  /** Checks for a gap at `i` (a start character); returns where the next gap may start. */
  step(i: number): number {
    const text = this.text;
    const n = text.length;
    const code = text.charCodeAt(i);
    if (this.closers[code] !== 0) {
      const end = bracketGap(text, i, this.closers);
      if (end < 0) return i + 1;
      recordPlaceholder(this.out, i, end, PlaceholderMessageId.TemplateGap);
      return end;
    }
    if (code !== 95 && code !== 0xff3f) return i + 1;
    let j = i;
    let wide = 0;
    for (let d = code; d === 95 || d === 0xff3f; d = text.charCodeAt(++j)) if (d === 0xff3f) wide++;
    const len = j - i;
    // 以_新时代: one underscore between Chinese words blanks a name (snake_case is Latin, __重点__ is emphasis, and
    // 《报告_终稿》 a file name).
    if (len === 1 && isHanCode(text.charCodeAt(i - 1)) && isHanCode(text.charCodeAt(j)) && !inTitle(text, i)) {
      recordPlaceholder(this.out, i, j, PlaceholderMessageId.TemplateGap);
      return j;
    }
    // 20__年, 共__人: two underscores before a date part or a unit blank a number.
    if (len === 2 && wide === 0 && isNumberBlank(text, i, j)) {
      recordPlaceholder(this.out, i, j, PlaceholderMessageId.TemplateGap);
      return j;
    }
    if (len >= 3 || (wide > 0 && len >= 2)) {
      // A line of underscores only is a rule (Markdown horizontal rule), not a blank.
      const ls = lineStart(text, i);
      let le = j;
      while (le < n && !isLineBreak(text[le]) && le - j < 4) le++;
      const line = text.slice(ls, le);
      const rule = /^[\s_＿\-]*$/.test(line) && (le >= n || isLineBreak(text[le])) && (ls === 0 || isLineBreak(text[ls - 1]));
      const inWord = /[A-Za-z0-9]/.test(text[i - 1] ?? '') && /[A-Za-z0-9]/.test(text[j] ?? '');
      if (!rule && !inWord) recordPlaceholder(this.out, i, j, PlaceholderMessageId.TemplateGap);
    }
    return j;
  }
}

/** Gaps a template left for the author: 【待补充】, 〔待填〕, [ ], （ ）, ____. */
export const templateGapRule: Rule<Placeholder> = {
  id: 'template-gap',
  description: 'Gaps left by a template: 【待补充】, 〔待填〕, fields such as [姓名] and [填写会议地点], empty brackets [ ] and （ ）, and blanks ____ or 20__年 to fill in.',
  defaultSeverity: 'warning',
  check(ctx, report) {
    const text = ctx.text;
    const found: FoundPlaceholders = [];
    const scan = new TemplateGapScan(text, found);
    const starts = templateGapStarts();
    for (let i = 0; i < text.length; ) i = starts[text.charCodeAt(i)] === 0 ? i + 1 : scan.step(i);
    reportPlaceholders(text, found, 'redaction', report);
  },
};
