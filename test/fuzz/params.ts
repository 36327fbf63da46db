import * as fc from 'fast-check';
import type { Options } from '../../src/core/options';
import type { MarkerStyle, RuleSetting } from '../../src/core/types';

/**
 * fast-check parameters. `npm test` uses a fixed seed so that every run checks the same cases; set FC_SEED (and
 * FC_PATH, both printed by fast-check on failure) to replay a failure, FC_RUNS_SCALE to run more or fewer cases.
 */
export function runParameters(numRuns: number, defaultSeed: number): fc.Parameters<unknown> {
  const scale = Number(process.env.FC_RUNS_SCALE ?? 1);
  return {
    seed: process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : defaultSeed,
    path: process.env.FC_PATH,
    numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1))),
    endOnFailure: process.env.FC_PATH === undefined ? false : true,
  };
}

const headingStyles: MarkerStyle[] = ['cn-comma', 'cn-paren-full', 'cn-paren-half', 'num-dot', 'num-comma', 'num-fullstop', 'num-paren-full', 'num-paren-half', 'circled'];
const ruleIds = [
  'redaction', 'template-gap', 'numbering-gap', 'numbering-duplicate', 'numbering-order', 'numbering-restart', 'numbering-start',
  'numbering-fragment-start', 'numbering-level-skip', 'numbering-mixed-style', 'numbering-house-style',
  'numbering-double-punctuation', 'numbering-missing-number', 'item-order',
];
const settings: RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Any options a user could configure (within the ranges package.json allows). */
export const anyOptions: fc.Arbitrary<Partial<Options>> = fc.record(
  {
    rules: fc.dictionary(fc.constantFrom(...ruleIds), fc.constantFrom(...settings), { maxKeys: 5 }),
    allowlist: fc.array(fc.constantFrom('X', 'XX', 'xx', '*', '某某', '____', 'D'), { maxLength: 3 }),
    titleMaxLength: fc.integer({ min: 4, max: 200 }),
    inlineItems: fc.boolean(),
    houseStyle: fc.tuple(...[0, 1, 2, 3, 4].map(() => fc.constantFrom(...headingStyles))) as fc.Arbitrary<Options['houseStyle']>,
    parts: fc.record({ outline: fc.boolean(), placeholders: fc.boolean(), figures: fc.boolean(), numbering: fc.boolean() }),
  },
  { requiredKeys: [] },
);
