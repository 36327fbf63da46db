import type { Rule } from './rule';
import { canonicalMarkerLength, isHeadingStyle } from '../markerFormat';
import { numberingFinding } from '../numberingFindings';

/** Punctuation that doubles the one a marker already ends with: (一)、 1.、 一、， */
function isDoubledCode(c: number): boolean {
  return c === 0x3001 /* 、 */ || c === 0xff0c /* ， */ || c === 0x2c /* , */ || c === 0x2e /* . */ || c === 0xff0e /* ． */ || c === 0x3002 /* 。 */;
}

/** Doubled punctuation after a heading marker ((一)、, 1.、), whether or not the parser took it into the marker. */
export const numberingDoublePunctuationRule: Rule = {
  id: 'numbering-double-punctuation',
  description: 'Doubled punctuation after a heading marker ((一)、, 1.、).',
  defaultSeverity: 'warning',
  check(ctx, report) {
    const { text } = ctx;
    for (const h of ctx.outline) {
      if (h.kind !== 'heading' || !isHeadingStyle(h.style) || h.style === 'circled') continue;
      const { start, end } = h.markerSpan;
      if (end - start !== h.marker.length) continue;
      const len = canonicalMarkerLength(h.marker, h.style);
      if (len < 0) continue;
      const from = start + len;
      // Most markers are followed by their title: one character tells, before the marker is compared with the text.
      if (!(from < text.length && isDoubledCode(text.charCodeAt(from))) || !text.startsWith(h.marker, start)) continue;
      let to = from + 1;
      while (to < text.length && to - from < 3 && isDoubledCode(text.charCodeAt(to))) to++;
      const args = { marker: text.slice(start, start + len), extra: text.slice(from, to) };
      const fix = [{ span: { start: from, end: to }, newText: '' }];
      report(numberingFinding('numbering-double-punctuation', args, { start: from, end: to }, fix));
    }
  },
};
