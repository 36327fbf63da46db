import type { Finding, Heading, Span } from './types';
import { numberingModelOf, type Break, type BreakKind, type NumberingRuleContext } from './numberingModel';
import type { TextEdit } from './types';
import { formatMarker } from './markerFormat';
import { renumberRun } from './renumber';
import { numberingMessages, type NumberingMessageKey } from './numberingMessages';
import { fillTemplate } from './messages';

/** The part of a finding a rule reports; rule id and severity are filled in by runRules. */
export type ReportedFinding = Omit<Finding, 'rule' | 'severity'>;
export type Report = (finding: ReportedFinding) => void;

/**
 * A numbering finding as one object literal (one shape with a fix, one without): built for every finding, so no
 * spread copies, which V8 makes slowly and in a slow shape.
 */
export function numberingFinding(
  key: NumberingMessageKey,
  args: Record<string, string | number>,
  span: Span,
  fix: TextEdit[] | null,
): ReportedFinding {
  const template = numberingMessages[key];
  const message = fillTemplate(template, args);
  return fix
    ? { message, messageTemplate: template, messageArgs: args, span, fix }
    : { message, messageTemplate: template, messageArgs: args, span };
}

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
  for (const b of model.breaks) {
    if ((of !== 'any' && b.run.kind !== of) || !isOneOf(b.kind, kinds)) continue;
    const h = b.heading;
    const previous = b.previous;
    let expected: string;
    if (b.kind === 'level-skip') {
      const style = previous ? ctx.options.houseStyle[previous.level] : undefined;
      expected = style ? formatMarker(style, 1) : '';
    } else expected = markerLike(h, b.expected);
    const args = {
      marker: h.marker,
      previous: previous?.marker ?? '',
      expected,
      missing: b.kind === 'gap' ? missingBetween(h, b.previousNumber + 1, h.ordinal) : '',
    };
    const mechanical = b.kind === 'gap' || b.kind === 'duplicate' || b.kind === 'order' || b.kind === 'start';
    // One fix per run, shared by the findings in it: a long run with many breaks stays linear.
    const fix = mechanical ? (b.run.renumbering ??= renumberRun(ctx.text, b.run)) : undefined;
    const span = h.markerSpan;
    report(numberingFinding(message(b), args, { start: span.start, end: span.end }, fix?.length ? fix : null));
  }
}

function isOneOf(kind: BreakKind, kinds: readonly BreakKind[]): boolean {
  for (let i = 0; i < kinds.length; i++) if (kinds[i] === kind) return true;
  return false;
}
