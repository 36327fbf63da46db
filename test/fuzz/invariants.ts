import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../src/core/analyze';
import { resolveOptions, type Options } from '../../src/core/options';
import { applyEdits, collectFixes } from '../../src/core/fixes';
import { normalizeStyle, renumberDocument } from '../../src/core/renumber';
import { LineIndex } from '../../src/core/lineIndex';
import { looksLikeReport } from '../../src/core/detect';
import { summarizeFigure, summarizeSection } from '../../src/core/summaries';
import { buildFigureRows, buildFiguresCsv, buildFiguresJson } from '../../src/core/export';
import type { Analysis, Finding, Heading, OutlineNode, Span, TextEdit } from '../../src/core/types';

/*
 * The properties every analysis must have, whatever the text: checked by the property tests (npm test) and by the
 * fuzzer (npm run fuzz). Each check returns the violations it found, so that a failure names all of them at once.
 */

const severities = new Set(['error', 'warning', 'information', 'hint']);
const ruleId = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function checkSpan(text: string, span: Span | undefined, what: string, problems: string[]): boolean {
  if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end)) {
    problems.push(`${what}: not a span of integers: ${JSON.stringify(span)}`);
    return false;
  }
  if (span.start < 0 || span.end > text.length || span.start > span.end) {
    problems.push(`${what}: span [${span.start}, ${span.end}) outside [0, ${text.length}] or reversed`);
    return false;
  }
  if (splitsPair(text, span.start) || splitsPair(text, span.end)) problems.push(`${what}: span [${span.start}, ${span.end}) splits a surrogate pair`);
  return true;
}

function checkHeadings(text: string, a: Analysis, options: Options, problems: string[]): void {
  let previous: Heading | undefined;
  a.outline.forEach((h, i) => {
    const what = `heading #${i} ${JSON.stringify(h.marker)}`;
    const markerOk = checkSpan(text, h.markerSpan, `${what} markerSpan`, problems);
    const titleOk = checkSpan(text, h.titleSpan, `${what} titleSpan`, problems);
    checkSpan(text, h.section, `${what} section`, problems);
    if (markerOk && text.slice(h.markerSpan.start, h.markerSpan.end) !== h.marker) problems.push(`${what}: marker differs from the text at markerSpan`);
    if (markerOk && h.markerSpan.start === h.markerSpan.end) problems.push(`${what}: empty marker`);
    if (titleOk && text.slice(h.titleSpan.start, h.titleSpan.end) !== h.title) problems.push(`${what}: title differs from the text at titleSpan`);
    if (h.titleSpan.start < h.markerSpan.end) problems.push(`${what}: title starts inside the marker`);
    if (h.section.start !== h.markerSpan.start) problems.push(`${what}: section does not start at the marker`);
    if (h.section.end < h.titleSpan.end) problems.push(`${what}: section ends before the title`);
    if (h.title.length > Math.max(1, options.titleMaxLength)) problems.push(`${what}: title longer than titleMaxLength (${h.title.length})`);
    if (/[\n\r\u2028\u2029]/.test(h.title)) problems.push(`${what}: title spans a line break`);
    if (!Number.isInteger(h.level) || h.level < 1 || h.level > 6) problems.push(`${what}: level ${h.level} outside 1..6`);
    if (!Number.isInteger(h.ordinal) || h.ordinal < 0) problems.push(`${what}: ordinal ${h.ordinal}`);
    if (previous && h.markerSpan.start < previous.markerSpan.end) problems.push(`${what}: not after the previous heading (document order, no overlap)`);
    previous = h;
  });
}

function checkTree(a: Analysis, problems: string[]): void {
  const flat: Heading[] = [];
  const walk = (node: OutlineNode, parent: OutlineNode | null) => {
    flat.push(node.heading);
    if (parent) {
      const p = parent.heading;
      const c = node.heading;
      if (c.level <= p.level) problems.push(`tree: child ${JSON.stringify(c.marker)}@${c.markerSpan.start} (level ${c.level}) not deeper than its parent (level ${p.level})`);
      if (c.section.start < p.section.start || c.section.end > p.section.end) {
        problems.push(`tree: section of ${JSON.stringify(c.marker)}@${c.markerSpan.start} not inside its parent's section`);
      }
    }
    let last: OutlineNode | undefined;
    for (const child of node.children) {
      if (last && child.heading.section.start < last.heading.section.end) problems.push(`tree: sibling sections overlap at ${child.heading.markerSpan.start}`);
      walk(child, node);
      last = child;
    }
  };
  let lastRoot: OutlineNode | undefined;
  for (const root of a.tree) {
    if (lastRoot && root.heading.section.start < lastRoot.heading.section.end) problems.push(`tree: root sections overlap at ${root.heading.markerSpan.start}`);
    walk(root, null);
    lastRoot = root;
  }
  if (flat.length !== a.outline.length || flat.some((h, i) => h !== a.outline[i])) problems.push('tree: pre-order walk differs from the flat outline');
}

function checkFix(text: string, fix: readonly TextEdit[], what: string, problems: string[]): void {
  const sorted = [...fix].sort((x, y) => x.span.start - y.span.start);
  let expected = '';
  let pos = 0;
  for (const e of sorted) {
    if (!checkSpan(text, e.span, `${what} fix edit`, problems)) return;
    if (typeof e.newText !== 'string') return void problems.push(`${what}: fix edit without newText`);
    if (e.span.start < pos) return void problems.push(`${what}: fix edits overlap at ${e.span.start}`);
    expected += text.slice(pos, e.span.start) + e.newText;
    pos = e.span.end;
  }
  expected += text.slice(pos);
  const applied = applyEdits(text, fix);
  // applyEdits skips overlapping edits silently; an offered fix must apply in full and touch nothing else.
  if (applied !== expected) problems.push(`${what}: applying the fix changes text outside its edit spans`);
  if (applied === text) problems.push(`${what}: the fix changes nothing`);
}

function checkFindings(text: string, list: readonly Finding[], kind: string, problems: string[]): void {
  list.forEach((f, i) => {
    const what = `${kind} #${i} ${f.rule}`;
    const ok = checkSpan(text, f.span, what, problems);
    if (!severities.has(f.severity)) problems.push(`${what}: severity ${String(f.severity)}`);
    if (typeof f.rule !== 'string' || !ruleId.test(f.rule)) problems.push(`${what}: rule id is not kebab-case`);
    if (typeof f.message !== 'string' || f.message.trim() === '') problems.push(`${what}: empty message`);
    if (f.fix) checkFix(text, f.fix, what, problems);
    if (ok && kind === 'placeholder') {
      const p = f as Finding & { kind: string; text: string };
      if (p.kind === 'redaction' && text.slice(f.span.start, f.span.end) !== p.text) problems.push(`${what}: text ${JSON.stringify(p.text)} differs from the text at its span`);
    }
  });
}

function checkFigures(text: string, a: Analysis, problems: string[]): void {
  a.figures.forEach((fig, i) => {
    const what = `figure #${i} ${JSON.stringify(fig.text)}`;
    if (checkSpan(text, fig.span, what, problems) && text.slice(fig.span.start, fig.span.end) !== fig.text) problems.push(`${what}: text differs from the text at its span`);
    if (!Number.isFinite(fig.value)) problems.push(`${what}: value ${fig.value} is not finite`);
    if (fig.valueTo !== undefined && !Number.isFinite(fig.valueTo)) problems.push(`${what}: valueTo ${fig.valueTo} is not finite`);
    if (fig.normalized && !Number.isFinite(fig.normalized.value)) problems.push(`${what}: normalized value is not finite`);
  });
}

/** Renumbering and restyling commands: every edit stays inside a heading marker. */
function checkCommands(text: string, a: Analysis, options: Options, problems: string[]): void {
  const check = (edits: readonly TextEdit[], name: string) => {
    let pos = -1;
    for (const e of [...edits].sort((x, y) => x.span.start - y.span.start)) {
      if (!checkSpan(text, e.span, `${name} edit`, problems)) return;
      if (e.span.start < pos) return void problems.push(`${name}: edits overlap at ${e.span.start}`);
      pos = e.span.end;
      if (!a.outline.some((h) => h.markerSpan.start <= e.span.start && e.span.end <= h.markerSpan.end)) {
        problems.push(`${name}: edit [${e.span.start}, ${e.span.end}) is not inside a heading marker`);
      }
    }
  };
  check(renumberDocument(text, a.outline), 'renumberDocument');
  check(normalizeStyle(text, a.outline, options.houseStyle), 'normalizeStyle');
}

/** What the editor shows from an analysis (hovers, exports, positions) is computed without throwing, for any analysis. */
function checkViews(text: string, a: Analysis, problems: string[]): void {
  const step = (name: string, f: () => unknown) => {
    try {
      f();
    } catch (e) {
      problems.push(`${name} threw: ${(e as Error)?.message ?? String(e)}`);
    }
  };
  step('looksLikeReport', () => looksLikeReport(text));
  for (const h of a.outline) step(`summarizeSection(${h.marker})`, () => summarizeSection(h, a));
  for (const f of a.figures) step(`summarizeFigure(${f.text})`, () => summarizeFigure(f, a, text));
  step('figure export', () => {
    const rows = buildFigureRows(a, text);
    buildFiguresCsv(rows);
    buildFiguresJson(rows);
  });
  const index = new LineIndex(text);
  const offsets = [
    ...a.outline.flatMap((h) => [h.markerSpan.start, h.titleSpan.end, h.section.end]),
    ...[...a.placeholders, ...a.numbering, ...a.figureChecks, ...a.figures].flatMap((x) => [x.span.start, x.span.end]),
  ];
  for (const o of offsets) {
    const p = index.position(o);
    if (index.offset(p.line, p.character) !== o) problems.push(`LineIndex: offset ${o} does not round-trip through line ${p.line}:${p.character}`);
  }
}

/** The broken invariants of one analysis of `text` (made with `options`), apart from determinism. */
export function invariantProblems(text: string, a: Analysis, options: Options): string[] {
  const problems: string[] = [];
  checkHeadings(text, a, options, problems);
  checkTree(a, problems);
  checkFindings(text, a.placeholders, 'placeholder', problems);
  checkFindings(text, a.numbering, 'numbering', problems);
  checkFindings(text, a.figureChecks, 'figure check', problems);
  checkFigures(text, a, problems);
  if (options.parts.outline) checkCommands(text, a, options, problems);
  checkViews(text, a, problems);
  return problems;
}

/** Runs analyze() and returns every broken invariant (empty when all hold). Never throws: a throw is a violation. */
export function analysisProblems(text: string, overrides: Partial<Options> = {}): string[] {
  const options = resolveOptions(overrides);
  let a: Analysis;
  try {
    a = analyze(text, overrides);
  } catch (e) {
    return [`analyze() threw: ${(e as Error)?.stack ?? String(e)}`];
  }
  try {
    const problems = invariantProblems(text, a, options);
    // The text after every offered fix is applied must still analyse.
    const fixed = applyEdits(text, collectFixes([...a.placeholders, ...a.numbering, ...a.figureChecks]));
    if (fixed !== text) analyze(fixed, overrides);
    if (!isDeepStrictEqual(analyze(text, overrides), a)) problems.push('analyze() is not deterministic: a second run differs');
    return problems;
  } catch (e) {
    return [`threw: ${(e as Error)?.stack ?? String(e)}`];
  }
}

/** Throws an error listing the violations (fast-check reports it together with the seed and the shrunk input). */
export function assertAnalysisInvariants(text: string, overrides: Partial<Options> = {}): void {
  const problems = analysisProblems(text, overrides);
  if (problems.length) throw new Error(`${problems.length} invariant(s) broken:\n  ${problems.slice(0, 8).join('\n  ')}`);
}
