import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findPeriod, findPeriodIn, newPeriodScan } from '../../src/core/figures/periods';

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
});
