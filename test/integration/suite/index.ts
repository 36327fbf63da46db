// Entry point of the integration suite inside the extension host (VS Code's `extensionTestsPath`): runs every
// *.test.js compiled next to this folder with mocha and resolves when all pass. The same file serves code-server
// (scripts/run-ext-tests.mjs) and @vscode/test-electron (scripts/run-electron-tests.mjs).
//
// Environment given by the runners:
//   HARNESS_RESULTS_FILE    where to write {passed, failed, pending, failures[]} as JSON
//   HARNESS_SCREENSHOT_DIR  when set, a failing test asks the runner for a screenshot of the workbench (see below)
//   HARNESS_GREP            only tests whose full title matches this regular expression
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inspect } from 'node:util';
import Mocha from 'mocha';

export interface TestFailure {
  title: string;
  message: string;
  expected?: string;
  actual?: string;
  stack?: string;
  screenshot?: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  failures: TestFailure[];
}

const screenshotRequest = '[gongwen-harness] screenshot ';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, reporter: 'spec' });
  if (process.env.HARNESS_GREP) mocha.grep(new RegExp(process.env.HARNESS_GREP));
  const testsRoot = path.resolve(__dirname, '..');
  for (const file of testFiles(testsRoot)) mocha.addFile(file);

  const results: SuiteResults = { passed: 0, failed: 0, pending: 0, failures: [] };
  const screenshots = process.env.HARNESS_SCREENSHOT_DIR;
  const screenshotOf = new Map<Mocha.Runnable, string>();

  // The browser-side runner watches the extension host's console; on this line it saves a screenshot of the
  // workbench as it is when the test failed, and the hook waits (bounded) until the file is there.
  if (screenshots) {
    mocha.rootHooks({
      async afterEach(this: Mocha.Context) {
        const file = this.currentTest && screenshotOf.get(this.currentTest);
        if (!file) return;
        console.log(`${screenshotRequest}${file}`);
        await waitForFile(file, 5000);
      },
    });
  }

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      writeResults(results);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => results.passed++);
    runner.on('pending', () => results.pending++);
    runner.on('fail', (test, err: Partial<{ message: string; expected: unknown; actual: unknown; stack: string; operator: string }>) => {
      results.failed++;
      const failure: TestFailure = { title: test.fullTitle(), message: String(err?.message ?? err), stack: err?.stack };
      // assert.ok(value, message) carries expected: true, which says nothing beyond its message.
      const isOk = err?.operator === '==' && err.expected === true;
      if (err && 'expected' in err && 'actual' in err && !isOk) {
        failure.expected = show(err.expected);
        failure.actual = show(err.actual);
      }
      if (screenshots) {
        failure.screenshot = path.join(screenshots, `failure-${results.failures.length + 1}.png`);
        screenshotOf.set(test, failure.screenshot);
      }
      results.failures.push(failure);
    });
  });
}

function testFiles(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(root, f));
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : inspect(value, { depth: 6, breakLength: 100 });
}

function writeResults(results: SuiteResults): void {
  const file = process.env.HARNESS_RESULTS_FILE;
  if (file) fs.writeFileSync(file, JSON.stringify(results, null, 2));
}

async function waitForFile(file: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}
