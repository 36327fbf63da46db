import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, workerScript } from './cliRun';

/*
 * `gongwen check` over many files in worker threads writes exactly what the check in one thread writes, in the same
 * order, with the same messages and exit code.
 */

const corpusDir = path.join(__dirname, '../../../test/fixtures/corpus/docs');

describe('gongwen check in worker threads', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-workers-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** 40 reports cut from the corpus at different lines (some with findings, some short), as files in `dir`. */
  function writeReports(): string[] {
    const lines = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort()
      .flatMap((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8').split('\n'));
    const files: string[] = [];
    for (let i = 0; i < 40; i++) {
      const p = path.join(dir, `report-${String(i).padStart(2, '0')}.txt`);
      fs.writeFileSync(p, lines.slice(i * 13, i * 13 + 5 + (i % 7) * 20).join('\n'));
      files.push(p);
    }
    return files;
  }

  const inThread = (argv: string[]) => runCli(argv, { workerScript, workers: 0 });
  const inWorkers = (argv: string[]) => runCli(argv, { workerScript, workers: 3 });

  for (const format of ['json', 'text']) {
    it(`writes the same ${format} output, messages and exit code as one thread`, async () => {
      writeReports();
      const argv = ['check', '--format', format, '--hints', dir];
      const one = await inThread(argv);
      const many = await inWorkers(argv);
      assert.ok(one.out.length > 10_000, 'the reports have findings');
      assert.equal(many.out, one.out);
      assert.equal(many.err, one.err);
      assert.equal(many.code, one.code);
      assert.equal(one.code, 1);
    });
  }

  it('reports an unreadable and a binary file among many in order, checks the rest, exit 2', async () => {
    const files = writeReports();
    fs.writeFileSync(files[7], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    fs.rmSync(files[21]);
    fs.symlinkSync('/dev/zero', files[21]); // a device behind a report's name
    const argv = ['check', '--format', 'json', ...files];
    const one = await inThread(argv);
    const many = await inWorkers(argv);
    assert.equal(many.code, 2);
    assert.equal(many.out, one.out);
    assert.equal(many.err, one.err);
    assert.match(many.err, /report-07\.txt: binary file, skipped\n.*report-21\.txt: not a regular file, skipped/);
    const checked = JSON.parse(many.out).map((r: { file: string }) => path.basename(r.file));
    assert.equal(checked.length, 38);
    assert.ok(!checked.includes('report-07.txt') && !checked.includes('report-21.txt'));
  });

  it('--fix in workers rewrites each file once, as in one thread', async () => {
    const broken = '一、总体情况\n正文。\n二、主要工作\n正文。\n四、下一步打算\n正文。\n';
    const fixed = '一、总体情况\n正文。\n二、主要工作\n正文。\n三、下一步打算\n正文。\n';
    const files = Array.from({ length: 12 }, (_, i) => path.join(dir, `r${i}.txt`));
    for (const f of files) fs.writeFileSync(f, broken);
    const r = await inWorkers(['check', '--fix', ...files]);
    assert.equal(r.code, 0);
    assert.equal((r.err.match(/fixed 1 problem/g) ?? []).length, 12);
    for (const f of files) assert.equal(fs.readFileSync(f, 'utf8'), fixed);
  });

  it('chooses one thread for a few small files and for a file listed twice with --fix', async () => {
    const [file] = writeReports();
    // A worker script that does not exist: any attempt to start a worker would fail the run.
    const noWorkers = { workerScript: path.join(dir, 'missing-worker.js') };
    assert.equal((await runCli(['check', file, file], noWorkers)).err.match(/2 files checked/)?.length, 1);
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, fs.readFileSync(file, 'utf8').repeat(Math.ceil((2 << 20) / fs.statSync(file).size)));
    const r = await runCli(['check', '--fix', big, big], noWorkers);
    assert.match(r.err, /2 files checked/);
  });
});
