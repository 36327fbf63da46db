import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  anchorClass, ATTRIBUTE_ANCHOR, attributeWordAt, DONE_ANCHOR, doneWordAt, endsWithWhole, mayStartAttributeWord, mayStartDoneWord,
  mayStartTargetWord, TARGET_ANCHOR, targetWordAt,
} from '../../src/core/figures/words';
import { randomTexts } from './randomTexts';

/*
 * The done-work words, the attribute words and the whole before a count were found by regular expressions over the
 * sentence or clause before a figure; they are found by hand now, only at the places the scan records. The
 * expressions stay here as the reference: both must agree on every window.
 */
const doneWords = /已|累计|共计|截至|截止|完成了|实现了|建成了|今年以来|上半年|1-\d+月/;
const attributeWords = /年产|日产|年处理|日处理|设计|占地|总投资|建筑面积|总面积|全长|长约|宽|规模(?![至到达])|容量|装机|可容纳|年均/;
const wholeBefore = /(?:全部|所有|全)$/;

type WordAt = (text: string, p: number, to: number) => boolean;

/** As the figure scan and describeFigures find a word in text[from, to): at a recorded place, then in full. */
function wordIn(text: string, from: number, to: number, bit: number, mayStart: (text: string, p: number) => boolean, at: WordAt): boolean {
  for (let p = from; p < to; p++) if (anchorClass[text.charCodeAt(p)] & bit && mayStart(text, p) && at(text, p, to)) return true;
  return false;
}
const hasDoneWord = (text: string, from: number, to: number) => wordIn(text, from, to, DONE_ANCHOR, mayStartDoneWord, doneWordAt);
const hasAttributeWord = (text: string, from: number, to: number) => wordIn(text, from, to, ATTRIBUTE_ANCHOR, mayStartAttributeWord, attributeWordAt);

const root = path.resolve(__dirname, '../../../test/fixtures');

/** The lines of the figures fixtures and of the corpus reports. */
function fixtureLines(): string[] {
  const files = [
    ...['extraction.txt', 'non-figures.txt'].map((f) => path.join(root, 'figures', f)),
    ...fs.readdirSync(path.join(root, 'corpus/docs')).map((f) => path.join(root, 'corpus/docs', f)),
  ];
  return files.flatMap((f) => fs.readFileSync(f, 'utf8').split('\n')).filter((line) => line.trim());
}

/** Pieces that make or nearly make the words, with digits, 1-N月 and boundaries. */
const pieces = [
  '已', '累计', '累', '共计', '共', '计', '截至', '截止', '截', '至', '止', '完成了', '完成', '实现了', '实现', '建成了', '建成', '今年以来',
  '今年', '以来', '上半年', '上半', '半年', '1-', '1-9月', '11-12月', '1-月', '1', '-', '9', '月', '年产', '日产', '年处理', '日处理', '处理',
  '年', '日', '产', '设计', '设', '占地', '占', '总投资', '总面积', '总', '投资', '面积', '建筑面积', '建筑', '全长', '长约', '长', '约', '宽',
  '规模', '规模至', '规模达', '规', '模', '到', '达', '容量', '容', '装机', '装', '可容纳', '可容', '年均', '均', '全部', '所有', '全', '部', '所',
  '有', '力争', '确保', '争取', '预计', '力求', '努力实现', '目标是', '目标为', '拟', '模拟', '拟定', '计划', '工作计划', '计划书', '项目', '，',
];


/** Every window of `text` that ends at one of its offsets and starts at most `reach` before it, or at 0. */
function forWindows(text: string, reach: number, check: (from: number, to: number) => void): void {
  for (let to = 0; to <= text.length; to++) {
    check(0, to);
    for (let from = Math.max(1, to - reach); from <= to; from++) check(from, to);
  }
}

describe('figures: done-work and attribute words, and the whole before a count', () => {
  it('examples', () => {
    assert.ok(hasDoneWord('截至目前已完成', 0, 7));
    assert.ok(hasDoneWord('1-10月完成', 0, 7));
    assert.ok(!hasDoneWord('1-10', 0, 4));
    // Only the window counts: 截至 cut after 截 is no word.
    assert.ok(!hasDoneWord('截至', 0, 1));
    assert.ok(hasAttributeWord('项目规模', 0, 4));
    assert.ok(!hasAttributeWord('规模达', 0, 3));
    // 规模 at the end of the window: what follows it is not read.
    assert.ok(hasAttributeWord('规模达', 0, 2));
    assert.ok(endsWithWhole('覆盖全部', 0, 4));
    assert.ok(!endsWithWhole('覆盖全部', 3, 4));
    assert.ok(!endsWithWhole('覆盖全部', 3, 3));
  });

  const cases: [string, RegExp, (text: string, from: number, to: number) => boolean][] = [
    ['done-work words', doneWords, hasDoneWord],
    ['attribute words', attributeWords, hasAttributeWord],
    ['the whole before a count', wholeBefore, endsWithWhole],
  ];
  for (const [name, re, found] of cases) {
    it(`${name}: the regular expression's answer on every window of generated texts`, () => {
      let windows = 0;
      let hits = 0;
      for (const text of randomTexts(pieces, 4000, 6, 7)) {
        forWindows(text, text.length, (from, to) => {
          const expected = re.test(text.slice(from, to));
          assert.equal(found(text, from, to), expected, `${JSON.stringify(text)} [${from}, ${to})`);
          windows++;
          if (expected) hits++;
        });
      }
      assert.ok(hits > windows / 100 && hits < windows - windows / 100, `${hits} of ${windows} windows hold one`);
    });

    it(`${name}: the regular expression's answer on the windows of the fixture texts`, () => {
      let hits = 0;
      for (const line of fixtureLines()) {
        forWindows(line, 40, (from, to) => {
          const expected = re.test(line.slice(from, to));
          assert.equal(found(line, from, to), expected, `${JSON.stringify(line.slice(from, to))} in ${JSON.stringify(line.slice(0, 40))}…`);
          if (expected) hits++;
        });
      }
      assert.ok(hits > 0);
    });
  }
});

describe('figures: the places the scan records for the words', () => {
  /** The window ends a check at `p` is asked with: every short one, and the end of the text. */
  const endsAfter = (text: string, p: number) => [...Array.from({ length: 6 }, (_, k) => p + 1 + k).filter((to) => to < text.length), text.length];

  const cases: [string, number, (text: string, p: number) => boolean, (text: string, p: number, to: number) => boolean][] = [
    ['target words', TARGET_ANCHOR, mayStartTargetWord, (text, p, to) => targetWordAt(text, p, to, p) || targetWordAt(text, 0, to, p)],
    ['done-work words', DONE_ANCHOR, mayStartDoneWord, doneWordAt],
    ['attribute words', ATTRIBUTE_ANCHOR, mayStartAttributeWord, attributeWordAt],
  ];
  for (const [name, bit, mayStart, at] of cases) {
    it(`${name}: the anchor table and the pre-check admit every place the full check accepts`, () => {
      let accepted = 0;
      let places = 0;
      const texts = [...randomTexts(pieces, 4000, 6, 13), ...fixtureLines()];
      for (const text of texts) {
        for (let p = 0; p < text.length; p++) {
          places++;
          if (!endsAfter(text, p).some((to) => at(text, p, to))) continue;
          accepted++;
          const where = `${JSON.stringify(text.slice(p, p + 8))} at ${p} of ${JSON.stringify(text.slice(0, 40))}`;
          assert.ok(anchorClass[text.charCodeAt(p)] & bit, `not in the anchor table: ${where}`);
          assert.ok(mayStart(text, p), `not admitted by the pre-check: ${where}`);
        }
      }
      assert.ok(accepted > 100, `${accepted} of ${places} places start a word`);
    });
  }
});
