import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, normalizeStyle, renumberDocument, renumberSequence } from '../../src/core/renumber';
import { formatMarker } from '../../src/core/markerFormat';
import { defaultOptions, resolveOptions } from '../../src/core/options';
import { checkNumbering } from '../../src/core/numbering';
import type { Heading, MarkerStyle, TextEdit } from '../../src/core/types';
import { parseTestOutline } from './numberingFixtures';
import { assertGolden, caseNames, readCase } from './numberingGolden';

const houseStyle = defaultOptions.houseStyle;
const renumbered = (text: string) => applyEdits(text, renumberDocument(text, parseTestOutline(text)));

/** Every edit lies inside a marker: renumbering never touches the text around it. */
function assertOnlyMarkers(outline: Heading[], edits: TextEdit[]): void {
  for (const e of edits) {
    assert.ok(
      outline.some((h) => h.markerSpan.start <= e.span.start && e.span.end <= h.markerSpan.end),
      `edit at ${e.span.start}-${e.span.end} is outside every marker`,
    );
  }
}

describe('renumbering', () => {
  describe('fixture → renumbered text (golden), and renumbering twice changes nothing', () => {
    for (const name of caseNames()) {
      it(name, () => {
        const text = readCase(name);
        const outline = parseTestOutline(text);
        const edits = renumberDocument(text, outline);
        assertOnlyMarkers(outline, edits);
        const once = applyEdits(text, edits);
        assertGolden(`${name}.renumbered.txt`, once);
        assert.deepEqual(renumberDocument(once, parseTestOutline(once)), []);
      });
    }
  });

  describe('fixture → house style (golden), idempotent', () => {
    for (const name of caseNames()) {
      it(name, () => {
        const text = readCase(name);
        const outline = parseTestOutline(text);
        const edits = normalizeStyle(text, outline, houseStyle);
        assertOnlyMarkers(outline, edits);
        const once = applyEdits(text, edits);
        assertGolden(`${name}.normalized.txt`, once);
        assert.deepEqual(normalizeStyle(once, parseTestOutline(once), houseStyle), []);
      });
    }
  });

  it('changes nothing in a correct document', () => {
    const text = readCase('clean');
    assert.deepEqual(renumberDocument(text, parseTestOutline(text)), []);
    assert.deepEqual(normalizeStyle(text, parseTestOutline(text), houseStyle), []);
  });

  it('writes Chinese numerals past ten correctly', () => {
    const text = readCase('chinese-numerals');
    const markers = parseTestOutline(renumbered(text)).map((h) => h.marker);
    assert.deepEqual(markers.slice(8, 13), ['九、', '十、', '十一、', '十二、', '十三、']);
    assert.deepEqual(markers.slice(-3), ['十九、', '二十、', '二十一、']);
  });

  it('formats every marker style', () => {
    const cases: Array<[MarkerStyle, number, boolean, string]> = [
      ['cn-comma', 10, false, '十、'], ['cn-comma', 21, false, '二十一、'], ['cn-paren-full', 11, false, '（十一）'],
      ['cn-paren-half', 20, false, '(二十)'], ['num-dot', 12, false, '12.'], ['num-comma', 3, false, '3、'],
      ['num-fullstop', 12, true, '１２．'], ['num-paren-full', 4, false, '（4）'], ['num-paren-half', 5, false, '(5)'],
      ['circled', 3, false, '③'], ['circled', 21, false, '㉑'], ['item-shi', 10, false, '十是'], ['item-di', 2, false, '第二'],
    ];
    for (const [style, n, wide, expected] of cases) assert.equal(formatMarker(style, n, wide), expected, `${style} ${n}`);
  });

  it('writes the same marker each time it is asked, with half- or full-width digits as asked', () => {
    const cases: Array<[MarkerStyle, number, boolean, string]> = [
      ['num-dot', 12, true, '１２.'], ['num-dot', 12, false, '12.'], ['num-dot', 12, true, '１２.'],
      ['cn-comma', 12, true, '十二、'], ['cn-comma', 12, false, '十二、'], ['num-paren-full', 0, false, '（0）'],
      ['num-comma', 99, false, '99、'], ['num-comma', 100, false, '100、'], ['num-comma', 100, true, '１００、'],
      ['cn-paren-full', 100, false, '（一百）'], ['circled', 51, false, '(51)'], ['num-dot', 2.5, false, '2.5.'],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [style, n, wide, expected] of cases) assert.equal(formatMarker(style, n, wide), expected, `${style} ${n} ${wide}`);
    }
  });

  it('renumbers one sequence only: the siblings under the same parent', () => {
    const text = readCase('duplicate');
    const outline = parseTestOutline(text);
    const second = outline.filter((h) => h.marker === '（二）')[1];
    const edits = renumberSequence(text, outline, second);
    assert.equal(
      applyEdits(text, edits),
      '一、工作回顾\n（一）抓产业。全年新增企业12家。\n（二）抓项目。\n（三）抓民生。\n（四）抓党建。\n二、工作计划\n（一）稳增长。\n（二）（二）重复。\n',
    );
  });

  it('keeps the start of a sequence the text opens mid-way', () => {
    assert.equal(renumbered('（二）乙\n（三）丙\n（五）戊\n'), '（二）乙\n（三）丙\n（四）戊\n');
  });

  it('makes any sequence of markers consistent in one pass (property)', () => {
    const styles: MarkerStyle[] = ['cn-comma', 'cn-paren-full', 'num-dot', 'num-comma', 'num-paren-half', 'circled'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...styles), fc.integer({ min: 1, max: 30 }), fc.boolean()), { minLength: 1, maxLength: 25 }),
        (parts) => {
          const text = parts.map(([style, n, wide]) => `${formatMarker(style, n, wide && style.startsWith('num'))}标题\n`).join('');
          const outline = parseTestOutline(text);
          const edits = renumberDocument(text, outline);
          assertOnlyMarkers(outline, edits);
          const once = applyEdits(text, edits);
          assert.equal(once.replace(/[^\n标题]/g, ''), text.replace(/[^\n标题]/g, ''));
          assert.deepEqual(renumberDocument(once, parseTestOutline(once)), []);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('repairs a few wrong numbers in a long sequence so that no gap, repeat or backward step is left (property)', () => {
    const styles: MarkerStyle[] = ['cn-comma', 'cn-paren-full', 'num-dot', 'num-fullstop', 'circled'];
    fc.assert(
      fc.property(
        fc.constantFrom(...styles),
        fc.integer({ min: 12, max: 20 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 2, max: 20 })), { maxLength: 2 }),
        (style, length, wrong) => {
          const numbers = Array.from({ length }, (_, i) => i + 1);
          for (const [at, n] of wrong) numbers[1 + (at % (length - 1))] = n;
          const text = numbers.map((n) => `${formatMarker(style, n)}标题\n`).join('');
          const once = applyEdits(text, renumberDocument(text, parseTestOutline(text)));
          const left = checkNumbering({ text: once, options: resolveOptions(), outline: parseTestOutline(once), figures: [] });
          assert.deepEqual(left.filter((f) => ['numbering-gap', 'numbering-duplicate', 'numbering-order', 'numbering-start'].includes(f.rule)), []);
          assert.equal(once, numbers.map((_, i) => `${formatMarker(style, i + 1)}标题\n`).join(''));
        },
      ),
      { numRuns: 200 },
    );
  });
});
