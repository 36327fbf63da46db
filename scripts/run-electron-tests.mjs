#!/usr/bin/env node
// The same integration suite (test/integration) under @vscode/test-electron, the standard runner, for machines
// that can download VS Code (it fetches a VS Code build into .cache/vscode-test/ on first use). The offline default
// is scripts/run-ext-tests.mjs (code-server). Ends with `N passed, N failed`.
//
//   node scripts/run-electron-tests.mjs [--version 1.100.3|stable|insiders] [--grep REGEX]
//
// VSCODE_EXECUTABLE=/path/to/code uses an installed VS Code instead of downloading one.
// On a Linux machine without a display, run it under xvfb-run.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from './vscode-host.mjs';

const { values: opts } = parseArgs({
  options: {
    version: { type: 'string', default: '1.100.3' }, // the oldest VS Code engines.vscode allows is what users may have
    grep: { type: 'string' },
  },
});

const extensionTestsPath = join(repoRoot, 'out', 'test', 'integration', 'suite', 'index.js');
if (!existsSync(extensionTestsPath)) {
  console.error('out/test/integration/suite/index.js not found: run `npm run compile-tests` first');
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'gongwen-electron-'));
const workspace = join(scratch, 'workspace');
cpSync(join(repoRoot, 'test', 'integration', 'workspace'), workspace, { recursive: true });
const resultsFile = join(scratch, 'results.json');

let code = 1;
try {
  code = await runTests({
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    ...(process.env.VSCODE_EXECUTABLE
      ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE }
      : { version: opts.version, cachePath: join(repoRoot, '.cache', 'vscode-test') }),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', join(scratch, 'user-data')],
    extensionTestsEnv: { HARNESS_RESULTS_FILE: resultsFile, ...(opts.grep ? { HARNESS_GREP: opts.grep } : {}) },
  });
} catch (err) {
  console.error(`\n@vscode/test-electron failed: ${err?.message ?? err}`);
  console.error('It downloads VS Code; without internet access use `npm run test:integration` (code-server) instead.');
}

const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : { passed: 0, failed: 0, failures: [] };
for (const f of results.failures ?? []) {
  console.log(`\n✘ ${f.title}\n  ${f.message.split('\n')[0]}`);
  if (f.expected !== undefined) console.log(`  expected: ${f.expected}\n  actual:   ${f.actual}`);
}
rmSync(scratch, { recursive: true, force: true });
const failed = code !== 0 && results.failed === 0 ? 1 : results.failed;
console.log(`${results.passed} passed, ${failed} failed`);
process.exit(code === 0 ? 0 : 1);
