import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyCodeAction, codeActions, codeOf, diagnosticsWhen, occurrences, openFixture, revertAndClose, where } from './helpers';

const placeholderRules = ['redaction', 'template-gap', 'missing-number'];
const placeholders = (ds: vscode.Diagnostic[]) => ds.filter((d) => placeholderRules.includes(codeOf(d)));

describe('placeholders: navigation and ignoring', () => {
  it('Next / Previous Placeholder select each placeholder in turn and wrap around at both ends', async () => {
    const document = await openFixture('placeholders.txt');
    const expected = occurrences(document, 'XX').map(where);
    const found = placeholders(await diagnosticsWhen(document.uri, (ds) => placeholders(ds).length >= expected.length));
    assert.deepEqual(found.map((d) => where(d.range)), expected, 'placeholders.txt: its placeholders are its three XX');
    const [first, second, third] = expected;

    const editor = await vscode.window.showTextDocument(document);
    const end = document.lineAt(document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    const visited: string[] = [];
    for (const command of ['next', 'next', 'next', 'next', 'previous', 'previous', 'previous']) {
      await vscode.commands.executeCommand(command === 'next' ? 'gongwen.nextPlaceholder' : 'gongwen.previousPlaceholder');
      visited.push(`${command} → ${where(editor.selection)}`);
    }
    assert.deepEqual(visited, [
      `next → ${first}`, // from the end of the document: wraps to the first
      `next → ${second}`,
      `next → ${third}`,
      `next → ${first}`, // past the last: wraps
      `previous → ${third}`, // before the first: wraps to the last
      `previous → ${second}`,
      `previous → ${first}`,
    ]);
  });

  describe('in ignore.txt (某某 twice, then XX)', () => {
    let document: vscode.TextDocument;
    const allowlist = () => vscode.workspace.getConfiguration('gongwen').inspect<string[]>('placeholders.allowlist');
    let allowlistBefore: string[] | undefined;

    beforeEach(async () => {
      document = await openFixture('ignore.txt');
      allowlistBefore = allowlist()?.workspaceValue;
    });
    afterEach(async () => {
      await vscode.workspace.getConfiguration('gongwen').update('placeholders.allowlist', allowlistBefore, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('gongwen.clearIgnoredPlaceholders');
      await revertAndClose(document);
    });

    const expectedAll = () => [...occurrences(document, '某某'), ...occurrences(document, 'XX')].map(where);
    const shown = async (done: (ranges: string[]) => boolean) =>
      placeholders(await diagnosticsWhen(document.uri, (ds) => done(placeholders(ds).map((d) => where(d.range))))).map((d) => where(d.range));
    const sameAs = (expected: string[]) => (ranges: string[]) => JSON.stringify(ranges) === JSON.stringify(expected);
    const quickFix = async (range: string, title: RegExp) => {
      const diagnostic = placeholders(vscode.languages.getDiagnostics(document.uri)).find((d) => where(d.range) === range);
      assert.ok(diagnostic, `no placeholder diagnostic at ${range}`);
      const actions = await codeActions(document, diagnostic.range, vscode.CodeActionKind.QuickFix);
      const action = actions.find((a) => title.test(a.title));
      assert.ok(action, `no quick fix ${title} at ${range}; offered: ${JSON.stringify(actions.map((a) => a.title))}`);
      return action;
    };

    it('"Ignore this placeholder" removes that one diagnostic only, until the ignored ones are shown again', async () => {
      const [first, second, xx] = expectedAll();
      assert.deepEqual(await shown(sameAs([first, second, xx])), [first, second, xx]);
      await applyCodeAction(await quickFix(first, /^Ignore this placeholder$/));
      assert.deepEqual(await shown(sameAs([second, xx])), [second, xx]);
      await vscode.commands.executeCommand('gongwen.clearIgnoredPlaceholders');
      assert.deepEqual(await shown(sameAs([first, second, xx])), [first, second, xx]);
    });

    it('"Ignore “某某” everywhere" adds 某某 to the workspace allowlist, which removes every 某某 diagnostic', async () => {
      const [first, second, xx] = expectedAll();
      assert.deepEqual(await shown(sameAs([first, second, xx])), [first, second, xx]);
      await applyCodeAction(await quickFix(second, /^Ignore “某某” everywhere$/));
      assert.deepEqual(allowlist()?.workspaceValue, [...(allowlistBefore ?? []), '某某'], 'workspace setting gongwen.placeholders.allowlist');
      assert.deepEqual(await shown(sameAs([xx])), [xx]);
      await vscode.workspace.getConfiguration('gongwen').update('placeholders.allowlist', allowlistBefore, vscode.ConfigurationTarget.Workspace);
      assert.deepEqual(await shown(sameAs([first, second, xx])), [first, second, xx], 'after the allowlist was restored');
    });
  });
});
