import * as assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/lineIndex';

/** Line and character of every offset, counted one character at a time (\n, \r\n and \r end a line). */
function reference(text: string): Array<{ line: number; character: number }> {
  const out: Array<{ line: number; character: number }> = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i <= text.length; i++) {
    out.push({ line, character });
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      character = 0;
    } else character++;
  }
  return out;
}

describe('LineIndex', () => {
  const texts = [
    '',
    '一、总体情况',
    '一、总体情况\n（一）经济\n\n1.工业\n',
    '\n\n开头空行',
    '一、总体\r\n（一）经济\r\n\r\n1.工业',
    '旧式\r换行\r\r结尾\r',
    '混合\n换行\r\n方式\r结束',
    '\r\n',
  ];
  for (const text of texts) {
    it(`gives every offset its line and character: ${JSON.stringify(text)}`, () => {
      const index = new LineIndex(text);
      const expected = reference(text);
      for (let offset = 0; offset <= text.length; offset++) {
        assert.deepEqual(index.position(offset), expected[offset], `offset ${offset}`);
        const { line, character } = expected[offset];
        // A \r\n is one line break: the offset between its two characters maps back to the \r.
        if (!(text[offset - 1] === '\r' && text[offset] === '\n')) assert.equal(index.offset(line, character), offset);
      }
      assert.equal(index.lineCount, expected[text.length].line + 1);
    });
  }
});
