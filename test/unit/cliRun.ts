import * as path from 'node:path';
import { main, type RunOptions } from '../../src/cli/main';

/** The CLI entry compiled by tsc: what a worker thread runs when a test checks files in workers. */
export const workerScript = path.join(__dirname, '../../src/cli/index.js');

export interface CliRun {
  code: number;
  /** stdout, as written. */
  out: string;
  /** stderr lines, joined by \n. */
  err: string;
}

/** Runs `gongwen` in this process, collecting what it writes. By default in this thread (no worker script). */
export async function runCli(argv: string[], run: RunOptions = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const decoder = new TextDecoder();
  const code = await main(argv, (chunk) => out.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk)), (s) => err.push(s), run);
  return { code, out: out.join(''), err: err.join('\n') };
}
