// Median timing with warm-up, within a time budget.
import { performance } from 'node:perf_hooks';

const gc = globalThis.gc ?? (() => {});

/**
 * Runs `fn` once to warm up and estimate, then as many times as fit in `budgetMs` (between minRuns and maxRuns).
 * A first run slower than a second is JIT warm-up and is dropped; a single run over the budget is kept as the sample.
 * A full GC runs before the series; with `gcEach`, before every run too. A forced full GC makes V8 discard optimized
 * code that refers to objects it freed, so the run after it is partly cold: an editor does not collect between two
 * keystrokes, so the default is one GC per series, and `gcEach` shows the difference.
 */
export async function measure(fn, { budgetMs = 1500, minRuns = 3, maxRuns = 15, gcEach = false } = {}) {
  gc();
  let t = performance.now();
  await fn();
  const first = performance.now() - t;
  const samples = [];
  if (first > budgetMs) samples.push(first);
  else {
    const runs = Math.max(minRuns, Math.min(maxRuns, Math.floor(budgetMs / Math.max(first, 0.05))));
    for (let i = 0; i < runs; i++) {
      if (gcEach) gc();
      t = performance.now();
      await fn();
      samples.push(performance.now() - t);
    }
  }
  samples.sort((a, b) => a - b);
  return { runs: samples.length, median: quantile(samples, 0.5), min: samples[0], max: samples[samples.length - 1] };
}

export function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
}
