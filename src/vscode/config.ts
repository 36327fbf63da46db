import * as vscode from 'vscode';
import { defaultOptions, looksLikeReport, type Options, type RuleSetting } from '../core';

/** Settings that are not engine options. */
export interface AdapterSettings {
  plaintext: boolean;
  switchLanguage: boolean;
  markdown: boolean;
  maxFileSize: number;
  debounceMs: number;
}

/** The engine options for a document, read fresh from `gongwen.*` settings. */
export function readOptions(scope?: vscode.ConfigurationScope): Options {
  const c = vscode.workspace.getConfiguration('gongwen', scope);
  const rules: Record<string, RuleSetting> = {};
  const configured = c.get<Record<string, RuleSetting>>('rules') ?? {};
  for (const [id, v] of Object.entries(configured)) if (typeof v === 'string') rules[id] = v;
  return {
    ...defaultOptions,
    rules,
    allowlist: c.get<string[]>('placeholders.allowlist') ?? [],
    titleMaxLength: c.get<number>('outline.titleMaxLength') ?? defaultOptions.titleMaxLength,
    inlineItems: c.get<boolean>('outline.inlineItems') ?? defaultOptions.inlineItems,
    houseStyle: (c.get<Options['houseStyle']>('numbering.houseStyle') ?? defaultOptions.houseStyle),
    parts: { ...defaultOptions.parts },
  };
}

export function readAdapterSettings(scope?: vscode.ConfigurationScope): AdapterSettings {
  const c = vscode.workspace.getConfiguration('gongwen', scope);
  return {
    plaintext: c.get<boolean>('plaintext.enabled') ?? true,
    switchLanguage: c.get<boolean>('plaintext.switchLanguage') ?? true,
    markdown: c.get<boolean>('markdown.enabled') ?? false,
    maxFileSize: c.get<number>('maxFileSize') ?? 5_000_000,
    debounceMs: c.get<number>('diagnostics.debounceMs') ?? 300,
  };
}

/** The languages the extension registers its providers for; whether a given document is served is decided by `isServed`. */
export const servedLanguages = ['gongwen', 'plaintext', 'markdown'];
export const documentSelector: vscode.DocumentSelector = servedLanguages.map((language) => ({ language }));

/** Gongwen documents always; plaintext and Markdown when enabled and the text looks like a report. */
export function isServed(document: vscode.TextDocument): boolean {
  if (document.languageId === 'gongwen') return true;
  const s = readAdapterSettings(document);
  if (document.languageId === 'plaintext' && s.plaintext) return looksLikeReport(document.getText(new vscode.Range(0, 0, 200, 0)));
  if (document.languageId === 'markdown' && s.markdown) return looksLikeReport(document.getText(new vscode.Range(0, 0, 200, 0)));
  return false;
}
