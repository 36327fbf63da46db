import type { Rule } from './rule';
import { reportBreaks } from '../numberingFindings';

/** A heading directly under one two levels up (一、 followed by 1.). */
export const numberingLevelSkipRule: Rule = {
  id: 'numbering-level-skip',
  description: 'A heading directly under one two levels up (一、 followed by 1.).',
  defaultSeverity: 'warning',
  check(ctx, report) {
    reportBreaks(ctx, report, ['level-skip'], 'heading', () => 'numbering-level-skip');
  },
};
