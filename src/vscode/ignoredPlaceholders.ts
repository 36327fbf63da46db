import * as vscode from 'vscode';
import type { Placeholder } from '../core';

/** How many characters on each side identify an ignored placeholder, so the mark survives edits elsewhere. */
const contextLength = 8;
const storageKey = 'gongwen.ignoredPlaceholders';

/** The placeholders a user chose to ignore one by one ("ignore this one"), kept in the workspace state per document. */
export class IgnoredPlaceholders {
  constructor(private readonly state: vscode.Memento) {}

  private all(): Record<string, string[]> {
    return this.state.get<Record<string, string[]>>(storageKey) ?? {};
  }

  private static key(text: string, p: Placeholder): string {
    const before = text.slice(Math.max(0, p.span.start - contextLength), p.span.start);
    const after = text.slice(p.span.end, p.span.end + contextLength);
    return `${before}\u0000${p.text}\u0000${after}`;
  }

  isIgnored(uri: vscode.Uri, text: string, p: Placeholder): boolean {
    const list = this.all()[uri.toString()];
    return !!list && list.includes(IgnoredPlaceholders.key(text, p));
  }

  async ignore(uri: vscode.Uri, text: string, p: Placeholder): Promise<void> {
    const all = this.all();
    const list = (all[uri.toString()] ??= []);
    const key = IgnoredPlaceholders.key(text, p);
    if (!list.includes(key)) list.push(key);
    await this.state.update(storageKey, all);
  }

  async clear(): Promise<void> {
    await this.state.update(storageKey, undefined);
  }
}
