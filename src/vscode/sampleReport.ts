import * as vscode from 'vscode';
import { guardAsync } from './log';

/** "Open Sample Report": the walkthrough's sample, as a new untitled Gongwen document the user can edit freely. */
export function registerSampleReport(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand('gongwen.openSample', () =>
    guardAsync('open sample report', undefined, async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'walkthrough', 'sample-report.txt'));
      const document = await vscode.workspace.openTextDocument({ language: 'gongwen', content: new TextDecoder('utf-8').decode(bytes) });
      await vscode.window.showTextDocument(document);
    }),
  );
}
