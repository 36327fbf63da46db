import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseHeadings } from '../../src/core/headings';
import { buildOutline } from '../../src/core/outline';
import { resolveOptions } from '../../src/core/options';
import type { Heading, OutlineNode } from '../../src/core/types';

const corpus = path.join(__dirname, '../../../test/fixtures/corpus');
const options = resolveOptions();

function outlineOf(text: string): { headings: Heading[]; tree: OutlineNode[] } {
  const headings = parseHeadings(text, options);
  return { headings, tree: buildOutline(headings, text.length) };
}

/** The tree as "marker[children]" text, to compare nesting at a glance. */
function shape(nodes: OutlineNode[]): string {
  return nodes.map((n) => n.heading.marker + (n.children.length ? `[${shape(n.children)}]` : '')).join(' ');
}

describe('buildOutline', () => {
  it('nests by level and closes a section at the next heading of the same or a higher level', () => {
    const text = '一、甲\n（一）乙\n1.丙\n2.丁\n（二）戊\n二、己\n';
    const { headings, tree } = outlineOf(text);
    assert.equal(shape(tree), '一、[（一）[1. 2.] （二）] 二、');
    const sections = headings.map((h) => [h.marker, text.slice(h.section.start, h.section.end)]);
    assert.deepEqual(sections, [
      ['一、', '一、甲\n（一）乙\n1.丙\n2.丁\n（二）戊\n'],
      ['（一）', '（一）乙\n1.丙\n2.丁\n'],
      ['1.', '1.丙\n'],
      ['2.', '2.丁\n'],
      ['（二）', '（二）戊\n'],
      ['二、', '二、己\n'],
    ]);
  });

  it('puts a skipped level directly under the nearest higher heading', () => {
    assert.equal(shape(outlineOf('二、安排1.推进创建。一是对接。\n三、打算\n').tree), '二、[1.[一是]] 三、');
  });

  it('ends items at the next item and at the next heading', () => {
    const text = '（一）甲。一是乙。二是丙。（二）丁。';
    const { headings, tree } = outlineOf(text);
    assert.equal(shape(tree), '（一）[一是 二是] （二）');
    assert.deepEqual(headings.map((h) => text.slice(h.section.start, h.section.end)), ['（一）甲。一是乙。二是丙。', '一是乙。', '二是丙。', '（二）丁。']);
  });

  it('keeps a restarted list as siblings (四、…一、二、)', () => {
    assert.equal(shape(outlineOf('四、打算一、落实责任。二、服务企业。\n').tree), '四、 一、 二、');
  });

  it('returns an empty tree for no headings', () => {
    assert.deepEqual(buildOutline([], 10), []);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The development corpus: the same matching as scripts/score.mjs (marker offset within 1, greedy in document order).

interface GoldHeading {
  level: number | 'item';
  marker: string;
  title: string;
  offset: number;
}

const squeeze = (s: string) => s.replace(/[\s*]+/g, '').replace(/[。；;：:，,、]+$/, '');
/** Titles agree when equal, or when one contains the other and is at least 60 % of its length. */
function sameTitle(gold: string, predicted: string): boolean {
  const g = squeeze(gold);
  const p = squeeze(predicted);
  if (!g) return true;
  if (!p) return false;
  if (g === p) return true;
  const [s, l] = g.length < p.length ? [g, p] : [p, g];
  return l.includes(s) && s.length >= 0.6 * l.length;
}

function matchByOffset<T extends { offset: number }, U extends { offset: number }>(gold: T[], predicted: U[]) {
  const used = new Set<number>();
  const pairs: Array<[T, U]> = [];
  for (const g of gold) {
    const i = predicted.findIndex((p, k) => !used.has(k) && Math.abs(p.offset - g.offset) <= 1);
    if (i >= 0) {
      used.add(i);
      pairs.push([g, predicted[i]]);
    }
  }
  return { pairs, missed: gold.length - pairs.length, extra: predicted.length - pairs.length };
}

describe('outline on the development corpus (test/fixtures/corpus)', () => {
  const totals = { tp: 0, fp: 0, fn: 0, levelOk: 0, titleOk: 0, itemTp: 0, itemFn: 0 };
  const problems: string[] = [];
  before(() => {
    for (const goldFile of fs.readdirSync(path.join(corpus, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
      const gold = JSON.parse(fs.readFileSync(path.join(corpus, 'gold', goldFile), 'utf8')) as { doc: string; headings: GoldHeading[] };
      let text = fs.readFileSync(path.join(corpus, 'docs', gold.doc), 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const predicted = parseHeadings(text, options).map((h) => ({ ...h, offset: h.markerSpan.start }));
      const headings = matchByOffset(gold.headings.filter((h) => h.level !== 'item'), predicted.filter((h) => h.kind === 'heading'));
      totals.tp += headings.pairs.length;
      totals.fn += headings.missed;
      totals.fp += headings.extra;
      for (const [g, p] of headings.pairs) {
        if (g.level === p.level) totals.levelOk++;
        else problems.push(`${gold.doc}@${g.offset}: level ${p.level} ≠ ${g.level}`);
        if (sameTitle(g.title, p.title)) totals.titleOk++;
        else problems.push(`${gold.doc}@${g.offset}: title "${p.title}" ≠ "${g.title}"`);
      }
      const items = matchByOffset(gold.headings.filter((h) => h.level === 'item'), predicted.filter((h) => h.kind === 'item'));
      totals.itemTp += items.pairs.length;
      totals.itemFn += items.missed;
    }
  });

  it('headings precision ≥ 0.97', () => assert.ok(totals.tp / (totals.tp + totals.fp) >= 0.97, JSON.stringify(totals)));
  it('headings recall ≥ 0.97', () => assert.ok(totals.tp / (totals.tp + totals.fn) >= 0.97, JSON.stringify(totals)));
  it('level accuracy ≥ 0.98', () => assert.ok(totals.levelOk / totals.tp >= 0.98, problems.join('\n')));
  it('title accuracy ≥ 0.9', () => assert.ok(totals.titleOk / totals.tp >= 0.9, problems.join('\n')));
  it('items recall ≥ 0.9', () => assert.ok(totals.itemTp / (totals.itemTp + totals.itemFn) >= 0.9, JSON.stringify(totals)));
});
