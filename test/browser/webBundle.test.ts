import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { analyze } from '../../src/core/analyze';

const root = path.join(__dirname, '../../..');
const chromiumPath = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

/**
 * vscode.dev runs extensions in a browser worker: the browser bundle must not need Node, and the engine must give
 * the same analysis in Chromium as in Node.
 */
describe('web extension (browser bundle in Chromium)', function () {
  this.timeout(60000);
  let browser: Browser;

  before(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });
  after(async () => browser?.close());

  it('the browser bundle of the extension requires nothing but vscode', () => {
    const bundle = fs.readFileSync(path.join(root, 'dist/web/extension.js'), 'utf8');
    const required = new Set([...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], ['vscode']);
  });

  it('analyses a report in Chromium exactly as in Node', async () => {
    const { outputFiles } = await esbuild.build({
      entryPoints: [path.join(root, 'src/core/index.ts')], bundle: true, write: false, format: 'iife', globalName: 'Gongwen', platform: 'browser', target: 'es2022',
    });
    const text = fs.readFileSync(path.join(root, 'media/walkthrough/sample-report.txt'), 'utf8');
    const page = await browser.newPage();
    await page.addScriptTag({ content: outputFiles[0].text });
    const inBrowser = await page.evaluate((t) => JSON.stringify((globalThis as unknown as { Gongwen: { analyze: (s: string) => unknown } }).Gongwen.analyze(t)), text);
    const inNode = analyze(text);
    assert.deepEqual(JSON.parse(inBrowser), JSON.parse(JSON.stringify(inNode)));
    assert.ok(inNode.outline.length > 5, 'the sample has headings');
    await page.close();
  });
});
