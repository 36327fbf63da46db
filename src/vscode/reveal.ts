import * as vscode from 'vscode';

/** `gongwen.revealSpan(uri, range)`: opens the document and selects the range, so typing replaces it. */
export function registerRevealCommand(): vscode.Disposable {
  return vscode.commands.registerCommand('gongwen.revealSpan', async (uri: vscode.Uri, range: vscode.Range) => {
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
