import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { loadCorpus, longLine } from '../fuzz/arbitraries';

/*
 * The engine is linear on adversarial inputs. For each kind of input, analyze() runs on n and on 10n characters and
 * the work is compared, with no clock involved (see test/fuzz/workCounter.ts): the number of blocks of engine code
 * executed (V8 block coverage) and the characters that slices copy and regex searches pass over must each grow at
 * most 15× (linear: 10×, quadratic: 100×). Wall time is only reported (LINEARITY_REPORT=1): on a shared machine it
 * varies more than the 10× being measured.
 */

const corpus = loadCorpus();
const reportText = corpus.join('\n');
/** Han characters only: Chinese text with no punctuation, digits or line breaks. */
const hanOnly = reportText.replace(/[^\u4e00-\u9fff]/g, '');

/** Input kinds: a unit repeated (or a source cut) to any length. */
const families: Record<string, (n: number) => string> = {
  'digits': (n) => '1234567890'.repeat(n / 10 + 1).slice(0, n),
  'X': (n) => 'X'.repeat(n),
  'x.x.': (n) => 'x.'.repeat(n / 2),
  '一、': (n) => '一、'.repeat(n / 2),
  '（': (n) => '（'.repeat(n),
  '（一': (n) => '（一'.repeat(n / 2),
  '1.': (n) => '1.'.repeat(n / 2),
  '①': (n) => '①'.repeat(n),
  '一是': (n) => '一是'.repeat(n / 2),
  '第一，': (n) => '第一，'.repeat(n / 3),
  '“': (n) => '“'.repeat(n),
  '____': (n) => '_'.repeat(n),
  'U+3000': (n) => '\u3000'.repeat(n),
  'newlines': (n) => '\n'.repeat(n),
  'Han text, no punctuation': (n) => hanOnly.repeat(Math.ceil(n / hanOnly.length)).slice(0, n),
  'many headings, one per line': (n) => '一、标题\n（一）小标题\n1.条目\n'.repeat(n / 18 + 1).slice(0, n),
  'the same heading repeated': (n) => '一、标题\n'.repeat(n / 5 + 1).slice(0, n),
  'many figures': (n) => '产值12.3亿元，增长5.6%；'.repeat(n / 16 + 1).slice(0, n),
  'many placeholders': (n) => 'XX镇xx.xx亿元，'.repeat(n / 11 + 1).slice(0, n),
  'report text, one line': (n) => longLine(reportText, n),
  'markers of every level, one line': (n) => '一、一是（一）1.①“(1)第一，'.repeat(n / 17 + 1).slice(0, n),
  'unclosed quotes and titles': (n) => '“一、二《（三'.repeat(n / 7 + 1).slice(0, n),
  'numeral runs': (n) => '一二三四五六七八九十百'.repeat(n / 11 + 1).slice(0, n),
  'run-on titles': (n) => '一、加强组织领导推进落实2023年我镇'.repeat(n / 18 + 1).slice(0, n),
  'percent words and adjacent counts': (n) => '百分之、三个1个'.repeat(n / 8 + 1).slice(0, n),
};

interface Measured {
  name: string;
  length: number;
  blocks: number;
  builtin: number;
  ms: number;
}

function measure(jobs: { name: string; text: string; probe?: boolean }[]): Measured[] {
  const script = path.join(__dirname, '../fuzz/workCounter.js');
  const out = execFileSync(process.execPath, [script], { input: JSON.stringify(jobs), maxBuffer: 64 << 20, timeout: 240_000 });
  return JSON.parse(out.toString('utf8')) as Measured[];
}

describe('linear work on adversarial inputs (n vs 10n)', function () {
  this.timeout(300_000);
  const n = 10_000;
  let results: Map<string, { small: Measured; large: Measured }>;

  before(() => {
    const jobs: { name: string; text: string; probe?: boolean }[] = Object.entries(families).flatMap(([name, make]) => [
      { name: `${name}@n`, text: make(n) },
      { name: `${name}@10n`, text: make(10 * n) },
    ]);
    // One 1 MiB line against 100 KiB.
    jobs.push({ name: '1 MiB line@n', text: longLine(reportText, 1 << 17) }, { name: '1 MiB line@10n', text: longLine(reportText, 10 << 17) });
    // A known-quadratic probe, small, to show the measure can fail.
    jobs.push({ name: 'probe@n', text: longLine(reportText, 500), probe: true }, { name: 'probe@10n', text: longLine(reportText, 5000), probe: true });
    const measured = measure(jobs);
    results = new Map();
    for (let i = 0; i < measured.length; i += 2) results.set(measured[i].name.replace(/@n$/, ''), { small: measured[i], large: measured[i + 1] });
    if (process.env.LINEARITY_REPORT) {
      for (const [name, { small, large }] of results) {
        console.log(`${name.padEnd(28)} blocks ×${(large.blocks / small.blocks).toFixed(1).padStart(5)}  built-in ×${(large.builtin / Math.max(1, small.builtin)).toFixed(1).padStart(5)}  ms ${small.ms.toFixed(1).padStart(7)} → ${large.ms.toFixed(1).padStart(7)}`);
      }
    }
  });

  it('sees quadratic work where there is some (a search from every position)', () => {
    const { small, large } = results.get('probe')!;
    assert.ok(large.builtin / small.builtin > 50, `probe: built-in ${small.builtin} → ${large.builtin}`);
  });

  for (const name of [...Object.keys(families), '1 MiB line']) {
    it(`grows linearly on ${name}`, () => {
      const { small, large } = results.get(name)!;
      const blockRatio = large.blocks / Math.max(1, small.blocks);
      // A few hundred characters of fixed built-in work (a regex over a short clause) are not growth.
      const builtinRatio = large.builtin / Math.max(small.builtin, small.length / 10);
      const detail =
        `${small.length} → ${large.length} chars: blocks ${small.blocks} → ${large.blocks} (×${blockRatio.toFixed(1)}), ` +
        `built-in ${small.builtin} → ${large.builtin} (×${builtinRatio.toFixed(1)})`;
      assert.ok(blockRatio <= 15, `engine work grows faster than linear: ${detail}`);
      assert.ok(builtinRatio <= 15, `work in slices and regex searches grows faster than linear: ${detail}`);
    });
  }

  it('analyses a 1 MiB single line in a few seconds at most (5 s on a loaded machine)', () => {
    const { large } = results.get('1 MiB line')!;
    assert.ok(large.ms < 5000, `${large.ms.toFixed(0)} ms for ${large.length} characters`);
  });
});
