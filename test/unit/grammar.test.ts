import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.join(__dirname, '../../..');

/** Tokenizes with the real TextMate engine VS Code uses, returning [text, innermost scope] per token. */
async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(path.join(root, 'syntaxes/gongwen.tmLanguage.json'), 'utf8'), 'gongwen.tmLanguage.json'),
  });
  const grammar = await registry.loadGrammar('text.gongwen');
  if (!grammar) throw new Error('grammar did not load');
  return grammar;
}

function scopesOf(grammar: textmate.IGrammar, line: string): Map<string, string> {
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  const out = new Map<string, string>();
  for (const t of tokens) out.set(line.slice(t.startIndex, t.endIndex), t.scopes[t.scopes.length - 1]);
  return out;
}

describe('TextMate grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('scopes heading markers by level', () => {
    assert.equal(scopesOf(grammar, '一、总体情况').get('一、'), 'punctuation.definition.heading.level-1.gongwen');
    assert.equal(scopesOf(grammar, '一 、总体情况').get('一 、'), 'punctuation.definition.heading.level-1.gongwen');
    assert.equal(scopesOf(grammar, '（二）招商引资').get('（二）'), 'punctuation.definition.heading.level-2.gongwen');
    assert.equal(scopesOf(grammar, '  3.狠抓营商环境').get('3.'), 'punctuation.definition.heading.level-3.gongwen');
    assert.equal(scopesOf(grammar, '(4)完善机制').get('(4)'), 'punctuation.definition.heading.level-4.gongwen');
    assert.equal(scopesOf(grammar, '①强化保障').get('①'), 'punctuation.definition.heading.level-5.gongwen');
  });

  it('scopes markers as web posts write them: a bullet or emoji before, 、 after the bracket, 。 for the full stop', () => {
    assert.equal(scopesOf(grammar, '🌟一、2023年工作回顾').get('一、'), 'punctuation.definition.heading.level-1.gongwen');
    assert.equal(scopesOf(grammar, '★二、工作展望').get('二、'), 'punctuation.definition.heading.level-1.gongwen');
    assert.equal(scopesOf(grammar, '(一)、工业经济').get('(一)、'), 'punctuation.definition.heading.level-2.gongwen');
    assert.equal(scopesOf(grammar, '1。我们要树立大局意识').get('1。'), 'punctuation.definition.heading.level-3.gongwen');
    assert.equal(scopesOf(grammar, '1.、抓好项目').get('1.、'), 'punctuation.definition.heading.level-3.gongwen');
    assert.notEqual(scopesOf(grammar, '1。').get('1。'), 'punctuation.definition.heading.level-3.gongwen');
  });

  it('scopes a heading glued after a full stop, but not a decimal', () => {
    assert.equal(scopesOf(grammar, '完成项目。(三)民心工程').get('(三)'), 'punctuation.definition.heading.level-2.gongwen');
    const decimal = scopesOf(grammar, '产值1.96亿元');
    assert.equal(decimal.get('1.96'), 'constant.numeric.figure.gongwen');
    assert.equal(decimal.get('亿元'), 'keyword.other.unit.gongwen');
  });

  it('scopes placeholders, inline items, quoted names and titles', () => {
    const s = scopesOf(grammar, '一是强化XX社区建设，印发《某某办法》和“平安xx”');
    assert.equal(s.get('一是'), 'keyword.other.item.gongwen');
    assert.equal(s.get('XX'), 'invalid.illegal.placeholder.gongwen');
    assert.equal(s.get('某某'), 'invalid.illegal.placeholder.gongwen');
    assert.equal(s.get('xx'), 'invalid.illegal.placeholder.gongwen');
    assert.equal(s.get('“'), 'string.quoted.double.gongwen');
    assert.equal(s.get('《'), 'entity.name.type.title.gongwen');
  });

  it('leaves Latin words alone', () => {
    const s = scopesOf(grammar, '开发APP和Excel模板，建设5G基站');
    for (const [text, scope] of s) assert.ok(!scope.startsWith('invalid'), `${text} scoped as ${scope}`);
  });
});
