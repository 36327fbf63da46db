import * as fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';

/*
 * Generators biased toward report-like text, so that random cases reach the heading, placeholder, figure and
 * numbering code instead of stopping at "no marker here".
 */

const markers = [
  '一、', '二、', '三、', '四、', '十、', '十一、', '二十、', '（一）', '（二）', '（三）', '(一)', '(二)', '（十二）',
  '1.', '2.', '3.', '10.', '1、', '2、', '3、', '1．', '２．', '１、', '（1）', '（2）', '(1)', '(2)', '(３)',
  '①', '②', '③', '⑫', '一是', '二是', '三是', '第一，', '第二，', '第三,', '、', '第一、',
];
const words = [
  '工作', '推进', '全面', '加强', '建设', '社区', '镇', '街道', '全年', '上半年', '组织领导', '经济指标稳中有进',
  '规上工业产值', '固定资产投资', '完成', '实现', '同比增长', '较上年', '增长', '占比', '力争', '确保', '预计', '计划',
  '我镇', '今年', '按照', '进一步', '坚持把', '亮点', '工作成效', '存在问题', '下一步工作打算', '二三级', '三大中心',
  '统一', '唯一', '之一', '两个', '一方面', '另一方面', '五一', '不二', '第二届', '二期', '开(复)工', '(街道)',
];
const units = ['亿元', '万元', '元', '%', '％', '个百分点', '家', '个', '吨', '万亩', '平方米', '公里', '人次', '件', '余', '多', '年', '月', '日', '季度'];
const placeholders = ['X', 'XX', 'XXX', 'x', 'xx', 'xx.xx', 'x.x', '*', '**', '某某', 'D员', 'xS店', '20xx年', 'x-x个', '【待补充】', '（ ）', '____', '＿＿', '[ ]', '〔待填〕', '×'];
const punctuation = ['。', '，', '、', '；', '：', '！', '？', ',', '.', ';', ':', '“', '”', '‘', '’', '《', '》', '（', '）', '(', ')', '【', '】', '「', '」', '"', '-', '—', '~', '～', '/', '+', '#', '**', '> ', '- '];
const spacing = [' ', '  ', '\u3000', '\u3000\u3000', '\t', '\u00a0'];
const newlines = ['\n', '\n', '\n', '\r\n', '\r', '\n\n', '\u2028', '\u2029', '\r\n\r\n'];
const strange = [
  '\ufeff', '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u000b', '\u000c', '\ufffd', '\ufffd\ufffd',
  '\ud800', '\udc00', '\udbff', '\ud83d', '😀', '👍🏽', '👨‍👩‍👧', '🇨🇳', '𠀀', '𪚥', '\u200b', '\u200d', '\u202e', '\u0301', '\ue000',
  '&nbsp;', '<br>', '</p>', '<div class="nav">', '&gt;', '首页 > 新闻中心', '【字体：大 中 小】', '打印本页', '关闭窗口',
];
const latin = ['APP', 'QQ群', '110V', 'kg', 'G60', '4S店', '1+3+N', 'www.xx.gov.cn', 'a@b.cn', '3+X', 'X光', '90后', 'http://x.cn/a_b?c=d'];

const cnNumeral = fc.constantFrom('一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '〇', '零', '两', '十一', '二十', '七百多', '二十余');
const number = fc.oneof(
  fc.nat({ max: 100000 }).map(String),
  fc.tuple(fc.nat({ max: 9999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.nat({ max: 999 }).map((n) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))),
  fc.constantFrom('1.96', '66.5', '100', '0', '2023', '2024-01-10', '1-9', '5-10', '1,234', '１２', '93.63 ', '1.71 '),
);

/** One small piece of report-like text. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...markers) },
  { weight: 8, arbitrary: fc.constantFrom(...words) },
  { weight: 4, arbitrary: fc.tuple(number, fc.constantFrom(...units)).map(([n, u]) => n + u) },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: cnNumeral },
  { weight: 3, arbitrary: fc.constantFrom(...placeholders) },
  { weight: 6, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 2, arbitrary: fc.constantFrom(...spacing) },
  { weight: 4, arbitrary: fc.constantFrom(...newlines) },
  { weight: 2, arbitrary: fc.constantFrom(...strange) },
  { weight: 1, arbitrary: fc.constantFrom(...latin) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

/** Random text assembled from report-like fragments. */
export const reportText = (maxFragments = 120): fc.Arbitrary<string> =>
  fc.array(fragment, { maxLength: maxFragments, size: 'max' }).map((parts) => parts.join(''));

/** A heading line: indentation, marker, title, end punctuation, body. */
const headingLine = fc
  .tuple(
    fc.constantFrom('', '', '', '\u3000\u3000', '  ', '# ', '**'),
    fc.constantFrom(...markers),
    fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...placeholders)), { minLength: 0, maxLength: 4 }),
    fc.constantFrom('', '。', '：', '；', '，', ' ', '**'),
    reportText(12),
  )
  .map(([indent, marker, title, stop, body]) => indent + marker + title.join('') + stop + body);

/** Text shaped like a report: lines that open with markers, with random body text in between. */
export const structuredReport: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.oneof({ weight: 3, arbitrary: headingLine }, { weight: 1, arbitrary: reportText(20) }), { maxLength: 30, size: 'max' }), fc.constantFrom(...newlines))
  .map(([lines, nl]) => lines.join(nl));

/** Repository root, from out/test/<dir>/ or test/<dir>/. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

/** The development corpus (test/fixtures/corpus/docs), read once. */
export function loadCorpus(): string[] {
  const dir = path.join(repoRoot(), 'test/fixtures/corpus/docs');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** One edit to a text; positions are fractions of the current length so that shrinking keeps them valid. */
export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'swap'; at: number }
  | { kind: 'crlf'; at: number; every: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'join-lines'; at: number; length: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, text: fragment }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('swap' as const), at: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('crlf' as const), at: fraction, every: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fraction, length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('join-lines' as const), at: fraction, length: fc.integer({ min: 1, max: 2000 }) }) },
);

/** Applies one mutation. Deletions and swaps work on UTF-16 units on purpose: they may split surrogate pairs. */
export function applyMutation(text: string, m: Mutation): string {
  const at = Math.floor(m.at * (text.length + 1));
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'swap':
      return at + 1 < text.length ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2) : text;
    case 'crlf': {
      // Turn every `every`-th LF after `at` into CRLF: a file edited on two systems.
      let k = 0;
      return text.slice(0, at) + text.slice(at).replace(/\n/g, () => (k++ % m.every === 0 ? '\r\n' : '\n'));
    }
    case 'duplicate':
      return text.slice(0, at) + text.slice(at, at + m.length) + text.slice(at);
    case 'join-lines':
      return text.slice(0, at) + text.slice(at, at + m.length).replace(/\r?\n/g, ' ') + text.slice(at + m.length);
  }
}

/** A window of a corpus document, with up to `maxMutations` mutations and an optional BOM. */
export const mutatedCorpus = (corpus: string[], maxMutations = 12, maxWindow = 6000): fc.Arbitrary<string> =>
  fc
    .record({
      doc: fc.nat({ max: corpus.length - 1 }),
      from: fraction,
      length: fc.integer({ min: 0, max: maxWindow }),
      mutations: fc.array(mutation, { maxLength: maxMutations, size: 'max' }),
      bom: fc.boolean(),
    })
    .map(({ doc, from, length, mutations, bom }) => {
      const src = corpus[doc];
      const start = Math.floor(from * src.length);
      let text = src.slice(start, start + length);
      for (const m of mutations) text = applyMutation(text, m);
      return (bom ? '\ufeff' : '') + text;
    });

/** A long single line: report text with its line breaks turned into spaces, repeated up to `size` characters. */
export function longLine(source: string, size: number): string {
  const line = source.replace(/\r?\n/g, ' ');
  return line.repeat(Math.ceil(size / Math.max(1, line.length))).slice(0, size);
}
