import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './cliRun';

const fixtures = path.join(__dirname, '../../../test/fixtures/cli');

const run = (...argv: string[]) => runCli(argv);

describe('gongwen check (CLI)', () => {
  it('prints usage and exits 2 without a command or paths', async () => {
    assert.equal((await run()).code, 2);
    const r = await run('check');
    assert.equal(r.code, 2);
    assert.match(r.err, /no file or folder given/);
  });

  it('rejects an unknown format and an unknown option with exit code 2', async () => {
    assert.match((await run('check', '--format', 'xml', 'x.txt')).err, /--format takes text or json/);
    assert.equal((await run('check', '--frmat', 'x.txt')).code, 2);
  });

  it('reports a missing path and a binary file clearly, exit 2, and still checks the rest', async () => {
    const r = await run('check', '--format', 'json', path.join(fixtures, 'nope.txt'), path.join(fixtures, 'binary.txt'), path.join(fixtures, 'clean.txt'));
    assert.equal(r.code, 2);
    assert.match(r.err, /nope\.txt: no such file or folder/);
    assert.match(r.err, /binary\.txt: binary file, skipped/);
    const reports = JSON.parse(r.out);
    assert.deepEqual(reports.map((x: { file: string }) => path.basename(x.file)), ['clean.txt']);
  });

  it('writes every key of the JSON contract for each file', async () => {
    const r = await run('check', '--format=json', path.join(fixtures, 'clean.txt'));
    const [report] = JSON.parse(r.out);
    assert.deepEqual(Object.keys(report), ['file', 'outline', 'placeholders', 'figures', 'numbering', 'figureChecks']);
  });

  it('strips a BOM so that offsets index the text without it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-'));
    const file = path.join(dir, 'bom.txt');
    fs.writeFileSync(file, '\ufeff' + fs.readFileSync(path.join(fixtures, 'clean.txt'), 'utf8'));
    const withBom = JSON.parse((await run('check', '--format', 'json', file)).out)[0];
    const without = JSON.parse((await run('check', '--format', 'json', path.join(fixtures, 'clean.txt'))).out)[0];
    assert.deepEqual(withBom.outline, without.outline);
    assert.deepEqual(withBom.figures, without.figures);
    fs.rmSync(dir, { recursive: true });
  });

  it('expands folders into their report files, sorted', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'b.txt'), '一、甲\n');
    fs.writeFileSync(path.join(dir, 'sub', 'a.md'), '一、乙\n');
    fs.writeFileSync(path.join(dir, 'image.png'), 'x');
    fs.mkdirSync(path.join(dir, 'images'));
    fs.writeFileSync(path.join(dir, 'images', 'a.png'), 'x');
    const empty = await run('check', path.join(dir, 'images'));
    assert.equal(empty.code, 2);
    assert.match(empty.err, /images: no report files/);
    const files = JSON.parse((await run('check', '--format', 'json', dir)).out).map((x: { file: string }) => path.relative(dir, x.file));
    assert.deepEqual(files, ['b.txt', path.join('sub', 'a.md')]);
    fs.rmSync(dir, { recursive: true });
  });

  it('--fix renumbers a file in place, keeps its BOM and line ends, and reports what it changed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-'));
    const file = path.join(dir, 'report.txt');
    fs.writeFileSync(file, '\ufeff一、总体情况\r\n正文。\r\n二、主要工作\r\n正文。\r\n四、下一步打算\r\n正文。\r\n');
    const r = await run('check', '--fix', file);
    assert.match(r.err, /report\.txt: fixed 1 problem/);
    assert.equal(fs.readFileSync(file, 'utf8'), '\ufeff一、总体情况\r\n正文。\r\n二、主要工作\r\n正文。\r\n三、下一步打算\r\n正文。\r\n');
    const again = await run('check', '--fix', file);
    assert.doesNotMatch(again.err, /fixed/);
    fs.rmSync(dir, { recursive: true });
  });

  it('skips a device such as /dev/zero instead of reading it forever', async () => {
    const r = await run('check', '/dev/zero', path.join(fixtures, 'clean.txt'));
    assert.equal(r.code, 2);
    assert.match(r.err, /\/dev\/zero: not a regular file, skipped/);
    assert.match(r.err, /1 file checked/);
  });
});
