// Median timing with warm-up, within a time budget.
import { performance } from 'node:perf_hooks';

const gc = globalThis.gc ?? (() => {});

/**
 * Runs `fn` until it is warm, then as many times as fit in `budgetMs` (between minRuns and maxRuns), and returns the
 * median of those runs with the first (cold) run's time.
 *
 * Warm-up: V8 runs a function as bytecode first and compiles it to optimized code only after it has run for a while,
 * in the background (on 2 cores, next to the run itself). analyze() on 100 KiB settles after about 30 runs
 * (≈ 22 ms → 3 ms), on 1 MiB after about 20. Every function measured here, ours and the anchors alike, is warmed the
 * same way: for at least `warmupMs` and `minWarmup` runs, at most `maxWarmup` runs. A first run over the budget is
 * kept as the only sample.
 *
 * A full GC runs before the measured series; with `gcEach`, before every run too. A forced full GC makes V8 discard
 * optimized code that refers to objects it freed, so the run after it is partly cold: an editor does not collect
 * between two keystrokes, so the default is one GC per series, and `gcEach` shows the difference.
 */
export async function measure(
  fn,
  { budgetMs = 1500, minRuns = 3, maxRuns = 15, gcEach = false, warmupMs = Math.min(1000, budgetMs), minWarmup = 5, maxWarmup = 50 } = {},
) {
  gc();
  let t = performance.now();
  await fn();
  const first = performance.now() - t;
  if (first > budgetMs) return { runs: 1, warmup: 0, first, median: first, min: first, max: first };
  const warmStart = t;
  let warmup = 1;
  let warm = first;
  while (warmup < maxWarmup && (warmup < minWarmup || performance.now() - warmStart < warmupMs)) {
    t = performance.now();
    await fn();
    warm = performance.now() - t;
    warmup++;
  }
  gc();
  const samples = [];
  const runs = Math.max(minRuns, Math.min(maxRuns, Math.floor(budgetMs / Math.max(warm, 0.05))));
  for (let i = 0; i < runs; i++) {
    if (gcEach) gc();
    t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { runs: samples.length, warmup, first, median: quantile(samples, 0.5), min: samples[0], max: samples[samples.length - 1] };
}

export function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
}
