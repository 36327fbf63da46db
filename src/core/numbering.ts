import type { Finding } from './types';
import type { Rule, RuleContext } from './rules/rule';
import { runRules } from './rules/rule';

/** The numbering rules, one per file under rules/. */
export const numberingRules: readonly Rule[] = [];

/** Gaps, duplicates, restarts, skipped levels and mixed styles in the heading numbers. */
export function checkNumbering(ctx: RuleContext): Finding[] {
  return runRules(numberingRules, ctx);
}
