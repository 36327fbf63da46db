import type { Rule } from './rule';
import { numberingModelOf } from '../numberingModel';
import { restyleMarkerEdit } from '../markerFormat';
import { numberedNeighbour } from '../renumber';
import { markerLike, numberingFinding } from '../numberingFindings';

/** A heading marker whose number was lost (、进一步… as the third of 1、 2、). */
export const numberingMissingNumberRule: Rule = {
  id: 'numbering-missing-number',
  description: 'A heading marker whose number was lost (、进一步… after 1、 2、).',
  defaultSeverity: 'warning',
  check(ctx, report) {
    const lost = ctx.outline.filter((h) => h.kind === 'heading' && (h.style === 'bare-comma' || h.ordinal <= 0));
    if (!lost.length) return;
    const model = numberingModelOf(ctx);
    for (const h of lost) {
      const place = model.lostNumbers.get(h);
      const n = place ? place.number : 0;
      const neighbour = place ? numberedNeighbour(place.run, place.index) : null;
      const edit = neighbour && n > 0 ? restyleMarkerEdit(ctx.text, h, neighbour.style, neighbour.fullWidthDigits, n) : null;
      const args = { marker: h.marker, expected: edit ? edit.newText : neighbour ? markerLike(neighbour, n) : '?' };
      const span = h.markerSpan;
      report(numberingFinding('numbering-missing-number', args, { start: span.start, end: span.end }, edit ? [edit] : null));
    }
  },
};
