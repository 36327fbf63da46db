import * as vscode from 'vscode';
import { looksLikeReport } from '../core';
import { readAdapterSettings } from './config';

/** The file endings a workspace scan reads: Gongwen files, and plain text or Markdown when those are enabled. */
function reportExtensions(): string[] {
  const s = readAdapterSettings();
  return ['gongwen', 'gw', ...(s.plaintext ? ['txt'] : []), ...(s.markdown ? ['md', 'markdown'] : [])];
}

/** Folders a workspace scan never reads. */
const excludedFolders = '**/{node_modules,.git}/**';

/** Whether a workspace scan would read this file (by its ending and folder; its text is checked when read). */
export function isReportFile(uri: vscode.Uri): boolean {
  const dot = uri.path.lastIndexOf('.');
  if (dot < 0 || /\/(node_modules|\.git)\//.test(uri.path)) return false;
  return reportExtensions().includes(uri.path.slice(dot + 1).toLowerCase());
}

// Drops a leading BOM, as VS Code does when it opens the file.
const decoder = new TextDecoder('utf-8');

/**
 * The text of one report file: from its editor buffer when it is open, else read through workspace.fs (so it works
 * in vscode.dev too). Undefined for binary files, files over `gongwen.maxFileSize`, unreadable ones and texts that
 * don't look like reports.
 */
export async function readReportFile(uri: vscode.Uri, maxFileSize = readAdapterSettings().maxFileSize): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  let text: string;
  if (open) text = open.getText();
  else {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.length > maxFileSize || bytes.subarray(0, 8192).includes(0)) return undefined;
      text = decoder.decode(bytes);
    } catch {
      return undefined;
    }
  }
  const isGongwen = /\.(gongwen|gw)$/i.test(uri.path);
  return isGongwen || looksLikeReport(text) ? text : undefined;
}

/** Visits the text of every report file of the workspace (see readReportFile), reporting progress. */
export async function forEachReportFile(
  token: vscode.CancellationToken,
  visit: (uri: vscode.Uri, text: string) => void,
  progress?: vscode.Progress<{ message?: string; increment?: number }>,
): Promise<{ read: number; skipped: number }> {
  const uris = await vscode.workspace.findFiles(`**/*.{${reportExtensions().join(',')}}`, excludedFolders, 5000, token);
  const maxFileSize = readAdapterSettings().maxFileSize;
  let read = 0;
  let skipped = 0;
  for (const uri of uris) {
    if (token.isCancellationRequested) break;
    progress?.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
    const text = await readReportFile(uri, maxFileSize);
    if (text === undefined) {
      skipped++;
      continue;
    }
    visit(uri, text);
    read++;
  }
  return { read, skipped };
}
