import type { Rule } from './rule';
import { reportBreaks } from '../numberingFindings';

/** Gaps in the numbering of sibling headings (一、二、四、). */
export const numberingGapRule: Rule = {
  id: 'numbering-gap',
  description: 'Gaps in the numbering of sibling headings (一、二、四、).',
  defaultSeverity: 'warning',
  check(ctx, report) {
    reportBreaks(ctx, report, ['gap'], 'heading', () => 'numbering-gap');
  },
};
