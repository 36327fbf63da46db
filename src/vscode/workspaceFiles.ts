import * as vscode from 'vscode';
import { looksLikeReport } from '../core';
import { readAdapterSettings } from './config';

/** The files a workspace scan reads: Gongwen files, and plain text or Markdown when those are enabled. */
function reportGlob(): string {
  const s = readAdapterSettings();
  const ext = ['gongwen', 'gw', ...(s.plaintext ? ['txt'] : []), ...(s.markdown ? ['md', 'markdown'] : [])];
  return `**/*.{${ext.join(',')}}`;
}

// Drops a leading BOM, as VS Code does when it opens the file.
const decoder = new TextDecoder('utf-8');

/**
 * Reads the report files of the workspace through workspace.fs (so it works in vscode.dev too), open documents from
 * their editor buffer; binary files, files over `gongwen.maxFileSize` and texts that don't look like reports are skipped.
 */
export async function forEachReportFile(
  token: vscode.CancellationToken,
  visit: (uri: vscode.Uri, text: string) => void,
  progress?: vscode.Progress<{ message?: string; increment?: number }>,
): Promise<{ read: number; skipped: number }> {
  const uris = await vscode.workspace.findFiles(reportGlob(), '**/{node_modules,.git}/**', 5000, token);
  const maxFileSize = readAdapterSettings().maxFileSize;
  let read = 0;
  let skipped = 0;
  for (const uri of uris) {
    if (token.isCancellationRequested) break;
    progress?.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let text: string;
    if (open) text = open.getText();
    else {
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.length > maxFileSize || bytes.subarray(0, 8192).includes(0)) {
          skipped++;
          continue;
        }
        text = decoder.decode(bytes);
      } catch {
        skipped++;
        continue;
      }
    }
    const isGongwen = /\.(gongwen|gw)$/i.test(uri.path);
    if (!isGongwen && !looksLikeReport(text)) {
      skipped++;
      continue;
    }
    visit(uri, text);
    read++;
  }
  return { read, skipped };
}
