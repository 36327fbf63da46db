// Scores the engine on an annotated set (docs/ + gold/) with the project's scorer, scripts/score.mjs, exactly as
// `gongwen check --format json … | node scripts/score.mjs gold OUT.json` does, without building the CLI first.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { buildFileReport } from '../../src/cli/report';

const root = path.resolve(__dirname, '../../..');

export interface Tally {
  p: number;
  r: number;
  tp: number;
  fp: number;
  fn: number;
}
export interface Rate {
  acc: number;
  n: number;
}
export interface Scores {
  headings: Tally; headingLevel: Rate; headingTitle: Rate; items: Tally;
  redaction: Tally; missingNumber: Tally; figures: Tally; figureValue: Rate; figureUnit: Rate; figureLabel: Rate;
}

export function scoreSet(dir: string): { scores: Scores; misses: string[] } {
  const docs = path.join(dir, 'docs');
  const reports = fs.readdirSync(docs).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const text = fs.readFileSync(path.join(docs, f), 'utf8').replace(/^\ufeff/, '');
    return buildFileReport(f, text, analyze(text));
  });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-score-'));
  try {
    const out = path.join(tmp, 'out.json');
    fs.writeFileSync(out, JSON.stringify(reports));
    const json = execFileSync(process.execPath, [path.join(root, 'scripts/score.mjs'), path.join(dir, 'gold'), out, '--json'], { encoding: 'utf8' });
    return JSON.parse(json);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
