import * as vscode from 'vscode';
import { looksLikeReport } from '../core';
import { readAdapterSettings } from './config';
import { guardAsync } from './log';

/**
 * Plain-text files that look like Chinese reports are switched to the 公文 language, so that they get its syntax
 * highlighting too (`gongwen.plaintext.switchLanguage`). Only the language mode changes, never the text.
 */
export function registerLanguageSwitch(): vscode.Disposable {
  const switched = new Set<string>();
  const consider = (document: vscode.TextDocument) =>
    guardAsync('language switch', undefined, async () => {
      if (document.languageId !== 'plaintext' || switched.has(document.uri.toString())) return;
      const settings = readAdapterSettings(document);
      if (!settings.plaintext || !settings.switchLanguage) return;
      if (!looksLikeReport(document.getText(new vscode.Range(0, 0, 200, 0)))) return;
      // Once per document: a user who switches back to Plain Text keeps it.
      switched.add(document.uri.toString());
      await vscode.languages.setTextDocumentLanguage(document, 'gongwen');
    });
  vscode.workspace.textDocuments.forEach(consider);
  return vscode.workspace.onDidOpenTextDocument(consider);
}
