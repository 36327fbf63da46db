import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFigures } from '../../src/core/figures';
import { analyze } from '../../src/core/analyze';
import { defaultOptions } from '../../src/core/options';
import type { Figure } from '../../src/core/types';

const corpus = path.resolve(__dirname, '../../../test/fixtures/corpus');

interface GoldFigure {
  text: string;
  offset: number;
  value: number;
  unit: string;
  label: string;
  role: string;
  optional?: boolean;
}

/** The scorer's label rule: one contains the other and the shorter is at least 60% of the longer. */
function sameLabel(gold: string, pred: string): boolean {
  const squeeze = (s: string) => s.replace(/[\s*]+/g, '').replace(/[。；;：:，,、]+$/, '');
  const g = squeeze(gold);
  const p = squeeze(pred);
  if (!g) return true;
  if (!p) return false;
  const [s, l] = g.length < p.length ? [g, p] : [p, g];
  return l.includes(s) && s.length >= 0.6 * l.length;
}

describe('figures on the development corpus', () => {
  let tp = 0, fp = 0, fn = 0, valueOk = 0, unitOk = 0, labelOk = 0, labelN = 0, roleOk = 0;
  for (const file of fs.readdirSync(path.join(corpus, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(corpus, 'gold', file), 'utf8'));
    const text = fs.readFileSync(path.join(corpus, 'docs', gold.doc), 'utf8');
    const predicted = analyze(text).figures;
    const used = new Set<Figure>();
    const overlaps = (g: GoldFigure, p: Figure) => p.span.start < g.offset + g.text.length && g.offset < p.span.end;
    const take = (g: GoldFigure) => {
      const p = predicted.find((x) => !used.has(x) && overlaps(g, x));
      if (p) used.add(p);
      return p;
    };
    for (const g of (gold.figures as GoldFigure[]).filter((x) => x.optional)) take(g);
    for (const g of (gold.figures as GoldFigure[]).filter((x) => !x.optional)) {
      const p = take(g);
      if (!p) { fn++; continue; }
      tp++;
      if (Math.abs(p.value - g.value) <= 1e-9 * Math.max(1, Math.abs(g.value))) valueOk++;
      if (p.unit.replace(/％/g, '%') === g.unit.replace(/％/g, '%')) unitOk++;
      if (p.role === g.role) roleOk++;
      if (g.label) { labelN++; if (sameLabel(g.label, p.label)) labelOk++; }
    }
    fp += predicted.filter((p) => !used.has(p)).length;
  }

  it('finds figures with precision and recall ≥ 0.95', () => {
    assert.ok(tp / (tp + fp) >= 0.95, `precision ${tp / (tp + fp)}`);
    assert.ok(tp / (tp + fn) >= 0.95, `recall ${tp / (tp + fn)}`);
  });
  it('reads values with accuracy ≥ 0.99 and units ≥ 0.97', () => {
    assert.ok(valueOk / tp >= 0.99, `value ${valueOk / tp}`);
    assert.ok(unitOk / tp >= 0.97, `unit ${unitOk / tp}`);
  });
  it('labels figures with accuracy ≥ 0.85', () => assert.ok(labelOk / labelN >= 0.85, `label ${labelOk / labelN}`));
  it('gives roles with accuracy ≥ 0.9', () => assert.ok(roleOk / tp >= 0.9, `role ${roleOk / tp}`));
  it('raises no consistency finding on the corpus (its figures agree)', () => {
    for (const file of fs.readdirSync(path.join(corpus, 'docs'))) {
      const text = fs.readFileSync(path.join(corpus, 'docs', file), 'utf8');
      assert.deepEqual(analyze(text).figureChecks.map((f) => f.message), [], file);
    }
  });
});

describe('figures: linear time', () => {
  const unit = '全镇实现规上工业产值29.74亿元，同比增长31.3%，新建1栋5500平米的标准化厂房，“四个平台”运作，3 个 4 个 5 个';
  const time = (text: string) => {
    const t0 = process.hrtime.bigint();
    extractFigures(text, [], defaultOptions);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  it('takes about ten times as long on ten times the text (one long line)', () => {
    const small = unit.repeat(400);
    const large = unit.repeat(4000);
    time(small); // warm up
    const a = Math.min(time(small), time(small));
    const b = Math.min(time(large), time(large));
    // Loose: noise on a shared machine is up to 2×; a quadratic scan would be ~100×.
    assert.ok(b < a * 30 + 50, `n: ${a.toFixed(1)} ms, 10n: ${b.toFixed(1)} ms`);
  });
  it('stays linear on long runs of digits, numerals, quotes and adjacent figures', () => {
    for (const piece of ['9', '一', '“', '1个', '1.', '百分之', '(', '、三个']) {
      const a = time(piece.repeat(10000));
      const b = time(piece.repeat(100000));
      assert.ok(b < a * 30 + 100, `${piece}: n ${a.toFixed(1)} ms, 10n ${b.toFixed(1)} ms`);
    }
  });
});
