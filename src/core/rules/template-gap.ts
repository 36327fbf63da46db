import type { Placeholder } from '../types';
import type { Rule } from './rule';
import { formatPlaceholderMessage } from '../placeholderMessages';

type Report = (finding: Omit<Placeholder, 'rule' | 'severity'>) => void;

const closers: Record<string, string> = { '【': '】', '〔': '〕', '[': ']', '（': '）', '(': ')', '「': '」', '〖': '〗', '『': '』', '［': '］' };
/** How far a prompt may run inside its brackets. */
const maxInner = 24;

/** A prompt left by a template: 待补充, 待填, 请填写, 此处插入 … */
const promptPattern = /^(?:此处)?(?:待|请|需)(?:补充|补全|补齐|填写|填入|填报|填|完善|核实|核对|确认|更新|统计|提供|插入|修改|录入)|^此处(?:填写|插入|补充)/;

const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0' || c === '_' || c === '＿';
const isLineBreak = (c: string) => c === '\n' || c === '\r';

function emit(report: Report, text: string, start: number, end: number): void {
  const t = text.slice(start, end);
  report({ kind: 'redaction', text: t, span: { start, end }, message: formatPlaceholderMessage('template-gap', t) });
}

/** The start of the line holding `i`. */
function lineStart(text: string, i: number): number {
  let k = i;
  while (k > 0 && !isLineBreak(text[k - 1]) && i - k < 8) k--;
  return k;
}

/**
 * Brackets with nothing inside or with a template prompt; returns the end of the gap, or -1.
 * Markdown task boxes (- [ ]) and empty link targets ([text]()) are not gaps.
 */
function bracketGap(text: string, i: number): number {
  const close = closers[text[i]];
  let j = i + 1;
  while (j < text.length && j - i <= maxInner + 1 && text[j] !== close && !isLineBreak(text[j]) && !(text[j] in closers)) j++;
  if (text[j] !== close) return -1;
  const inner = text.slice(i + 1, j);
  const blank = [...inner].every(isBlank);
  if (blank) {
    if (text[i] === '(' && text[i - 1] === ']') return -1;
    if (text[i] === '[') {
      const before = text.slice(lineStart(text, i), i);
      if (/^\s*(?:[-*+]|\d+[.)])\s+$/.test(before)) return -1;
    }
    return j + 1;
  }
  return promptPattern.test(inner.trim()) ? j + 1 : -1;
}

/** Character codes where a gap can start: openers and underscores. */
const starts = new Uint8Array(65536);
for (const c of [...Object.keys(closers), '_', '＿']) starts[c.charCodeAt(0)] = 1;

function check(text: string, report: Report): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (starts[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const c = text[i];
    if (c in closers) {
      const end = bracketGap(text, i);
      if (end > 0) {
        emit(report, text, i, end);
        i = end;
        continue;
      }
      i++;
      continue;
    }
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
