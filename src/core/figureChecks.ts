import type { Finding } from './types';
import type { Rule, RuleContext } from './rules/rule';
import { runRules } from './rules/rule';

/** The figure consistency rules, one per file under rules/. */
export const figureRules: readonly Rule[] = [];

/** Figures that disagree with each other: same metric with different values, % for 个百分点, shares over 100%. */
export function checkFigures(ctx: RuleContext): Finding[] {
  return runRules(figureRules, ctx);
}
