import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyCodeAction, codeActions, codeOf, diagnosticsWhen, openFixture, revertAndClose, textWhen, where } from './helpers';

// renumber.txt has two gaps: （一）（三） under 一、, and 一、二、四、五、 at the top level.
const markers = (text: string) => text.split('\n').filter((l) => /^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/.test(l)).map((l) => l.replace(/^(.+?[、）]).*$/, '$1'));
const asWritten = ['一、', '（一）', '（三）', '二、', '四、', '五、'];
const topLevelRenumbered = ['一、', '（一）', '（三）', '二、', '三、', '四、'];
const allRenumbered = ['一、', '（一）', '（二）', '二、', '三、', '四、'];

/** The text with only the heading markers replaced, line by line, so that any other change shows in the diff. */
function withMarkers(text: string, newMarkers: string[]): string {
  let i = 0;
  return text
    .split('\n')
    .map((l) => (markers(l).length ? newMarkers[i++] + l.slice(markers(l)[0].length) : l))
    .join('\n');
}

async function openRenumberFixture() {
  const document = await openFixture('renumber.txt');
  assert.deepEqual(markers(document.getText()), asWritten, 'renumber.txt is not as on disk (an earlier test left it edited?)');
  const gaps = await diagnosticsWhen(document.uri, (ds) => ds.filter((d) => codeOf(d) === 'numbering-gap').length === 2);
  return { document, original: document.getText(), gaps: gaps.filter((d) => codeOf(d) === 'numbering-gap') };
}

describe('numbering: quick fixes, renumber command and fix all', () => {
  let document: vscode.TextDocument | undefined;
  afterEach(async () => document && (await revertAndClose(document)));

  it('reports each gap (（一）（三）, 二、四、) as a numbering-gap diagnostic on the marker after it', async () => {
    const opened = await openRenumberFixture();
    document = opened.document;
    assert.deepEqual(opened.gaps.map((d) => document!.getText(d.range)), ['（三）', '四、']);
  });

  it('the quick fix on 四、 renumbers its sequence (四、五、 → 三、四、) and nothing else', async () => {
    const opened = await openRenumberFixture();
    document = opened.document;
    const gap = opened.gaps.find((d) => document!.getText(d.range) === '四、');
    assert.ok(gap, 'no numbering-gap diagnostic on 四、');
    const actions = await codeActions(document, gap.range, vscode.CodeActionKind.QuickFix);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix, `no preferred quick fix with an edit on ${where(gap.range)}; offered: ${JSON.stringify(titles)}`);
    assert.ok(actions.some((a) => a.edit && a.title !== fix.title), `"renumber the whole document" is not offered too: ${JSON.stringify(titles)}`);

    await applyCodeAction(fix);
    const expected = withMarkers(opened.original, topLevelRenumbered);
    assert.equal(await textWhen(document, (t) => t === expected), expected);
    const left = await diagnosticsWhen(document.uri, (ds) => ds.filter((d) => codeOf(d) === 'numbering-gap').length === 1);
    assert.deepEqual(left.filter((d) => codeOf(d) === 'numbering-gap').map((d) => document!.getText(d.range)), ['（三）']);
  });

  it('gongwen.renumberDocument {preview: false} renumbers every sequence in one edit, and one undo restores the text', async () => {
    const opened = await openRenumberFixture();
    document = opened.document;
    const versionBefore = document.version;
    const applied = await vscode.commands.executeCommand<boolean>('gongwen.renumberDocument', { preview: false });
    assert.equal(applied, true, 'the command did not apply an edit');
    const expected = withMarkers(opened.original, allRenumbered);
    assert.equal(await textWhen(document, (t) => t === expected), expected);
    assert.equal(document.version, versionBefore + 1, 'the renumbering took more than one edit');

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(await textWhen(document, (t) => t === opened.original), opened.original, 'one undo did not restore the text');
    assert.equal(document.isDirty, false);
  });

  for (const kind of [vscode.CodeActionKind.SourceFixAll, vscode.CodeActionKind.SourceFixAll.append('gongwen')]) {
    it(`asked for ${kind.value}, offers source.fixAll.gongwen, which fixes all numbering gaps`, async () => {
      const opened = await openRenumberFixture();
      document = opened.document;
      const whole = new vscode.Range(0, 0, document.lineCount, 0);
      const actions = await codeActions(document, whole, kind);
      const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.gongwen');
      assert.ok(fixAll?.edit, `no source.fixAll.gongwen action with an edit; offered: ${JSON.stringify(actions.map((a) => [a.kind?.value, a.title]))}`);
      await applyCodeAction(fixAll);
      const expected = withMarkers(opened.original, allRenumbered);
      assert.equal(await textWhen(document, (t) => t === expected), expected);
      const gaps = await diagnosticsWhen(document.uri, (ds) => !ds.some((d) => codeOf(d) === 'numbering-gap'));
      assert.deepEqual(gaps.filter((d) => codeOf(d) === 'numbering-gap').map((d) => where(d.range)), []);
    });
  }

  it('with editor.codeActionsOnSave {"source.fixAll.gongwen": "explicit"}, saving the report fixes its numbering', async () => {
    const opened = await openRenumberFixture();
    document = opened.document;
    const uri = document.uri;
    const bytes = await vscode.workspace.fs.readFile(uri);
    const editorConfig = () => vscode.workspace.getConfiguration('editor', { languageId: 'gongwen' });
    const previous = editorConfig().inspect('codeActionsOnSave')?.workspaceLanguageValue;
    await editorConfig().update('codeActionsOnSave', { 'source.fixAll.gongwen': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      // An edit first: saving an unchanged document writes nothing and runs no save participants.
      const editor = await vscode.window.showTextDocument(document);
      const endOfTitle = document.lineAt(0).range.end;
      assert.ok(await editor.edit((e) => e.insert(endOfTitle, '（初稿）')));
      const edited = document.getText();
      await vscode.commands.executeCommand('workbench.action.files.save');
      const expected = withMarkers(edited, allRenumbered);
      assert.equal(await textWhen(document, (t) => t === expected), expected);
      assert.equal(document.isDirty, false, 'the document was not saved');
    } finally {
      await editorConfig().update('codeActionsOnSave', previous, vscode.ConfigurationTarget.Workspace, true);
      await vscode.workspace.fs.writeFile(uri, bytes);
    }
  });
});
