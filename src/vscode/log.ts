import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The "Gongwen" output channel, created on first use. */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Gongwen', { log: true });
  return channel;
}

/** Runs a provider body; a failure is logged to the output channel and the provider returns `fallback` (no popup). */
export function guard<T>(what: string, fallback: T, body: () => T): T {
  try {
    return body();
  } catch (e) {
    log().error(`${what} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return fallback;
  }
}

export async function guardAsync<T>(what: string, fallback: T, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (e) {
    log().error(`${what} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return fallback;
  }
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}
