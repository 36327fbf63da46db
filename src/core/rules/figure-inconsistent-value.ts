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
  return !/[。；;！!？?\n]/.test(text.slice(from, to));
}

/** A figure in the order the rule saw it. */
interface Member {
  figure: Figure;
  order: number;
}

/**
 * Figures of one metric seen so far: the first, the last and their values, enough to compare a new one with. Most
 * metrics are stated once: the set of values is made for a second value only.
 */
interface Subset {
  first: Member;
  last: Member;
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

/** A subset holding one member. */
const subsetOf = (member: Member, value: number): Subset => ({ first: member, last: member, firstValue: value, values: undefined });

function addTo(subset: Subset, member: Member, value: number): void {
  subset.last = member;
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

/**
 * Lines as LineIndex counts them (\n, \r\n or \r), from the offsets of the line breaks, which indexOf finds far
 * faster than a character loop: most documents report no inconsistency, and a few only need a line number.
 */
interface LineBreaks {
  newlines: number[];
  /** A \r ends a line of its own unless a \n follows it (that \n is counted already). */
  loneReturns: number[];
}

function findLineBreaks(text: string): LineBreaks {
  const breaks: LineBreaks = { newlines: [], loneReturns: [] };
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) breaks.newlines.push(k);
  for (let k = text.indexOf('\r'); k >= 0; k = text.indexOf('\r', k + 1)) if (text.charCodeAt(k + 1) !== 10) breaks.loneReturns.push(k);
  return breaks;
}

/** The 0-based line of an offset. */
const lineOf = (breaks: LineBreaks, offset: number) => countBelow(breaks.newlines, offset) + countBelow(breaks.loneReturns, offset);

/** How many of the sorted numbers are below `limit`. */
function countBelow(sorted: number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
    let lines: LineBreaks | undefined;
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
        const member: Member = { figure: f, order: order++ };
        list.push({
          role: f.role,
          unit,
          all: subsetOf(member, value),
          unstated: f.period ? undefined : subsetOf(member, value),
          period: f.period,
          periodSubset: f.period ? subsetOf(member, value) : undefined,
          byPeriod: undefined,
        });
        continue;
      }
      // A figure without a period may restate any period's value; two different stated periods are two metrics.
      // The figures seen so far that compare with this one: all of them, or those without a period and those of its period.
      let first: Member | undefined;
      let last: Member | undefined;
      let sameValue = false;
      const periodSubset = f.period ? subsetOfPeriod(group, f.period) : undefined;
      for (let k = 0; k < 2; k++) {
        const subset = f.period ? (k === 0 ? group.unstated : periodSubset) : k === 0 ? group.all : undefined;
        if (!subset) continue;
        if (!first || subset.first.order < first.order) first = subset.first;
        if (!last || subset.last.order > last.order) last = subset.last;
        if (holds(subset, value)) sameValue = true;
      }
      const member: Member = { figure: f, order: order++ };
      addTo(group.all, member, value);
      if (!f.period) {
        if (group.unstated) addTo(group.unstated, member, value);
        else group.unstated = subsetOf(member, value);
      } else if (periodSubset) addTo(periodSubset, member, value);
      else addPeriodSubset(group, f.period, subsetOf(member, value));
      if (!first || sameValue) continue;
      const other = first.figure;
      // Two values of one metric in one sentence are a breakdown (其中 …), not a contradiction.
      if (sameSentence(ctx.text, last!.figure.span.end, f.span.start)) continue;
      lines ??= findLineBreaks(ctx.text);
      const variant = scaleSlip(other.normalized!.value, f.normalized!.value) ? 'figure-inconsistent-value.scale' : 'figure-inconsistent-value';
      report({
        span: f.span,
        ...figureMessage(variant, {
          label: f.label, value: f.text.replace(/\s+/g, ''), other: other.text.replace(/\s+/g, ''), line: lineOf(lines, other.span.start) + 1,
        }),
      });
    }
  },
};
