import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, openFixture, where } from './helpers';

async function quickFixes(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? [];
  return actions.filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
}

describe('quick fixes', () => {
  it('a mechanical quick fix applies its edit and its diagnostic goes away', async () => {
    // numbering.txt mixes a half-width (二) among full-width （一） headings.
    const document = await openFixture('numbering.txt');
    const diagnostics = await diagnosticsWhen(document.uri, (ds) => ds.length > 0);
    let applied: { diagnostic: vscode.Diagnostic; action: vscode.CodeAction } | undefined;
    for (const diagnostic of diagnostics) {
      const action = (await quickFixes(document, diagnostic.range)).find((a) => a.edit && a.edit.size > 0);
      if (action) {
        applied = { diagnostic, action };
        break;
      }
    }
    assert.ok(applied, `no quick fix with an edit among ${diagnostics.length} diagnostics: ${diagnostics.map((d) => `${codeOf(d)}@${where(d.range)}`).join(', ') || 'none'}`);

    const { diagnostic, action } = applied;
    const before = document.getText();
    assert.ok(await vscode.workspace.applyEdit(action.edit!), `"${action.title}" could not be applied`);
    assert.notEqual(document.getText(), before, `"${action.title}" changed nothing`);

    const code = codeOf(diagnostic);
    const count = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === code).length;
    const beforeCount = count(diagnostics);
    const after = await diagnosticsWhen(document.uri, (ds) => count(ds) < beforeCount);
    assert.equal(count(after), beforeCount - 1, `diagnostics "${code}" after "${action.title}"`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('a placeholder offers a quick fix that selects it for filling in', async () => {
    const document = await openFixture('placeholders.txt');
    const [diagnostic] = (await diagnosticsWhen(document.uri, (ds) => ds.some((d) => codeOf(d) === 'redaction'))).filter(
      (d) => codeOf(d) === 'redaction',
    );
    assert.ok(diagnostic, 'no redaction diagnostic');
    const actions = await quickFixes(document, diagnostic.range);
    const preferred = actions.find((a) => a.isPreferred) ?? actions[0];
    assert.ok(preferred, 'no quick fix for a placeholder');
    if (preferred.edit) assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    if (preferred.command) await vscode.commands.executeCommand(preferred.command.command, ...(preferred.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document === document, 'the document is not in the active editor');
    assert.equal(where(editor.selection), where(diagnostic.range));
  });
});
