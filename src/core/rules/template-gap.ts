import type { Placeholder } from '../types';
import type { Rule } from './rule';
import { placeholderMessage } from '../placeholderMessages';

type Report = (finding: Omit<Placeholder, 'rule' | 'severity'>) => void;

const closers: Record<string, string> = { '【': '】', '〔': '〕', '[': ']', '（': '）', '(': ')', '「': '」', '〖': '〗', '『': '』', '［': '］' };
/** How far a prompt may run inside its brackets. */
const maxInner = 24;

/** A prompt left by a template: 待补充, 待填, 请填写, 此处插入 … */
const promptPattern = /^(?:此处)?(?:待|请|需)(?:补充|补全|补齐|填写|填入|填报|填|完善|核实|核对|确认|更新|统计|提供|插入|修改|录入)|^此处(?:填写|插入|补充)/;

const isLineBreak = (c: string) => c === '\n' || c === '\r';

function emit(report: Report, text: string, start: number, end: number): void {
  const t = text.slice(start, end);
  report({ kind: 'redaction', text: t, span: { start, end }, ...placeholderMessage('template-gap', t) });
}

/** The start of the line holding `i`. */
function lineStart(text: string, i: number): number {
  let k = i;
  while (k > 0 && !isLineBreak(text[k - 1]) && i - k < 8) k--;
  return k;
}

/** The closing bracket for each opening one, by character code (0: not an opening bracket). */
const closerCodes = new Uint16Array(65536);
for (const [open, close] of Object.entries(closers)) closerCodes[open.charCodeAt(0)] = close.charCodeAt(0);
/** The first characters a prompt can start with (此, 待, 请, 需): without one, the prompt pattern cannot match. */
const promptStarts = new Set([...'此待请需'].map((c) => c.charCodeAt(0)));

const isBlankCode = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 95 || c === 0xff3f;
const isLineBreakCode = (c: number) => c === 10 || c === 13;

/**
 * Brackets with nothing inside or with a template prompt; returns the end of the gap, or -1.
 * Markdown task boxes (- [ ]) and empty link targets ([text]()) are not gaps.
 */
function bracketGap(text: string, i: number): number {
  const open = text.charCodeAt(i);
  const close = closerCodes[open];
  let j = i + 1;
  while (j < text.length && j - i <= maxInner + 1) {
    const d = text.charCodeAt(j);
    if (d === close || isLineBreakCode(d) || closerCodes[d] !== 0) break;
    j++;
  }
  if (text.charCodeAt(j) !== close) return -1;
  let blank = true;
  let prompt = false;
  for (let k = i + 1; k < j; k++) {
    const c = text.charCodeAt(k);
    if (!isBlankCode(c)) blank = false;
    if (promptStarts.has(c)) prompt = true;
  }
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

/** Character codes where a gap can start: openers and underscores. */
const starts = new Uint8Array(65536);
for (const c of [...Object.keys(closers), '_', '＿']) starts[c.charCodeAt(0)] = 1;

function check(text: string, report: Report): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    if (starts[code] === 0) {
      i++;
      continue;
    }
    if (closerCodes[code] !== 0) {
      const end = bracketGap(text, i);
      if (end > 0) {
        emit(report, text, i, end);
        i = end;
        continue;
      }
      i++;
      continue;
    }
    const c = text[i];
    if (c === '_' || c === '＿') {
      let j = i;
      let wide = 0;
      while (j < n && (text[j] === '_' || text[j] === '＿')) {
        if (text[j] === '＿') wide++;
        j++;
      }
      const len = j - i;
      if (len >= 3 || (wide > 0 && len >= 2)) {
        // A line of underscores only is a rule (Markdown horizontal rule), not a blank.
        const ls = lineStart(text, i);
        let le = j;
        while (le < n && !isLineBreak(text[le]) && le - j < 4) le++;
        const line = text.slice(ls, le);
        const rule = ls === lineStart(text, i) && /^[\s_＿\-]*$/.test(line) && (le >= n || isLineBreak(text[le])) && (ls === 0 || isLineBreak(text[ls - 1]));
        const inWord = /[A-Za-z0-9]/.test(text[i - 1] ?? '') && /[A-Za-z0-9]/.test(text[j] ?? '');
        if (!rule && !inWord) emit(report, text, i, j);
      }
      i = j;
      continue;
    }
    i++;
  }
}

/** Gaps a template left for the author: 【待补充】, 〔待填〕, [ ], （ ）, ____. */
export const templateGapRule: Rule<Placeholder> = {
  id: 'template-gap',
  description: 'Gaps left by a template: 【待补充】, 〔待填〕, empty brackets [ ] and （ ）, and blanks ____ to fill in.',
  defaultSeverity: 'warning',
  check(ctx, report) {
    check(ctx.text, report);
  },
};
