import type { Rule } from './rule';
import { canonicalMarkerLength, isHeadingStyle } from '../markerFormat';
import { numberingMessage } from '../numberingMessages';

/** Punctuation that doubles the one a marker already ends with: (一)、 1.、 一、， */
const doubled = new Set(['、', '，', ',', '.', '．', '。']);

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
      if (end - start !== h.marker.length || !text.startsWith(h.marker, start)) continue;
      const len = canonicalMarkerLength(h.marker, h.style);
      if (len < 0) continue;
      const from = start + len;
      let to = from;
      while (to < text.length && to - from < 3 && doubled.has(text[to])) to++;
      if (to === from) continue;
      const extra = text.slice(from, to);
      report({
        ...numberingMessage('numbering-double-punctuation', { marker: text.slice(start, start + len), extra }),
        span: { start: from, end: to },
        fix: [{ span: { start: from, end: to }, newText: '' }],
      });
    }
  },
};
