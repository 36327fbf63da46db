#!/usr/bin/env node
// Runs the web suite in code-server's WEB WORKER extension host, the host vscode.dev and github.dev use: the
// extension is loaded from its `browser` entry (dist/web/extension.js), and the tests are one browser script
// (mocha's browser build + test/web/**, bundled with esbuild), since a web worker has no Node modules and no file
// system. Exit code = the suite's result; last line `N passed, N failed`.
//
// How the extension gets into the web worker host: the payload's extensionDevelopmentKind=web is ignored by the
// 1.100 web workbench (its environment service exposes the value as `extensionDevelopmentLocationKind`, while the
// running-location tracker reads `extensionDevelopmentKind`; the trace log shows "pickRunningLocation for
// gongwen.gongwen, extension kinds: [workspace, web] ... => Remote"). So the run loads a copy of the extension
// whose manifest has no `main`: an extension with only a `browser` entry is of kind web, as in vscode.dev, and runs
// in the web worker. The test bundle goes inside that copy, because the workbench runs the tests in the host of
// the extension that contains them.
//
//   node scripts/run-web-tests.mjs [--timeout SEC] [--keep] [--verbose]
//
// Expects `npm run build` (npm run test:web does it).
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import {
  copyWorkspace, createCleanup, createRunDir, interestingLogLines, isSetUp, launchBrowser, removeRunDir, repoRoot,
  runSetup, startCodeServer, workbenchUrl,
} from './vscode-host.mjs';

const { values: opts } = parseArgs({
  options: {
    timeout: { type: 'string', default: '180' },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

const resultsPrefix = '[gongwen-web-results] ';
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const cleanup = createCleanup();

async function main() {
  const web = join(repoRoot, 'dist', 'web', 'extension.js');
  if (!existsSync(web)) throw new Error(`${relative(repoRoot, web)} not found: run \`npm run build\` first`);
  if (!isSetUp()) {
    console.log('code-server is not installed yet: running scripts/setup.sh (once; about 1-2 minutes)');
    runSetup();
  }
  const run = createRunDir('web');
  const extension = webOnlyExtension(run);
  const suite = join(extension, 'out', 'test', 'web', 'suite.js');
  await esbuild.build({
    entryPoints: [join(repoRoot, 'test', 'web', 'suite', 'index.ts')],
    outfile: suite,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });

  const workspace = copyWorkspace(run, join(repoRoot, 'test', 'integration', 'workspace'));
  const server = await startCodeServer(run, { workspace });
  cleanup.add(server.stop);
  console.log(`code-server ${server.version} on ${server.base} (ready after ${seconds()} s); run folder ${relative(repoRoot, run.dir)}`);

  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  let results;
  // The workbench forwards its log and the web worker extension host's console to codeAutomationLog: keep the
  // reporter's lines (indented) and the results line, or everything with --verbose.
  const onLog = (level, text) => {
    for (const line of text.split('\n')) {
      if (line.startsWith(resultsPrefix)) results = JSON.parse(line.slice(resultsPrefix.length));
      else if (opts.verbose) console.log(`  [workbench ${level}] ${line}`);
      else if (/^\s{2,}\S/.test(line)) console.log(`  ${line}`);
    }
  };
  const { context, page } = await launchBrowser(run, { onExit: (code) => resolveExit(code), onLog });
  cleanup.add(() => context.close());

  const url = workbenchUrl(server, {
    folder: workspace,
    extensionDevelopmentPath: extension,
    extensionDevelopmentKind: 'web',
    extensionTestsPath: suite,
  });
  if (opts.verbose) console.log(url);
  await page.goto(url);

  let timer;
  const timedOut = new Promise((r) => (timer = setTimeout(() => r('timeout'), Number(opts.timeout) * 1000)));
  const code = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (code !== 0) {
    await page.screenshot({ path: join(run.dir, 'failure.png') }).catch(() => {});
    if (code === 'timeout') console.log(`\nTimed out after ${opts.timeout} s: the web worker extension host did not finish the suite.`);
    else if (!results) console.log('\nThe suite did not run: the test entry point failed to load or threw (run with --verbose).');
    for (const f of results?.failures ?? []) console.log(`\n✘ ${f.title}\n  ${f.message.split('\n').join('\n  ')}`);
    const lines = interestingLogLines(server.logFile);
    if (lines.length) console.log(`\ncode-server.log:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    console.log(`\nKept ${relative(repoRoot, run.dir)} (failure.png, code-server.log).`);
  }
  await cleanup.run();
  if (code === 0 && !opts.keep) removeRunDir(run);
  console.log(`web extension host suite: ${seconds()} s`);
  return { code: code === 'timeout' ? 124 : code, results };
}

/** A copy of the built extension as vscode.dev sees it: the manifest without `main`, and the files it refers to. */
function webOnlyExtension(run) {
  const dir = join(run.dir, 'extension');
  mkdirSync(dir);
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  delete manifest.main;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const f of ['dist/web', 'l10n', 'syntaxes', 'media', 'language-configuration.json', 'package.nls.json', 'package.nls.zh-cn.json', 'LICENSE']) {
    if (existsSync(join(repoRoot, f))) cpSync(join(repoRoot, f), join(dir, f), { recursive: true });
  }
  return dir;
}

main().then(
  ({ code, results }) => {
    const passed = results?.passed ?? 0;
    // A run that never reported counts as one failure, so the summary line never reads as a pass.
    const failed = results?.failed || (code !== 0 ? 1 : 0);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(code);
  },
  async (err) => {
    console.error(`\n${err.message ?? err}`);
    await cleanup.run();
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
