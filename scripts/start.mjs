#!/usr/bin/env node
// `npm start`: try Gongwen in a browser without installing VS Code. Builds the extension, prints the outline and
// findings of the sample reports (`gongwen check samples`), serves it in
// code-server (real VS Code) on 127.0.0.1 with a copy of samples/ as the workspace and a sample report open,
// prints the URL and runs until Ctrl-C. Installs code-server on first use (scripts/setup.sh).
//
//   node scripts/start.mjs [--port N] [--file NAME] [--no-build] [--smoke]
//
// --smoke opens the URL once in headless Chromium, checks that the report and its outline show, and exits.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  copyWorkspace, createCleanup, createRunDir, installFromRepository, isSetUp, launchBrowser, removeRunDir, repoRoot,
  runSetup, startCodeServer, workbenchUrl,
} from './vscode-host.mjs';

const { values: opts } = parseArgs({
  options: {
    port: { type: 'string' },
    file: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
  },
});

const cleanup = createCleanup();

/** The outline and findings of the sample reports, as `gongwen check` sees them. */
function showSamples() {
  const cli = join(repoRoot, 'dist', 'cli.js');
  const samples = 'samples'; // relative to the repository, as the findings print it
  const json = spawnSync(process.execPath, [cli, 'check', '--format', 'json', samples], { cwd: repoRoot, encoding: 'utf8' });
  for (const report of JSON.parse(json.stdout || '[]')) {
    console.log(`\n${report.file}: outline`);
    for (const h of report.outline) console.log(`  ${'  '.repeat(Math.max(0, h.level - 1))}${h.marker}${h.title}`);
  }
  console.log(`\n$ gongwen check samples`);
  spawnSync(process.execPath, [cli, 'check', samples], { cwd: repoRoot, stdio: 'inherit' });
  console.log('');
}

async function main() {
  if (!opts['no-build']) {
    const built = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: repoRoot });
    if (built.status !== 0) throw new Error('build failed');
  }
  if (!opts.smoke) showSamples();
  if (!isSetUp()) {
    console.log('First start: installing code-server and Chromium (scripts/setup.sh, about 1-2 minutes) …');
    runSetup();
  }

  const run = createRunDir('start');
  cleanup.add(() => removeRunDir(run));
  const workspace = copyWorkspace(run, join(repoRoot, 'samples'));
  const sample = opts.file ?? readdirSync(workspace).filter((f) => f.endsWith('.txt')).sort()[0];
  installFromRepository(run);

  const server = await startCodeServer(run, {
    workspace,
    port: opts.port ? Number(opts.port) : undefined,
    settings: { 'workbench.colorTheme': 'Default Light Modern', 'editor.wordWrap': 'on' },
  });
  cleanup.add(server.stop);
  const url = workbenchUrl(server, { folder: workspace, openFile: sample && join(workspace, sample) });

  if (opts.smoke) return smoke(run, url, sample);

  console.log(`
Gongwen in VS Code (code-server ${server.version}), with ${sample ?? 'the samples'} open:

  ${url}

Workspace: ${relative(repoRoot, workspace)} (a copy of samples/; removed on exit). Press Ctrl-C to stop.`);
  server.proc.on('exit', (code) => {
    if (cleanup.started) return;
    console.error(`code-server exited (${code}); see ${server.logFile}`);
    cleanup.run().finally(() => process.exit(1));
  });
  await new Promise(() => {}); // until Ctrl-C (createCleanup stops code-server and removes the run folder)
}

async function smoke(run, url, sample) {
  const { context, page } = await launchBrowser(run);
  cleanup.add(() => context.close());
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.tab', { hasText: sample }).first().waitFor({ timeout: 30_000 });
  await page.locator('.editor-instance .view-line').first().waitFor({ timeout: 30_000 });
  // The extension's diagnostics (placeholders in the samples) show that it runs.
  await page.locator('.editor-instance :is(.squiggly-warning, .squiggly-error, .squiggly-info)').first().waitFor({ timeout: 60_000 });
  console.log(`smoke: the workbench shows ${sample} with Gongwen's diagnostics`);
}

main().then(
  async () => {
    await cleanup.run();
    process.exit(0);
  },
  async (err) => {
    console.error(err.message ?? err);
    await cleanup.run();
    process.exit(1);
  },
);
