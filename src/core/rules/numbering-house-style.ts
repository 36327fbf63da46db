import type { Rule } from './rule';
import { houseStyleEdit } from '../renumber';
import { numberingMessage } from '../numberingMessages';

/**
 * Heading markers that differ from the configured house style (GB/T 9704-2012 §7.3.3: 一、 （一） 1. （1） ①).
 * A hint by default: many real reports write (一) or 1、 and are not wrong for it.
 */
export const numberingHouseStyleRule: Rule = {
  id: 'numbering-house-style',
  description: 'Heading markers that differ from the house style (GB/T 9704-2012 §7.3.3: 一、 （一） 1. （1） ①).',
  defaultSeverity: 'hint',
  check(ctx, report) {
    for (const h of ctx.outline) {
      const edit = houseStyleEdit(ctx.text, h, ctx.options.houseStyle);
      if (!edit) continue;
      report({
        ...numberingMessage('numbering-house-style', { marker: h.marker, level: h.level, expected: edit.newText }),
        span: { ...h.markerSpan },
        fix: [edit],
      });
    }
  },
};
