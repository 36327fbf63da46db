import type { Finding } from './types';
import type { Rule, RuleContext } from './rules/rule';
import { runRules } from './rules/rule';
import { figureInconsistentValue } from './rules/figure-inconsistent-value';
import { percentForPoints } from './rules/percent-for-points';
import { shareOver100 } from './rules/share-over-100';

/** The figure consistency rules, one per file under rules/. */
export const figureRules: readonly Rule[] = [figureInconsistentValue, percentForPoints, shareOver100];

/** Figures that disagree with each other: same metric with different values, % for 个百分点, shares over 100%. */
export function checkFigures(ctx: RuleContext): Finding[] {
  try {
    return runRules(figureRules, ctx);
  } catch {
    return [];
  }
}
