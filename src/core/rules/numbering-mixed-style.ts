import type { Rule } from './rule';
import type { Heading, MarkerStyle } from '../types';
import { fragmentIndex, numberingModelOf } from '../numberingModel';
import { formatMarker, isHeadingStyle, restyleMarkerEdit } from '../markerFormat';
import { numberingFinding } from '../numberingFindings';

interface Variant {
  key: number;
  style: MarkerStyle;
  fullWidthDigits: boolean;
  count: number;
}

/** Digit styles count half- and full-width digits as two ways of writing. */
const fullWidthOf = (h: Heading): boolean => isDigitStyleIndex(styleIndex(h.style)) && h.fullWidthDigits;
/** A number per style, so that grouping by style and digit width builds no strings; a switch, not a keyed lookup. */
function styleIndex(style: MarkerStyle): number {
  switch (style) {
    case 'cn-comma':
      return 0;
    case 'cn-paren-full':
      return 1;
    case 'cn-paren-half':
      return 2;
    case 'num-dot':
      return 3;
    case 'num-comma':
      return 4;
    case 'num-fullstop':
      return 5;
    case 'num-paren-full':
      return 6;
    case 'num-paren-half':
      return 7;
    case 'circled':
      return 8;
    case 'item-shi':
      return 9;
    case 'item-di':
      return 10;
    case 'bare-comma':
      return 11;
  }
}
/** num-dot … num-paren-half. */
const isDigitStyleIndex = (i: number): boolean => i >= 3 && i <= 7;
const keyOf = (h: Heading): number => {
  const i = styleIndex(h.style);
  return i * 2 + (isDigitStyleIndex(i) && h.fullWidthDigits ? 1 : 0);
};

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
    const groups = new Map<number, Heading[]>();
    for (const h of ctx.outline) {
      if (h.kind !== 'heading' || !isHeadingStyle(h.style)) continue;
      const fragment = fragmentIndex(model, h.markerSpan.start);
      const key = fragment * 64 + h.level;
      const group = groups.get(key);
      if (group) group.push(h);
      else groups.set(key, [h]);
    }
    for (const group of groups.values()) {
      const variants = new Map<number, Variant>();
      for (const h of group) {
        const key = keyOf(h);
        const v = variants.get(key);
        if (v) v.count++;
        else variants.set(key, { key, style: h.style, fullWidthDigits: fullWidthOf(h), count: 1 });
      }
      if (variants.size < 2) continue;
      let major: Variant | null = null;
      for (const v of variants.values()) if (!major || v.count > major.count) major = v;
      for (const h of group) {
        if (keyOf(h) === major!.key) continue;
        const edit = restyleMarkerEdit(ctx.text, h, major!.style, major!.fullWidthDigits);
        const args = {
          marker: h.marker,
          expected: edit ? edit.newText : formatMarker(major!.style, Math.max(1, h.ordinal), major!.fullWidthDigits),
        };
        const span = h.markerSpan;
        report(numberingFinding('numbering-mixed-style', args, { start: span.start, end: span.end }, edit ? [edit] : null));
      }
    }
  },
};
