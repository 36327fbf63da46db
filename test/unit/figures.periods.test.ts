import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findPeriod, findPeriodIn, findPeriodInText, newPeriodScan } from '../../src/core/figures/periods';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/figures');

/** The input lines of a figures fixture (expectation and comment lines left out). */
function inputLines(file: string): string[] {
  return fs
    .readFileSync(path.join(fixtures, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#') && !line.startsWith('=> '));
}

describe('figures: the period scan that goes on from the previous window of a sentence', () => {
  for (const file of ['extraction.txt', 'non-figures.txt']) {
    it(`${file}: every growing window of every line gets the period of a scan from scratch`, () => {
      let windows = 0;
      let withPeriod = 0;
      for (const line of inputLines(file)) {
        const scan = newPeriodScan();
        for (let end = 1; end <= line.length; end++) {
          const window = line.slice(0, end);
          const expected = findPeriod(window);
          assert.equal(findPeriodIn(window, 0, scan), expected, `window ${JSON.stringify(window)}`);
          windows++;
          if (expected) withPeriod++;
        }
      }
      // The fixtures state periods; a check that never meets one would prove nothing.
      assert.ok(withPeriod > 0 && withPeriod < windows, `${withPeriod} of ${windows} windows have a period`);
    });
  }

  it('starts over when the window belongs to another sentence', () => {
    const scan = newPeriodScan();
    assert.equal(findPeriodIn('截至七月份，全镇完成投资1.2亿元', 0, scan), '截至七月份');
    assert.equal(findPeriodIn('全年新增就业', 40, scan), '全年');
    assert.equal(findPeriodIn('新增就业', 60, scan), '');
  });

  /** The offsets of 截 年 月 季 in the text, as the figure scan records them. */
  const anchorsOf = (text: string) => [...text].flatMap((ch, k) => ('截年月季'.includes(ch) ? [k] : []));

  /** Every growing window of `line` from `from` through findPeriodInText, against a scan of the window from scratch. */
  function checkWindows(line: string, from = 0): number {
    const anchors = anchorsOf(line);
    const scan = newPeriodScan();
    let withPeriod = 0;
    let end = 0;
    for (let to = from + 1; to <= line.length; to++) {
      while (end < anchors.length && anchors[end] < to) end++;
      const expected = findPeriod(line.slice(from, to));
      assert.equal(findPeriodInText(line, from, to, anchors, end, scan), expected, `window ${JSON.stringify(line.slice(from, to))}`);
      if (expected) withPeriod++;
    }
    return withPeriod;
  }

  for (const file of ['extraction.txt', 'non-figures.txt']) {
    it(`${file}: looking only near the anchors gives the period of a scan from scratch`, () => {
      let withPeriod = 0;
      for (const line of inputLines(file)) withPeriod += checkWindows(line);
      assert.ok(withPeriod > 0);
    });
  }

  it('periods that run on past their last anchor, cut at every length, from every start', () => {
    const pieces = ['截至目前', '年初以来', '今年以来', '2023年度', '1-9月份', '十一至十二月中旬', '二十一至二十二月', '截至第三季度末', '较去年', '去年', '上半年', '本年度', '全年'];
    let withPeriod = 0;
    for (const a of pieces) {
      for (const b of pieces) {
        const line = `完成${a}产值${b}增长`;
        for (let from = 0; from < 4; from++) withPeriod += checkWindows(line, from);
      }
    }
    assert.ok(withPeriod > 0);
  });
});
