import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { withoutFigures } from '../../src/core/figures';
import { randomTexts } from './randomTexts';
import { cleanAfter, growthStart, isRegexSpace, objectVerbLength, regexSpaceCodes, trimPunct } from '../../src/core/figures/labels';

/*
 * The growth words at the end of a label were found by a regular expression; they are found by hand now. The
 * expression stays here as the reference: both must give the same start on every text.
 */
const growthTail =
  /(?:(?:较上年|比上年|较去年|比去年|较年初|比年初|较同期|比同期|同比|环比|较|年均|平均|[比较][0-9]{4}年的?)?(?:同期)?(?:增长|增加|增产|(?<![新净])增|下降|减少|减产|降低|提高|提升|上升|回升|上涨|下跌|回落|下滑|减)(?:了|幅为|幅达|速为)?|增幅为?|增速为?|降幅为?|涨幅为?|跌幅为?|增长率为?|同比分别|同比|环比)$/;
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
      '达', '增幅为', '降幅', '上', '年', '产值', '收入', '，', '年均', '平均', '均', '新', '净', '增产', '减产', '率', '增长率', '分别',
      '比2022年', '较2021年', '的', '2022', '12', '上涨', '下跌', '回升', '涨幅', '跌幅为', '涨', '跌', '回',
    ];
    let seed = 11;
    // An integer generator (Math.imul): a product in floating point loses its low bits, and the pieces would repeat.
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8;
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

const fixtures = path.resolve(__dirname, '../../../test/fixtures');
/** The lines of the figures fixtures and of the corpus reports. */
const fixtureLines = () =>
  [
    ...['extraction.txt', 'non-figures.txt'].map((f) => path.join(fixtures, 'figures', f)),
    ...fs.readdirSync(path.join(fixtures, 'corpus/docs')).map((f) => path.join(fixtures, 'corpus/docs', f)),
  ]
    .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n'))
    .filter((line) => line.trim());

/*
 * The three matchers below replaced regular expressions (cleanAfter also the helpers it called); the old code stays
 * here as the reference.
 */
const objectVerbs = /^(?:全面|加快|持续|积极|大力|深入|扎实|稳步|着力|重点|进一步|全力)*(?:实施|完成|启动|推进|打造|开展|用于|新建|建成|推动|改造|实行)?/;
const clauseFigures = /[0-9０-９.．]+(?:万|亿)?(?:余|多)?(?:亩|个|家|平方米|元|万元|户|人|吨)?/g;

const afterStops = ['分别', '均', '全部', '全面', '已', '正在', '共计', '共有', '其中', '并', '都', '达', '的', '等', '全力', '实行', '进行', '累计', '合计', '通过'];
const afterQualifiers = ['以上', '以下', '以内', '左右', '上下', '内'];
/**
 * cleanAfter as it was (but for a line break inside a quote, which ends it now, and a closing bracket or a plus sign,
 * which end it too), with trimPunct taken from the module.
 */
function cleanAfterByRegex(text: string, pos: number, limit = 16): string {
  let i = pos;
  for (const q of afterQualifiers) if (text.startsWith(q, i)) { i += q.length; break; }
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0x3000)) i++;
  if (text.charCodeAt(i) === 0x7684) i++; // 的
  const start = i;
  const end = Math.min(text.length, start + limit);
  let quote = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || (c === 34 && !quote)) { quote = true; continue; }
    if (c === 0x201d || c === 34) { quote = false; continue; }
    if (quote && c !== 10 && c !== 13) continue; // a line break ends the noun inside a quote too
    if (/[，,。；;：:！!？?、\n\r(（)）+＋|\t0-9０-９]/.test(text[i])) break;
    if (afterStops.some((w) => text.startsWith(w, i))) break;
    if (i === start && (c === 0x548c || c === 0x53ca || c === 0x4e0e || c === 0x6216)) break; // 和 及 与 或
  }
  if (i === start) return '';
  let s = text.slice(start, i).replace(/[\s\u3000]/g, '');
  if (s.length >= 4 && (s.endsWith('工作') || s.endsWith('任务'))) s = s.slice(0, -2);
  if (s.indexOf('完成') >= 0) s = s.replace(/完成(?!率)/g, '');
  return trimPunct(s);
}

describe('figures: matchers that replaced regular expressions, against them', () => {
  it('objectVerbLength: the length of the adverbs and verb that open a clause', () => {
    const pieces = [
      '全面', '加快', '持续', '积极', '大力', '深入', '扎实', '稳步', '着力', '重点', '进一步', '进一', '全力', '全', '实施', '完成', '启动', '推进', '打造',
      '开展', '用于', '新建', '建成', '推动', '改造', '实行', '实', '建', '园区', '项目', ' ', '，',
    ];
    let verbs = 0;
    const texts = [...randomTexts(pieces, 20000, 5, 3), ...fixtureLines().flatMap((line) => line.split(/[，。；]/))];
    for (const text of texts) {
      const expected = objectVerbs.exec(text)![0].length;
      assert.equal(objectVerbLength(text), expected, JSON.stringify(text));
      if (expected > 0) verbs++;
    }
    assert.ok(verbs > 5000, `${verbs} texts open with adverbs or a verb`);
  });

  it('withoutFigures: a clause with its figures cut out', () => {
    assert.equal(withoutFigures('启动川桥村1.8万亩高标准农田建设', 0, 17), '启动川桥村高标准农田建设');
    const pieces = ['1', '23', '４', '.', '．', '万', '亿', '余', '多', '亩', '个', '家', '平方米', '平方', '元', '万元', '户', '人', '吨', '村', '建设', '，'];
    let cut = 0;
    const texts = [...randomTexts(pieces, 20000, 7, 5), ...fixtureLines()];
    for (const text of texts) {
      // Also a window that ends inside a unit: 平方米 cut to 平方 is no unit.
      for (const [from, to] of [[0, text.length], [1, text.length - 1]]) {
        if (from > to) continue;
        const expected = text.slice(from, to).replace(clauseFigures, '');
        assert.equal(withoutFigures(text, from, to), expected, `${JSON.stringify(text)} [${from}, ${to})`);
        if (expected.length < to - from) cut++;
      }
    }
    assert.ok(cut > 10000, `${cut} windows hold figures`);
  });

  it('cleanAfter: the noun phrase after a figure', () => {
    const pieces = [
      '以上', '以下', '以内', '左右', '上下', '内', '以', ' ', '\u3000', '\t', '的', '“', '”', '"', '，', '。', '、', '(', '（', ')', '）', '+', '|', '\n', '5', '５',
      '分别', '均', '全部', '全面', '已', '正在', '共计', '共有', '其中', '并', '都', '达', '等', '全力', '实行', '进行', '累计', '合计', '通过', '和',
      '及', '与', '或', '完成', '完成率', '完', '工作', '任务', '项目', '企业', '帮扶', '农户', '-', '•', '1)',
    ];
    let nouns = 0;
    for (const text of randomTexts(pieces, 30000, 8, 9)) {
      for (const limit of [16, 4]) {
        const expected = cleanAfterByRegex(text, 0, limit);
        assert.equal(cleanAfter(text, 0, limit), expected, `${JSON.stringify(text)} limit ${limit}`);
        if (expected) nouns++;
      }
    }
    for (const line of fixtureLines()) {
      for (let pos = 0; pos < line.length; pos++) {
        const c = line.charCodeAt(pos - 1);
        // After every digit, as a figure would end there.
        if (!(c >= 48 && c <= 57)) continue;
        assert.equal(cleanAfter(line, pos), cleanAfterByRegex(line, pos), `${JSON.stringify(line.slice(pos - 4, pos + 20))}`);
      }
    }
    assert.ok(nouns > 10000, `${nouns} texts give a noun`);
  });
});
