import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsWhen, fixtureUri, openFixture, rangesIn, revertAndClose, where, withWorkspaceSetting } from './helpers';

// archive/drafts.txt is never opened by the suite: what is found in it comes from reading the workspace.
const draftsPath = 'archive/drafts.txt';
const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());

describe('workspace: symbols, placeholder scan and export', () => {
  it('Go to Symbol in Workspace finds a heading of a report that is not open', async () => {
    await activateExtension();
    const drafts = fixtureUri(draftsPath);
    const symbols = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '安全生产')) ?? [];
    assert.equal(isOpen(drafts), false, `${draftsPath} was opened`);
    const found = symbols.map((s) => `${vscode.workspace.asRelativePath(s.location.uri)} ${where(s.location.range)} ${s.name}`);
    assert.deepEqual(found, [`${draftsPath} 2:0-2:10 一、强化安全生产监管`]);
  });

  it('Go to Symbol in Workspace follows edits in an editor, new files and deleted files', async () => {
    await activateExtension();
    const query = async (q: string) =>
      ((await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', q)) ?? []).map(
        (s) => `${vscode.workspace.asRelativePath(s.location.uri)} ${s.name}`,
      );
    await query('安全生产'); // the whole workspace has been read once
    const document = await openFixture('report.txt');
    try {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, new vscode.Position(document.lineCount, 0), '\n四、测试专用标题甲\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await eventually(async () => assert.deepEqual(await query('测试专用标题甲'), ['report.txt 四、测试专用标题甲']));
    } finally {
      await revertAndClose(document);
    }
    await eventually(async () => assert.deepEqual(await query('测试专用标题甲'), []));

    const created = fixtureUri('archive/new-report.txt');
    await vscode.workspace.fs.writeFile(created, new TextEncoder().encode('一、测试专用标题乙\n全年完成投资5亿元，同比增长8%。\n'));
    try {
      await eventually(async () => assert.deepEqual(await query('测试专用标题乙'), ['archive/new-report.txt 一、测试专用标题乙']));
    } finally {
      await vscode.workspace.fs.delete(created);
    }
    await eventually(async () => assert.deepEqual(await query('测试专用标题乙'), []));
  });

  it('Find Placeholders in Workspace puts the placeholders of a file that is not open in Problems', async () => {
    await activateExtension();
    const drafts = fixtureUri(draftsPath);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(drafts));
    const expected = [...rangesIn(text, 'XX').map((r) => `redaction ${r}`), ...rangesIn(text, '【待补充】').map((r) => `template-gap ${r}`)];
    await vscode.commands.executeCommand('gongwen.findPlaceholdersInWorkspace');
    const got = await diagnosticsWhen(drafts, (ds) => ds.length >= expected.length);
    assert.equal(isOpen(drafts), false, `${draftsPath} was opened`);
    assert.deepEqual(got.map((d) => `${codeOf(d)} ${where(d.range)}`), expected);
  });

  it('Export Figures as CSV to a given file writes UTF-8 with a BOM, a header row and one row per figure', async () => {
    const document = await openFixture('figures.txt');
    const target = fixtureUri('figures.figures.csv');
    try {
      await vscode.commands.executeCommand('gongwen.exportFiguresCsv', target);
      const bytes = await vscode.workspace.fs.readFile(target);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'no UTF-8 BOM');
      const rows = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes).split('\r\n').filter(Boolean).map(parseCsvLine);
      const [header, ...figures] = rows;
      assert.deepEqual(header, ['section', 'label', 'text', 'value', 'unit', 'normalizedValue', 'normalizedUnit', 'role', 'period', 'line']);
      const column = (name: string) => figures.map((r) => r[header.indexOf(name)]);
      assert.deepEqual(
        figures.map((_, i) => [column('section')[i], column('text')[i], column('line')[i]]),
        [
          ['一、经济发展', '28.6亿元', '4'],
          ['一、经济发展', '5.8%', '4'],
          ['二、社会事业', '2所', '6'],
          ['二、社会事业', '150张', '6'],
        ],
      );
      assert.equal(column('normalizedValue')[0], '2860000000');
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
      await revertAndClose(document);
    }
  });
});

describe('settings', () => {
  it('gongwen.rules.redaction = "off" removes the redaction diagnostics; restoring it brings them back', async () => {
    const document = await openFixture('report.txt');
    const redactions = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'redaction').length;
    const before = redactions(await diagnosticsWhen(document.uri, (ds) => redactions(ds) > 0));
    assert.ok(before > 0, 'report.txt has no redaction diagnostics to start with');
    await withWorkspaceSetting('rules.redaction', 'off', async () => {
      const off = await diagnosticsWhen(document.uri, (ds) => redactions(ds) === 0);
      assert.equal(redactions(off), 0, 'redaction diagnostics with the rule off');
    });
    assert.equal(redactions(await diagnosticsWhen(document.uri, (ds) => redactions(ds) === before)), before, 'after restoring the setting');
  });
});

/** One CSV line (RFC 4180 quoting). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** Retries `check` until it passes (file watcher events arrive when they arrive), for at most `timeoutMs`. */
async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
