import * as assert from 'node:assert/strict';
import { growthStart, isRegexSpace, regexSpaceCodes } from '../../src/core/figures/labels';

/*
 * The growth words at the end of a label were found by a regular expression; they are found by hand now. The
 * expression stays here as the reference: both must give the same start on every text.
 */
const growthTail =
  /(?:(?:较上年|比上年|较去年|比去年|较年初|比年初|较同期|比同期|同比|环比|较)?(?:同期)?(?:增长|增加|增|下降|减少|降低|提高|提升|上升|回落|下滑|减)(?:了|幅为|幅达|速为)?|增幅为?|增速为?|降幅为?)$/;
const startByRegex = (text: string) => {
  const m = growthTail.exec(text);
  return m ? m.index : -1;
};

describe('figures: growth words at the end of a label', () => {
  it('examples', () => {
    assert.equal(growthStart('规上工业增加值增长', 0, 9), 7);
    assert.equal(growthStart('收入较上年同期增长了', 0, 10), 2);
    assert.equal(growthStart('产值增幅为', 0, 5), 2);
    assert.equal(growthStart('产值', 0, 2), -1);
    // Only the window counts: 增长 after it is not read.
    assert.equal(growthStart('产值增长', 0, 2), -1);
  });

  it('finds the start the regular expression finds, on generated texts and within longer ones', () => {
    const pieces = [
      '较上年', '比上年', '较去年', '比去年', '较年初', '比年初', '较同期', '比同期', '同比', '环比', '较', '比', '同期', '同', '期', '增长',
      '增加', '增', '下降', '减少', '降低', '提高', '提升', '上升', '回落', '下滑', '减', '了', '幅为', '幅达', '速为', '幅', '速', '为',
      '达', '增幅为', '降幅', '上', '年', '产值', '收入', '，',
    ];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    let found = 0;
    for (let t = 0; t < 30000; t++) {
      let text = '';
      for (let k = next() % 7; k > 0; k--) text += pieces[next() % pieces.length];
      const expected = startByRegex(text);
      assert.equal(growthStart(text, 0, text.length), expected, JSON.stringify(text));
      const inside = growthStart(`较${text}增长`, 1, text.length + 1);
      assert.equal(inside, expected < 0 ? -1 : expected + 1, JSON.stringify(text));
      if (expected >= 0) found++;
    }
    assert.ok(found > 5000, `${found} texts end with growth words`);
  });
});

describe('regexSpaceCodes', () => {
  it('lists exactly the code points isRegexSpace is true for, which are those \\s matches', () => {
    const listed = [...regexSpaceCodes].sort((a, b) => a - b);
    const found: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      assert.equal(isRegexSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
      if (isRegexSpace(c)) found.push(c);
    }
    assert.deepEqual(listed, found);
  });
});
