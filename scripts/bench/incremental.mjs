// Incremental re-analysis after one-character edits, in a process of its own: the anchors' process keeps every
// Markdown document its language service parsed (tens of MiB), which slows every collection there, and no editor
// holds that. Prints one JSON line per measurement.
// Usage: node --expose-gc incremental.mjs '{"file":…,"incremental":…,"deadlineMs":…}'
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { measure, quantile } from './timing.mjs';

const require = createRequire(import.meta.url);
const args = JSON.parse(process.argv[2]);
const started = performance.now();
const text = fs.readFileSync(args.file, 'utf8');
const emit = (what, result) => console.log(JSON.stringify({ what, ...result }));
const remaining = () => args.deadlineMs - (performance.now() - started);
const only = (part) => ({ parts: { outline: false, placeholders: false, figures: false, numbering: false, [part]: true } });

// ---- incremental re-analysis after one-character edits -----------------------------------------------------------
{
  // Built from the same sources as its own analyze(), which the result is compared with.
  const { IncrementalAnalyzer, analyze } = require(args.incremental);
  // The full analysis of the same build, for comparison and for the time budget.
  for (let i = 0; i < 3; i++) analyze(text.slice(0, 100_000));
  const full = await measure(() => void analyze(text), { budgetMs: Math.min(3000, remaining() / 8) });
  emit('incremental:analyze', full);
  const whole = full.median;
  let seed = 12345;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const modes = [
    { what: 'incremental:edit', passChange: true, options: {} },
    { what: 'incremental:edit-nodiff', passChange: false, options: {} },
    // Only the part that is reused per line: what the block bookkeeping itself costs.
    { what: 'incremental:edit-placeholders', passChange: true, options: only('placeholders') },
  ];
  for (const { what, passChange, options } of modes) {
    const fullTime = what === 'incremental:edit-placeholders' ? 0 : whole;
    if (fullTime && remaining() < fullTime * 4) {
      emit(what, { skipped: 'time budget' });
      continue;
    }
    const analyzer = new IncrementalAnalyzer(options);
    let current = text;
    let t = performance.now();
    analyzer.update(current);
    if (what === 'incremental:edit') {
      const note = analyzer.stats.blockwise ? `${analyzer.stats.blocks} blocks (lines, long lines cut into pieces)` : 'whole text (the scans need context across lines)';
      emit('incremental:first', { runs: 1, median: performance.now() - t, note });
    }
    // The heap after the first update, to compare with the heap after the edits.
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const samples = [];
    const recomputed = [];
    const deadline = performance.now() + Math.min(3000, remaining() / 4);
    while (samples.length < 100 && (samples.length < 3 || performance.now() < deadline)) {
      const at = Math.floor(rnd() * current.length);
      current = current.slice(0, at) + '的' + current.slice(at);
      // An editor hands over its text as one flat string; the concatenation above is a rope that V8 flattens (copies)
      // at its first character access: that copy is made here, before the clock starts.
      current.charCodeAt(0);
      t = performance.now();
      analyzer.update(current, passChange ? { start: at, oldEnd: at, newEnd: at + 1 } : undefined);
      samples.push(performance.now() - t);
      recomputed.push(analyzer.stats.recomputed);
    }
    // What the edits added to the heap, after a full GC: it must not grow with the number of edits (a result that
    // points into an old version of the text keeps that version alive).
    globalThis.gc?.();
    const kept = process.memoryUsage().heapUsed - heapBefore;
    const equal = isDeepStrictEqual(analyzer.update(current), analyze(current, options));
    samples.sort((a, b) => a - b);
    emit(what, {
      runs: samples.length,
      median: quantile(samples, 0.5),
      p95: quantile(samples, 0.95),
      max: samples[samples.length - 1],
      note: `${analyzer.stats.blocks} blocks, ≤ ${Math.max(...recomputed)} recomputed per edit, equals analyze(): ${equal ? 'yes' : 'NO'}; heap growth over the edits ${(kept / 2 ** 20).toFixed(1)} MiB`,
    });
  }
}
