import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { registerCodeActions } from './codeActions';
import { registerDiagnostics } from './diagnostics';
import { registerDocumentSymbols } from './documentSymbols';
import { registerFolding } from './folding';
import { registerHover } from './hover';
import { IgnoredPlaceholders } from './ignoredPlaceholders';
import { disposeLog } from './log';
import { registerPlaceholderNavigation } from './placeholderNavigation';
import { registerWorkspaceSymbols } from './workspaceSymbols';
import { registerFiguresView } from './figuresView';
import { registerRevealCommand } from './reveal';
import { registerPlaceholdersView } from './placeholdersView';
import { registerNumberingCommands } from './numberingCommands';
import { registerSampleReport } from './sampleReport';
import { registerLanguageSwitch } from './languageSwitch';

/** Registers every feature; each registration is a Disposable owned by the extension context. Nothing is analysed here. */
export function activate(context: vscode.ExtensionContext): void {
  const cache = new AnalysisCache();
  const ignored = new IgnoredPlaceholders(context.workspaceState);
  const collection = vscode.languages.createDiagnosticCollection('gongwen');
  const diagnostics = registerDiagnostics(cache, ignored, collection);
  context.subscriptions.push(
    cache,
    collection,
    diagnostics.disposable,
    registerDocumentSymbols(cache),
    registerFolding(cache),
    registerHover(cache),
    registerCodeActions(cache, ignored, diagnostics.refresh),
    registerPlaceholderNavigation(cache, ignored),
    registerWorkspaceSymbols(),
    registerFiguresView(cache),
    registerRevealCommand(),
    registerPlaceholdersView(),
    registerNumberingCommands(cache),
    registerSampleReport(context.extensionUri),
    registerLanguageSwitch(),
    { dispose: disposeLog },
  );
}

export function deactivate(): void {}
