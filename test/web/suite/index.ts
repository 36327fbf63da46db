// Entry point of the web suite in the web worker extension host (`extensionTestsPath`), bundled into one browser
// script by scripts/run-web-tests.mjs. No file system here: the results go to the console as one JSON line that
// the runner reads, and the exit code goes back through the workbench (run() resolves = 0, rejects = 1).
import 'mocha/mocha';

export const resultsPrefix = '[gongwen-web-results] ';

interface Failure {
  title: string;
  message: string;
}

/** A reporter that prints each test and, at the end, the counts and failures as one JSON line. */
function createReporter() {
  return class WebReporter {
    constructor(runner: Mocha.Runner) {
      const results = { passed: 0, failed: 0, pending: 0, failures: [] as Failure[] };
      const indent = (t: Mocha.Runnable) => '  '.repeat(t.titlePath().length);
      runner.on('suite', (s) => s.title && console.log(`${'  '.repeat(s.titlePath().length)}${s.title}`));
      runner.on('pass', (t) => {
        results.passed++;
        console.log(`${indent(t)}✔ ${t.title} (${t.duration ?? 0}ms)`);
      });
      runner.on('pending', (t) => {
        results.pending++;
        console.log(`${indent(t)}- ${t.title}`);
      });
      runner.on('fail', (t, err: Error) => {
        results.failed++;
        results.failures.push({ title: t.fullTitle(), message: String(err?.message ?? err) });
        console.log(`${indent(t)}✘ ${t.title}\n${String(err?.message ?? err)}`);
      });
      runner.once('end', () => {
        console.log(`  ${results.passed} passing, ${results.failed} failing`);
        console.log(resultsPrefix + JSON.stringify(results));
      });
    }
  };
}

export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: createReporter() as unknown as Mocha.ReporterConstructor, timeout: 20_000, color: false });
  // After setup, so that describe/it exist when the tests load; esbuild bundles this require.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../webHost.test');
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
