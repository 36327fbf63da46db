import type { Rule } from './rule';
import { reportBreaks } from '../numberingFindings';

/** The first heading under a parent is not numbered one. */
export const numberingStartRule: Rule = {
  id: 'numbering-start',
  description: 'The first heading under a parent is not numbered one.',
  defaultSeverity: 'warning',
  check(ctx, report) {
    reportBreaks(ctx, report, ['start'], 'heading', () => 'numbering-start');
  },
};
