import type { Rule } from './rule';
import { reportBreaks } from '../numberingFindings';

/** Two sibling headings with the same number (（三）（三）). */
export const numberingDuplicateRule: Rule = {
  id: 'numbering-duplicate',
  description: 'Two sibling headings with the same number (（三）（三）).',
  defaultSeverity: 'warning',
  check(ctx, report) {
    reportBreaks(ctx, report, ['duplicate'], 'heading', () => 'numbering-duplicate');
  },
};
