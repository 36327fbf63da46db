import type { Rule } from './rule';
import { numberingModelOf } from '../numberingModel';
import { restyleMarkerEdit } from '../markerFormat';
import { numberedNeighbour, runOf } from '../renumber';
import { markerLike } from '../numberingFindings';
import { numberingMessage } from '../numberingMessages';

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
      const run = runOf(model, h);
      const n = model.effective.get(h) ?? 0;
      const neighbour = run ? numberedNeighbour(run, run.members.indexOf(h)) : null;
      const edit = neighbour && n > 0 ? restyleMarkerEdit(ctx.text, h, neighbour.style, neighbour.fullWidthDigits, n) : null;
      report({
        ...numberingMessage('numbering-missing-number', {
          marker: h.marker,
          expected: edit ? edit.newText : neighbour ? markerLike(neighbour, n) : '?',
        }),
        span: { ...h.markerSpan },
        ...(edit ? { fix: [edit] } : {}),
      });
    }
  },
};
