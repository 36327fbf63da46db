import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPlaceholders, placeholderRules } from '../../src/core/placeholders';
import { runRules } from '../../src/core/rules/rule';
import { resolveOptions, type Options } from '../../src/core/options';
import type { Placeholder } from '../../src/core/types';

/*
 * checkPlaceholders reads the text once for the three rules; each rule's own check reads it alone. Both must find the
 * same placeholders, in the same order, with the same messages and severities.
 */

const root = path.resolve(__dirname, '../../..');
const fixtureDirs = ['test/fixtures/placeholders', 'test/fixtures/corpus/docs'].map((d) => path.join(root, d));

function combined(text: string, overrides: Partial<Options> = {}): Placeholder[] {
  return checkPlaceholders({ text, options: resolveOptions(overrides), outline: [], figures: [] });
}

/** The same findings through each rule's own check and runRules, minus the allowlisted texts. */
function ruleByRule(text: string, overrides: Partial<Options> = {}): Placeholder[] {
  const options = resolveOptions(overrides);
  const allow = new Set(options.allowlist);
  return runRules(placeholderRules, { text, options, outline: [], figures: [] }).filter((p) => !allow.has(p.text));
}

const spans = (found: Placeholder[]) => found.map((p) => [p.rule, p.text, p.span.start, p.span.end]);

describe('placeholder scan', () => {
  describe('at the edges of the text and of lines', () => {
    const cases: [string, (string | number)[][]][] = [
      ['XX', [['redaction', 'XX', 0, 2]]],
      ['万元，', []],
      ['，件已全部完成', [['missing-number', '件', 1, 2]]],
      ['为企业减万元', [['missing-number', '万元', 4, 6]]],
      ['走访了家', [['missing-number', '家', 3, 4]]],
      ['自年月', [['missing-number', '年月', 1, 3]]],
      ['满意度为，', [['missing-number', '', 4, 4]]],
      ['*家', [['redaction', '*', 0, 1]]],
      ['＊**家', [['redaction', '＊**', 0, 3]]],
      // Emphasis pairs up on one line only: ** on two lines are two blanks.
      ['**重点**工作', []],
      ['**重点\n工作**家', [['redaction', '**', 0, 2], ['redaction', '**', 7, 9]]],
      ['重点**\r\n**家', [['redaction', '**', 6, 8]]],
      // Findings of several rules on one line come out in text order.
      ['今年XX项目共计项，', [['redaction', 'XX', 2, 4], ['missing-number', '项', 8, 9]]],
      ['走访了家企业 XX 20xx年', [['missing-number', '家', 3, 4], ['redaction', 'XX', 7, 9], ['redaction', 'xx', 12, 14]]],
    ];
    for (const [text, expected] of cases) {
      it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => {
        assert.deepEqual(spans(combined(text)), expected);
        assert.deepEqual(spans(ruleByRule(text)), expected);
      });
    }
  });

  describe('one pass for all rules finds what each rule finds alone', () => {
    const settings: [string, Partial<Options>][] = [
      ['default options', {}],
      ['redaction off', { rules: { redaction: 'off' } }],
      ['template-gap off, missing-number an error', { rules: { 'template-gap': 'off', 'missing-number': 'error' } }],
      ['an allowlist', { allowlist: ['XX', '××', '万元'] }],
    ];
    const texts = fixtureDirs.flatMap((dir) =>
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => [path.relative(root, path.join(dir, f)), fs.readFileSync(path.join(dir, f), 'utf8')] as const),
    );
    it('has fixture texts to compare', () => assert.ok(texts.length >= 5));
    for (const [name, overrides] of settings) {
      it(`on every fixture text, with ${name}`, () => {
        for (const [file, text] of texts) assert.deepEqual(combined(text, overrides), ruleByRule(text, overrides), file);
        // The whole corpus as one line: the scan does not depend on line breaks for anything but emphasis.
        const oneLine = texts.map(([, t]) => t.replace(/[\r\n]+/g, '。')).join('');
        assert.deepEqual(combined(oneLine, overrides), ruleByRule(oneLine, overrides));
      });
    }
  });
});
