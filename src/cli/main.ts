import * as fs from 'node:fs';
import * as os from 'node:os';
import { collectFiles } from './files';
import { checkFile, type CheckOptions, type FileResult } from './checkFile';
import { checkInWorkers } from './pool';

const usage = `Usage: gongwen check [--format text|json] [--fix] [--hints] PATH...

Checks Chinese work reports (files, or folders of .txt/.md files): outline, placeholders,
figures and numbering. --fix applies the mechanical fixes (renumbering) to the files in place
and reports what it changed. --hints also prints hints (house-style suggestions) in the text
format. Exit code: 0 clean, 1 findings at warning or above, 2 usage or I/O error.`;

interface CheckArgs extends CheckOptions {
  paths: string[];
}

function parseArgs(argv: string[]): CheckArgs | string {
  if (argv[0] !== 'check') return argv.length ? `unknown command '${argv[0]}'` : 'no command given';
  const args: CheckArgs = { format: 'text', fix: false, hints: false, paths: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'text' && v !== 'json') return `--format takes text or json, not '${v ?? ''}'`;
      args.format = v;
    } else if (a === '--fix') args.fix = true;
    else if (a === '--hints') args.hints = true;
    else if (a.startsWith('-')) return `unknown option '${a}'`;
    else args.paths.push(a);
  }
  if (!args.paths.length) return 'no file or folder given';
  return args;
}

/**
 * Below this many bytes in all, one thread is as fast: a worker costs ≈ 50 ms to start, and each thread pays the
 * engine's warm-up (its first files are checked several times slower) on its own.
 */
const minBytesForWorkers = 2 << 20;

/**
 * How many worker threads to check `files` in; 0: in this thread. One per core, when there is enough text to pay
 * for their start. With --fix, a file listed twice (as a path and through a folder, or through a link) is checked
 * in this thread, in order, so that it is never rewritten by two threads at once.
 */
function workerCount(files: string[], fix: boolean): number {
  const cores = Math.min(os.availableParallelism(), files.length);
  if (cores < 2) return 0;
  let bytes = 0;
  const seen = new Set<string>();
  for (const file of files) {
    try {
      const stat = fs.statSync(file);
      bytes += stat.size;
      if (fix) {
        const id = `${stat.dev}:${stat.ino}`;
        if (seen.has(id)) return 0;
        seen.add(id);
      } else if (bytes >= minBytesForWorkers) break;
    } catch {
      // Reported when the file is read.
    }
  }
  return bytes >= minBytesForWorkers ? cores : 0;
}

export interface RunOptions {
  /** The script a worker thread runs: the CLI entry (dist/cli.js, or index.js compiled by tsc). Without it, no workers. */
  workerScript?: string;
  /** Worker threads to use (0: check in this thread); by default chosen from the cores and the amount of text. */
  workers?: number;
}

/**
 * Runs the CLI; resolves to the exit code. `out` gets the output in pieces to write as they are (the caller adds
 * nothing); `err` gets whole lines for stderr, without their line end.
 */
export async function main(
  argv: string[], out: (chunk: string | Uint8Array) => void, err: (line: string) => void, run: RunOptions = {},
): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    out(usage + '\n');
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    err(`gongwen: ${args}\n${usage}`);
    return 2;
  }
  const options: CheckOptions = { format: args.format, fix: args.fix, hints: args.hints };
  const { files, errors } = collectFiles(args.paths);

  // The output is written file by file, in the order of `files`, exactly as JSON.stringify(reports, null, 1) and
  // the text lines would be written at the end.
  let checked = 0;
  let findings = 0;
  let blocking = false;
  const take = (r: FileResult | Omit<FileResult, 'output'> & { output: Uint8Array }) => {
    for (const note of r.notes) err(note);
    errors.push(...r.errors);
    if (!r.checked) return;
    if (options.format === 'json') out(checked === 0 ? '[\n' : ',\n');
    if (r.output.length) out(r.output);
    checked++;
    findings += r.findings;
    blocking ||= r.blocking;
  };
  const workers = run.workerScript ? run.workers ?? workerCount(files, options.fix) : 0;
  if (workers > 0) await checkInWorkers(files, options, run.workerScript!, workers, take);
  else for (const file of files) take(checkFile(file, options));

  if (options.format === 'json') out(checked ? '\n]\n' : '[]\n');
  else err(`${checked} file${checked === 1 ? '' : 's'} checked, ${findings} finding${findings === 1 ? '' : 's'}`);
  for (const e of errors) err(`gongwen: ${e}`);
  if (errors.length) return 2;
  return blocking ? 1 : 0;
}
