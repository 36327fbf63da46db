import type { Finding, Heading } from './types';
import { numberingModelOf, type Break, type BreakKind, type Run, type NumberingRuleContext } from './numberingModel';
import type { TextEdit } from './types';
import { formatMarker } from './markerFormat';
import { renumberRun } from './renumber';
import { numberingMessage, type NumberingMessageKey } from './numberingMessages';

/** The part of a finding a rule reports; rule id and severity are filled in by runRules. */
export type Report = (finding: Omit<Finding, 'rule' | 'severity'>) => void;

/** A number written the way the heading writes its own (3 → 三、 for 一、). */
export function markerLike(h: Heading, n: number): string {
  if (h.style === 'bare-comma' || n <= 0) return String(n);
  // ⑴..⒇ and ⒈..⒛ are written as one character each, like the heading's own.
  const c = h.marker.length === 1 ? h.marker.charCodeAt(0) : 0;
  if (c >= 0x2474 && c <= 0x2487 && n <= 20) return String.fromCharCode(0x2473 + n);
  if (c >= 0x2488 && c <= 0x249b && n <= 20) return String.fromCharCode(0x2487 + n);
  return formatMarker(h.style, n, h.fullWidthDigits);
}

/** The numbers between two markers, written like `h` (三、四、); long stretches are elided. */
function missingBetween(h: Heading, from: number, to: number): string {
  const out: string[] = [];
  for (let n = from; n < to && out.length < 4; n++) out.push(markerLike(h, n));
  if (to - from > 4) out.push('…');
  return out.join('');
}

/**
 * Reports the breaks of some kinds among headings or inline items, with a renumbering fix where one is mechanical
 * (a gap, a duplicate, numbers going backwards, a wrong first number).
 */
export function reportBreaks(
  ctx: NumberingRuleContext,
  report: Report,
  kinds: readonly BreakKind[],
  of: 'heading' | 'item' | 'any',
  message: (b: Break) => NumberingMessageKey,
): void {
  const model = numberingModelOf(ctx);
  // One fix per run, shared by the findings in it: a long run with many breaks stays linear.
  const fixes = new Map<Run, TextEdit[]>();
  for (const b of model.breaks) {
    if ((of !== 'any' && b.run.kind !== of) || !kinds.includes(b.kind)) continue;
    const h = b.heading;
    const previous = b.previous?.marker ?? '';
    const prevNumber = b.previous && b.kind !== 'start' ? model.effective.get(b.previous) ?? b.previous.ordinal : 0;
    const args = {
      marker: h.marker,
      previous,
      expected: b.kind === 'level-skip' ? '' : markerLike(h, b.expected),
      missing: b.kind === 'gap' ? missingBetween(h, prevNumber + 1, h.ordinal) : '',
    };
    if (b.kind === 'level-skip' && b.previous) {
      const style = ctx.options.houseStyle[b.previous.level];
      args.expected = style ? formatMarker(style, 1) : '';
    }
    const mechanical = b.kind === 'gap' || b.kind === 'duplicate' || b.kind === 'order' || b.kind === 'start';
    let fix = mechanical ? fixes.get(b.run) : undefined;
    if (mechanical && !fix) {
      fix = renumberRun(ctx.text, b.run);
      fixes.set(b.run, fix);
    }
    report({
      ...numberingMessage(message(b), args),
      span: { ...h.markerSpan },
      ...(fix?.length ? { fix } : {}),
    });
  }
}
