import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseHeadings } from '../../src/core/headings';
import { buildOutline } from '../../src/core/outline';
import { resolveOptions } from '../../src/core/options';
import { LineIndex } from '../../src/core/lineIndex';
import type { Heading, OutlineNode } from '../../src/core/types';

const fixtures = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'headings');
const options = resolveOptions();

/** The outline as indented text: "L<level>|item marker title @line:col-line:col [style ordinal]" (1-based positions). */
export function renderOutline(text: string): string {
  const headings = parseHeadings(text, options);
  const tree = buildOutline(headings, text.length);
  const lines = new LineIndex(text);
  const at = (offset: number) => {
    const p = lines.position(offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const out: string[] = [];
  const walk = (nodes: OutlineNode[], depth: number) => {
    for (const { heading: h, children } of nodes) {
      const kind = h.kind === 'item' ? `item${h.level}` : `L${h.level}`;
      const flags = [h.style, String(h.ordinal), h.fullWidthDigits ? 'full-width' : '', h.runIn ? 'run-in' : ''].filter(Boolean).join(' ');
      out.push(`${'  '.repeat(depth)}${kind} ${h.marker} ${h.title} @${at(h.markerSpan.start)}-${at(h.section.end)} [${flags}]`);
      walk(children, depth + 1);
    }
  };
  walk(tree, 0);
  return out.join('\n') + '\n';
}

function headingsOf(text: string): Heading[] {
  return parseHeadings(text, options);
}

describe('parseHeadings', () => {
  describe('golden outlines (test/fixtures/headings/*.txt → *.outline; UPDATE_GOLDEN=1 rewrites)', () => {
    for (const file of fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()) {
      it(file, () => {
        let text = fs.readFileSync(path.join(fixtures, file), 'utf8');
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        const actual = renderOutline(text);
        const goldenPath = path.join(fixtures, file.replace(/\.txt$/, '.outline'));
        if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(goldenPath, actual);
        assert.equal(actual, fs.readFileSync(goldenPath, 'utf8'));
      });
    }
  });

  describe('what is not a heading', () => {
    const cases: Array<[string, string]> = [
      ['decimal', '全年完成产值1.96亿元，增长3.5%。'],
      ['decimal at line start', '1.96亿元的产值来自工业。'],
      ['full-width decimal', '１．５万亩完成播种。'],
      ['years and dates', '2021年以来，1-9月份累计完成投资。'],
      ['numeral list', '组建二、三级流调队伍。'],
      ['numeral list at line start', '一、二季度经济运行平稳。'],
      ['digit list', '3、5、7号楼已经交付。'],
      ['ranking', '我县经济总量位列第三、增速第一。'],
      ['ranking with comma', '我县综合排名居全国第一，增速第二。'],
      ['model names', '建成G60、5G、4G基站。'],
      ['quoted numerals', '推动“一、二、三”产业融合。'],
      ['book title', '印发《关于（一）项目的通知》。'],
      ['ASCII quotes', '坚持"工业强镇"不动摇，打造"一、二产业融合"示范区。'],
      ['footnote', '新增高新技术企业10家①，占三成。'],
      ['footnote before a word', '新增企业10家①占全市三成。'],
      ['phase in parentheses', '推进制造园(三期)建设。'],
      ['open and resumed work', '新开(复)工项目12个。'],
      ['period in parentheses', '实现收入3亿元(1-9月)。'],
      ['word with 一、', '统一、规范、高效的服务体系基本建成。'],
      ['之一是', '主要原因之一是政策到位。'],
      ['一方面', '一方面加大投入，另一方面优化服务。'],
      ['idiom 一是一', '坚持一是一、二是二的作风。'],
      ['idiom after a full stop', '作风扎实。一是一，二是二。'],
      ['glued (1)', '如公式(1)所示，图1.显示增长趋势。'],
      ['version number', '版本号为V1.2，共2.5万字。'],
    ];
    for (const [name, text] of cases) {
      it(name, () => assert.deepEqual(headingsOf(text).map((h) => h.marker), []));
    }
  });

  describe('markers', () => {
    const cases: Array<[string, Partial<Heading>]> = [
      ['一、总体要求', { style: 'cn-comma', level: 1, ordinal: 1, marker: '一、', title: '总体要求' }],
      ['十一、坚持依法行政', { style: 'cn-comma', level: 1, ordinal: 11 }],
      ['二十、其他事项', { style: 'cn-comma', level: 1, ordinal: 20 }],
      ['（十二）优化营商环境', { style: 'cn-paren-full', level: 2, ordinal: 12 }],
      ['(三)加强安全生产', { style: 'cn-paren-half', level: 2, ordinal: 3 }],
      ['3.工业经济', { style: 'num-dot', level: 3, ordinal: 3 }],
      ['4、农业生产', { style: 'num-comma', level: 3, ordinal: 4 }],
      ['5．服务业', { style: 'num-fullstop', level: 3, ordinal: 5 }],
      ['１、乡村振兴', { style: 'num-comma', level: 3, ordinal: 1, fullWidthDigits: true }],
      ['（２）城市更新', { style: 'num-paren-full', level: 4, ordinal: 2, fullWidthDigits: true }],
      ['(12)老旧小区', { style: 'num-paren-half', level: 4, ordinal: 12 }],
      ['⑫完成管网改造', { style: 'circled', level: 5, ordinal: 12 }],
      ['一是健全机制。', { kind: 'item', style: 'item-shi', level: 1, ordinal: 1 }],
      ['第二，扩大开放。', { kind: 'item', style: 'item-di', level: 1, ordinal: 2 }],
    ];
    for (const [text, expected] of cases) {
      it(text, () => {
        const [h] = headingsOf(text);
        assert.ok(h, 'no heading found');
        const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, h[k as keyof Heading]]));
        assert.deepEqual(picked, expected);
      });
    }

    it('spans: marker, title after a space, section from the marker', () => {
      const text = '前言。\n　　（一） 经济指标。全年增长。';
      const [h] = headingsOf(text);
      assert.deepEqual(h.markerSpan, { start: 6, end: 9 });
      assert.deepEqual(h.titleSpan, { start: 10, end: 14 });
      assert.equal(h.title, '经济指标');
      assert.equal(h.section.start, 6);
      assert.equal(h.runIn, false);
    });

    it('items nest one level below their heading, at most 6', () => {
      const text = '一、甲\n（一）乙\n1.丙\n（1）丁\n①戊。一是己。二是庚。';
      const levels = headingsOf(text).map((h) => `${h.kind}:${h.level}`);
      assert.deepEqual(levels, ['heading:1', 'heading:2', 'heading:3', 'heading:4', 'heading:5', 'item:6', 'item:6']);
    });

    it('inline items can be switched off, and still end a glued title', () => {
      const text = '（一）加强组织领导推进发展一是健全机制。二是压实责任。';
      const hs = parseHeadings(text, resolveOptions({ inlineItems: false }));
      assert.deepEqual(hs.map((h) => [h.marker, h.title]), [['（一）', '加强组织领导推进发展']]);
    });

    it('titleMaxLength caps the title', () => {
      const text = '一是以农贸市场、杂货店、餐饮服务单位等为重点场所，按照食品源头污染治理开展工作。';
      // Cut at 10 characters, then the dangling 、 is dropped.
      assert.equal(parseHeadings(text, resolveOptions({ titleMaxLength: 10 }))[0].title, '以农贸市场、杂货店');
    });

    describe('an ASCII space ends a title, except next to a Latin letter or digit', () => {
      const cases: Array<[string, string]> = [
        ['一、推进 5G 建设。', '推进 5G 建设'],
        ['（二）打造 APP 平台，服务企业。', '打造 APP 平台，服务企业'],
        ['1.完成 2024 年度目标任务。', '完成 2024 年度目标任务'],
        ['一是建设 AI 算力中心。', '建设 AI 算力中心'],
        // Between Chinese characters a space separates paragraphs of a one-line draft.
        ['一、总体情况 今年以来，我镇经济运行平稳。', '总体情况'],
        // Body text after the space still ends the title: a year, a subject.
        ['二、明年工作计划 2024年是攻坚之年。', '明年工作计划'],
        ['二、工作成效 XX社区以日常管理为保障。', '工作成效'],
        // Two spaces are a separator even before a digit.
        ['三、下步打算  5项重点工作。', '下步打算'],
      ];
      for (const [text, title] of cases) {
        it(text, () => assert.equal(headingsOf(text)[0]?.title, title));
      }
    });

    it('never throws and finds nothing in odd input', () => {
      for (const text of ['', '、', '（', '(一', '一', '第', '①', '**', '\ufeff', '\r\n\r', '“一、', '\ud800一、']) {
        assert.doesNotThrow(() => headingsOf(text));
      }
    });
  });

  describe('numbering context for run-in markers', () => {
    it('a glued sub-list in a heading title is accepted when it starts at one', () => {
      const markers = headingsOf('二、2024年工作安排1.全力推进国家公园创建。').map((h) => h.marker);
      assert.deepEqual(markers, ['二、', '1.']);
    });
    it('a glued Chinese numeral needs the next number to confirm it', () => {
      assert.deepEqual(headingsOf('四、年度打算一、切实落实责任。二、继续服务企业。').map((h) => h.marker), ['四、', '一、', '二、']);
      assert.deepEqual(headingsOf('四、建设统一、规范的市场体系。').map((h) => h.marker), ['四、']);
    });
    it('after a space, a marker must continue the sequence', () => {
      assert.deepEqual(headingsOf('(一)甲。 (二)乙 (三)丙').map((h) => h.marker), ['(一)', '(二)', '(三)']);
      assert.deepEqual(headingsOf('(一)甲。 乙共 3、丙').map((h) => h.marker), ['(一)']);
    });
    it('a lone 、 continues a 1、 2、 list at its level', () => {
      const hs = headingsOf('1、甲。2、乙。、丙。');
      assert.deepEqual(hs.map((h) => [h.marker, h.style, h.level, h.ordinal]), [
        ['1、', 'num-comma', 3, 1],
        ['2、', 'num-comma', 3, 2],
        ['、', 'bare-comma', 3, 0],
      ]);
    });
    it('text between two ASCII-quoted names is not a quote', () => {
      assert.deepEqual(headingsOf('（一）坚持"工业强镇"。(二)打造"制盖小镇"。').map((h) => h.marker), ['（一）', '(二)']);
    });
    it('a lone 、 without a list before it is not a heading', () => {
      assert.deepEqual(headingsOf('（一）甲。、丙。').map((h) => h.marker), ['（一）']);
    });
  });
});
