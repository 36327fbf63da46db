import type { Placeholder, RuleSetting } from './types';
import type { Rule, RuleContext } from './rules/rule';
import { RedactionScan, redactionRule, redactionStartCodes, redactionStarts } from './rules/redaction';
import { TemplateGapScan, templateGapRule, templateGapStartCodes, templateGapStarts } from './rules/template-gap';
import {
  MissingNumberScan,
  MissingNumberStart,
  missingNumberMayStart,
  missingNumberRule,
  missingNumberStartCodes,
  missingNumberStarts,
} from './rules/missing-number';
import { placeholdersOf, type FoundPlaceholders } from './placeholderFindings';

/** The placeholder rules, one per file under rules/. */
export const placeholderRules: readonly Rule<Placeholder>[] = [redactionRule, templateGapRule, missingNumberRule];

/** What a character can start, as bits of one table for the three rules. */
const enum Starts {
  Redaction = 1,
  TemplateGap = 2,
  /** A start character of missing-number's other checks. */
  NumberOther = 4,
  /** A verb of one character, where missing-number's verb checks start. */
  OneCharVerb = 8,
  /** The second character of a verb of two or more: with VerbFirst on the character before, a verb starts there. */
  VerbSecond = 16,
  /** The first character of verbs of two or more only; VerbSecond one place up, as the scan reads it. */
  VerbFirst = 32,
  /** A character that one of missing-number's checks may need after a NumberNeedsNext character. */
  NumberNext = 64,
  /** A start character of missing-number's other checks that needs a certain next character (年, ”, 万 …); NumberNext one place up. */
  NumberNeedsNext = 128,
}

let startTable: Uint8Array | undefined;
/** The start characters of the three rules in one table, so that the text is read once; made at first use. */
function starts(): Uint8Array {
  if (startTable) return startTable;
  const red = redactionStarts();
  const gap = templateGapStarts();
  const num = missingNumberStarts();
  const t = new Uint8Array(65536);
  // Only the codes that a rule marks are asked: a loop over every code would make the first check slow.
  for (const c of new Set([...redactionStartCodes(), ...templateGapStartCodes(), ...missingNumberStartCodes()])) {
    const m = num[c];
    let b = (red[c] !== 0 ? Starts.Redaction : 0) | (gap[c] !== 0 ? Starts.TemplateGap : 0);
    const needsNext = MissingNumberStart.NeedsDateNext | MissingNumberStart.NeedsClauseUnit | MissingNumberStart.NeedsBareUnitSecond;
    if ((m & needsNext) !== 0) b |= Starts.NumberNeedsNext;
    else if ((m & MissingNumberStart.Other) !== 0) b |= Starts.NumberOther;
    else if ((m & MissingNumberStart.Verb) !== 0) b |= (m & MissingNumberStart.OneCharVerb) !== 0 ? Starts.OneCharVerb : Starts.VerbFirst;
    if ((m & MissingNumberStart.VerbSecond) !== 0) b |= Starts.VerbSecond;
    if ((m & (MissingNumberStart.DateNext | MissingNumberStart.ClauseUnit | MissingNumberStart.BareUnitSecond)) !== 0) b |= Starts.NumberNext;
    t[c] = b;
  }
  startTable = t;
  return t;
}

const setting = (ctx: RuleContext, rule: Rule<Placeholder>): RuleSetting => ctx.options.rules[rule.id] ?? rule.defaultSeverity;

/**
 * The three scans, made once and restarted for each text (one call at a time: the engine is synchronous). V8 keeps
 * code optimized for a class's objects only while one of them is alive: with new scans for every call, each full
 * garbage collection discarded it, and the next scan ran several times slower (placeholders alone: 5 → 20 ms at 1 MiB).
 * Each class has its own `restart`: with one inherited from a shared base class the slowdown came back (measured).
 */
let sharedScans: { red: RedactionScan; gap: TemplateGapScan; num: MissingNumberScan } | undefined;

/**
 * Redactions, template gaps and figures with missing digits, minus the allowlisted texts, ordered as runRules orders
 * findings. The three rules share one pass over the text: each keeps its own cursor and is asked only at the
 * characters it can start a finding with.
 */
export function checkPlaceholders(ctx: RuleContext): Placeholder[] {
  const text = ctx.text;
  const redSetting = setting(ctx, redactionRule);
  const gapSetting = setting(ctx, templateGapRule);
  const numSetting = setting(ctx, missingNumberRule);
  const red: FoundPlaceholders = [];
  const gap: FoundPlaceholders = [];
  const num: FoundPlaceholders = [];
  const scans = (sharedScans ??= { red: new RedactionScan('', []), gap: new TemplateGapScan('', []), num: new MissingNumberScan('', []) });
  const redScan = redSetting === 'off' ? undefined : scans.red.restart(text, red);
  const gapScan = gapSetting === 'off' ? undefined : scans.gap.restart(text, gap);
  const numScan = numSetting === 'off' ? undefined : scans.num.restart(text, num);
  const table = starts();
  const numStarts = missingNumberStarts();
  const mask = (redScan ? Starts.Redaction : 0) | (gapScan ? Starts.TemplateGap : 0) | (numScan ? Starts.NumberOther | Starts.OneCharVerb : 0);
  // A bit of the character before, one place up, and a bit of this character: VerbFirst then VerbSecond,
  // NumberNeedsNext then NumberNext.
  const pairMask = numScan ? Starts.VerbSecond | Starts.NumberNext : 0;
  let redNext = 0;
  let gapNext = 0;
  let numNext = 0;
  const n = text.length;
  let before = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const t = table[c];
    // Most verb characters start other words (建设, 发展), and 年, ”, 万 … start a check only before certain
    // characters: both are looked at from the next character, when it fits the one before.
    const m = (t & mask) | ((before >> 1) & t & pairMask);
    before = t;
    if (m === 0) continue;
    if ((m & Starts.Redaction) !== 0 && i >= redNext) redNext = redScan!.step(i);
    if ((m & Starts.TemplateGap) !== 0 && i >= gapNext) gapNext = gapScan!.step(i);
    if ((m & Starts.VerbSecond) !== 0 && i - 1 >= numNext) numNext = numScan!.verb(i - 1);
    else if ((m & Starts.NumberNext) !== 0 && i - 1 >= numNext) {
      const p = text.charCodeAt(i - 1);
      if (missingNumberMayStart(numStarts[p], i > 1 ? numStarts[text.charCodeAt(i - 2)] : 0, numStarts[c], c === p)) numNext = numScan!.other(i - 1);
    }
    if ((m & Starts.OneCharVerb) !== 0 && i >= numNext) numNext = numScan!.verb(i);
    else if ((m & Starts.NumberOther) !== 0 && i >= numNext) {
      // Most of these are ruled out by the characters around them, here, without a call.
      const s = numStarts[c];
      const next = text.charCodeAt(i + 1) | 0;
      if (missingNumberMayStart(s, i > 0 ? numStarts[text.charCodeAt(i - 1)] : 0, numStarts[next], next === c)) numNext = numScan!.other(i);
    }
  }

  redScan?.finishLine();
  // The kept scans must not keep this text or its findings alive.
  scans.red.restart('', []);
  scans.gap.restart('', []);
  scans.num.restart('', []);

  const allow = ctx.options.allowlist.length > 0 ? new Set(ctx.options.allowlist) : undefined;
  const out: Placeholder[] = [];
  if (redSetting !== 'off') placeholdersOf(text, red, redactionRule.id, 'redaction', redSetting, allow, out);
  if (gapSetting !== 'off') placeholdersOf(text, gap, templateGapRule.id, 'redaction', gapSetting, allow, out);
  if (numSetting !== 'off') placeholdersOf(text, num, missingNumberRule.id, 'missing-number', numSetting, allow, out);
  // The findings of each rule are nearly in order (a line's star runs are judged at its end): the sort is cheap.
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
