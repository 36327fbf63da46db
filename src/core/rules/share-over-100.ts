import type { Rule } from './rule';
import { figureMessage } from '../figures/messages';

/** Ratios that may pass 100%: completion of a plan, output against a target, growth. */
const mayExceed = /完成|计划|目标|指标|任务|进度|增长|增速|增幅|同比|环比|倍|产出|回报|利用|超额|执行|到位|兑现|年度/;

/** % or ％. */
const isPercentUnit = (unit: string) => unit.length === 1 && (unit.charCodeAt(0) === 0x25 || unit.charCodeAt(0) === 0xff05);

/** A share (占比, 比重, 合格率, 覆盖率 …) above 100%, which cannot be. */
export const shareOver100: Rule = {
  id: 'share-over-100',
  description: 'A share or proportion is more than 100%.',
  defaultSeverity: 'information',
  check(ctx, report) {
    for (const f of ctx.figures) {
      if (f.role !== 'share' || f.value <= 100 || !isPercentUnit(f.unit)) continue;
      if (!f.label || mayExceed.test(f.label)) continue;
      report({ span: f.span, ...figureMessage('share-over-100', { label: f.label, value: f.text }) });
    }
  },
};
