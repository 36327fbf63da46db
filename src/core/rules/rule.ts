import type { Figure, Finding, Heading, Severity } from '../types';
import type { Options } from '../options';

/** What every rule sees: the text and what the engine already extracted from it. */
export interface RuleContext {
  text: string;
  options: Options;
  outline: Heading[];
  figures: Figure[];
}

/** One check, in a file of its own under rules/ named after its id. */
export interface Rule<F extends Finding = Finding> {
  /** Stable kebab-case id: diagnostic code, settings key `gongwen.rules.<id>`, file name. */
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Reports findings, each a new object that runRules completes (rule id, severity from the options) and keeps. */
  check(ctx: RuleContext, report: (finding: Omit<F, 'rule' | 'severity'>) => void): void;
}

/** Runs rules with their configured severities; rules set to `off` are skipped. Findings come in span order. */
export function runRules<F extends Finding>(rules: readonly Rule<F>[], ctx: RuleContext): F[] {
  const lists: F[][] = [];
  for (const rule of rules) {
    const setting = ctx.options.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    const id = rule.id;
    const found: F[] = [];
    // Every rule reports a fresh object literal, so it is completed in place: a spread copy of findings of many
    // shapes is a slow generic clone in V8, and the result is the same object, with the same keys in the same order.
    rule.check(ctx, (f) => {
      const finding = f as Partial<Finding> as F;
      finding.rule = id;
      finding.severity = setting;
      found.push(finding);
    });
    if (found.length) lists.push(inSpanOrder(found));
  }
  return mergeInSpanOrder(lists);
}

function bySpan(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

/** The findings of one rule sorted by span, stably; most rules report in text order already. */
function inSpanOrder<F extends Finding>(found: F[]): F[] {
  for (let i = 1; i < found.length; i++) if (bySpan(found[i - 1], found[i]) > 0) return found.sort(bySpan);
  return found;
}

/**
 * Merges the sorted findings of each rule into one list in span order, ties in rule order: the same order as one
 * stable sort of all of them, in linear time for a fixed set of rules.
 */
function mergeInSpanOrder<F extends Finding>(lists: F[][]): F[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0];
  const k = lists.length;
  let total = 0;
  for (const list of lists) total += list.length;
  // The span of each list's next finding, kept apart so that picking the least reads no finding.
  const heads = new Int32Array(k);
  const starts = new Float64Array(k);
  const ends = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    starts[i] = lists[i][0].span.start;
    ends[i] = lists[i][0].span.end;
  }
  const out: F[] = new Array<F>(total);
  for (let n = 0; n < total; n++) {
    let best = -1;
    let bestStart = 0;
    let bestEnd = 0;
    for (let i = 0; i < k; i++) {
      if (heads[i] === lists[i].length) continue;
      const start = starts[i];
      if (best < 0 || start < bestStart || (start === bestStart && ends[i] < bestEnd)) {
        best = i;
        bestStart = start;
        bestEnd = ends[i];
      }
    }
    const list = lists[best];
    const next = ++heads[best];
    out[n] = list[next - 1];
    if (next < list.length) {
      starts[best] = list[next].span.start;
      ends[best] = list[next].span.end;
    }
  }
  return out;
}
