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

/** Runs rules with their configured severities; rules set to `off` are skipped. */
export function runRules<F extends Finding>(rules: readonly Rule<F>[], ctx: RuleContext): F[] {
  const out: F[] = [];
  for (const rule of rules) {
    const setting = ctx.options.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    // Every rule reports a fresh object literal, so it is completed in place: a spread copy of findings of many
    // shapes is a slow generic clone in V8, and the result is the same object, with the same keys in the same order.
    rule.check(ctx, (f) => {
      const finding = f as Partial<Finding> as F;
      finding.rule = rule.id;
      finding.severity = setting;
      out.push(finding);
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
