import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { figureRules } from '../../src/core/figureChecks';

/** The figure findings of a text as "rule @ figure text". */
function findings(text: string): string[] {
  const a = analyze(text, { parts: { outline: true, placeholders: false, figures: true, numbering: false } });
  return a.figureChecks.map((f) => `${f.rule} @ ${text.slice(f.span.start, f.span.end)}`);
}

const cases: Array<{ rule: string; text: string; expected: string[] }> = [
  // figure-inconsistent-value
  {
    rule: 'figure-inconsistent-value',
    text: '今年以来，全镇实现规上工业产值29.74亿元，同比增长31.3%。\n经济运行稳中有进，规上工业产值29.7亿元。',
    expected: ['figure-inconsistent-value @ 29.7亿元'],
  },
  {
    rule: 'figure-inconsistent-value',
    text: '完成固定资产投资33.27亿元。\n其他指标略。完成固定资产投资33.27万元。',
    expected: ['figure-inconsistent-value @ 33.27万元'],
  },
  { rule: 'figure-inconsistent-value', text: '完成固定资产投资33.27亿元。\n重申：完成固定资产投资33.27亿元。', expected: [] },
  { rule: 'figure-inconsistent-value', text: '上半年规上工业产值12亿元。全年规上工业产值29.74亿元。', expected: [] },
  { rule: 'figure-inconsistent-value', text: '新增行政村3个。另有行政村31个。', expected: [] },
  { rule: 'figure-inconsistent-value', text: '规上工业产值29.74亿元，其中规上工业产值12亿元来自新企业。', expected: [] },
  { rule: 'figure-inconsistent-value', text: '规上工业产值约29亿元。规上工业产值29.74亿元。', expected: [] },
  // percent-for-points
  { rule: 'percent-for-points', text: '高新技术企业占比提高2%。', expected: ['percent-for-points @ 2%'] },
  { rule: 'percent-for-points', text: '服务业增加值比重同比上升3.5%。', expected: ['percent-for-points @ 3.5%'] },
  { rule: 'percent-for-points', text: '高新技术企业占比提高2个百分点。', expected: [] },
  { rule: 'percent-for-points', text: '规上工业产值增长31.3%。', expected: [] },
  { rule: 'percent-for-points', text: '高新技术企业占比达45%。', expected: [] },
  // share-over-100
  { rule: 'share-over-100', text: '产品抽检合格率达120%。', expected: ['share-over-100 @ 120%'] },
  { rule: 'share-over-100', text: '代办事项占比135%。', expected: ['share-over-100 @ 135%'] },
  { rule: 'share-over-100', text: '工业性投资完成率128%。', expected: [] },
  { rule: 'share-over-100', text: '完成县年度指标115%。', expected: [] },
  { rule: 'share-over-100', text: '办结率100%。', expected: [] },
];

describe('figure consistency rules', () => {
  it('are registered with their ids and default severity information', () => {
    assert.deepEqual(figureRules.map((r) => [r.id, r.defaultSeverity]), [
      ['figure-inconsistent-value', 'information'],
      ['percent-for-points', 'information'],
      ['share-over-100', 'information'],
    ]);
  });

  for (const c of cases) {
    it(`${c.rule}: ${c.text.replace(/\n/g, '⏎')}`, () => {
      assert.deepEqual(findings(c.text).filter((f) => f.startsWith(c.rule)), c.expected);
    });
  }

  it('figure-inconsistent-value names the line of the earlier value, counting \\n, \\r\\n and a lone \\r', () => {
    // The earlier values are on lines 2 and 1, in that order of the findings; a later, consistent line is not read.
    const text = '规上工业产值29.74亿元。\r\n完成固定资产投资33.27亿元。\r其他指标略。\n完成固定资产投资12亿元。\n规上工业产值30亿元。\n结束。';
    const a = analyze(text, { parts: { outline: true, placeholders: false, figures: true, numbering: false } });
    assert.deepEqual(
      a.figureChecks.map((f) => `${text.slice(f.span.start, f.span.end)} ${/on line \d+/.exec(f.message)?.[0]}`),
      ['12亿元 on line 2', '30亿元 on line 1'],
    );
  });

  it('a rule set to off reports nothing', () => {
    const a = analyze('产品抽检合格率达120%。', { rules: { 'share-over-100': 'off' } });
    assert.deepEqual(a.figureChecks, []);
  });

  it('severity follows the settings', () => {
    const a = analyze('产品抽检合格率达120%。', { rules: { 'share-over-100': 'warning' } });
    assert.deepEqual(a.figureChecks.map((f) => f.severity), ['warning']);
  });
});
