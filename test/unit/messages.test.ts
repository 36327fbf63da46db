import * as assert from 'node:assert/strict';
import { fillTemplate, localizable } from '../../src/core/messages';

describe('fillTemplate', () => {
  const cases: Array<[string, Record<string, string | number>, string]> = [
    ['{marker} follows {previous}: {missing} is missing.', { marker: '四、', previous: '二、', missing: '三、' }, '四、 follows 二、: 三、 is missing.'],
    ['level {level}', { level: 2 }, 'level 2'],
    ['{a}{a}{b}', { a: 'x', b: 'y' }, 'xxy'],
    ['no slots', { a: 'x' }, 'no slots'],
    ['', {}, ''],
    ['{unknown} stays, {a} is filled', { a: 'x' }, '{unknown} stays, x is filled'],
    ['{} {a b} {a-b} { a} {a', { a: 'x' }, '{} {a b} {a-b} { a} {a'],
    ['{{a}} {a}}', { a: 'x' }, '{x} x}'],
    ['{_1} {A9}', { _1: 'u', A9: 'v' }, 'u v'],
    ['{a}', { a: '{b}', b: 'no' }, '{b}'],
    ['{a} and {b}', { a: '', b: 0 }, ' and 0'],
  ];
  for (const [template, args, expected] of cases) {
    it(`${JSON.stringify(template)} → ${JSON.stringify(expected)}`, () => assert.equal(fillTemplate(template, args), expected));
  }

  it('fills a template the same way each time, whatever the arguments before', () => {
    const template = '{marker} has the same number as {previous} before it.';
    for (const [marker, previous] of [['（三）', '（三）'], ['2.', '2.'], ['一是', '一是']]) {
      assert.equal(fillTemplate(template, { marker, previous }), `${marker} has the same number as ${previous} before it.`);
    }
    assert.equal(fillTemplate(template, { marker: 'x' }), 'x has the same number as {previous} before it.');
  });

  it('fills many different templates (more than are kept) correctly', () => {
    for (let i = 0; i < 1200; i++) assert.equal(fillTemplate(`t${i} {v} {w${i}}`, { v: i, [`w${i}`]: -i }), `t${i} ${i} ${-i}`);
    assert.equal(fillTemplate('t7 {v} {w7}', { v: 'a', w7: 'b' }), 't7 a b');
  });

  it('keeps the template and its values next to the message', () => {
    const args = { marker: '3、', expected: '3.' };
    assert.deepEqual(localizable('{marker} ≠ {expected}', args), { message: '3、 ≠ 3.', messageTemplate: '{marker} ≠ {expected}', messageArgs: args });
  });
});
