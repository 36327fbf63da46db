import type { Rule } from './rule';
import { figureMessage } from '../figures/messages';

/** A rate or proportion, then a change verb, right before the figure (占比提高2%, 比重上升3%, 合格率下降1.5%). */
const rateChange = /(?:率|比重|占比|比例|份额)(?:同比|较上年|比上年|较去年|比去年|较年初)?(?:提高|上升|下降|降低|提升|增加|减少|增长|回落)了?$/;

/** The last character of every match of rateChange: 高升降低加少长落了. Most figures are ruled out by it alone. */
function endsRateChange(c: number): boolean {
  return c === 0x9ad8 || c === 0x5347 || c === 0x964d || c === 0x4f4e || c === 0x52a0 || c === 0x5c11 || c === 0x957f || c === 0x843d || c === 0x4e86;
}

/** % or ％. */
const isPercentUnit = (unit: string) => unit.length === 1 && (unit.charCodeAt(0) === 0x25 || unit.charCodeAt(0) === 0xff05);

/** Blanks a figure may be set apart by: \s and the ideographic space. */
function isBlankCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The change of a rate written with % where 个百分点 is meant: 占比提高2% reads as a relative change of 2%,
 * which is seldom what a report means.
 */
export const percentForPoints: Rule = {
  id: 'percent-for-points',
  description: 'A change of a rate or share is written as % where 个百分点 is meant.',
  defaultSeverity: 'information',
  check(ctx, report) {
    const { text } = ctx;
    for (const f of ctx.figures) {
      if (f.role !== 'growth' || !isPercentUnit(f.unit)) continue;
      let end = f.span.start;
      while (end > 0 && isBlankCode(text.charCodeAt(end - 1)) && f.span.start - end < 4) end--;
      if (end <= 0 || !endsRateChange(text.charCodeAt(end - 1))) continue;
      const m = rateChange.exec(text.slice(Math.max(0, end - 12), end));
      if (!m) continue;
      report({ span: f.span, ...figureMessage('percent-for-points', { label: f.label || m[0], value: f.text }) });
    }
  },
};
