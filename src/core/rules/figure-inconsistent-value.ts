import type { Figure } from '../types';
import type { Rule } from './rule';
import { figureMessage } from '../figures/messages';

/** Counts of things (行政村, 企业) are often subsets of each other; only long, specific count labels are compared. */
const countUnits = new Set([
  '个', '家', '项', '件', '条', '座', '所', '批', '批次', '场', '场次', '次', '辆', '台', '套', '处', '篇', '期', '枚', '只', '把', '棵', '株', '起',
  '张', '包', '瓶', '册', '本', '份', '栋', '间', '块', '宗', '人', '人次', '户', '名', '位',
]);
const isCountUnit = (unit: string) => countUnits.has(unit);

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
  for (let i = from; i < to; i++) if (endsSentence(text.charCodeAt(i))) return false;
  return true;
}

/** 。；;！!？? and a line break (\n). */
function endsSentence(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f || c === 10;
}

/**
 * Figures of one metric seen so far: the first, the last (with the order the rule saw them in) and their values,
 * enough to compare a new one with. Most metrics are stated once: the set of values is made for a second value only.
 */
interface Subset {
  first: Figure;
  firstOrder: number;
  last: Figure;
  lastOrder: number;
  firstValue: number;
  values: Set<number> | undefined;
}

/**
 * The figures of one metric: all, those without a stated period, and those of each stated period (made when
 * needed; the first period stated has a place of its own, the others a map).
 */
interface Group {
  role: Figure['role'];
  unit: string;
  all: Subset;
  unstated: Subset | undefined;
  period: string;
  periodSubset: Subset | undefined;
  byPeriod: Map<string, Subset> | undefined;
}

/** A subset holding one figure. */
const subsetOf = (f: Figure, order: number, value: number): Subset => ({
  first: f,
  firstOrder: order,
  last: f,
  lastOrder: order,
  firstValue: value,
  values: undefined,
});

function addTo(subset: Subset, f: Figure, order: number, value: number): void {
  subset.last = f;
  subset.lastOrder = order;
  if (value !== subset.firstValue) (subset.values ??= new Set([subset.firstValue])).add(value);
}

/** The values are finite (normalized), so === agrees with the SameValueZero of a Set. */
const holds = (subset: Subset, value: number) => value === subset.firstValue || (subset.values !== undefined && subset.values.has(value));

function subsetOfPeriod(group: Group, period: string): Subset | undefined {
  return group.period === period ? group.periodSubset : group.byPeriod?.get(period);
}

function addPeriodSubset(group: Group, period: string, subset: Subset): void {
  if (group.periodSubset === undefined) {
    group.period = period;
    group.periodSubset = subset;
  } else (group.byPeriod ??= new Map()).set(period, subset);
}

/** A figure that disagrees with an earlier one of its metric, kept until the earlier one's line is known. */
interface Disagreement {
  figure: Figure;
  other: Figure;
}

/**
 * The 0-based line (as LineIndex counts them: \n, \r\n or \r) of each offset. The text is read only up to the
 * furthest offset, once: most documents report no inconsistency, and those that do mostly early on.
 */
function linesOf(text: string, offsets: readonly number[]): number[] {
  const byOffset = offsets.map((_, k) => k).sort((a, b) => offsets[a] - offsets[b]);
  const limit = offsets[byOffset[byOffset.length - 1]];
  const lines = new Array<number>(offsets.length);
  // No \r before the furthest offset (the usual case): only \n ends a line, and indexOf finds it fastest.
  const returns = limit > 0 && text.lastIndexOf('\r', limit - 1) >= 0;
  let line = 0;
  let at = 0;
  // The first \n not yet counted: each stretch of text is searched once, however many offsets fall in one line.
  let next = returns ? -1 : text.indexOf('\n');
  for (const k of byOffset) {
    const offset = offsets[k];
    if (returns) {
      for (; at < offset; at++) {
        const c = text.charCodeAt(at);
        // A \r ends a line of its own unless a \n follows it (that \n is counted).
        if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) line++;
      }
    } else {
      while (next >= 0 && next < offset) {
        line++;
        next = text.indexOf('\n', next + 1);
      }
    }
    lines[k] = line;
  }
  return lines;
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
    let found: Disagreement[] | undefined;
    // Groups by label, then by role and unit in a short list: no key string is built per figure.
    const groups = new Map<string, Group[]>();
    let order = 0;
    for (const f of ctx.figures) {
      if (f.label.length < 5 || f.role === 'growth' || !isExact(f)) continue;
      const unit = f.normalized!.unit;
      if (f.label.length < 6 && isCountUnit(unit)) continue;
      const value = f.normalized!.value;
      let list = groups.get(f.label);
      let group: Group | undefined;
      if (list) {
        for (let k = 0; k < list.length; k++) if (list[k].role === f.role && list[k].unit === unit) { group = list[k]; break; }
      } else {
        list = [];
        groups.set(f.label, list);
      }
      if (!group) {
        // The first figure of its metric: nothing to compare with yet.
        const at = order++;
        list.push({
          role: f.role,
          unit,
          all: subsetOf(f, at, value),
          unstated: f.period ? undefined : subsetOf(f, at, value),
          period: f.period,
          periodSubset: f.period ? subsetOf(f, at, value) : undefined,
          byPeriod: undefined,
        });
        continue;
      }
      // A figure without a period may restate any period's value; two different stated periods are two metrics.
      // The figures seen so far that compare with this one: all of them, or those without a period and those of its period.
      let first: Figure | undefined;
      let firstOrder = 0;
      let last: Figure | undefined;
      let lastOrder = 0;
      let sameValue = false;
      const periodSubset = f.period ? subsetOfPeriod(group, f.period) : undefined;
      for (let k = 0; k < 2; k++) {
        const subset = f.period ? (k === 0 ? group.unstated : periodSubset) : k === 0 ? group.all : undefined;
        if (!subset) continue;
        if (!first || subset.firstOrder < firstOrder) {
          first = subset.first;
          firstOrder = subset.firstOrder;
        }
        if (!last || subset.lastOrder > lastOrder) {
          last = subset.last;
          lastOrder = subset.lastOrder;
        }
        if (holds(subset, value)) sameValue = true;
      }
      const at = order++;
      addTo(group.all, f, at, value);
      if (!f.period) {
        if (group.unstated) addTo(group.unstated, f, at, value);
        else group.unstated = subsetOf(f, at, value);
      } else if (periodSubset) addTo(periodSubset, f, at, value);
      else addPeriodSubset(group, f.period, subsetOf(f, at, value));
      if (!first || sameValue) continue;
      // Two values of one metric in one sentence are a breakdown (其中 …), not a contradiction.
      if (sameSentence(ctx.text, last!.span.end, f.span.start)) continue;
      (found ??= []).push({ figure: f, other: first });
    }
    if (!found) return;
    const lines = linesOf(ctx.text, found.map((d) => d.other.span.start));
    for (let k = 0; k < found.length; k++) {
      const { figure: f, other } = found[k];
      const variant = scaleSlip(other.normalized!.value, f.normalized!.value) ? 'figure-inconsistent-value.scale' : 'figure-inconsistent-value';
      report({
        span: f.span,
        ...figureMessage(variant, {
          label: f.label, value: f.text.replace(/\s+/g, ''), other: other.text.replace(/\s+/g, ''), line: lines[k] + 1,
        }),
      });
    }
  },
};
