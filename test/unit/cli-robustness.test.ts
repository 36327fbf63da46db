import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './cliRun';
import * as analyzeModule from '../../src/core/analyze';
import { loadCorpus, longLine } from '../fuzz/arbitraries';

/*
 * `gongwen check` on bad input: every case ends with a clear message naming the file and an exit code (2 for usage
 * and I/O errors), never with a stack trace, and never changes a file it could not read faithfully.
 */

async function run(...argv: string[]) {
  try {
    return await runCli(argv);
  } catch (e) {
    assert.fail(`main() threw instead of reporting: ${(e as Error).stack}`);
  }
}

/** No stack trace and no internal error text reaches the user. */
function assertNoTrace(s: string): void {
  assert.doesNotMatch(s, /\n\s+at .+:\d+:\d+|TypeError|RangeError|ReferenceError|undefined/);
}

describe('gongwen check on bad input', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-robust-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };

  it('a binary file: skipped with a message naming it, exit 2', async () => {
    const p = file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const r = await run('check', p);
    assert.equal(r.code, 2);
    assert.match(r.err, /image\.txt: binary file, skipped/);
    assertNoTrace(r.err);
  });

  it('a missing file: a message naming it, exit 2, the other files still checked', async () => {
    const ok = file('ok.txt', '一、标题\n');
    const r = await run('check', '--format', 'json', path.join(dir, 'missing.txt'), ok);
    assert.equal(r.code, 2);
    assert.match(r.err, /missing\.txt: no such file or folder/);
    assert.equal(JSON.parse(r.out).length, 1);
    assertNoTrace(r.err);
  });

  it('an engine failure on one file: a message naming it, exit 2, the other files checked and the JSON whole', async () => {
    // The engine never throws by contract; this stands in for a defect that would, on one file only.
    const engine = analyzeModule as { analyze: (text: string) => unknown };
    const real = engine.analyze;
    engine.analyze = (text: string) => {
      if (text.includes('触发')) throw new Error('simulated defect');
      return real(text);
    };
    try {
      const bad = file('bad.txt', '一、触发\n');
      const ok = file('ok.txt', '一、标题\n全年完成投资5亿元。\n');
      const r = await run('check', '--format', 'json', bad, ok);
      assert.equal(r.code, 2);
      assert.match(r.err, /bad\.txt: internal error while checking it \(simulated defect\), not checked/);
      const reports = JSON.parse(r.out) as { file: string; figures: unknown[] }[];
      assert.deepEqual(reports.map((x) => [path.basename(x.file), x.figures.length]), [['ok.txt', 1]]);
    } finally {
      engine.analyze = real;
    }
  });

  it('an empty file: checked, nothing found, exit 0', async () => {
    const r = await run('check', '--format', 'json', file('empty.txt', ''));
    assert.equal(r.code, 0);
    const [report] = JSON.parse(r.out);
    assert.deepEqual([report.outline, report.placeholders, report.figures, report.numbering], [[], [], [], []]);
  });

  it('a folder with no report files: says that no file was checked, and does not fail', async () => {
    fs.mkdirSync(path.join(dir, 'images'));
    file('images/a.png', 'x');
    const r = await run('check', path.join(dir, 'images'));
    assert.ok(r.code === 0 || r.code === 2, `exit code ${r.code}`);
    assert.match(r.err, /0 files checked/);
    assertNoTrace(r.err);
  });

  it('a UTF-16 file (Notepad "Unicode"): decoded and checked like UTF-8', async () => {
    const text = '一、总体情况\r\n（一）主要工作\r\n';
    const p = file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await run('check', '--format', 'json', p);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.out)[0].outline.map((h: { marker: string }) => h.marker), ['一、', '（一）']);
    assertNoTrace(r.err);
  });

  it('a 2 MiB file and a 2 MiB single line: checked without error', async () => {
    const corpus = loadCorpus().join('\n');
    const big = file('big.txt', corpus.repeat(Math.ceil((2 << 20) / Buffer.byteLength(corpus))));
    const line = file('line.txt', longLine(corpus, 2 << 20));
    const r = await run('check', big, line);
    assert.ok(r.code === 0 || r.code === 1, `exit code ${r.code}: ${r.err.slice(-300)}`);
    assert.match(r.err, /2 files checked/);
  });

  it('a GB18030 file read as UTF-8 is checked without error', async () => {
    const gb = fs.readFileSync(path.join(__dirname, '../../../test/fixtures/robustness/gb18030-as-utf8.txt'));
    const r = await run('check', file('gb.txt', gb));
    assert.ok(r.code === 0 || r.code === 1, `exit code ${r.code}`);
    assertNoTrace(r.err);
  });

  // --fix would replace every Chinese character of a GB18030/GBK file with U+FFFD if it wrote back what it read.
  it('--fix never rewrites a file that is not valid UTF-8 (a GB18030 report keeps its bytes)', async () => {
    const bytes = Buffer.from(
      [0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0x0a] // 一、总体 in GB18030
        .concat([0xb6, 0xfe, 0xa1, 0xa2, 0xd6, 0xf7, 0xd2, 0xaa, 0x0a]) // 二、主要
        .concat([0xcb, 0xc4, 0xa1, 0xa2, 0xb4, 0xf2, 0xcb, 0xe3, 0x0a]) // 四、打算
        .concat([0x31, 0x2e, 0xbc, 0xd3, 0xc7, 0xbf, 0x0a, 0x33, 0x2e, 0xc2, 0xe4, 0xca, 0xb5, 0x0a]), // 1.加强 3.落实
    );
    const p = file('gb18030.txt', bytes);
    const r = await run('check', '--fix', p);
    assertNoTrace(r.err);
    assert.match(r.err, /gb18030\.txt: not valid UTF-8.*not fixed/);
    assert.ok(fs.readFileSync(p).equals(bytes), `the file was rewritten with U+FFFD in place of its text (exit ${r.code}: ${r.err})`);
  });
});
