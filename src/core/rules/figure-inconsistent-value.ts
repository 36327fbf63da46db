import type { Figure } from '../types';
import type { Rule } from './rule';
import { LineIndex } from '../lineIndex';
import { figureMessage } from '../figures/messages';

/** Counts of things (行政村, 企业) are often subsets of each other; only long, specific count labels are compared. */
const countUnits = /^(?:个|家|项|件|条|座|所|批|批次|场|场次|次|辆|台|套|处|篇|期|枚|只|把|棵|株|起|张|包|瓶|册|本|份|栋|间|块|宗|人|人次|户|名|位)$/;

/** Figures that state one exact value: no range, no approximation, no bound. */
const isExact = (f: Figure) => f.valueTo === undefined && !f.approx && !f.qualifier && f.normalized !== null;

/** True when two values differ by a factor of 10⁴ or 10⁸ (29.74万元 vs 29.74亿元). */
function scaleSlip(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false;
  const r = Math.max(a, b) / Math.min(a, b);
  return [1e4, 1e8, 1e12].some((f) => Math.abs(r / f - 1) < 1e-9);
}

function sameSentence(text: string, from: number, to: number): boolean {
  if (to - from > 200) return false;
  return !/[。；;！!？?\n]/.test(text.slice(from, to));
}

/**
 * The same metric, with the same role and period, stated with two different values in one document
 * (规上工业产值29.74亿元 … 规上工业产值29.7亿元; 万元 where 亿元 was meant).
 */
export const figureInconsistentValue: Rule = {
  id: 'figure-inconsistent-value',
  description: 'The same metric has different values or scales in one document.',
  defaultSeverity: 'information',
  check(ctx, report) {
    const lines = new LineIndex(ctx.text);
    const groups = new Map<string, Figure[]>();
    for (const f of ctx.figures) {
      if (!isExact(f) || f.label.length < 5 || f.role === 'growth') continue;
      const unit = f.normalized!.unit;
      if (countUnits.test(unit) && f.label.length < 6) continue;
      const key = `${f.label}\u0000${f.role}\u0000${unit}`;
      const seen = groups.get(key) ?? [];
      groups.set(key, seen);
      // A figure without a period may restate any period's value; two different stated periods are two metrics.
      const comparable = seen.filter((g) => !g.period || !f.period || g.period === f.period);
      seen.push(f);
      if (!comparable.length || comparable.some((g) => g.normalized!.value === f.normalized!.value)) continue;
      const other = comparable[0];
      // Two values of one metric in one sentence are a breakdown (其中 …), not a contradiction.
      if (sameSentence(ctx.text, comparable[comparable.length - 1].span.end, f.span.start)) continue;
      const variant = scaleSlip(other.normalized!.value, f.normalized!.value) ? 'figure-inconsistent-value.scale' : 'figure-inconsistent-value';
      report({
        span: f.span,
        ...figureMessage(variant, {
          label: f.label, value: f.text.replace(/\s+/g, ''), other: other.text.replace(/\s+/g, ''), line: lines.position(other.span.start).line + 1,
        }),
      });
    }
  },
};
