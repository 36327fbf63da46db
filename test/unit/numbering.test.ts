import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { checkNumbering, fixAllNumbering, numberingRules } from '../../src/core/numbering';
import { resolveOptions, type Options } from '../../src/core/options';
import { numberingMessages } from '../../src/core/numberingMessages';
import { applyEdits } from '../../src/core/renumber';
import type { Finding } from '../../src/core/types';
import { parseTestOutline } from './numberingFixtures';
import { assertGolden, caseNames, formatFindings, readCase } from './numberingGolden';

function check(text: string, options: Partial<Options> = {}): Finding[] {
  return checkNumbering({ text, options: resolveOptions(options), outline: parseTestOutline(text), figures: [] });
}

const atWarning = (fs: Finding[]) => fs.filter((f) => f.severity === 'warning' || f.severity === 'error');
const rulesAt = (text: string, fs: Finding[], needle: string) =>
  fs.filter((f) => f.span.start === text.indexOf(needle)).map((f) => f.rule).sort();

describe('numbering rules', () => {
  describe('fixture → findings (golden)', () => {
    for (const name of caseNames()) {
      it(name, () => {
        const text = readCase(name);
        assertGolden(`${name}.findings`, formatFindings(text, check(text)));
      });
    }
  });

  it('finds a gap among sibling headings and fixes it by renumbering', () => {
    const text = '一、甲\n二、乙\n四、丁\n';
    const [gap] = check(text);
    assert.equal(gap.rule, 'numbering-gap');
    assert.equal(gap.severity, 'warning');
    assert.equal(applyEdits(text, gap.fix!), '一、甲\n二、乙\n三、丁\n');
  });

  it('finds a duplicate, numbers going backwards and a wrong first number', () => {
    const text = '一、甲\n（二）乙\n（二）丙\n（一）丁\n二、戊\n1.己\n3.庚\n2.辛\n';
    const found = atWarning(check(text));
    assert.deepEqual(
      found.map((f) => [f.rule, text.slice(f.span.start, f.span.end)]),
      [
        ['numbering-start', '（二）'],
        ['numbering-duplicate', '（二）'],
        ['numbering-restart', '（一）'],
        ['numbering-level-skip', '1.'],
        ['numbering-gap', '3.'],
        ['numbering-order', '2.'],
      ],
    );
  });

  it('lets a document open mid-sequence, at information at most', () => {
    const text = '（二）乙\n（三）丙\n三、丁\n四、戊\n';
    const found = check(text);
    assert.deepEqual(atWarning(found), []);
    assert.deepEqual(found.map((f) => f.rule), ['numbering-fragment-start', 'numbering-fragment-start']);
    assert.equal(found[0].severity, 'hint');
  });

  it('accepts a restart after an unnumbered title line, not one glued to the previous heading', () => {
    assert.deepEqual(atWarning(check(readCase('restart-after-title'))), []);
    const text = readCase('restart');
    assert.deepEqual(rulesAt(text, check(text), '一、切实'), ['numbering-restart']);
  });

  it('reports nothing on a document that follows the house style', () => {
    assert.deepEqual(check(readCase('clean')), []);
  });

  it('does not warn about the seams of a text pasted together from fragments, one per line', () => {
    const text = readCase('fragments');
    const warnings = atWarning(check(text));
    // Inside the fragments: 二、…1. (level skip), 四、…一、 (restart), 、 (lost number), 七是…四是 (backwards).
    assert.deepEqual(
      warnings.map((f) => [f.rule, text.slice(f.span.start, f.span.end)]),
      [
        ['numbering-level-skip', '1.'],
        ['numbering-restart', '一、'],
        ['numbering-missing-number', '、'],
        ['item-order', '四是'],
      ],
    );
  });

  it('reads a text pasted together from fragments alike with CRLF line ends', () => {
    const lf = readCase('fragments').replace(/\r\n/g, '\n');
    const crlf = lf.replace(/\n/g, '\r\n');
    const seen = (text: string) => check(text).map((f) => [f.rule, f.severity, text.slice(f.span.start, f.span.end)]);
    assert.deepEqual(seen(crlf), seen(lf));
    assert.ok(seen(lf).some(([rule]) => rule === 'numbering-fragment-start'));
  });

  it('tells a collection of fragments from a report by the length of the lines the breaks open', () => {
    // The same markers, each opening a long excerpt (a collection, one fragment per line) or a short title (a report).
    const body = '加强组织领导，完善工作机制，推进重点项目建设，全面提升治理能力和水平。'.repeat(8);
    const markers = ['一、', '三、', '（二）', '（一）', '五、', '二、', '（四）', '1.'];
    const warnings = (text: string) => atWarning(check(text)).map((f) => f.rule);
    for (const nl of ['\n', '\r\n']) {
      assert.deepEqual(warnings(markers.map((m) => `${m}${body}`).join(nl)), [], JSON.stringify(nl));
      assert.notDeepEqual(warnings(markers.map((m) => `${m}工作要求`).join(nl)), [], JSON.stringify(nl));
    }
  });

  it('finds a lost number and restores it in the style of its neighbours', () => {
    const text = readCase('missing-number');
    const lost = check(text).find((f) => f.rule === 'numbering-missing-number')!;
    assert.equal(text.slice(lost.span.start, lost.span.end), '、');
    assert.deepEqual(lost.fix!.map((e) => e.newText), ['3、']);
    assert.deepEqual(atWarning(check(applyEdits(text, lost.fix!))), []);
  });

  it('finds doubled punctuation after a marker and removes only the extra mark', () => {
    const text = readCase('double-punctuation');
    const found = check(text).filter((f) => f.rule === 'numbering-double-punctuation');
    assert.deepEqual(found.map((f) => text.slice(f.span.start, f.span.end)), ['、', '、', '、']);
    const fixed = applyEdits(text, found.flatMap((f) => f.fix!));
    assert.equal(fixed, '一、工作回顾\n（一）抓产业。\n（二）抓项目。\n1.扩投资。\n2.促消费。\n二、工作计划\n');
  });

  it('finds inline items out of order, with a gap, or repeated', () => {
    const text = readCase('items');
    const found = check(text).filter((f) => f.rule === 'item-order');
    assert.deepEqual(found.map((f) => text.slice(f.span.start, f.span.end)), ['四是', '六是', '四是', '第二，']);
  });

  it('flags mixed marker styles at one level and offers the majority style', () => {
    const text = readCase('mixed-style');
    const found = check(text).filter((f) => f.rule === 'numbering-mixed-style');
    assert.deepEqual(found.map((f) => [text.slice(f.span.start, f.span.end), f.fix?.[0].newText]), [
      ['(二)', '（二）'],
      ['2、', '2.'],
      ['４．', '4.'],
    ]);
    assert.ok(found.every((f) => f.severity === 'information'));
  });

  it('reports the house style only as a hint, and not at all when turned off', () => {
    const text = readCase('house-style');
    const found = check(text).filter((f) => f.rule === 'numbering-house-style');
    assert.equal(found.length, 5);
    assert.ok(found.every((f) => f.severity === 'hint'));
    assert.deepEqual(check(text, { rules: { 'numbering-house-style': 'off' } }).filter((f) => f.rule === 'numbering-house-style'), []);
  });

  it('follows a configured house style', () => {
    const text = '一、甲\n(一)乙\n1、丙\n';
    const houseStyle: Options['houseStyle'] = ['cn-comma', 'cn-paren-half', 'num-comma', 'num-paren-half', 'circled'];
    assert.deepEqual(check(text, { houseStyle }).filter((f) => f.rule === 'numbering-house-style'), []);
  });

  it('accepts numbering carried on from one parent to the next, but not a fresh sequence that skips', () => {
    const text = readCase('carry-over');
    assert.deepEqual(atWarning(check(text)).map((f) => [f.rule, text.slice(f.span.start, f.span.end)]), [['numbering-gap', '（三）']]);
  });

  it('fixes every mechanical problem at once, leaving style alone, and then has nothing left to fix', () => {
    const text = '一、甲\n（一）乙\n（一）丙\n（四）丁\n二、戊\n1、己。2、庚。、辛。\n三、、壬\n一是子。三是丑。\n(五)寅\n';
    const ctx = (t: string) => ({ text: t, options: resolveOptions(), outline: parseTestOutline(t), figures: [] });
    const fixed = applyEdits(text, fixAllNumbering(ctx(text)));
    assert.equal(fixed, '一、甲\n（一）乙\n（二）丙\n（三）丁\n二、戊\n1、己。2、庚。3、辛。\n三、壬\n一是子。二是丑。\n(一)寅\n');
    assert.deepEqual(fixAllNumbering(ctx(fixed)), []);
    assert.deepEqual(fixAllNumbering({ ...ctx(text), options: resolveOptions({ rules: { 'numbering-duplicate': 'off', 'numbering-gap': 'off' } }) })
      .filter((e) => e.span.start < text.indexOf('二、')), []);
  });

  it('never throws, whatever the outline says', () => {
    const text = '一、甲\n';
    const broken = parseTestOutline('一、甲\n二、乙\n三、丙\n').map((h, i) => ({ ...h, markerSpan: { start: 50 + i, end: 40 } }));
    assert.doesNotThrow(() => checkNumbering({ text, options: resolveOptions(), outline: broken, figures: [] }));
    assert.doesNotThrow(() => checkNumbering({ text: '', options: resolveOptions(), outline: [], figures: [] }));
  });

  it('registers each rule once, in a file named after its id, with a message', () => {
    const ids = numberingRules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    const rulesDir = path.resolve(__dirname, '../../../src/core/rules');
    for (const id of ids) {
      assert.ok(fs.existsSync(path.join(rulesDir, `${id}.ts`)), `rules/${id}.ts`);
      assert.ok(Object.keys(numberingMessages).some((k) => k === id || k.startsWith(`${id}.`)), `message for ${id}`);
    }
  });
});

describe('numbering through analyze()', () => {
  // The heading parser does not take a marker followed by doubled punctuation ((一)、) as a heading, so that case
  // is only checked on the reference outline above.
  const parserDependent = new Set(['double-punctuation']);
  for (const name of caseNames().filter((n) => !parserDependent.has(n))) {
    it(`${name}: the same findings as on the reference outline`, () => {
      const text = readCase(name);
      assert.equal(formatFindings(text, analyze(text).numbering), formatFindings(text, check(text)));
    });
  }
});
