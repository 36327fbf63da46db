// Helpers shared by the suites of both extension hosts (Node and web worker): only the vscode API, no Node modules,
// so the web suite can bundle them into its browser script.
import * as vscode from 'vscode';

export const extensionId = 'gongwen.gongwen';

/** Every position where `needle` occurs in the document, in order. */
export function occurrences(document: vscode.TextDocument, needle: string): vscode.Range[] {
  const text = document.getText();
  const ranges: vscode.Range[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    ranges.push(new vscode.Range(document.positionAt(i), document.positionAt(i + needle.length)));
  }
  return ranges;
}

/** A range as "line:character-line:character" (zero-based), for readable expected/actual diffs. */
export function where(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}
