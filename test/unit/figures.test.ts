import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFigures } from '../../src/core/figures';
import { defaultOptions, resolveOptions } from '../../src/core/options';
import type { Figure } from '../../src/core/types';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/figures');
const update = process.env.UPDATE_GOLDEN === '1';

/** One figure as a golden line: text | value[~valueTo] | unit | normalized | label | role | period | approx | qualifier. */
export function figureLine(f: Figure): string {
  const value = f.valueTo === undefined ? String(f.value) : `${f.value}~${f.valueTo}`;
  const normalized = f.normalized ? `${f.normalized.value} ${f.normalized.unit}`.trim() : '-';
  return [f.text, value, f.unit, normalized, f.label, f.role, f.period, f.approx ?? '', f.qualifier ?? ''].join(' | ');
}

interface Case {
  input: string;
  expected: string[];
}

function readCases(file: string): { header: string[]; cases: Case[] } {
  const header: string[] = [];
  const cases: Case[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#')) header.push(line);
    else if (line.startsWith('=> ')) cases[cases.length - 1]?.expected.push(line.slice(3));
    else if (line.trim()) cases.push({ input: line, expected: [] });
  }
  return { header, cases };
}

describe('extractFigures', () => {
  const file = path.join(fixtures, 'extraction.txt');
  const { header, cases } = readCases(file);
  // The plan heading in the fixture makes the lines after it a plan section (as with an empty outline in analyze()).
  const text = cases.map((c) => c.input).join('\n');
  const figures = extractFigures(text, [], resolveOptions());
  let offset = 0;
  const actual = cases.map((c) => {
    const start = offset;
    offset += c.input.length + 1;
    return figures.filter((f) => f.span.start >= start && f.span.start < start + c.input.length).map(figureLine);
  });

  if (update) {
    const out = [...header];
    cases.forEach((c, k) => out.push(c.input, ...actual[k].map((l) => `=> ${l}`)));
    fs.writeFileSync(file, out.join('\n') + '\n');
  }

  cases.forEach((c, k) => {
    it(c.input.slice(0, 40), () => assert.deepEqual(actual[k], c.expected));
  });

  it('spans are the text they cover', () => {
    for (const f of figures) assert.equal(text.slice(f.span.start, f.span.end), f.text);
  });
});

describe('extractFigures: not figures', () => {
  const lines = fs.readFileSync(path.join(fixtures, 'non-figures.txt'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  for (const line of lines) {
    it(line, () => assert.deepEqual(extractFigures(line, [], defaultOptions).map(figureLine), []));
  }
});

describe('extractFigures: robustness', () => {
  const inputs = ['', '1', '一', '%', '亿元', '1.', '1,', '1-', '百分之', '“1', '1万', '０', '１２３４５６７８９０'.repeat(20), '\u0000\uffff', '9'.repeat(400) + '元'];
  for (const input of inputs) {
    it(`never throws on ${JSON.stringify(input.slice(0, 12))}`, () => {
      const figures = extractFigures(input, [], defaultOptions);
      for (const f of figures) assert.equal(input.slice(f.span.start, f.span.end), f.text);
    });
  }
});

describe('extractFigures: quoted names and titles', () => {
  // A figure inside a name (a quote of up to 24 characters) or a 《title》 closed on its own line is no figure.
  const cases: Array<[string, string[]]> = [
    ['《关于下达10个项目的通知》，新建3个', ['3个']],
    ['《关于下达10个项目的通知\n新建3个', ['10个', '3个']],
    ['《关于下达10个项目的通知\r\n新建3个》', ['10个', '3个']],
    ['《关于下达10个项目的通知《通报》新建3个', ['10个', '3个']],
    ['《“十四五”期间建设10项》，新建3个', ['3个']],
    ['《2023年新建10个》第3个《关于》新建5个', ['5个']],
    ['“建设10个”，新建3个', ['3个']],
    ['"建设10个"，新建3个', ['3个']],
    ['"示范"，建设10个"样板"', ['10个']],
    ['“建设10个\n新建3个”', ['10个', '3个']],
    ['“建设10个\r\n新建3个”', ['10个', '3个']],
    ['“建设10个“新建3个”', ['10个']],
    ['“在全镇范围内组织开展了各类专项行动共计10次，取得明显成效”', ['10次']],
    ['审批“最多80天”', ['80天']],
    ['“百分之五十”，增长百分之五', ['百分之五']],
    ['“四个平台”，新建三个', ['三个']],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(extractFigures(text, [], defaultOptions).map((f) => f.text), expected));
  }
});

describe('extractFigures: labels cut at a fixed reach', () => {
  // The clause before a figure is read back 48 code units at most, the noun after it 16: a label never keeps half
  // of a surrogate pair that the cut split.
  const cases: Array<[string, string]> = [
    ['😀'.repeat(30) + 'x新建10个', '😀'.repeat(22) + 'x新建'],
    ['𠀀'.repeat(30) + 'x增长10%', '𠀀'.repeat(22) + 'x'],
    ['新建10个x' + '😀'.repeat(10), '新建x' + '😀'.repeat(7)],
    ['建设10个x' + '𠀀'.repeat(10), '建设x' + '𠀀'.repeat(7)],
  ];
  for (const [text, label] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(extractFigures(text, [], defaultOptions).map((f) => f.label), [label]));
  }
});

describe('plan sections without numbered plan headings', () => {
  const roles = (text: string) => extractFigures(text, [], resolveOptions()).map((f) => `${f.text} ${f.role}`);
  const cases: Array<[string, string[]]> = [
    ['# 青石镇2025年工作计划\n\n## 一、总体目标\n\n- 新增规上企业4家；\n- 新建年产10亿只口罩生产线；\n- 公交覆盖全部12个行政村。', ['4家 target', '10亿只 value', '12个 value']],
    ['青石镇2025年工作计划\n新建高标准农田5000亩。', ['5000亩 target']],
    ['\uFEFF# 2025年工作打算\n新建高标准农田5000亩。', ['5000亩 target']],
    ['二、2024年主要目标和重点工作\n全年安排重点项目168个，新增规上企业20家。', ['168个 target', '20家 target']],
    ['# 2024年工作总结\n新建高标准农田5000亩。\n# 2025年工作计划\n新建高标准农田6000亩。', ['5000亩 value', '6000亩 target']],
    ['## 2025年工作计划\n新建高标准农田6000亩。\n## 存在问题\n新建高标准农田5000亩。', ['6000亩 target', '5000亩 value']],
    ['关于2024年工作总结和2025年工作计划\n新建高标准农田5000亩。', ['5000亩 value']],
    ['一、2024年工作回顾\n新建高标准农田5000亩。', ['5000亩 value']],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text.slice(0, 40)), () => assert.deepEqual(roles(text), expected));
  }
});
