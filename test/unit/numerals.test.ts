import * as assert from 'node:assert/strict';
import {
  isChineseDigit,
  isChineseNumeralChar,
  isDigitCode,
  parseChineseNumeral,
  parseChineseNumeralAt,
  parseCircled,
  toChineseNumeral,
  toCircled,
  toHalfWidthDigits,
} from '../../src/core/numerals';

describe('numerals', () => {
  describe('parseChineseNumeral', () => {
    const cases: Array<[string, number | null]> = [
      ['一', 1], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['九十九', 99], ['一百', 100],
      ['一百零五', 105], ['一百一十三', 113], ['两', 2], ['两千', 2000], ['七百', 700], ['三千零一', 3001],
      ['一万', 10000], ['十万', 100000], ['一亿', 1e8], ['一万零五百', 10500],
      ['二〇二三', 2023], ['一九九八', 1998], ['〇', 0], ['零', 0], ['壹拾', 10], ['叁佰', 300],
      ['', null], ['二三', 23], ['十二三', null], ['十十', null], ['百', null], ['一二三', 123], ['万', null], ['两三', null], ['一x', null], ['千百', null],
    ];
    for (const [s, expected] of cases) {
      it(`${s || '(empty)'} → ${expected}`, () => assert.equal(parseChineseNumeral(s), expected));
    }
  });

  describe('parseChineseNumeralAt', () => {
    it('reads a numeral in place inside a longer text', () => {
      const text = '第十二条和（一百零五）';
      assert.equal(parseChineseNumeralAt(text, 1, 3), 12);
      assert.equal(parseChineseNumeralAt(text, 6, 10), 105);
      assert.equal(parseChineseNumeralAt(text, 3, 3), null);
    });
    it('agrees with parseChineseNumeral on every string of up to 3 numeral characters', () => {
      const alphabet = [...'〇零一二三四五六七八九两十百千万亿壹拾佰'];
      const check = (s: string, depth: number) => {
        if (s) assert.equal(parseChineseNumeralAt(`<${s}>`, 1, s.length + 1), parseChineseNumeral(s), s);
        if (depth < 3) for (const c of alphabet) check(s + c, depth + 1);
      };
      check('', 0);
    });
  });

  describe('toChineseNumeral', () => {
    const cases: Array<[number, string]> = [
      [1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [99, '九十九'], [105, '一百零五'], [110, '一百一十'],
      [2023, '二千零二十三'], [10500, '一万零五百'], [0, '〇'],
    ];
    for (const [n, expected] of cases) it(`${n} → ${expected}`, () => assert.equal(toChineseNumeral(n), expected));
    it('round-trips 1..300 through parseChineseNumeral', () => {
      for (let n = 1; n <= 300; n++) assert.equal(parseChineseNumeral(toChineseNumeral(n)), n);
    });
  });

  describe('digits and circled numbers', () => {
    it('toHalfWidthDigits', () => {
      assert.equal(toHalfWidthDigits('１２．５亿元'), '12.5亿元');
      assert.equal(toHalfWidthDigits('2023年'), '2023年');
    });
    it('isDigitCode', () => {
      assert.deepEqual([...'0９a．'].map((c) => isDigitCode(c.charCodeAt(0))), [true, true, false, false]);
    });
    it('parseCircled and toCircled', () => {
      assert.deepEqual(['①', '⑩', '⑳', '㉑', '㉟', '㊱', '㊿', '1', '⓪'].map(parseCircled), [1, 10, 20, 21, 35, 36, 50, null, null]);
      for (let n = 1; n <= 50; n++) assert.equal(parseCircled(toCircled(n)), n);
      assert.equal(toCircled(51), '(51)');
    });
    it('numeral characters', () => {
      assert.deepEqual([...'一十两万x'].map(isChineseNumeralChar), [true, true, true, true, false]);
      assert.deepEqual([...'一十两'].map(isChineseDigit), [true, false, true]);
    });
  });
});
