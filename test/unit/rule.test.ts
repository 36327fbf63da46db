import * as assert from 'node:assert/strict';
import { resolveOptions } from '../../src/core/options';
import { runRules, type Rule, type RuleContext } from '../../src/core/rules/rule';
import type { Finding, RuleSetting } from '../../src/core/types';

/** A rule that reports one finding per [start, end] pair, in the order given, each tagged with its index. */
function spansRule(id: string, spans: Array<[number, number]>, defaultSeverity: Finding['severity'] = 'warning'): Rule {
  return {
    id,
    description: id,
    defaultSeverity,
    check(_ctx, report) {
      spans.forEach(([start, end], i) => report({ message: `${id}#${i}`, span: { start, end } }));
    },
  };
}

function run(rules: Rule[], settings: Record<string, RuleSetting> = {}): string[] {
  const ctx: RuleContext = { text: '', options: resolveOptions({ rules: settings }), outline: [], figures: [] };
  return runRules(rules, ctx).map((f) => `${f.message} ${f.severity} ${f.span.start}-${f.span.end}`);
}

describe('runRules', () => {
  const cases: Array<{ name: string; rules: Rule[]; settings?: Record<string, RuleSetting>; expected: string[] }> = [
    { name: 'no rules', rules: [], expected: [] },
    {
      name: 'one rule, already in order',
      rules: [spansRule('a', [[1, 2], [5, 6]])],
      expected: ['a#0 warning 1-2', 'a#1 warning 5-6'],
    },
    {
      name: 'findings of several rules interleave by start, then by end',
      rules: [spansRule('a', [[0, 4], [10, 11]]), spansRule('b', [[0, 2], [7, 8]]), spansRule('c', [[3, 4]])],
      expected: ['b#0 warning 0-2', 'a#0 warning 0-4', 'c#0 warning 3-4', 'b#1 warning 7-8', 'a#1 warning 10-11'],
    },
    {
      name: 'equal spans keep the order of the rules, then the order each rule reported them in',
      rules: [spansRule('a', [[5, 6], [5, 6]]), spansRule('b', [[5, 6]]), spansRule('c', [[1, 2], [5, 6]])],
      expected: ['c#0 warning 1-2', 'a#0 warning 5-6', 'a#1 warning 5-6', 'b#0 warning 5-6', 'c#1 warning 5-6'],
    },
    {
      name: 'a rule that reports out of order is sorted, stably',
      rules: [spansRule('a', [[9, 10], [2, 3], [9, 10], [2, 3]]), spansRule('b', [[2, 3]])],
      expected: ['a#1 warning 2-3', 'a#3 warning 2-3', 'b#0 warning 2-3', 'a#0 warning 9-10', 'a#2 warning 9-10'],
    },
    {
      name: 'severities come from the settings; rules set to off report nothing',
      rules: [spansRule('a', [[1, 2]]), spansRule('b', [[0, 1]], 'hint'), spansRule('c', [[0, 1]])],
      settings: { a: 'error', c: 'off' },
      expected: ['b#0 hint 0-1', 'a#0 error 1-2'],
    },
    {
      name: 'many rules',
      rules: Array.from({ length: 7 }, (_, r) => spansRule(`r${r}`, [[6 - r, 7], [10, 11]])),
      expected: [
        ...Array.from({ length: 7 }, (_, i) => `r${6 - i}#0 warning ${i}-7`),
        ...Array.from({ length: 7 }, (_, r) => `r${r}#1 warning 10-11`),
      ],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(run(c.rules, c.settings), c.expected));

  it('completes each reported finding with its rule and severity, keys after those reported', () => {
    const rule: Rule = {
      id: 'x',
      description: 'x',
      defaultSeverity: 'information',
      check(_ctx, report) {
        report({ message: 'm', messageTemplate: 'm', messageArgs: {}, span: { start: 0, end: 1 }, fix: [] });
        report({ message: 'n', span: { start: 2, end: 3 } });
      },
    };
    const found = runRules([rule], { text: '', options: resolveOptions({}), outline: [], figures: [] });
    assert.deepEqual(
      found.map((f) => Object.keys(f)),
      [
        ['message', 'messageTemplate', 'messageArgs', 'span', 'fix', 'rule', 'severity'],
        ['message', 'span', 'rule', 'severity'],
      ],
    );
    assert.deepEqual(
      found.map((f) => [f.rule, f.severity]),
      [
        ['x', 'information'],
        ['x', 'information'],
      ],
    );
  });
});
