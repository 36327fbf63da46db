import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, occurrences, openFixture, where } from './helpers';

const redactions = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'redaction');

describe('diagnostics: placeholders', () => {
  it('reports every XX placeholder of a report as a redaction diagnostic', async () => {
    const document = await openFixture('report.txt');
    const expected = occurrences(document, 'XX').map(where);
    const got = redactions(await diagnosticsWhen(document.uri, (ds) => redactions(ds).length >= expected.length));
    assert.deepEqual(got.map((d) => where(d.range)), expected);
    for (const d of got) {
      assert.equal(document.getText(d.range), 'XX');
      assert.equal(d.source, 'gongwen');
    }
  });

  it('removes a diagnostic when its placeholder is filled in, and all of them when all are', async () => {
    const document = await openFixture('placeholders.txt');
    const [first, ...rest] = occurrences(document, 'XX');
    assert.ok(first && rest.length > 0, 'fixture needs several XX');
    const before = redactions(await diagnosticsWhen(document.uri, (ds) => redactions(ds).length > rest.length));
    assert.deepEqual(before.map((d) => where(d.range)), [first, ...rest].map(where));

    const editor = await vscode.window.showTextDocument(document);
    assert.ok(await editor.edit((e) => e.replace(first, '青山')));
    // Same length as XX, so the other placeholders keep their positions.
    const afterOne = redactions(await diagnosticsWhen(document.uri, (ds) => redactions(ds).length === rest.length));
    assert.deepEqual(afterOne.map((d) => where(d.range)), rest.map(where));

    assert.ok(await editor.edit((e) => occurrences(document, 'XX').forEach((r, i) => e.replace(r, i === 0 ? '380' : '东岙'))));
    const afterAll = await diagnosticsWhen(document.uri, (ds) => redactions(ds).length === 0);
    assert.deepEqual(redactions(afterAll).map((d) => where(d.range)), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
