import type { Rule } from './rule';
import { figureMessage } from '../figures/messages';

/** A rate or proportion, then a change verb, right before the figure (占比提高2%, 比重上升3%, 合格率下降1.5%). */
const rateChange = /(?:率|比重|占比|比例|份额)(?:同比|较上年|比上年|较去年|比去年|较年初)?(?:提高|上升|下降|降低|提升|增加|减少|增长|回落)了?$/;

/**
 * The change of a rate written with % where 个百分点 is meant: 占比提高2% reads as a relative change of 2%,
 * which is seldom what a report means.
 */
export const percentForPoints: Rule = {
  id: 'percent-for-points',
  description: 'A change of a rate or share is written as % where 个百分点 is meant.',
  defaultSeverity: 'information',
  check(ctx, report) {
    for (const f of ctx.figures) {
      if (f.role !== 'growth' || !/^[%％]$/.test(f.unit)) continue;
      let end = f.span.start;
      while (end > 0 && /[\s\u3000]/.test(ctx.text[end - 1]) && f.span.start - end < 4) end--;
      const before = ctx.text.slice(Math.max(0, end - 12), end);
      const m = rateChange.exec(before);
      if (!m) continue;
      report({ span: f.span, ...figureMessage('percent-for-points', { label: f.label || m[0], value: f.text }) });
    }
  },
};
