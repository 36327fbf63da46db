#!/usr/bin/env node
// Runs the integration suite (mocha inside the extension host) in real VS Code: code-server on 127.0.0.1 with a
// random free port and fresh folders, the extension loaded from the repository as a development extension,
// the workbench driven by headless Chromium. Exit code = the suite's result; the last line is `N passed, N failed`.
//
//   node scripts/run-ext-tests.mjs [--extensionDevelopmentPath DIR] [--extensionTestsPath FILE]
//        [--workspace DIR] [--grep REGEX] [--timeout SEC] [--keep] [--verbose]
//
// Expects `npm run build` and `npm run compile-tests` to have run (npm run test:integration does both).
// The run folder (runs/test-*) is deleted on success and kept on failure, with code-server.log, results.json
// and a screenshot of the workbench for each failing test.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  copyWorkspace, createCleanup, createRunDir, interestingLogLines, isSetUp, launchBrowser, removeRunDir, repoRoot,
  runSetup, startCodeServer, workbenchUrl,
} from './vscode-host.mjs';

const { values: opts } = parseArgs({
  options: {
    extensionDevelopmentPath: { type: 'string', default: repoRoot },
    extensionTestsPath: { type: 'string', default: join(repoRoot, 'out', 'test', 'integration', 'suite', 'index.js') },
    workspace: { type: 'string', default: join(repoRoot, 'test', 'integration', 'workspace') },
    grep: { type: 'string' },
    timeout: { type: 'string', default: '240' },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const cleanup = createCleanup();
let summary = { passed: 0, failed: 0 };

function finish(code, results) {
  if (results) summary = { passed: results.passed, failed: results.failed };
  // A run that never reported counts as one failure, so the summary line never reads as a pass.
  if (code !== 0 && summary.failed === 0) summary.failed = 1;
  console.log(`${summary.passed} passed, ${summary.failed} failed`);
  process.exit(code);
}

async function main() {
  const extensionTestsPath = resolve(opts.extensionTestsPath);
  const extensionDevelopmentPath = resolve(opts.extensionDevelopmentPath);
  if (!existsSync(extensionTestsPath)) {
    throw new Error(`${relative(repoRoot, extensionTestsPath)} not found: run \`npm run compile-tests\` first`);
  }
  if (!isSetUp()) {
    console.log('code-server is not installed yet: running scripts/setup.sh (once; about 1-2 minutes)');
    runSetup();
  }
  const main = JSON.parse(readFileSync(join(extensionDevelopmentPath, 'package.json'), 'utf8')).main;
  if (main && !existsSync(join(extensionDevelopmentPath, main))) throw new Error(`${main} not found: run \`npm run build\` first`);

  const run = createRunDir('test');
  const resultsFile = join(run.dir, 'results.json');
  const screenshots = join(run.dir, 'screenshots');
  mkdirSync(screenshots);
  const workspace = copyWorkspace(run, opts.workspace);

  const server = await startCodeServer(run, {
    workspace,
    env: {
      HARNESS_RESULTS_FILE: resultsFile,
      HARNESS_SCREENSHOT_DIR: screenshots,
      ...(opts.grep ? { HARNESS_GREP: opts.grep } : {}),
    },
  });
  cleanup.add(server.stop);
  console.log(`code-server ${server.version} on ${server.base} (ready after ${seconds()} s); run folder ${relative(repoRoot, run.dir)}`);

  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  let page;
  const pendingShots = [];
  const { context, page: p } = await launchBrowser(run, {
    onExit: (code) => resolveExit(code),
    onLog: (level, text) => {
      // The suite asks for a screenshot of the failing state (see test/integration/suite/index.ts).
      const m = /\[gongwen-harness\] screenshot (\S+\.png)/.exec(text);
      if (m) {
        const file = m[1];
        pendingShots.push(page.screenshot().then((png) => (writeFileSync(`${file}.part`, png), renameSync(`${file}.part`, file))).catch((e) => console.log(`  (screenshot failed: ${e.message})`)));
        return;
      }
      if (opts.verbose || level !== 'trace') {
        for (const line of text.split('\n')) if (opts.verbose || isTestOutput(line)) console.log(`  ${line}`);
      }
    },
  });
  page = p;
  cleanup.add(() => context.close());

  const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath, extensionTestsPath });
  if (opts.verbose) console.log(url);
  await page.goto(url);

  const timeoutMs = Number(opts.timeout) * 1000;
  let timer;
  const timedOut = new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)));
  const code = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  await Promise.all(pendingShots);

  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
  if (code !== 0) {
    await page.screenshot({ path: join(run.dir, 'failure.png') }).catch(() => {});
    if (code === 'timeout') console.log(`\nTimed out after ${opts.timeout} s: the extension host did not finish the suite.`);
    else if (!results) console.log('\nThe suite did not run: the test entry point failed to load or threw (see the output above).');
    printFailures(results);
    const lines = interestingLogLines(server.logFile);
    if (lines.length) console.log(`\ncode-server.log:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    console.log(`\nKept ${relative(repoRoot, run.dir)} (failure.png, screenshots/, results.json, code-server.log).`);
  }
  await cleanup.run();
  if (code === 0 && !opts.keep) removeRunDir(run);
  console.log(`integration suite: ${seconds()} s`);
  return { code: code === 'timeout' ? 124 : code, results };
}

// The reporter's lines (suite titles, ✔/numbered tests, summary) without the workbench's own log chatter.
function isTestOutput(line) {
  return /^\s{2,}\S/.test(line) || /passing|failing|pending/.test(line);
}

function printFailures(results) {
  if (!results?.failures?.length) return;
  console.log('\nFailed:');
  results.failures.forEach((f, i) => {
    console.log(`\n${i + 1}) ${f.title}\n   ${f.message.split('\n')[0]}`);
    if (f.expected !== undefined) {
      const exp = String(f.expected).split('\n');
      const act = String(f.actual).split('\n');
      if (exp.length + act.length <= 8) {
        console.log(`   expected: ${indent(f.expected)}`);
        console.log(`   actual:   ${indent(f.actual)}`);
      } else {
        console.log(`   - expected  + actual\n${lineDiff(exp, act).map((l) => `   ${l}`).join('\n')}`);
      }
    }
    if (f.screenshot && existsSync(f.screenshot)) console.log(`   screenshot: ${relative(repoRoot, f.screenshot)}`);
  });
}

const indent = (s) => String(s).split('\n').join('\n             ');

// Lines that differ between expected and actual (longest common subsequence), with two lines of context.
function lineDiff(a, b) {
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push(`  ${a[i++]}`);
      j++;
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push(`- ${a[i++]}`);
    else ops.push(`+ ${b[j++]}`);
  }
  const keep = ops.map((o, k) => ops.slice(Math.max(0, k - 2), k + 3).some((x) => x[0] !== ' '));
  return ops.flatMap((o, k) => (keep[k] ? [o] : (k === 0 || keep[k - 1]) ? ['  …'] : []));
}

main().then(
  ({ code, results }) => finish(code, results),
  async (err) => {
    console.error(`\n${err.message ?? err}`);
    await cleanup.run();
    finish(1);
  },
);
