import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';
import { analysisProblems } from '../fuzz/invariants';
import { loadCorpus, longLine } from '../fuzz/arbitraries';

/*
 * Strange inputs from test/fixtures/robustness/: the same short report as saved by other editors, pasted from a web
 * page, with a table, with control characters, emoji, or decoded with the wrong encoding. Each must keep every
 * invariant, and where the report's words are intact the outline must be the one of the clean report.
 * docs/robustness.md lists what the extension does with each kind of bad input and names these tests.
 */

const dir = path.join(__dirname, '../../../test/fixtures/robustness');
/** Read as the CLI and the editor read a file: UTF-8, invalid bytes become U+FFFD. */
const read = (name: string) => new TextDecoder('utf-8').decode(fs.readFileSync(path.join(dir, name)));
const clean = read('clean-report.txt');

function outlineOf(a: Analysis): string[] {
  return a.outline.map((h) => `${h.level} ${h.marker.trim()} ${h.title}`);
}
function markersOf(a: Analysis): string[] {
  return a.outline.map((h) => `${h.level} ${h.marker.trim()}`);
}
function assertInvariants(text: string): void {
  assert.deepEqual(analysisProblems(text), []);
}

describe('strange inputs (test/fixtures/robustness)', () => {
  it('the clean report has the outline it was written with', () => {
    assertInvariants(clean);
    const markers = markersOf(analyze(clean)).map((m) => m.split(' ')[1]);
    assert.deepEqual(markers, ['一、', '（一）', '1.', '2.', '（二）', '一是', '二是', '三是', '二、', '（一）', '（二）', '三、', '（一）', '1.', '（1）', '（2）', '2.', '（二）']);
  });

  // Fixtures whose words are intact: the outline (levels, markers, titles) is the clean report's.
  const sameOutline: [string, string][] = [
    ['bom-crlf.txt', 'a BOM and CRLF line ends (Windows Notepad)'],
    ['mixed-line-ends.txt', 'CRLF, LF and lone CR line ends in one file'],
    ['fullwidth-indent.txt', 'lines indented with U+3000 and no-break spaces'],
    ['html-chrome.txt', 'navigation, metadata and footer pasted from a web page'],
    ['table.txt', 'a table pasted with tabs and as Markdown pipes'],
  ];
  for (const [file, what] of sameOutline) {
    it(`${file}: ${what} — same outline as the clean report, every invariant holds`, () => {
      const text = read(file);
      assertInvariants(text);
      assert.deepEqual(outlineOf(analyze(text)), outlineOf(analyze(clean)));
    });
  }

  it('control-chars.txt: NUL and control characters in body text — same outline, the controls kept where they were', () => {
    const text = read('control-chars.txt');
    assertInvariants(text);
    // Titles are the text as written: a control character inside one stays (nothing of the user's text is hidden).
    const withoutControls = outlineOf(analyze(text)).map((t) => t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));
    assert.deepEqual(withoutControls, outlineOf(analyze(clean)));
  });

  it('emoji.txt: emoji and characters outside the BMP in titles — same headings, titles keep whole pairs', () => {
    const text = read('emoji.txt');
    assertInvariants(text); // includes: no span splits a surrogate pair
    const a = analyze(text);
    assert.deepEqual(markersOf(a), markersOf(analyze(clean)));
    assert.ok(a.outline.some((h) => h.title.includes('😀')), 'an emoji inside a title stays in the title');
  });

  it('gb18030-as-utf8.txt: a GB18030 file decoded as UTF-8 (U+FFFD everywhere) — no crash, every invariant holds', () => {
    const text = read('gb18030-as-utf8.txt');
    assert.ok(text.includes('\ufffd'));
    assertInvariants(text);
  });

  const strange = JSON.parse(fs.readFileSync(path.join(dir, 'strange-strings.json'), 'utf8')) as Record<string, string>;
  for (const [what, text] of Object.entries(strange)) {
    it(`strange-strings.json: ${what} — every invariant holds`, () => assertInvariants(text));
  }

  it('a 100 KiB single line of report text — every invariant holds', () => {
    assertInvariants(longLine(loadCorpus().join('\n'), 100 * 1024));
  });
});
