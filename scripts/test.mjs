#!/usr/bin/env node
// `npm test`: the one test command. Builds, then runs every suite even when an earlier one fails, and ends with the
// time of each part and one line `N passed, N failed` over all of them; the exit code is 1 if anything failed.
//   1. unit tests (mocha, plain Node)           3. integration tests inside real VS Code (code-server + Chromium)
//   2. browser tests (the engine in Chromium)   4. the web suite in the web worker extension host (as vscode.dev)
//                                               5. UI checks in the workbench (screenshots in media/)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npx = (bin) => join(root, 'node_modules', '.bin', bin);

/** Runs a command with inherited output, and returns its exit code and the counts its output reports. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-4000);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), tail }));
  });
}

const counts = (tail) => {
  const plain = [...tail.matchAll(/^(\d+) passed, (\d+) failed/gm)].pop();
  if (plain) return { passed: +plain[1], failed: +plain[2] };
  const passing = [...tail.matchAll(/^\s*(\d+) passing/gm)].pop();
  const failing = [...tail.matchAll(/^\s*(\d+) failing/gm)].pop();
  return { passed: passing ? +passing[1] : 0, failed: failing ? +failing[1] : 0 };
};

const steps = [
  { name: 'build', cmd: 'node', args: ['scripts/build.mjs'], tests: false },
  { name: 'compile tests', cmd: npx('tsc'), args: ['-p', '.'], tests: false },
  { name: 'unit', cmd: npx('mocha'), args: ['--config', '.mocharc.json'], tests: true },
  { name: 'browser', cmd: npx('mocha'), args: ['--no-config', '--timeout', '60000', 'out/test/browser/*.test.js'], tests: true },
  { name: 'integration (real VS Code)', cmd: 'node', args: ['scripts/run-ext-tests.mjs'], tests: true },
  { name: 'web extension host', cmd: 'node', args: ['scripts/run-web-tests.mjs'], tests: true },
  { name: 'UI (workbench)', cmd: 'node', args: ['scripts/ui-check.mjs'], tests: true },
];

const report = [];
let passed = 0;
let failed = 0;
for (const step of steps) {
  console.log(`\n::: ${step.name}`);
  const t0 = Date.now();
  const { code, tail } = await run(step.cmd, step.args);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const c = step.tests ? counts(tail) : { passed: 0, failed: 0 };
  // A step that failed without reporting a failing test (a crash, a build error) counts as one failure.
  if (code !== 0 && c.failed === 0) c.failed = 1;
  passed += c.passed;
  failed += c.failed;
  report.push(`${step.name.padEnd(28)} ${seconds.padStart(6)} s  ${step.tests ? `${c.passed} passed, ${c.failed} failed` : code === 0 ? 'ok' : 'FAILED'}`);
  if (!step.tests && code !== 0) break; // nothing to test without a build
}
console.log('\n' + report.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
