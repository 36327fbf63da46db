import type { Finding, TextEdit } from './types';
import { buildNumberingModel, type NumberingRuleContext } from './numberingModel';
import type { Rule, RuleContext } from './rules/rule';
import { runRules } from './rules/rule';
import { collectFixes } from './fixes';
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
  // A literal rather than a spread copy: the rules read this context's fields in their loops.
  const { text, options, outline, figures } = ctx;
  const withModel: NumberingRuleContext = { text, options, outline, figures, numberingModel: buildNumberingModel(text, outline) };
  return runRules(numberingRules, withModel);
}

/** The rules whose fixes are mechanical corrections (not style changes): what "fix all" and `check --fix` apply. */
export const mechanicalNumberingRules: readonly string[] = [
  'numbering-gap',
  'numbering-duplicate',
  'numbering-order',
  'numbering-start',
  'numbering-missing-number',
  'numbering-double-punctuation',
  'item-order',
];

/** The mechanical fixes among numbering findings (not style changes), merged: what "fix all" and `check --fix` apply. */
export function collectMechanicalFixes(findings: readonly Finding[]): TextEdit[] {
  return collectFixes(findings.filter((f) => mechanicalNumberingRules.includes(f.rule)));
}

/** The merged mechanical numbering fixes of a document. Rules set to `off` contribute nothing. */
export function fixAllNumbering(ctx: RuleContext): TextEdit[] {
  return collectMechanicalFixes(checkNumbering(ctx));
}

export { renumberSequence, renumberDocument, normalizeStyle, applyEdits } from './renumber';
