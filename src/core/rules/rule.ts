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
 * stable sort of all of them. Neighbouring lists are merged pairwise, so ties keep their rule order.
 */
function mergeInSpanOrder<F extends Finding>(lists: F[][], lo = 0, hi = lists.length): F[] {
  if (hi - lo === 0) return [];
  if (hi - lo === 1) return lists[lo];
  const mid = (lo + hi) >> 1;
  return mergeTwo(mergeInSpanOrder(lists, lo, mid), mergeInSpanOrder(lists, mid, hi));
}

/** Two lists in span order merged; on equal spans the first list's finding comes first. */
function mergeTwo<F extends Finding>(a: F[], b: F[]): F[] {
  const out = new Array<F>(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i].span;
    const y = b[j].span;
    if (y.start < x.start || (y.start === x.start && y.end < x.end)) out[n++] = b[j++];
    else out[n++] = a[i++];
  }
  while (i < a.length) out[n++] = a[i++];
  while (j < b.length) out[n++] = b[j++];
  return out;
}
