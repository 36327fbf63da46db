import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, extensionId, fixtureUri, whenLanguage } from './helpers';

describe('extension host', () => {
  it('runs inside VS Code with the test workspace open', async () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    const stat = await vscode.workspace.fs.stat(fixtureUri('report.txt'));
    assert.equal(stat.type, vscode.FileType.File);
  });

  it(`loads and activates ${extensionId} from the repository`, async () => {
    const ext = await activateExtension();
    assert.equal(ext.isActive, true);
    assert.equal(ext.packageJSON.name, 'gongwen');
  });

  it('switches a plain-text report to the 公文 language, and leaves other plain text alone', async () => {
    const switched = whenLanguage(fixtureUri('report.txt'), 'gongwen');
    await vscode.workspace.openTextDocument(fixtureUri('report.txt'));
    assert.equal((await switched).languageId, 'gongwen');
    assert.equal(vscode.extensions.getExtension(extensionId)?.isActive, true);
    const notes = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Shopping list:\n1. milk\n2. bread\n' });
    await vscode.window.showTextDocument(notes);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', notes.uri);
    assert.equal(notes.languageId, 'plaintext');
    assert.deepEqual(symbols ?? [], []);
  });
});
