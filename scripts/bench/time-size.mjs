// Times the engine or the anchors on one corpus text; prints one JSON line per measurement. Each side runs in a process
// of its own, so that neither's heap (the Markdown service keeps every document it parsed) slows the other's collections.
// Usage: node --expose-gc time-size.mjs '{"file":…,"core":…,"deadlineMs":…,"side":"anchors"|"engine"}'
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { measure } from './timing.mjs';
import { toMarkdown } from './corpus.mjs';

const require = createRequire(import.meta.url);
const args = JSON.parse(process.argv[2]);
const started = performance.now();
const text = fs.readFileSync(args.file, 'utf8');
const emit = (what, result) => console.log(JSON.stringify({ what, ...result }));
const remaining = () => args.deadlineMs - (performance.now() - started);

// ---- anchors --------------------------------------------------------------------------------------------------
if (args.side === 'anchors') {
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
  // The same with a forced full GC before every run (see measure()).
  const doc = () => TextDocument.create(`file:///bench/${docCount++}.md`, 'markdown', 1, markdown);
  emit('md-outline:gc-each', await measure(async () => void (await service.getDocumentSymbols(doc(), { includeLinkDefinitions: false }, token)), { gcEach: true }));
}

// ---- engine ---------------------------------------------------------------------------------------------------
if (args.side === 'engine') {
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
  // The same with a forced full GC before every run (see measure()).
  if (!whole || remaining() > whole * 20) {
    emit('analyze:gc-each', await measure(() => void core.analyze(text), { budgetMs: Math.min(5000, remaining() / 8), gcEach: true }));
  }
}
