/** ⑴..⒇ and ⒈..⒛, which word processors write as one character, are read as (1) and 1. headings. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';

const text = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/headings/enclosed-digits.txt'), 'utf8');

describe('enclosed-digit markers', () => {
  const result = analyze(text);
  it('take the levels of 1. and (1), with their numbers', () => {
    assert.deepEqual(
      result.outline.filter((h) => h.level >= 3).map((h) => `${h.level} ${h.marker} ${h.ordinal} ${h.title}`),
      ['3 ⒈ 1 资金保障', '4 ⑴ 1 财政资金', '4 ⑵ 2 社会资本', '4 ⑷ 4 金融资本', '3 ⒉ 2 人才保障'],
    );
  });
  it('name a missing number in the same shape', () => {
    assert.deepEqual(result.numbering.map((f) => `${f.rule} ${f.message}`), ['numbering-gap ⑷ follows ⑵: ⑶ is missing.']);
  });
  it('are not markers after a digit or inside a word', () => {
    assert.deepEqual(analyze('共3⑴项\n').outline.map((h) => h.marker), []);
  });
});
