import * as vscode from 'vscode';
import type { OutlineNode } from '../core';
import type { AnalysisCache } from './analysisCache';
import { documentSelector } from './config';
import { toRange } from './convert';
import { guard } from './log';

/** Outline, breadcrumbs, sticky scroll and Go to Symbol: the numbered headings nested by level. */
export function registerDocumentSymbols(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(
    documentSelector,
    {
      provideDocumentSymbols(document) {
        return guard('document symbols', [], () => {
          const result = cache.get(document);
          return result ? result.analysis.tree.map((n) => toSymbol(document, n)) : [];
        });
      },
    },
    { label: 'Gongwen' },
  );
}

function toSymbol(document: vscode.TextDocument, node: OutlineNode): vscode.DocumentSymbol {
  const h = node.heading;
  const symbol = new vscode.DocumentSymbol(
    h.marker + h.title,
    '',
    h.kind === 'item' ? vscode.SymbolKind.EnumMember : headingKinds[Math.min(h.level, headingKinds.length) - 1],
    toRange(document, h.section),
    toRange(document, { start: h.markerSpan.start, end: h.titleSpan.end }),
  );
  symbol.children = node.children.map((c) => toSymbol(document, c));
  return symbol;
}

// Distinct icons per level make the nesting readable at a glance in the Outline view.
const headingKinds = [
  vscode.SymbolKind.Module,
  vscode.SymbolKind.Namespace,
  vscode.SymbolKind.Class,
  vscode.SymbolKind.Interface,
  vscode.SymbolKind.Struct,
];
