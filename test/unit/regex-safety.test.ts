import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { check, type Diagnostics } from 'recheck';

/*
 * Every regular expression in the engine is checked for catastrophic backtracking with recheck (automaton analysis,
 * fuzzing where that does not apply). The expressions are read from the TypeScript sources with the compiler API:
 * regex literals, and `new RegExp(...)` / `RegExp(...)` with literal arguments. A RegExp built from anything else
 * cannot be checked statically and fails the test: the engine never compiles patterns from its input or settings.
 *
 * A super-linear regex is acceptable only on input of bounded length (a clause of at most a few dozen characters).
 * Such a regex must say so, with the bound, in a comment on its line or the line above:
 *   // regex-safety: bounded input (the clause before a figure, at most 48 characters)
 * It is then listed in the test output instead of failing the test.
 */

const root = path.resolve(__dirname, '../../..');
/** The engine must be clean; the adapter and CLI run on the same documents, so they are held to the same rule. */
const checkedDirs = ['src/core', 'src/cli', 'src/vscode'];

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
  /** The justification given in a `regex-safety: bounded input` comment, if any. */
  bounded?: string;
}

const boundedNote = /regex-safety: bounded input\b(.*)/;
interface Unchecked {
  where: string;
  code: string;
}

function tsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The text of a string literal argument, or undefined when the argument is not a literal. */
function literalText(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

/** Regex literals and RegExp constructions in one source file. */
export function findRegexes(file: string, code: string): { found: FoundRegex[]; unchecked: Unchecked[] } {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: FoundRegex[] = [];
  const unchecked: Unchecked[] = [];
  const lines = code.split('\n');
  const note = (node: ts.Node) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    const m = boundedNote.exec(lines[line]) ?? (line > 0 ? boundedNote.exec(lines[line - 1]) : null);
    return m ? m[1].trim() || 'bounded input' : undefined;
  };
  const where = (node: ts.Node) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    return `${path.relative(root, file)}:${line + 1}:${character + 1}`;
  };
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const slash = text.lastIndexOf('/');
      found.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1), bounded: note(node) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const args = node.arguments ?? ts.factory.createNodeArray();
      const source = literalText(args[0]);
      const flags = args.length > 1 ? literalText(args[1]) : '';
      if (source !== undefined && flags !== undefined) found.push({ where: where(node), source, flags, bounded: note(node) });
      else unchecked.push({ where: where(node), code: node.getText(sf) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { found, unchecked };
}

function collect(): { found: FoundRegex[]; unchecked: Unchecked[] } {
  const all = { found: [] as FoundRegex[], unchecked: [] as Unchecked[] };
  for (const dir of checkedDirs) {
    for (const file of tsFiles(path.join(root, dir))) {
      const r = findRegexes(file, fs.readFileSync(file, 'utf8'));
      all.found.push(...r.found);
      all.unchecked.push(...r.unchecked);
    }
  }
  return all;
}

/** recheck's verdict, bounded in time: a regex it cannot decide in time comes back `unknown`. */
function verdict(source: string, flags: string): Promise<Diagnostics> {
  // d and v are not understood by recheck and do not change backtracking.
  return check(source, flags.replace(/[dv]/g, ''), { timeout: 8000 });
}

describe('regular expressions: no catastrophic backtracking', function () {
  this.timeout(60_000);

  it('finds regex literals and RegExp constructions in TypeScript source', () => {
    const code = [
      'const a = /x+y/gi;',
      'const b = new RegExp("a|b", "u");',
      'const c = RegExp(`[0-9]+`);',
      'const d = new RegExp(userPattern);',
      'const e = 4 / 2 / 1; // division, not a regex',
      "const f = '/not/a/regex/';",
      '// regex-safety: bounded input (a marker, at most 6 characters)',
      'const g = /(a|a)*$/;',
    ].join('\n');
    const r = findRegexes(path.join(root, 'src/core/example.ts'), code);
    assert.deepEqual(
      r.found.map((x) => [x.source, x.flags]),
      [
        ['x+y', 'gi'],
        ['a|b', 'u'],
        ['[0-9]+', ''],
        ['(a|a)*$', ''],
      ],
    );
    assert.deepEqual(
      r.found.map((x) => x.bounded),
      [undefined, undefined, undefined, '(a marker, at most 6 characters)'],
    );
    assert.deepEqual(
      r.unchecked.map((x) => x.code),
      ['new RegExp(userPattern)'],
    );
  });

  it('recheck tells a vulnerable pattern from a safe one', async () => {
    assert.equal((await verdict('^(a+)+$', '')).status, 'vulnerable');
    assert.equal((await verdict('\\S*$', '')).status, 'vulnerable'); // quadratic on text without spaces
    assert.equal((await verdict('[0-9]+', 'g')).status, 'safe');
  });

  it('every regex in src/ is safe, and none is built from non-literal text', async () => {
    const { found, unchecked } = collect();
    assert.ok(found.length > 0, 'the scan finds the regexes of the engine');
    const unique = new Map<string, FoundRegex[]>();
    for (const r of found) unique.set(`/${r.source}/${r.flags}`, [...(unique.get(`/${r.source}/${r.flags}`) ?? []), r]);
    const vulnerable: string[] = [];
    const bounded: string[] = [];
    const unknown: string[] = [];
    for (const [key, uses] of unique) {
      const d = await verdict(uses[0].source, uses[0].flags);
      const at = uses.map((u) => u.where).join(', ');
      if (d.status === 'vulnerable') {
        const line = `${key} (${d.complexity.type}; attack ${JSON.stringify(d.attack.pattern)}) at ${at}`;
        if (uses.every((u) => u.bounded)) bounded.push(`${line}: ${uses.map((u) => u.bounded).join('; ')}`);
        else vulnerable.push(line);
      } else if (d.status === 'unknown') {
        unknown.push(`${key} (${d.error.kind}) at ${at}`);
      }
    }
    if (bounded.length) console.warn(`    super-linear on bounded input only (${bounded.length}):\n      ${bounded.join('\n      ')}`);
    if (unknown.length) console.warn(`    recheck could not decide ${unknown.length} regex(es):\n      ${unknown.join('\n      ')}`);
    assert.deepEqual(vulnerable, [], 'regexes that can backtrack catastrophically');
    assert.deepEqual(unchecked.map((u) => `${u.where}: ${u.code}`), [], 'RegExp built from non-literal text cannot be checked');
  });
});
