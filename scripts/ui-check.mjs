#!/usr/bin/env node
// UI checks in the real VS Code workbench (code-server + headless Chromium), as a user sees the extension:
// the Outline view lists a sample report's headings in order and nested, the Problems panel lists its
// placeholders, a hover on a figure shows its summary, the Figures view lists the figures by section; and, in a
// second session with the display language zh-cn, the extension's own strings in Chinese (the 公文 container with
// its views 数据 and 占位符, the hover's words). Saves screenshots to the run folders and, when every check of a
// session passes, to media/ for the README. The last line is `N passed, N failed`; exit code 0 only if all pass.
//
//   node scripts/ui-check.mjs [--locale en|zh-cn|all] [--timeout SEC] [--keep] [--no-media]
//
// Expects `npm run build` (npm run test:ui does it).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import {
  copyWorkspace, createCleanup, createRunDir, installFromRepository, installVsix, interestingLogLines, isSetUp, launchBrowser,
  removeRunDir, repoRoot, runSetup, startCodeServer, workbenchUrl,
} from './vscode-host.mjs';

const { values: opts } = parseArgs({
  options: {
    locale: { type: 'string', default: 'all' },
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
// The Figures view for the sample: the first section rows and figure rows, as [aria-level, label] in order.
const expectedFiguresStart = [
  [1, '一、主要工作成效'],
  [2, '（一）粮食生产稳中有增'],
  [3, '粮食播种面积  42.6万亩'],
  [3, '粮食总产量  17.3万吨'],
];
// Strings the zh-cn session must show: package.nls.zh-cn.json (container and view names) and
// l10n/bundle.l10n.zh-cn.json (the hover's words, the Figures view's "{0} 条数据").
const zhContainer = '公文';
const zhViews = ['数据', '占位符'];
const zhHoverWords = ['数值', '换算', '类型'];

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
  const locales = opts.locale === 'all' ? ['en', 'zh-cn'] : [opts.locale];
  for (const locale of locales) {
    if (!['en', 'zh-cn'].includes(locale)) throw new Error(`--locale ${locale}: expected en, zh-cn or all`);
    await session(locale);
  }
  return results.filter((r) => !r.ok).length;
}

/** One code-server and one browser with the sample report open, in a display language, and its checks. */
async function session(locale) {
  console.log(`\n${locale === 'en' ? 'English' : `display language ${locale}`}:`);
  const failedBefore = results.filter((r) => !r.ok).length;
  const sessionStart = Date.now();
  const sessionSeconds = () => ((Date.now() - sessionStart) / 1000).toFixed(1);
  run = createRunDir(`ui-${locale}`);
  mkdirSync(join(run.dir, 'screenshots'));
  const workspace = copyWorkspace(run, join(repoRoot, 'samples'));
  const sampleText = readFileSync(join(workspace, sampleName), 'utf8');
  // The English session runs the packaged .vsix as a user installs it; the Chinese one the repository's build.
  if (locale === 'en') {
    const t0 = Date.now();
    installVsix(run);
    console.log(`  packaged and installed the .vsix with --install-extension (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } else installFromRepository(run);

  const server = await startCodeServer(run, {
    workspace,
    locale: locale === 'en' ? undefined : locale,
    settings: {
      'outline.collapseItems': 'alwaysExpand',
      'editor.minimap.enabled': false,
      'editor.wordWrap': 'on',
      'workbench.colorTheme': 'Default Light Modern',
      'editor.lightbulb.enabled': 'off', // no light bulb beside the cursor in the screenshots
    },
  });
  const sessionCleanup = createCleanup({ handleSignals: false });
  sessionCleanup.add(server.stop);
  cleanup.add(sessionCleanup.run);
  console.log(`code-server ${server.version} on ${server.base} (ready after ${sessionSeconds()} s); run folder ${relative(repoRoot, run.dir)}`);

  const browser = await launchBrowser(run, { viewport: locale === 'en' ? { width: 1600, height: 1000 } : { width: 1440, height: 900 } });
  page = browser.page;
  sessionCleanup.add(() => browser.context.close());
  page.setDefaultTimeout(30_000);
  await page.goto(workbenchUrl(server, { folder: workspace, openFile: join(workspace, sampleName) }));

  await check('the workbench opens the sample report and the extension reports on it', async () => {
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.tab', { hasText: sampleName }).first().waitFor();
    await page.locator('.editor-instance :is(.squiggly-warning, .squiggly-error, .squiggly-info)').first().waitFor({ timeout: 60_000 });
  });

  const media = locale === 'en' ? await englishChecks(sampleText) : await chineseChecks();

  const failed = results.filter((r) => !r.ok).length - failedBefore;
  writeFileSync(join(run.dir, 'ui-results.json'), JSON.stringify(results, null, 2));
  if (failed) {
    const lines = interestingLogLines(server.logFile);
    if (lines.length) console.log(`\ncode-server.log:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    console.log(`\nKept ${relative(repoRoot, run.dir)} (failure-*.png, screenshots/, ui-results.json, code-server.log).`);
  } else if (!opts['no-media']) {
    for (const name of media) copyFileSync(join(run.dir, 'screenshots', name), join(repoRoot, 'media', name));
    console.log(`Screenshots saved to media/: ${media.join(', ')}.`);
  }
  await sessionCleanup.run();
  if (!failed && !opts.keep) removeRunDir(run);
  console.log(`UI checks (${locale}): ${sessionSeconds()} s`);
}

/** Outline, Problems, hover and the Figures view, in English. Returns the screenshots meant for media/. */
async function englishChecks(sampleText) {
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
    const text = await hoverOn(hoverFigure);
    expectEqual(hoverExpected.filter((s) => !text.includes(s)), [], `hover text: ${text}`);
    await screenshot('screenshot-hover.png');
  });

  await check('the Figures view lists the figures of the report by section', async () => {
    await runCommand('View: Hide Panel');
    await openGongwenContainer('Gongwen');
    await collapsePane('Placeholders');
    const got = await readFigures(expectedFiguresStart.length);
    expectEqual(got, expectedFiguresStart, 'first rows of the Figures view ([aria-level, label])');
    // Back to the editor, cursor on the empty last line: no header focus ring, no word highlight.
    await runCommand('View: Focus Active Editor Group');
    await page.keyboard.press('Control+End');
    await page.mouse.move(900, 700);
    await screenshot('screenshot-figures.png');
  });
  return ['screenshot-outline.png', 'screenshot-problems.png', 'screenshot-hover.png', 'screenshot-figures.png'];
}

/** The extension's strings with the display language zh-cn: views, Figures rows, hover. */
async function chineseChecks() {
  await check(`the activity bar container is ${zhContainer} with the views ${zhViews.join(' and ')}`, async () => {
    await openGongwenContainer(zhContainer);
    const title = (await page.locator('.sidebar .composite.title h2').first().textContent())?.trim();
    const views = await page.locator('.sidebar .pane-header h3.title').evaluateAll((els) => els.map((e) => e.textContent.trim()));
    expectEqual({ title, views }, { title: zhContainer, views: zhViews }, 'side bar title and view names');
    // A section row of the Figures view: "{0} 条数据" from the zh-cn l10n bundle.
    await page.locator('.sidebar .monaco-list-row', { hasText: /\d+ 条数据/ }).first().waitFor();
  });

  await check(`a hover on ${hoverFigure} is in Chinese (${zhHoverWords.join(', ')})`, async () => {
    const text = await hoverOn(hoverFigure);
    expectEqual(zhHoverWords.filter((s) => !text.includes(s)), [], `hover text: ${text}`);
    await screenshot('screenshot-zh-cn.png');
  });
  return ['screenshot-zh-cn.png'];
}

/** Opens the extension's activity bar container (its icon's label is the container title). */
async function openGongwenContainer(title) {
  const sideBarTitle = page.locator('.sidebar .composite.title h2', { hasText: title });
  if (await sideBarTitle.isVisible()) return;
  await page.locator(`.activitybar .action-item a[aria-label="${title}"]`).click();
  await sideBarTitle.waitFor();
  // Make room for the figures' descriptions: widen the side bar by dragging its edge.
  const box = await page.locator('.part.sidebar').boundingBox();
  if (box && box.width < 400) {
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 420, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
  }
}

async function collapsePane(name) {
  const header = page.locator('.sidebar .pane-header[aria-expanded="true"]', { has: page.locator('h3.title', { hasText: name }) });
  if (await header.count()) await header.first().click();
}

// Rows of the Figures view as [aria-level, label], once at least `n` are rendered.
async function readFigures(n) {
  const rows = page.locator('.sidebar .pane-body .monaco-list-row');
  await rows.nth(n - 1).waitFor();
  const all = await rows.evaluateAll((els) =>
    els.map((e) => [Number(e.getAttribute('aria-level')), e.querySelector('.label-name')?.textContent?.trim() ?? '']),
  );
  return all.slice(0, n);
}

// Moves the mouse onto `needle` in the editor and returns the text of the hover that shows it.
async function hoverOn(needle) {
  const point = await textPosition(needle);
  if (!point) throw new Error(`${needle} is not visible in the editor`);
  await page.mouse.move(point.x - 40, point.y);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: needle }).first();
  await hover.waitFor();
  // The hover fades in: wait for finite animations to end, so a screenshot shows it opaque.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity));
  return (await hover.innerText()).replace(/\s+/g, ' ');
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
