import type { Rule } from './rule';
import { reportBreaks } from '../numberingFindings';

/** Inline items (一是…二是…, 第一，…) out of order, with a gap or a repeat, or not starting at one under their heading. */
export const itemOrderRule: Rule = {
  id: 'item-order',
  description: 'Inline items (一是…二是…) out of order, with a gap or a repeat, or not starting at one under their heading.',
  defaultSeverity: 'warning',
  check(ctx, report) {
    reportBreaks(ctx, report, ['gap', 'duplicate', 'order', 'start'], 'item', (b) =>
      b.kind === 'gap' ? 'item-order.gap' : b.kind === 'duplicate' ? 'item-order.duplicate' : b.kind === 'order' ? 'item-order.order' : 'item-order.start',
    );
  },
};
