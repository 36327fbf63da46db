import * as vscode from 'vscode';
import { codeOf, deepEqual, diagnosticsWhen, extensionId, occurrences, ok, openFixture, where } from './helpers';

interface NamedTree {
  name: string;
  children?: NamedTree[];
}

const namesOf = (symbols: readonly vscode.DocumentSymbol[]): NamedTree[] =>
  symbols
    .filter((s) => s.kind !== vscode.SymbolKind.EnumMember)
    .map((s) => (s.children.some((c) => c.kind !== vscode.SymbolKind.EnumMember) ? { name: s.name, children: namesOf(s.children) } : { name: s.name }));

describe('web worker extension host (as in vscode.dev)', () => {
  it('runs the extension in a web worker, from its browser bundle', async () => {
    const scope = globalThis as { importScripts?: unknown; process?: { versions?: { node?: string } } };
    deepEqual({ worker: typeof scope.importScripts, node: scope.process?.versions?.node ?? null }, { worker: 'function', node: null }, 'this host is not a web worker');
    const ext = vscode.extensions.getExtension(extensionId);
    ok(ext, `${extensionId} is not loaded in the web worker host (is dist/web/extension.js built?)`);
    await ext.activate();
    ok(ext.isActive, 'the extension did not activate');
    deepEqual(ext.packageJSON.browser, './dist/web/extension.js');
  });

  it('document symbols: the numbered headings of a report, nested by level', async () => {
    const document = await openFixture('report.txt');
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
    deepEqual(namesOf(symbols), [
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
    ], 'document symbols');
  });

  it('diagnostics: every XX is a redaction diagnostic', async () => {
    const document = await openFixture('report.txt');
    const expected = occurrences(document, 'XX').map(where);
    const redactions = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'redaction');
    const got = redactions(await diagnosticsWhen(document.uri, (ds) => redactions(ds).length >= expected.length));
    deepEqual(got.map((d) => where(d.range)), expected, 'redaction diagnostics');
  });

  it('hover on a figure: metric, value and normalized value', async () => {
    const document = await openFixture('report.txt');
    const [figure] = occurrences(document, '3.2亿元');
    ok(figure, 'fixture lost its figure');
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, figure.start.translate(0, 1))) ?? [];
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n').replace(/\\(.)/g, '$1');
    deepEqual(['研发经费投入', '3.2亿元', '320,000,000'].filter((s) => !text.includes(s)), [], `missing from the hover text ${JSON.stringify(text)}`);
  });

  it('Go to Symbol in Workspace reads a report that is not open (workspace.findFiles + workspace.fs)', async () => {
    const symbols = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '安全生产')) ?? [];
    deepEqual(symbols.map((s) => `${vscode.workspace.asRelativePath(s.location.uri)} ${where(s.location.range)} ${s.name}`), [
      'archive/drafts.txt 2:0-2:10 一、强化安全生产监管',
    ], 'workspace symbols for 安全生产');
  });
});
