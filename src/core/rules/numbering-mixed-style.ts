import type { Rule } from './rule';
import type { Heading, MarkerStyle } from '../types';
import { fragmentIndex, numberingModelOf } from '../numberingModel';
import { formatMarker, isHeadingStyle, restyleMarkerEdit } from '../markerFormat';
import { formatNumberingMessage } from '../numberingMessages';

interface Variant {
  style: MarkerStyle;
  fullWidthDigits: boolean;
  count: number;
}

const keyOf = (h: Heading): string => `${h.style}|${h.style.startsWith('num-') && h.fullWidthDigits}`;

/**
 * Headings of one level written in more than one way in the same document (or fragment): （一） with (一), 1. with 1、
 * or 1．, half-width with full-width digits. The most used way wins; ties go to the first one used.
 */
export const numberingMixedStyleRule: Rule = {
  id: 'numbering-mixed-style',
  description: 'Headings of one level written in more than one way: （一） with (一), 1. with 1、 or 1．, 1 with １.',
  defaultSeverity: 'information',
  check(ctx, report) {
    const model = numberingModelOf(ctx);
    const groups = new Map<string, Heading[]>();
    for (const h of ctx.outline) {
      if (h.kind !== 'heading' || !isHeadingStyle(h.style)) continue;
      const fragment = fragmentIndex(model, h.markerSpan.start);
      const key = `${fragment}|${h.level}`;
      const group = groups.get(key);
      if (group) group.push(h);
      else groups.set(key, [h]);
    }
    for (const group of groups.values()) {
      const variants = new Map<string, Variant>();
      for (const h of group) {
        const v = variants.get(keyOf(h));
        if (v) v.count++;
        else variants.set(keyOf(h), { style: h.style, fullWidthDigits: h.style.startsWith('num-') && h.fullWidthDigits, count: 1 });
      }
      if (variants.size < 2) continue;
      let major: Variant | null = null;
      for (const v of variants.values()) if (!major || v.count > major.count) major = v;
      for (const h of group) {
        if (keyOf(h) === `${major!.style}|${major!.fullWidthDigits}`) continue;
        const edit = restyleMarkerEdit(ctx.text, h, major!.style, major!.fullWidthDigits);
        report({
          message: formatNumberingMessage('numbering-mixed-style', {
            marker: h.marker,
            expected: edit ? edit.newText : formatMarker(major!.style, Math.max(1, h.ordinal), major!.fullWidthDigits),
          }),
          span: { ...h.markerSpan },
          ...(edit ? { fix: [edit] } : {}),
        });
      }
    }
  },
};
