import * as assert from 'node:assert/strict';
import { formatFigureValue, groupNumber } from '../../src/core/figures/format';

describe('formatFigureValue', () => {
  const cases: Array<[{ value: number; unit: string } | null, string]> = [
    [{ value: 2974000000, unit: '元' }, '29.74亿元 (2,974,000,000 元)'],
    [{ value: 15640000, unit: '元' }, '1,564万元 (15,640,000 元)'],
    [{ value: 7840, unit: '亩' }, '7,840 亩'],
    [{ value: 50000, unit: '平方米' }, '5万平方米 (50,000 平方米)'],
    [{ value: 1263312.05, unit: '元' }, '126.3312万元 (1,263,312.05 元)'],
    [{ value: 66.5, unit: '%' }, '66.5%'],
    [{ value: 2, unit: '个百分点' }, '2 个百分点'],
    [{ value: 15000, unit: '' }, '15,000'],
    [null, ''],
  ];
  for (const [input, expected] of cases) it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(formatFigureValue(input), expected));

  it('groups negative numbers and keeps at most four decimals', () => {
    assert.equal(groupNumber(-1234567.123456), '-1,234,567.1235');
    assert.equal(groupNumber(0), '0');
  });
});
