/**
 * Accuracy floors, scored by scripts/score.mjs: on the development corpus (test/fixtures/corpus) and on the held-out
 * reports (test/fixtures/holdout: four reports written apart from the corpus, in other layouts — a county government
 * work report, a web page paste, a Markdown plan, a redacted special report). The floors are the scores reached, so
 * a change that loses any fails.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { scoreSet, type Scores } from './scoring';

const fixtures = path.resolve(__dirname, '../../../test/fixtures');

function floorsOf(name: string, dir: string, floors: Array<[string, (s: Scores) => number, number]>, minimum: (s: Scores) => void): void {
  describe(name, function () {
    this.timeout(60_000);
    let result: ReturnType<typeof scoreSet>;
    before(() => {
      result = scoreSet(dir);
    });
    it('has enough annotations to mean something', () => minimum(result.scores));
    for (const [what, value, floor] of floors) {
      it(`${what} stays at or above ${floor}`, () => {
        const v = value(result.scores);
        assert.ok(v >= floor, `${what} ${v} < ${floor}\n${result.misses.join('\n')}`);
      });
    }
  });
}

const common: Array<[string, (s: Scores) => number, number]> = [
  ['heading precision', (s) => s.headings.p, 1],
  ['heading recall', (s) => s.headings.r, 1],
  ['heading levels', (s) => s.headingLevel.acc, 1],
  ['heading titles', (s) => s.headingTitle.acc, 1],
  ['item precision', (s) => s.items.p, 1],
  ['item recall', (s) => s.items.r, 1],
  ['redaction precision', (s) => s.redaction.p, 1],
  ['redaction recall', (s) => s.redaction.r, 1],
  ['missing-number precision', (s) => s.missingNumber.p, 1],
  ['missing-number recall', (s) => s.missingNumber.r, 1],
  ['figure recall', (s) => s.figures.r, 1],
  ['figure values', (s) => s.figureValue.acc, 1],
  ['figure units', (s) => s.figureUnit.acc, 1],
];

floorsOf('accuracy on the development corpus', path.join(fixtures, 'corpus'),
  [...common, ['figure precision', (s) => s.figures.p, 1], ['figure labels', (s) => s.figureLabel.acc, 0.9]],
  (s) => {
    assert.equal(s.headings.tp + s.headings.fn, 100);
    assert.equal(s.figures.tp + s.figures.fn, 299);
  });

floorsOf('accuracy on the held-out reports', path.join(fixtures, 'holdout'),
  [...common, ['figure labels', (s) => s.figureLabel.acc, 0.89]],
  (s) => {
    assert.ok(s.headings.tp + s.headings.fn >= 60 && s.items.tp + s.items.fn >= 15);
    assert.ok(s.redaction.tp + s.redaction.fn >= 25 && s.missingNumber.tp + s.missingNumber.fn >= 4);
    assert.ok(s.figures.tp + s.figures.fn >= 120);
  });
