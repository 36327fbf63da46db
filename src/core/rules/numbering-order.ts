import type { Rule } from './rule';
import { reportBreaks } from '../numberingFindings';

/** Sibling headings whose numbers go backwards ((三)(二)). */
export const numberingOrderRule: Rule = {
  id: 'numbering-order',
  description: 'Sibling headings whose numbers go backwards ((三)(二)).',
  defaultSeverity: 'warning',
  check(ctx, report) {
    reportBreaks(ctx, report, ['order'], 'heading', () => 'numbering-order');
  },
};
