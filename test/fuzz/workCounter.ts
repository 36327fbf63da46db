import * as inspector from 'node:inspector/promises';
import * as path from 'node:path';

/*
 * Counts the work analyze() does, without a clock: V8's precise block coverage counts how many times every block of
 * the engine's compiled code runs. The sum over src/core is a deterministic measure of work that does not depend on
 * the machine's load. Work inside built-ins is counted separately (`builtin`): the characters that slices copy and
 * that regex searches pass over (from where a search starts to the end of its match, or to the end of the input when
 * it fails). That catches `text.slice(i)` or an unanchored search repeated from every position, which block counts
 * miss. Backtracking inside one search is not counted: test/unit/regex-safety.test.ts covers that.
 * Runs in a child process (see linearity.test.ts) so that coverage and the patched built-ins touch no other test.
 *
 * Input on stdin: JSON [{ name, text }]. Output on stdout: JSON [{ name, length, blocks, builtin, ms }].
 */

let builtin = 0;

function countBuiltins(): void {
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, input);
    const length = String(input).length;
    builtin += m ? m.index + m[0].length - from : this.sticky ? 1 : Math.max(0, length - from);
    return m;
  };
  for (const name of ['slice', 'substring', 'substr'] as const) {
    const original = String.prototype[name] as (this: string, ...args: number[]) => string;
    Object.defineProperty(String.prototype, name, {
      configurable: true,
      writable: true,
      value: function (this: string, ...args: number[]) {
        const r = original.apply(this, args);
        builtin += r.length;
        return r;
      },
    });
  }
}

interface Job {
  name: string;
  text: string;
  /** Run a known-quadratic probe instead of analyze(), to show that the measure sees quadratic work. */
  probe?: boolean;
}

/** Quadratic on purpose: a search over the rest of the text from every position. */
function quadraticProbe(text: string): number {
  let found = 0;
  for (let i = 0; i < text.length; i++) if (/。/.test(text.slice(i))) found++;
  return found;
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const jobs = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Job[];
  const coreDir = path.resolve(__dirname, '../../src/core');
  const reps = Number(process.env.WORK_TIMING_REPS ?? 1);

  const session = new inspector.Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  // Loaded after coverage starts, so that every function is compiled with block counters.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { analyze } = require('../../src/core/analyze') as typeof import('../../src/core/analyze');
  const isCore = (url: string) => url.startsWith('file://') && path.resolve(new URL(url).pathname).startsWith(coreDir + path.sep);

  const workOf = async (job: Job): Promise<{ blocks: number; builtin: number }> => {
    await session.post('Profiler.takePreciseCoverage'); // resets the counters
    builtin = 0;
    if (job.probe) quadraticProbe(job.text);
    else analyze(job.text);
    const counted = builtin;
    const { result } = await session.post('Profiler.takePreciseCoverage');
    let blocks = 0;
    for (const script of result) if (isCore(script.url)) for (const fn of script.functions) for (const r of fn.ranges) blocks += r.count;
    return { blocks, builtin: counted };
  };

  const counted = [];
  countBuiltins();
  analyze('一、预热\n（一）预热1.5亿元XX'); // the first call compiles everything
  for (const job of jobs) counted.push({ name: job.name, length: job.text.length, ...(await workOf(job)) });
  await session.post('Profiler.stopPreciseCoverage');

  // Wall time as well, coverage off, best of `reps`: a second opinion that also sees work inside built-ins.
  const out = counted.map((c, i) => {
    let best = Infinity;
    for (let r = 0; r < reps; r++) {
      const t0 = process.hrtime.bigint();
      if (jobs[i].probe) quadraticProbe(jobs[i].text);
      else analyze(jobs[i].text);
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return { ...c, ms: best };
  });
  process.stdout.write(JSON.stringify(out));
  session.disconnect();
}

void main();
