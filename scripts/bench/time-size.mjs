// Times the engine and the anchors on one corpus text, in this one process; prints one JSON line per measurement.
// Usage: node --expose-gc time-size.mjs '{"file":…,"core":…,"incremental":…|null,"deadlineMs":…}'
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { measure, quantile } from './timing.mjs';
import { toMarkdown } from './corpus.mjs';

const require = createRequire(import.meta.url);
const args = JSON.parse(process.argv[2]);
const started = performance.now();
const text = fs.readFileSync(args.file, 'utf8');
const emit = (what, result) => console.log(JSON.stringify({ what, ...result }));
const remaining = () => args.deadlineMs - (performance.now() - started);

// ---- anchors --------------------------------------------------------------------------------------------------
const MarkdownIt = require('markdown-it');
const md = new MarkdownIt();
const { TextDocument } = require('vscode-languageserver-textdocument');
const mdls = await import('vscode-markdown-languageservice');
const markdown = toMarkdown(text);

const noEvent = () => ({ dispose() {} });
const service = mdls.createLanguageService({
  workspace: {
    workspaceFolders: [],
    onDidChangeMarkdownDocument: noEvent,
    onDidCreateMarkdownDocument: noEvent,
    onDidDeleteMarkdownDocument: noEvent,
    getAllMarkdownDocuments: async () => [],
    hasMarkdownDocument: () => false,
    openMarkdownDocument: async () => undefined,
    stat: async () => undefined,
    readDirectory: async () => [],
  },
  parser: { slugifier: mdls.githubSlugifier, tokenize: async (doc) => md.parse(doc.getText(), {}) },
  logger: { level: mdls.LogLevel.Off, log() {} },
});
const token = { isCancellationRequested: false, onCancellationRequested: noEvent };
let docCount = 0;
let symbols = 0;
emit('md-outline', {
  ...(await measure(async () => {
    // A fresh URI each run: the service caches tables of contents per document.
    const doc = TextDocument.create(`file:///bench/${docCount++}.md`, 'markdown', 1, markdown);
    symbols = (await service.getDocumentSymbols(doc, { includeLinkDefinitions: false }, token)).length;
  })),
  note: `${symbols} top-level symbols`,
});
emit('markdown-it', await measure(() => void md.parse(markdown, {})));

const headingRe = /[一二三四五六七八九十]{1,3}(?:、|是)|[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,3})[)）]|[0-9]{1,3}[.．、]|第[一二三四五六七八九十]{1,3}[，,]|[①-⑳]/g;
const figureRe = /[0-9０-９]+(?:[.．][0-9０-９]+)?(?:%|％|个百分点|[万亿千百]?[元人户家个项亩吨次件辆台套座所])?/g;
let count = 0;
const countMatches = (re) => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  count = n;
};
emit('regex-headings', { ...(await measure(() => countMatches(headingRe))), note: `${count} matches` });
emit('regex-figures', { ...(await measure(() => countMatches(figureRe))), note: `${count} matches` });
emit('charcode-loop', {
  ...(await measure(() => {
    let h = 0;
    for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
    count = h;
  })),
});

// ---- engine ---------------------------------------------------------------------------------------------------
const core = require(args.core);
const only = (part) => ({ parts: { outline: false, placeholders: false, figures: false, numbering: false, [part]: true } });
let whole = 0;
const variants = [
  ['analyze', {}],
  ['analyze:outline', only('outline')],
  ['analyze:placeholders', only('placeholders')],
  ['analyze:figures', only('figures')],
  ['analyze:numbering', only('numbering')],
];
let last;
// Compile the engine on a prefix first, so that a size measured once (over the budget) is not measured cold.
for (let i = 0; i < 3; i++) core.analyze(text.slice(0, 100_000));
for (const [what, options] of variants) {
  // A part never costs more than the whole; skip what cannot finish before the deadline.
  if (whole && remaining() < whole * 1.5) {
    emit(what, { skipped: 'time budget' });
    continue;
  }
  const r = await measure(() => void (last = core.analyze(text, options)), { budgetMs: Math.min(5000, remaining() / 8) });
  if (what === 'analyze') whole = r.median;
  const a = last;
  const note = `${a.outline.length} headings, ${a.placeholders.length} placeholders, ${a.figures.length} figures, ${a.numbering.length + a.figureChecks.length} numbering/figure findings`;
  emit(what, { ...r, note });
}
// The same with a forced full GC before every run, for both sides (see measure()).
if (!whole || remaining() > whole * 20) {
  emit('analyze:gc-each', await measure(() => void core.analyze(text), { budgetMs: Math.min(5000, remaining() / 8), gcEach: true }));
  const doc = () => TextDocument.create(`file:///bench/${docCount++}.md`, 'markdown', 1, markdown);
  emit('md-outline:gc-each', await measure(async () => void (await service.getDocumentSymbols(doc(), { includeLinkDefinitions: false }, token)), { gcEach: true }));
}

// ---- incremental re-analysis after one-character edits -----------------------------------------------------------
if (args.incremental) {
  // Built from the same sources as its own analyze(), which the result is compared with.
  const { IncrementalAnalyzer, analyze } = require(args.incremental);
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
      const note = analyzer.stats.blockwise ? `${analyzer.stats.blocks} line blocks` : 'whole text (the scans need context across lines)';
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
