import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lineStartingWith, namesOf, openFixture, type NamedTree } from './helpers';

// The numbered headings of test/integration/workspace/report.txt, nested by level. Inline items (一是…) are left
// out of this comparison: they are EnumMember symbols.
const reportOutline: NamedTree[] = [
  {
    name: '一、主要工作成效',
    children: [
      { name: '（一）科技创新主体不断壮大' },
      { name: '（二）科技成果转化持续加快', children: [{ name: '1.搭建转化平台' }, { name: '2.强化资金扶持' }] },
      { name: '（三）科技服务体系日益完善' },
    ],
  },
  { name: '二、存在的问题' },
  { name: '三、2025年工作计划', children: [{ name: '（一）培育创新主体' }, { name: '（二）深化成果转化' }] },
];

const isHeading = (s: vscode.DocumentSymbol) => s.kind !== vscode.SymbolKind.EnumMember;

describe('outline: document symbols and folding', () => {
  it('executeDocumentSymbolProvider returns the numbered headings nested by level', async () => {
    const document = await openFixture('report.txt');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(namesOf(symbols ?? [], isHeading), reportOutline);
  });

  it('each symbol starts at its heading line and contains its children', async () => {
    const document = await openFixture('report.txt');
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
    assert.ok(symbols.length > 0, 'no document symbols');
    const check = (s: vscode.DocumentSymbol, parent?: vscode.DocumentSymbol) => {
      const line = document.lineAt(s.selectionRange.start.line).text;
      assert.ok(line.includes(s.name), `symbol "${s.name}" points at line ${s.selectionRange.start.line}: "${line}"`);
      assert.ok(s.range.contains(s.selectionRange), `range of "${s.name}" does not contain its selection range`);
      if (parent) assert.ok(parent.range.contains(s.range), `"${parent.name}" does not contain its child "${s.name}"`);
      s.children.forEach((c) => check(c, s));
    };
    symbols.forEach((s) => check(s));
  });

  it('executeFoldingRangeProvider folds each section up to the line before the next heading of its level', async () => {
    const document = await openFixture('report.txt');
    const ranges = (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri)) ?? [];
    const got = ranges.map((r) => `${r.start}-${r.end}`);
    const section = (from: string, to: string) => `${lineStartingWith(document, from)}-${lineStartingWith(document, to) - 1}`;
    const expected = [section('一、', '二、'), section('（二）科技成果', '（三）'), section('二、', '三、')];
    assert.deepEqual(expected.filter((r) => !got.includes(r)), [], `folding ranges: ${got.join(', ') || 'none'}`);
  });
});
