import type { Placeholder } from './types';
import type { Rule, RuleContext } from './rules/rule';
import { runRules } from './rules/rule';
import { redactionRule } from './rules/redaction';
import { templateGapRule } from './rules/template-gap';
import { missingNumberRule } from './rules/missing-number';

/** The placeholder rules, one per file under rules/. */
export const placeholderRules: readonly Rule<Placeholder>[] = [redactionRule, templateGapRule, missingNumberRule];

/** Redactions, template gaps and figures with missing digits, minus the allowlisted texts. */
export function checkPlaceholders(ctx: RuleContext): Placeholder[] {
  const allow = new Set(ctx.options.allowlist);
  return runRules(placeholderRules, ctx).filter((p) => !allow.has(p.text));
}
