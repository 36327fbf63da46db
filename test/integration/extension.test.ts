import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, extensionId, fixtureUri } from './helpers';

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

  it('activates on a plain-text report', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri('report.txt'));
    assert.equal(document.languageId, 'plaintext');
    assert.equal(vscode.extensions.getExtension(extensionId)?.isActive, true);
  });
});
