import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';
import { resolveOptions } from '../../src/core/options';
import { assertAnalysisInvariants, invariantProblems } from '../fuzz/invariants';
import { loadCorpus, longLine, mutatedCorpus, reportText, structuredReport } from '../fuzz/arbitraries';
import { anyOptions, runParameters } from '../fuzz/params';

/*
 * Property tests over random and mutated text (about 3,500 cases with a fixed seed; `npm run fuzz` runs 100,000
 * with a fresh one). On failure fast-check prints the seed and path: rerun with FC_SEED=<seed> FC_PATH=<path>.
 * The invariants themselves are in test/fuzz/invariants.ts.
 */

const corpus = loadCorpus();

/** What a reader sees of an analysis, without offsets: to compare texts that differ only in line ends or a BOM. */
function visible(a: Analysis) {
  return {
    outline: a.outline.map((h) => `${h.level} ${h.kind} ${h.marker} ${h.title}`),
    placeholders: a.placeholders.map((p) => `${p.rule} ${p.kind} ${p.text}`),
    figures: a.figures.map((f) => `${f.text} ${f.value} ${f.unit} ${f.role}`),
    numbering: a.numbering.map((f) => f.rule),
  };
}

describe('analyze() properties over random and mutated text', function () {
  this.timeout(120_000);

  it('holds every invariant on random report-like text', () => {
    fc.assert(fc.property(reportText(120), (text) => assertAnalysisInvariants(text)), runParameters(1200, 0x6f6e67));
  });

  it('holds every invariant on report-shaped text (marker lines with titles and bodies)', () => {
    fc.assert(fc.property(structuredReport, (text) => assertAnalysisInvariants(text)), runParameters(700, 0x77656e));
  });

  it('holds every invariant on arbitrary UTF-16 (lone surrogates, control characters, any plane)', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300, size: 'max' }), fc.string({ unit: 'grapheme', maxLength: 300, size: 'max' }));
    fc.assert(fc.property(anyText, (text) => assertAnalysisInvariants(text)), runParameters(500, 0x75746631));
  });

  it('holds every invariant on corpus fragments with characters inserted, deleted and swapped, CRLF mixes and BOMs', () => {
    fc.assert(fc.property(mutatedCorpus(corpus), (text) => assertAnalysisInvariants(text)), runParameters(250, 0x636f7270));
  });

  it('holds every invariant under any user options', () => {
    const input = fc.tuple(fc.oneof(structuredReport, mutatedCorpus(corpus, 6, 3000)), anyOptions);
    fc.assert(fc.property(input, ([text, options]) => assertAnalysisInvariants(text, options)), runParameters(400, 0x6f707473));
  });

  it('finds the same outline, placeholders and figures whether lines end in LF or CRLF', () => {
    const input = fc.oneof(structuredReport, mutatedCorpus(corpus, 4, 3000));
    fc.assert(
      fc.property(input, (text) => {
        const lf = text.replace(/\r\n?|\u2028|\u2029/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        assert.deepEqual(visible(analyze(crlf)), visible(analyze(lf)));
      }),
      runParameters(250, 0x63726c66),
    );
  });

  it('finds the same results, one offset later, after a BOM', () => {
    const input = fc.oneof(structuredReport, mutatedCorpus(corpus, 4, 3000)).filter((t) => t.charCodeAt(0) !== 0xfeff);
    fc.assert(
      fc.property(input, (text) => {
        const plain = analyze(text);
        const withBom = analyze('\ufeff' + text);
        assert.deepEqual(visible(withBom), visible(plain));
        assert.deepEqual(
          withBom.outline.map((h) => h.markerSpan.start - 1),
          plain.outline.map((h) => h.markerSpan.start),
        );
      }),
      runParameters(250, 0x626f6d),
    );
  });

  it('holds every invariant on 100 KiB single lines', function () {
    this.timeout(300_000);
    const input = fc.tuple(fc.nat({ max: corpus.length - 1 }), mutatedCorpus(corpus, 8, 4000)).map(([doc, extra]) => longLine(corpus[doc] + extra, 100 * 1024));
    fc.assert(fc.property(input, (text) => assertAnalysisInvariants(text)), runParameters(4, 0x6c6f6e67));
  });
});

describe('the invariant checker itself', () => {
  const text = corpus[1];
  const options = resolveOptions();
  const fresh = () => analyze(text);

  it('passes a real analysis of a corpus document', () => {
    const a = fresh();
    assert.ok(a.outline.length > 3 && a.tree.some((n) => n.children.length > 0), 'the document has a nested outline');
    assert.deepEqual(invariantProblems(text, a, options), []);
  });

  const corruptions: [string, (a: Analysis) => void, RegExp][] = [
    ['a span past the end', (a) => (a.outline[0].section.end = text.length + 1), /outside/],
    ['a reversed span', (a) => (a.outline[0].titleSpan = { start: 5, end: 4 }), /reversed/],
    ['a title that is not the text at its span', (a) => (a.outline[0].title += '甲'), /title differs/],
    ['headings out of order', (a) => a.outline.reverse(), /document order|pre-order/],
    ['a child not deeper than its parent', (a) => (a.tree.find((n) => n.children.length)!.children[0].heading.level = 1), /not deeper/],
    ['a child section outside its parent', (a) => (a.tree.find((n) => n.children.length)!.children[0].heading.section.start = 0), /not inside its parent/],
    ['a fix that overlaps itself', (a) => {
      a.numbering.push({ rule: 'numbering-gap', severity: 'warning', message: 'm', span: { start: 0, end: 1 },
        fix: [{ span: { start: 0, end: 4 }, newText: 'a' }, { span: { start: 2, end: 6 }, newText: 'b' }] });
    }, /overlap/],
    ['a fix that changes nothing', (a) => {
      a.numbering.push({ rule: 'numbering-gap', severity: 'warning', message: 'm', span: { start: 0, end: 1 }, fix: [{ span: { start: 0, end: 1 }, newText: text[0] }] });
    }, /changes nothing/],
    ['a redaction whose text is not the text at its span', (a) => {
      a.placeholders.push({ rule: 'redaction', severity: 'warning', message: 'm', span: { start: 0, end: 2 }, kind: 'redaction', text: 'XX' });
    }, /differs from the text at its span/],
    ['a span splitting a surrogate pair', () => undefined, /surrogate/],
  ];
  for (const [name, corrupt, expected] of corruptions) {
    it(`reports ${name}`, () => {
      if (name.includes('surrogate')) {
        const t = '一、标题😀正文';
        const a = analyze(t);
        a.placeholders.push({ rule: 'redaction', severity: 'warning', message: 'm', span: { start: 5, end: 6 }, kind: 'redaction', text: t.slice(5, 6) });
        assert.match(invariantProblems(t, a, options).join('\n'), expected);
        return;
      }
      const a = fresh();
      corrupt(a);
      assert.match(invariantProblems(text, a, options).join('\n'), expected);
    });
  }
});

/*
 * Inputs on which `npm run fuzz` once found a broken invariant, kept so that the fix stays fixed. Add each new
 * counterexample here (shrunk, as fast-check prints it) with the seed that found it.
 */
const fuzzCounterexamples: [string, string][] = [
  // seed 686075547: full-width digits with an ASCII thousands comma gave a figure value of NaN (null in JSON).
  ['０,１００亿元', 'full-width digits grouped with an ASCII comma'],
  ['１,２３４万元', 'full-width digits grouped with an ASCII comma'],
];

describe('counterexamples found by npm run fuzz', () => {
  for (const [text, what] of fuzzCounterexamples) {
    it(`${JSON.stringify(text)}: ${what}`, () => assertAnalysisInvariants(text));
  }
});
