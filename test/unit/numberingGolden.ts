/** Golden files for the numbering tests: `UPDATE_GOLDEN=1` rewrites them, and a reviewer reads the diff. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding, TextEdit } from '../../src/core/types';
import { LineIndex } from '../../src/core/lineIndex';

export const numberingFixtures = path.resolve(__dirname, '../../../test/fixtures/numbering');
export const casesDir = path.join(numberingFixtures, 'cases');

/** The input texts of the cases, by name (without .txt), sorted. */
export function caseNames(): string[] {
  return fs
    .readdirSync(casesDir)
    .filter((f) => f.endsWith('.txt') && !f.includes('.renumbered') && !f.includes('.normalized'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function readCase(name: string): string {
  return fs.readFileSync(path.join(casesDir, `${name}.txt`), 'utf8');
}

/** Compares with a golden file, or writes it under UPDATE_GOLDEN=1. */
export function assertGolden(file: string, actual: string): void {
  const full = path.join(casesDir, file);
  if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(full)) {
    if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`golden ${file} is missing; run with UPDATE_GOLDEN=1 and review it`);
    fs.writeFileSync(full, actual);
    return;
  }
  assert.equal(actual, fs.readFileSync(full, 'utf8'), `golden ${file} differs (UPDATE_GOLDEN=1 rewrites it)`);
}

/** Findings as readable lines: `line:col severity rule message [fix line:col "old" → "new", …]` (1-based). */
export function formatFindings(text: string, findings: readonly Finding[]): string {
  const lines = new LineIndex(text);
  const at = (offset: number) => {
    const p = lines.position(offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const edit = (e: TextEdit) => `${at(e.span.start)} "${text.slice(e.span.start, e.span.end)}" → "${e.newText}"`;
  return findings
    .map((f) => `${at(f.span.start)} ${f.severity} ${f.rule} ${f.message}${f.fix ? ` [fix ${f.fix.map(edit).join(', ')}]` : ''}`)
    .join('\n') + '\n';
}
