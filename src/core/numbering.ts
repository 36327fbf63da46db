import type { Finding } from './types';
import type { Rule, RuleContext } from './rules/rule';
import { runRules } from './rules/rule';
import { numberingGapRule } from './rules/numbering-gap';
import { numberingDuplicateRule } from './rules/numbering-duplicate';
import { numberingOrderRule } from './rules/numbering-order';
import { numberingRestartRule } from './rules/numbering-restart';
import { numberingStartRule } from './rules/numbering-start';
import { numberingFragmentStartRule } from './rules/numbering-fragment-start';
import { numberingLevelSkipRule } from './rules/numbering-level-skip';
import { numberingMixedStyleRule } from './rules/numbering-mixed-style';
import { numberingHouseStyleRule } from './rules/numbering-house-style';
import { numberingDoublePunctuationRule } from './rules/numbering-double-punctuation';
import { numberingMissingNumberRule } from './rules/numbering-missing-number';
import { itemOrderRule } from './rules/item-order';

/** The numbering rules, one per file under rules/. */
export const numberingRules: readonly Rule[] = [
  numberingGapRule,
  numberingDuplicateRule,
  numberingOrderRule,
  numberingRestartRule,
  numberingStartRule,
  numberingFragmentStartRule,
  numberingLevelSkipRule,
  numberingMixedStyleRule,
  numberingHouseStyleRule,
  numberingDoublePunctuationRule,
  numberingMissingNumberRule,
  itemOrderRule,
];

/** Gaps, duplicates, restarts, skipped levels and mixed styles in the heading numbers. */
export function checkNumbering(ctx: RuleContext): Finding[] {
  return runRules(numberingRules, ctx);
}

export { renumberSequence, renumberDocument, normalizeStyle, applyEdits } from './renumber';
