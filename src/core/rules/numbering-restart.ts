import type { Rule } from './rule';
import { reportBreaks } from '../numberingFindings';

/** A numbering that starts again at one with no new parent heading (四、…一、). */
export const numberingRestartRule: Rule = {
  id: 'numbering-restart',
  description: 'A numbering that starts again at one with no new parent heading (四、…一、).',
  defaultSeverity: 'warning',
  check(ctx, report) {
    reportBreaks(ctx, report, ['restart'], 'heading', () => 'numbering-restart');
  },
};
