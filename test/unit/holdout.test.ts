/**
 * Scores on the held-out reports (test/fixtures/holdout): four reports written apart from the development corpus,
 * in other layouts (a county government work report, a web page paste, a Markdown plan, a redacted special report).
 * The matching is that of scripts/score.mjs; the floors are the scores reached, so a change that loses any fails.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { buildFileReport, type FileReport } from '../../src/cli/report';

const holdout = path.resolve(__dirname, '../../../test/fixtures/holdout');

interface Spanned {
  offset: number;
  end?: number;
  text?: string;
}
interface GoldHeading extends Spanned {
  level: number | 'item';
  marker: string;
  title: string;
}
interface GoldPlaceholder extends Spanned {
  kind: string;
}
interface GoldFigure extends Spanned {
  optional?: boolean;
}
interface Gold {
  doc: string;
  headings: GoldHeading[];
  placeholders: GoldPlaceholder[];
  figures: GoldFigure[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const precision = (t: Tally) => t.tp / Math.max(1, t.tp + t.fp);
const recall = (t: Tally) => t.tp / Math.max(1, t.tp + t.fn);

/** Greedy one-to-one matching of gold to predictions in document order (as in scripts/score.mjs). */
function match<G, P>(gold: readonly G[], pred: readonly P[], fits: (g: G, p: P) => boolean) {
  const used = new Set<number>();
  const pairs: Array<[G, P]> = [];
  const missed: G[] = [];
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && fits(g, p));
    if (i >= 0) {
      used.add(i);
      pairs.push([g, pred[i]]);
    } else missed.push(g);
  }
  return { pairs, missed, extra: pred.filter((_, k) => !used.has(k)) };
}
function add(t: Tally, m: { pairs: unknown[]; missed: unknown[]; extra: unknown[] }): void {
  t.tp += m.pairs.length;
  t.fn += m.missed.length;
  t.fp += m.extra.length;
}

const squeeze = (s: string) => s.replace(/[\s*]+/g, '').replace(/[。；;：:，,、]+$/, '');
function sameLabel(gold: string, pred: string): boolean {
  const g = squeeze(gold);
  const p = squeeze(pred);
  if (!g) return true;
  if (!p) return false;
  const [s, l] = g.length < p.length ? [g, p] : [p, g];
  return l.includes(s) && s.length >= 0.6 * l.length;
}
const spanEnd = (x: Spanned) => x.end ?? x.offset + Math.max(1, (x.text ?? '').length);
const overlaps = (g: Spanned, p: Spanned) => p.offset < spanEnd(g) && g.offset < spanEnd(p);
const near = (d: number) => (g: Spanned, p: Spanned) => Math.abs(g.offset - p.offset) <= d;
const isItem = (h: { level: number | string; kind?: string }) => h.level === 'item' || h.kind === 'item';

function score() {
  const s = {
    headings: tally(), items: tally(), redaction: tally(), missingNumber: tally(), figures: tally(),
    level: { ok: 0, n: 0 }, title: { ok: 0, n: 0 }, misses: [] as string[],
  };
  for (const f of fs.readdirSync(path.join(holdout, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(holdout, 'gold', f), 'utf8')) as Gold;
    const text = fs.readFileSync(path.join(holdout, 'docs', gold.doc), 'utf8');
    const pred: FileReport = buildFileReport(gold.doc, text, analyze(text));

    const h = match(gold.headings.filter((x) => !isItem(x)), pred.outline.filter((o) => !isItem(o)), near(1));
    add(s.headings, h);
    for (const [g, p] of h.pairs) {
      s.level.n++;
      if (g.level === p.level) s.level.ok++;
      else s.misses.push(`${gold.doc}: level ${p.level}≠${g.level} ${g.marker}${g.title}`);
      s.title.n++;
      if (sameLabel(g.title, p.title)) s.title.ok++;
      else s.misses.push(`${gold.doc}: title "${p.title}"≠"${g.title}"`);
    }
    const items = match(gold.headings.filter(isItem), pred.outline.filter(isItem), near(1));
    add(s.items, items);

    const isMissing = (x: { kind: string }) => x.kind === 'missing-number';
    const r = match(gold.placeholders.filter((x) => !isMissing(x)), pred.placeholders.filter((x) => !isMissing(x)), overlaps);
    add(s.redaction, r);
    const mn = match(gold.placeholders.filter(isMissing), pred.placeholders.filter(isMissing), (g, p) => near(3)(g, p) || overlaps(g, p));
    add(s.missingNumber, mn);

    // Figures are annotated in part (figures_complete: false): recall only, optional ones neither hit nor miss.
    const optional = match(gold.figures.filter((g) => g.optional), pred.figures, overlaps);
    const fm = match(gold.figures.filter((g) => !g.optional), optional.extra, overlaps);
    s.figures.tp += fm.pairs.length;
    s.figures.fn += fm.missed.length;

    for (const [what, m] of [['heading', h], ['item', items], ['redaction', r], ['missing-number', mn], ['figure', fm]] as const) {
      for (const g of m.missed as Spanned[]) s.misses.push(`${gold.doc}: missed ${what} @${g.offset}`);
      if (what !== 'figure') for (const p of m.extra as Spanned[]) s.misses.push(`${gold.doc}: extra ${what} @${p.offset}`);
    }
  }
  return s;
}

describe('held-out reports', () => {
  const s = score();
  const detail = () => s.misses.join('\n');
  const floors: Array<[string, () => number, number]> = [
    ['heading precision', () => precision(s.headings), 1],
    ['heading recall', () => recall(s.headings), 1],
    ['heading levels', () => s.level.ok / Math.max(1, s.level.n), 1],
    ['heading titles', () => s.title.ok / Math.max(1, s.title.n), 1],
    ['item precision', () => precision(s.items), 1],
    ['item recall', () => recall(s.items), 1],
    ['redaction precision', () => precision(s.redaction), 1],
    ['redaction recall', () => recall(s.redaction), 1],
    ['missing-number precision', () => precision(s.missingNumber), 1],
    ['missing-number recall', () => recall(s.missingNumber), 1],
    ['figure recall on the annotated figures', () => recall(s.figures), 0.994],
  ];
  it('has gold for every document, with enough annotations to mean something', () => {
    assert.equal(fs.readdirSync(path.join(holdout, 'docs')).filter((f) => f.endsWith('.txt')).length, 4);
    assert.ok(s.headings.tp + s.headings.fn >= 60 && s.items.tp + s.items.fn >= 15, detail());
    assert.ok(s.redaction.tp + s.redaction.fn >= 25 && s.missingNumber.tp + s.missingNumber.fn >= 4, detail());
    assert.ok(s.figures.tp + s.figures.fn >= 120, detail());
  });
  for (const [name, value, floor] of floors) {
    it(`${name} stays at or above ${floor}`, () => assert.ok(value() >= floor, `${name} ${value().toFixed(3)} < ${floor}\n${detail()}`));
  }
});
