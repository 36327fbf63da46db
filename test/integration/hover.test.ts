import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, occurrences, openFixture } from './helpers';

async function hoversAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
}

describe('hover', () => {
  it('on a figure shows its summary: metric, value and normalized value', async () => {
    const document = await openFixture('report.txt');
    const [figure] = occurrences(document, '3.2亿元');
    assert.ok(figure, 'fixture lost its figure');
    const text = hoverText(await hoversAt(document, figure.start.translate(0, 1)));
    const missing = ['研发经费投入', '3.2亿元', '320,000,000'].filter((s) => !text.includes(s));
    assert.deepEqual(missing, [], `hover text: ${JSON.stringify(text)}`);
  });

  it('on a heading shows the summary of its section', async () => {
    const document = await openFixture('report.txt');
    const [heading] = occurrences(document, '（一）科技创新主体不断壮大');
    assert.ok(heading, 'fixture lost its heading');
    const hovers = await hoversAt(document, heading.start.translate(0, 4));
    assert.ok(hovers.length > 0, 'no hover on a heading');
    const text = hoverText(hovers);
    // The section holds 15家, 25%, 42家, 3.2亿元 and 12.6%.
    const missing = ['15家', '3.2亿元'].filter((s) => !text.includes(s));
    assert.deepEqual(missing, [], `hover text: ${JSON.stringify(text)}`);
  });

  it('on ordinary text shows nothing from the extension', async () => {
    const document = await openFixture('report.txt');
    const [words] = occurrences(document, '坚强领导');
    assert.ok(words, 'fixture lost its text');
    assert.equal(hoverText(await hoversAt(document, words.start.translate(0, 1))), '');
  });
});
