import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findPeriod, findPeriodIn, findPeriodInText, isPeriodAnchor, leadingPeriodLength, newPeriodScan, periodEnd } from '../../src/core/figures/periods';

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

  /** Only the anchors that isPeriodAnchor accepts, as the figure scan records them. */
  const liveAnchorsOf = (text: string) => anchorsOf(text).filter((k) => isPeriodAnchor(text, k));

  /** Every growing window of `line` from `from` through findPeriodInText, against a scan of the window from scratch. */
  function checkWindows(line: string, from = 0, anchors = anchorsOf(line)): number {
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
      for (const line of inputLines(file)) withPeriod += checkWindows(line) + checkWindows(line, 0, liveAnchorsOf(line));
      assert.ok(withPeriod > 0);
    });
  }

  it('periods that run on past their last anchor, cut at every length, from every start', () => {
    const pieces = [
      '截至目前', '年初以来', '今年以来', '2023年度', '1-9月份', '十一至十二月中旬', '二十一至二十二月', '截至第三季度末', '较去年', '去年', '上半年',
      '本年度', '全年', '2021年至2025年度', '2021—2025年', '截至２０２３年底',
    ];
    let withPeriod = 0;
    for (const a of pieces) {
      for (const b of pieces) {
        const line = `完成${a}产值${b}增长`;
        for (let from = 0; from < 4; from++) withPeriod += checkWindows(line, from) + checkWindows(line, from, liveAnchorsOf(line));
      }
    }
    assert.ok(withPeriod > 0);
  });
});

/*
 * The period expression was a regular expression; it is read by hand now. The expression stays here as the
 * reference: both must find the same periods, at the same offsets, in every text.
 */
const D = '[0-9０-９]';
const Y = `[2２][0０]${D}${D}`;
const N = `(?:${D}{1,2}|[一二三四五六七八九十]{1,3})`;
const periodPattern =
  `截[至止](?:(?:今年|本年|当年|${Y}年)[底末]|(?:今年|本年|当年|${Y}年)?(?:${N}月(?:份|底|末|中旬|上旬|下旬)?|目前|年底|上半年|第?[一二三四]季度末?|前三季度))` +
  `|(?:今年|本年|${Y}年)?${N}[-－—–~～至]${N}月份?` +
  `|(?:${Y}年)?(?:上半年|下半年|前三季度|第?[一二三四]季度)|今年以来|年初以来|半年来|全年(?!目标的|任务的)|今年|本年度|(?<![比较同与是])去年|(?<![比较与])(?<![0-9０-９年][-－—–~～至])(?:${Y}年?[-－—–~～至])?${Y}年度?`;
const periodsByRegex = (text: string) => [...text.matchAll(new RegExp(periodPattern, 'g'))].map((m) => `${m.index}:${m[0]}`);
const leadingByRegex = (text: string) => {
  const re = new RegExp(`^(?:${periodPattern})(?:以来|来|内|底|初|中|末)?`, 'y');
  return re.test(text) ? re.lastIndex : -1;
};
/** Every period in the text with its offset, by periodEnd, as findPeriod steps through them. */
function periodsByHand(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; ) {
    const end = periodEnd(text, i, 0, text.length);
    if (end < 0) {
      i++;
      continue;
    }
    found.push(`${i}:${text.slice(i, end)}`);
    i = end;
  }
  return found;
}

describe('figures: the period expression read by hand finds what its regular expression finds', () => {
  const pieces = [
    '截', '至', '止', '今', '本', '当', '年', '2', '0', '1', '3', '9', '月', '份', '底', '末', '中', '上', '下', '旬', '目', '前', '第',
    '一', '二', '三', '四', '十', '五', '季', '度', '-', '－', '—', '~', '～', '半', '来', '以', '初', '全', '去', '比', '较', '同', '内',
    '镇', '，', '两', '截至', '截止', '今年', '本年', '当年', '2023年', '2024年度', '1-9月', '一至三月', '上半年', '下半年', '前三季度',
    '第三季度', '三季度末', '今年以来', '年初以来', '半年来', '全年', '本年度', '去年', '比去年', '年底', '目前', '12月份', '中旬', '十二月',
    '２', '０', '９', '２０２３年', '１-９月', '2021—2025年', '2021', '2025', '至', '年至', '比2022年', '较2023年度', '与', '是', '目标', '任务', '目', '务', '的', '比2021-', '-2023年',
  ];
  /** Texts made of the pieces, from a fixed seed. */
  function* texts(count: number): Generator<string> {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let t = 0; t < count; t++) {
      let text = '';
      for (let k = next() % 9; k > 0; k--) text += pieces[next() % pieces.length];
      yield text;
    }
  }

  it('the last period of a text and the period at the start of a label', () => {
    let found = 0;
    for (const text of texts(20000)) {
      const byRegex = periodsByRegex(text);
      assert.deepEqual(periodsByHand(text), byRegex, JSON.stringify(text));
      const last = byRegex.length ? byRegex[byRegex.length - 1].replace(/^\d+:/, '') : '';
      assert.equal(findPeriod(text), last, JSON.stringify(text));
      assert.equal(leadingPeriodLength(text, 0, text.length), leadingByRegex(text), JSON.stringify(text));
      // Within a longer text: what lies outside the bounds is not read (去年 after 比 counts at the start).
      assert.equal(leadingPeriodLength(`比${text}2`, 1, text.length + 1), leadingByRegex(text), JSON.stringify(text));
      if (last) found++;
    }
    assert.ok(found > 1000, `${found} texts with a period`);
  });

  it('every period, at its offset, on the fixture lines', () => {
    let found = 0;
    for (const file of ['extraction.txt', 'non-figures.txt']) {
      for (const line of inputLines(file)) {
        const byRegex = periodsByRegex(line);
        assert.deepEqual(periodsByHand(line), byRegex, JSON.stringify(line));
        found += byRegex.length;
      }
    }
    assert.ok(found > 0);
  });
});
