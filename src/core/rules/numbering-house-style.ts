import type { Rule } from './rule';
import { houseStyleEdit } from '../renumber';
import { numberingFinding } from '../numberingFindings';

/**
 * Heading markers that differ from the configured house style (GB/T 9704-2012 §7.3.3: 一、 （一） 1. （1） ①).
 * A hint by default: many real reports write (一) or 1、 and are not wrong for it.
 */
export const numberingHouseStyleRule: Rule = {
  id: 'numbering-house-style',
  description: 'Heading markers that differ from the house style (GB/T 9704-2012 §7.3.3: 一、 （一） 1. （1） ①).',
  defaultSeverity: 'hint',
  check(ctx, report) {
    const { text, outline } = ctx;
    const { houseStyle } = ctx.options;
    for (const h of outline) {
      const edit = houseStyleEdit(text, h, houseStyle);
      if (!edit) continue;
      const args = { marker: h.marker, level: h.level, expected: edit.newText };
      const span = h.markerSpan;
      report(numberingFinding('numbering-house-style', args, { start: span.start, end: span.end }, [edit]));
    }
  },
};
