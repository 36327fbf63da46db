#!/usr/bin/env node
// UI checks in the real VS Code workbench (code-server + headless Chromium), as a user sees the extension:
// the Outline view lists a sample report's headings in order and nested, the Problems panel lists its
// placeholders, a hover on a figure shows its summary. Saves screenshots to the run folder and, when every
// check passes, to media/ for the README. The last line is `N passed, N failed`; exit code 0 only if all pass.
//
//   node scripts/ui-check.mjs [--timeout SEC] [--keep] [--no-media]
//
// Expects `npm run build` (npm run test:ui does it).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import {
  copyWorkspace, createCleanup, createRunDir, installFromRepository, interestingLogLines, isSetUp, launchBrowser,
  removeRunDir, repoRoot, runSetup, startCodeServer, workbenchUrl,
} from './vscode-host.mjs';

const { values: opts } = parseArgs({
  options: {
    timeout: { type: 'string', default: '240' },
    keep: { type: 'boolean', default: false },
    'no-media': { type: 'boolean', default: false },
  },
});

const sampleName = '2024年工作总结.txt';
// The numbered headings of samples/2024年工作总结.txt as [aria-level, name] rows of the Outline view, in order.
// Inline items (一是…), shown as enum-member symbols, are not part of this comparison.
const expectedOutline = [
  [1, '一、主要工作成效'],
  [2, '（一）粮食生产稳中有增'],
  [2, '（二）特色产业加快发展'],
  [3, '1.做强主导产业'],
  [3, '2.培育新型经营主体'],
  [3, '3.推进农文旅融合'],
  [2, '（三）农村改革持续深化'],
  [3, '1.深化农村集体产权制度改革'],
  [3, '2.稳妥推进宅基地改革'],
  [2, '（四）和美乡村建设扎实推进'],
  [1, '二、存在的问题和不足'],
  [1, '三、2025年工作打算'],
  [2, '（一）稳定粮食生产'],
  [2, '（二）壮大乡村产业'],
  [2, '（三）建设和美乡村'],
];
const hoverFigure = '42.6万亩';
const hoverExpected = ['42.6万亩', '粮食播种面积'];

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const cleanup = createCleanup();
const results = [];
let page;
let run;

async function check(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name} (${Date.now() - t0} ms)`);
  } catch (err) {
    const shot = join(run.dir, `failure-${results.filter((r) => !r.ok).length + 1}.png`);
    await page?.screenshot({ path: shot }).catch(() => {});
    results.push({ name, ok: false, message: err.message, expected: err.expected, actual: err.actual, screenshot: shot });
    console.log(`  ✘ ${name}\n    ${err.message.split('\n').join('\n    ')}`);
    if (err.expected !== undefined) {
      console.log(`    expected: ${JSON.stringify(err.expected)}\n    actual:   ${JSON.stringify(err.actual)}`);
    }
    console.log(`    screenshot: ${relative(repoRoot, shot)}`);
  }
}

function expectEqual(actual, expected, message) {
  if (isDeepStrictEqual(actual, expected)) return;
  throw Object.assign(new Error(message), { expected, actual });
}

async function runCommand(label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${label}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function screenshot(name) {
  const file = join(run.dir, 'screenshots', name);
  await page.screenshot({ path: file });
  return file;
}

async function main() {
  if (!isSetUp()) {
    console.log('code-server is not installed yet: running scripts/setup.sh (once; about 1-2 minutes)');
    runSetup();
  }
  run = createRunDir('ui');
  mkdirSync(join(run.dir, 'screenshots'));
  const workspace = copyWorkspace(run, join(repoRoot, 'samples'));
  const sampleText = readFileSync(join(workspace, sampleName), 'utf8');
  installFromRepository(run);

  const server = await startCodeServer(run, {
    workspace,
    settings: {
      'outline.collapseItems': 'alwaysExpand',
      'editor.minimap.enabled': false,
      'editor.wordWrap': 'on',
      'workbench.colorTheme': 'Default Light Modern',
    },
  });
  cleanup.add(server.stop);
  console.log(`code-server ${server.version} on ${server.base} (ready after ${seconds()} s); run folder ${relative(repoRoot, run.dir)}`);

  const browser = await launchBrowser(run);
  page = browser.page;
  cleanup.add(() => browser.context.close());
  page.setDefaultTimeout(30_000);
  await page.goto(workbenchUrl(server, { folder: workspace, openFile: join(workspace, sampleName) }));

  await check('the workbench opens the sample report and the extension reports on it', async () => {
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.tab', { hasText: sampleName }).first().waitFor();
    await page.locator('.editor-instance :is(.squiggly-warning, .squiggly-error, .squiggly-info)').first().waitFor({ timeout: 60_000 });
  });

  await check('the Outline view lists the headings in order, nested by level', async () => {
    // Give the Outline the side bar: collapse the file list, then focus the Outline.
    const folders = page.locator('.pane-header[aria-expanded="true"]', { has: page.locator('h3.title', { hasText: /workspace/i }) });
    if (await folders.count()) await folders.first().click();
    await runCommand('Explorer: Focus on Outline View');
    const rows = page.locator('.outline-pane .monaco-list-row');
    await rows.first().waitFor();
    let got = [];
    // The outline fills in as the provider answers; read until it matches or stops changing.
    for (let i = 0; i < 20; i++) {
      const now = await readOutline(rows);
      if (isDeepStrictEqual(now, expectedOutline) || (i > 3 && isDeepStrictEqual(now, got))) {
        got = now;
        break;
      }
      got = now;
      await page.waitForTimeout(250);
    }
    expectEqual(got, expectedOutline, 'Outline rows ([aria-level, name]) differ');
    await screenshot('screenshot-outline.png');
  });

  await check('the Problems panel lists every placeholder of the report', async () => {
    const placeholders = sampleText.match(/[Xx]{2,}/g)?.length ?? 0;
    await runCommand('View: Focus Problems');
    const fileRow = page.locator('.markers-panel .monaco-list-row', { hasText: sampleName }).first();
    await fileRow.waitFor();
    const badge = Number((await fileRow.locator('.monaco-count-badge').innerText()).trim());
    // The list is virtualized: maximize the panel so every row is rendered while counting.
    await runCommand('View: Toggle Maximized Panel');
    const texts = await page
      .locator('.markers-panel .monaco-list-row')
      .evaluateAll((els) => els.map((e) => e.innerText.replace(/\s+/g, ' ').trim()));
    await runCommand('View: Toggle Maximized Panel');
    const redactionRows = texts.filter((t) => /redaction/.test(t)).length;
    expectEqual(
      { redactionRows, fileBadgeCountsThem: badge >= placeholders },
      { redactionRows: placeholders, fileBadgeCountsThem: true },
      `Problems panel for ${placeholders} placeholders (file badge ${badge}); rows:\n${texts.join('\n')}`,
    );
    await screenshot('screenshot-problems.png');
  });

  await check(`a hover on ${hoverFigure} shows the figure's summary`, async () => {
    const point = await textPosition(hoverFigure);
    if (!point) throw new Error(`${hoverFigure} is not visible in the editor`);
    await page.mouse.move(point.x - 40, point.y);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: hoverFigure }).first();
    await hover.waitFor();
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    expectEqual(hoverExpected.filter((s) => !text.includes(s)), [], `hover text: ${text}`);
    await screenshot('screenshot-hover.png');
  });

  const failed = results.filter((r) => !r.ok).length;
  writeFileSync(join(run.dir, 'ui-results.json'), JSON.stringify(results, null, 2));
  if (failed) {
    const lines = interestingLogLines(server.logFile);
    if (lines.length) console.log(`\ncode-server.log:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    console.log(`\nKept ${relative(repoRoot, run.dir)} (failure-*.png, screenshots/, ui-results.json, code-server.log).`);
  } else if (!opts['no-media']) {
    for (const name of ['screenshot-outline.png', 'screenshot-problems.png', 'screenshot-hover.png']) {
      copyFileSync(join(run.dir, 'screenshots', name), join(repoRoot, 'media', name));
    }
    console.log('Screenshots saved to media/.');
  }
  await cleanup.run();
  if (!failed && !opts.keep) removeRunDir(run);
  console.log(`UI checks: ${seconds()} s`);
  return failed;
}

// Rows of the Outline view as [aria-level, name], skipping inline items (enum-member icons).
function readOutline(rows) {
  return rows.evaluateAll((els) =>
    els
      .filter((e) => !e.querySelector('.codicon-symbol-enum-member'))
      .map((e) => [Number(e.getAttribute('aria-level')), e.querySelector('.label-name')?.textContent?.trim() ?? '']),
  );
}

// Screen position of the middle of `needle` in the editor's rendered lines.
function textPosition(needle) {
  return page.evaluate((needle) => {
    for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.textContent.indexOf(needle);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(node, i + 1);
        range.setEnd(node, i + needle.length - 1);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  }, needle);
}

const timeout = setTimeout(async () => {
  console.log(`\nTimed out after ${opts.timeout} s.`);
  await page?.screenshot({ path: join(run.dir, 'failure-timeout.png') }).catch(() => {});
  await cleanup.run();
  console.log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
  process.exit(124);
}, Number(opts.timeout) * 1000);

main().then(
  async (failed) => {
    clearTimeout(timeout);
    console.log(`${results.length - failed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  },
  async (err) => {
    clearTimeout(timeout);
    console.error(`\n${err.message ?? err}`);
    await cleanup.run();
    console.log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
    process.exit(1);
  },
);
