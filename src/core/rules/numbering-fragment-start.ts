import type { Rule } from './rule';
import { reportBreaks } from '../numberingFindings';

/** The text opens mid-sequence (its first heading at a level is (二), 2. …); informational. */
export const numberingFragmentStartRule: Rule = {
  id: 'numbering-fragment-start',
  description: 'The text opens mid-sequence (its first heading at a level is (二), 2. …); informational.',
  defaultSeverity: 'hint',
  check(ctx, report) {
    reportBreaks(ctx, report, ['fragment-start'], 'any', () => 'numbering-fragment-start');
  },
};
