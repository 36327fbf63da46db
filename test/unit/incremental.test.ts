import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { IncrementalAnalyzer, type TextChange } from '../../src/core/incremental';
import type { Options } from '../../src/core/options';
import { MIN_PIECE, cutsOf } from '../../src/core/lineCuts';

const docsDir = path.resolve(__dirname, '../../../test/fixtures/corpus/docs');
const docs = fs
  .readdirSync(docsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(docsDir, f), 'utf8') }));

/** Deterministic PRNG (mulberry32) so a failing edit sequence can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters that create, break or change headings, figures and placeholders. */
const alphabet = ['一', '二', '三', '、', '（', '）', '(', ')', '1', '2', '5', '.', '．', 'X', 'x', '万', '亿', '元', '%', '。', '，', '：', '是', '第', '\n', ' ', '\u3000', '①', '年', '增长'];

interface Edit {
  text: string;
  change: TextChange;
}

/** Marks that reach along a line (quotes, titles, Markdown stars) and line ends, for edits in cut lines. */
const lineMarks = ['“', '”', '"', '《', '》', '*', '**', '＊', '「', '」', '\r', '\n', '。', '。', '。'];

function randomEdit(text: string, rnd: () => number, letters: string[] = alphabet): Edit {
  const start = Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  // Mostly one-character typing and deletion, sometimes a pasted or cut run of a line or more.
  const deleted = r < 0.45 ? 0 : r < 0.85 ? 1 : Math.floor(rnd() * 200);
  const oldEnd = Math.min(text.length, start + deleted);
  let inserted = '';
  if (r < 0.45 || r >= 0.95) {
    const n = r < 0.45 ? 1 : 1 + Math.floor(rnd() * 6);
    for (let i = 0; i < n; i++) inserted += letters[Math.floor(rnd() * letters.length)];
  } else if (r >= 0.85) {
    const from = Math.floor(rnd() * text.length);
    inserted = text.slice(from, from + Math.floor(rnd() * 300));
  }
  return {
    text: text.slice(0, start) + inserted + text.slice(oldEnd),
    change: { start, oldEnd, newEnd: start + inserted.length },
  };
}

function runSession(text: string, seed: number, edits: number, options: Partial<Options> = {}, verifyLocality = true, letters = alphabet): void {
  const rnd = random(seed);
  const incremental = new IncrementalAnalyzer(options, { verifyLocality });
  assert.deepStrictEqual(incremental.update(text), analyze(text, options));
  // Every line computed on its own equals its share of the whole-text results: the scans are line-local.
  if (verifyLocality) assert.equal(incremental.stats.blockwise, true, 'block-wise results differ from whole-text ones');
  for (let i = 0; i < edits; i++) {
    const edit = randomEdit(text, rnd, letters);
    // Half the updates pass the change, half let the analyzer find it.
    const got = incremental.update(edit.text, i % 2 ? edit.change : undefined);
    assert.deepStrictEqual(got, analyze(edit.text, options), `seed ${seed}, edit ${i} at ${edit.change.start}`);
    text = edit.text;
  }
}

describe('IncrementalAnalyzer', () => {
  for (const [i, doc] of docs.entries()) {
    it(`equals analyze() after each of 30 random edits: ${doc.name}`, () => {
      runSession(doc.text, 1000 + i, 30);
    });
  }

  it('equals analyze() with only some parts enabled', () => {
    const text = docs.map((d) => d.text).join('\n');
    runSession(text, 7, 15, { parts: { outline: false, placeholders: true, figures: false, numbering: false } });
    runSession(text, 8, 15, { parts: { outline: true, placeholders: false, figures: true, numbering: true } });
  });

  it('equals analyze() without the locality check on the first text', () => {
    runSession(docs[docs.length - 1].text, 9, 15, {}, false);
  });

  it('equals analyze() on CRLF text, at the ends of the text and across joined and split lines', () => {
    const text = docs[0].text.slice(0, 4000).replace(/\n/g, '\r\n');
    const incremental = new IncrementalAnalyzer();
    const steps = [
      text,
      text + 'XX万元',
      'XX' + text + 'XX万元',
      ('XX' + text + 'XX万元').replace('\r\n', ''),
      ('XX' + text + 'XX万元').replace('\r\n', '\r\n二、\r\n'),
      '',
      '一、总体情况\n1.完成XX万元\n',
    ];
    for (const step of steps) assert.deepStrictEqual(incremental.update(step), analyze(step));
  });

  it('equals analyze() when a finding quotes the words before it at the start of a line', () => {
    const incremental = new IncrementalAnalyzer();
    for (const step of ['开头\n正文。', '开头\n比重为，', '开头，\r\n率为，得到好评\n占比为。']) {
      assert.deepStrictEqual(incremental.update(step), analyze(step));
    }
  });

  it('finds the change by comparing texts at the edges of its 4096-unit chunks and at both ends', () => {
    let text = docs.map((d) => d.text).join('\n');
    assert.ok(text.length > 3 * 4096, `text of ${text.length} units`);
    const incremental = new IncrementalAnalyzer();
    incremental.update(text);
    for (const at of [0, 1, 4095, 4096, 4097, 8191, 8192, text.length - 4097, text.length - 4096, text.length - 1, text.length]) {
      text = text.slice(0, at) + '二、XX' + text.slice(at);
      assert.deepStrictEqual(incremental.update(text), analyze(text), `insertion at ${at}`);
      text = text.slice(0, at) + text.slice(at + 4);
      assert.deepStrictEqual(incremental.update(text), analyze(text), `deletion at ${at}`);
    }
  });

  it('recomputes only the lines around a one-character edit', () => {
    const text = docs.map((d) => d.text).join('\n');
    const incremental = new IncrementalAnalyzer();
    incremental.update(text);
    const at = text.indexOf('\n', text.length >> 1) - 5;
    const next = text.slice(0, at) + '的' + text.slice(at);
    assert.deepStrictEqual(incremental.update(next, { start: at, oldEnd: at, newEnd: at + 1 }), analyze(next));
    const { blocks, recomputed, blockwise } = incremental.stats;
    // If this fails, figures or placeholders started to depend on other lines and every edit re-analyses everything.
    assert.equal(blockwise, true);
    assert.ok(blocks > 50, `blocks: ${blocks}`);
    assert.ok(recomputed <= 2, `recomputed ${recomputed} of ${blocks} blocks`);
  });

  it('moves the numbering findings for an edit in a long line of body text, checks them again otherwise', () => {
    const body = '全年完成固定资产投资12亿元，同比增长8%，其中工业投资完成6亿元，重点项目建设有序推进，群众满意度持续提升。';
    const text = `一、总体情况\n${body}\n三、主要做法\n（二）强化保障\n${body}\n1.、抓好落实\n短句\n${body}\n`;
    const line = text.indexOf(body) + 10;
    const cases: { name: string; at: number; del: number; ins: string; moved: boolean }[] = [
      { name: 'a character typed in a body line', at: line, del: 0, ins: '的', moved: true },
      { name: 'a character deleted in a body line', at: line, del: 1, ins: '', moved: true },
      { name: 'a line break typed', at: line, del: 0, ins: '\n', moved: false },
      { name: 'a heading typed mid-line', at: line, del: 0, ins: '。二、加强领导', moved: false },
      { name: 'an edit next to a marker', at: text.indexOf('三、') + 2, del: 0, ins: '的', moved: false },
      { name: 'an edit right after 1.、 (doubled punctuation is read there)', at: text.indexOf('1.、') + 3, del: 0, ins: '、', moved: false },
      { name: 'an edit in a short line (it may become an unnumbered title)', at: text.indexOf('短句') + 1, del: 0, ins: '的', moved: false },
    ];
    for (const c of cases) {
      const incremental = new IncrementalAnalyzer();
      const first = incremental.update(text);
      assert.ok(first.numbering.length >= 3, `${first.numbering.length} numbering findings`);
      const next = text.slice(0, c.at) + c.ins + text.slice(c.at + c.del);
      const got = incremental.update(next, { start: c.at, oldEnd: c.at + c.del, newEnd: c.at + c.ins.length });
      assert.deepStrictEqual(got, analyze(next), c.name);
      assert.equal(incremental.stats.numberingMoved, c.moved, c.name);
    }
  });

  describe('on a long line cut into pieces', () => {
    /** The corpus as one line: a report pasted from the web without its line breaks. */
    const oneLine = docs.map((d) => d.text.replace(/\r?\n/g, '')).join('').repeat(2);

    it('equals analyze() after random edits, also of quotes, titles, stars and line breaks', function () {
      this.timeout(60000);
      assert.ok(oneLine.length > 60000, `one line of ${oneLine.length} units`);
      runSession(oneLine, 21, 60, {}, true, alphabet.concat(lineMarks));
      runSession(oneLine.slice(0, 30000), 22, 60, {}, true, lineMarks);
    });

    it('equals analyze() when marks left open make the pieces after them change', () => {
      const incremental = new IncrementalAnalyzer({}, { verifyLocality: true });
      let text = oneLine;
      assert.deepStrictEqual(incremental.update(text), analyze(text));
      assert.equal(incremental.stats.blockwise, true);
      const at = text.indexOf('。', 5000) + 1;
      for (const mark of ['《', '"', '**', '“']) {
        // Opened far before figures and headings, closed far after them: the pieces between must see it.
        text = text.slice(0, at) + mark + text.slice(at);
        assert.deepStrictEqual(incremental.update(text), analyze(text), `${mark} opened`);
        const close = mark === '《' ? '》' : mark === '“' ? '”' : mark;
        const later = text.indexOf('。', at + 9000) + 1;
        text = text.slice(0, later) + close + text.slice(later);
        assert.deepStrictEqual(incremental.update(text), analyze(text), `${mark} closed`);
        text = text.slice(0, at) + text.slice(at + mark.length);
        assert.deepStrictEqual(incremental.update(text), analyze(text), `${mark} opening removed`);
      }
    });

    it('equals analyze() when quotes and titles are put around a cut, with headings and figures inside', () => {
      // Sentences with glued headings, figures and a redaction, one line: every cut is followed by a heading marker.
      const sentence = (k: number) => `${'一二三四五六七八九十'[k % 10]}是全年完成投资${k + 1}.5亿元，同比增长${k % 9}%，惠及XX户。`;
      let line = '';
      for (let k = 0; line.length < 60000; k++) line += sentence(k);
      // The cuts the analyzer makes in the line as a whole.
      const cuts = cutsOf(line, 0, line.length, MIN_PIECE);
      assert.ok(cuts.length > 10, `${cuts.length} cuts`);
      // Open before a cut and close after it: a quote that hides heading markers (closed within 100), a short
      // quoted name holding a figure, a title, ASCII quotes; opened and closed near the cut and further away.
      const marks: [string, string, number, number][] = [
        ['“', '”', 40, 30],
        ['“', '”', 90, 6],
        ['“', '”', 6, 10],
        ['《', '》', 300, 500],
        ['《', '》', 3, 8],
        ['"', '"', 50, 20],
        ['**', '**', 30, 30],
      ];
      for (const [m, [open, close, before, after]] of marks.entries()) {
        const incremental = new IncrementalAnalyzer({}, { verifyLocality: true });
        let text = line;
        incremental.update(text);
        const cut = cuts[2 + m];
        text = text.slice(0, cut - before) + open + text.slice(cut - before);
        assert.deepStrictEqual(incremental.update(text), analyze(text), `${open} before cut ${cut}`);
        const at = cut + open.length + after;
        text = text.slice(0, at) + close + text.slice(at);
        assert.deepStrictEqual(incremental.update(text), analyze(text), `${close} after cut ${cut}`);
        text = text.slice(0, at + 2) + '3' + text.slice(at + 2);
        assert.deepStrictEqual(incremental.update(text), analyze(text), `typing after ${close}`);
      }
    });

    it('recomputes only the pieces around a one-character edit', () => {
      const incremental = new IncrementalAnalyzer();
      incremental.update(oneLine);
      const at = oneLine.length >> 1;
      const next = oneLine.slice(0, at) + '的' + oneLine.slice(at);
      assert.deepStrictEqual(incremental.update(next, { start: at, oldEnd: at, newEnd: at + 1 }), analyze(next));
      const { blocks, recomputed } = incremental.stats;
      assert.ok(blocks > 10, `blocks: ${blocks}`);
      assert.ok(recomputed <= 3, `recomputed ${recomputed} of ${blocks} blocks`);
    });
  });
});
