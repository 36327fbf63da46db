import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { checkNumbering } from '../../src/core/numbering';
import { resolveOptions } from '../../src/core/options';
import { applyEdits, renumberDocument } from '../../src/core/renumber';
import type { Finding, Heading } from '../../src/core/types';
import { headingFromMarker, withItemLevels } from './numberingFixtures';

/**
 * The development corpus: the numbering problems its gold records as genuine must be found at warning level, and the
 * seams of fragments pasted together (genuine: false) must not be reported above information.
 */
const corpus = path.resolve(__dirname, '../../../test/fixtures/corpus');

interface GoldNote {
  type: string;
  offset?: number;
  marker?: string;
  genuine?: boolean;
}
interface Gold {
  headings: Array<{ level: number | 'item'; marker: string; offset: number }>;
  notes: GoldNote[];
}

const docs = fs.readdirSync(path.join(corpus, 'docs')).filter((f) => f.endsWith('.txt')).sort();
const load = (doc: string) => ({
  text: fs.readFileSync(path.join(corpus, 'docs', doc), 'utf8'),
  gold: JSON.parse(fs.readFileSync(path.join(corpus, 'gold', `${doc}.json`), 'utf8')) as Gold,
});

/** The outline the gold annotates, as Heading objects: tests the rules independently of the heading parser. */
function goldOutline(gold: Gold): Heading[] {
  return withItemLevels(
    gold.headings.map((h) =>
      headingFromMarker(h.marker, h.offset, h.level === 'item' ? { kind: 'item' } : { kind: 'heading', level: h.level }),
    ),
  );
}

/** Which rule reports each type of gold note. */
const ruleFor: Record<string, string[]> = {
  'level-skip': ['numbering-level-skip'],
  restart: ['numbering-restart'],
  'missing-number': ['numbering-missing-number'],
  'out-of-order': ['numbering-order', 'item-order'],
  gap: ['numbering-gap', 'item-order'],
  duplicate: ['numbering-duplicate', 'item-order'],
  'starts-late': ['numbering-start', 'item-order'],
};

const blocking = (f: Finding) => f.severity === 'warning' || f.severity === 'error';

function assertMatchesGold(doc: string, text: string, gold: Gold, findings: Finding[]): void {
  const genuine = gold.notes.filter((n) => n.genuine === true && n.offset !== undefined);
  const warnings = findings.filter(blocking);
  for (const note of genuine) {
    const hit = warnings.find((f) => f.span.start === note.offset && (ruleFor[note.type] ?? []).includes(f.rule));
    assert.ok(hit, `${doc}@${note.offset}: ${note.type} ${note.marker} not found`);
  }
  for (const f of warnings) {
    assert.ok(
      genuine.some((n) => n.offset === f.span.start),
      `${doc}@${f.span.start}: ${f.rule} "${text.slice(f.span.start, f.span.end)}" is not a genuine problem (${f.message})`,
    );
  }
  for (const note of gold.notes.filter((n) => n.genuine === false && n.offset !== undefined)) {
    assert.ok(!warnings.some((f) => f.span.start === note.offset), `${doc}@${note.offset}: artefact ${note.type} reported`);
  }
}

describe('numbering on the development corpus', () => {
  describe('gold outline → exactly the genuine problems', () => {
    for (const doc of docs) {
      it(doc, () => {
        const { text, gold } = load(doc);
        const findings = checkNumbering({ text, options: resolveOptions(), outline: goldOutline(gold), figures: [] });
        assertMatchesGold(doc, text, gold, findings);
      });
    }
  });

  describe('analyze() → exactly the genuine problems', () => {
    for (const doc of docs) {
      it(doc, () => {
        const { text, gold } = load(doc);
        const analysis = analyze(text);
        assert.ok(analysis.outline.length > 0, 'the heading parser found headings');
        assertMatchesGold(doc, text, gold, analysis.numbering);
      });
    }
  });

  describe('renumbering the corpus touches only markers, fixes what it can, and is stable', () => {
    for (const doc of docs) {
      it(doc, () => {
        const { text } = load(doc);
        const { outline } = analyze(text);
        const edits = renumberDocument(text, outline);
        for (const e of edits) {
          assert.ok(outline.some((h) => h.markerSpan.start <= e.span.start && e.span.end <= h.markerSpan.end));
        }
        const once = applyEdits(text, edits);
        assert.deepEqual(renumberDocument(once, analyze(once).outline), []);
        const left = analyze(once).numbering.filter((f) => ['numbering-gap', 'numbering-duplicate', 'numbering-order', 'item-order', 'numbering-missing-number'].includes(f.rule));
        assert.deepEqual(left.map((f) => `${f.rule}@${f.span.start}`), []);
      });
    }
  });

  it('leaves the clean reports unchanged', () => {
    for (const doc of docs.filter((d) => /^00[124]_/.test(d))) {
      const { text } = load(doc);
      assert.deepEqual(renumberDocument(text, analyze(text).outline), [], doc);
    }
  });
});
