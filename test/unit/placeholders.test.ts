import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPlaceholders, placeholderRules } from '../../src/core/placeholders';
import { placeholderMessages } from '../../src/core/placeholderMessages';
import { resolveOptions, type Options } from '../../src/core/options';
import { LineIndex } from '../../src/core/lineIndex';
import type { Placeholder } from '../../src/core/types';

const root = path.resolve(__dirname, '../../..');
const fixtures = path.join(root, 'test/fixtures/placeholders');
const corpus = path.join(root, 'test/fixtures/corpus');

function find(text: string, overrides: Partial<Options> = {}): Placeholder[] {
  return checkPlaceholders({ text, options: resolveOptions(overrides), outline: [], figures: [] });
}
const texts = (text: string, rule?: string) => find(text).filter((p) => !rule || p.rule === rule).map((p) => p.text);

/** One line per finding: position, rule, kind and text, as a reviewer reads it. */
function golden(text: string): string {
  const lines = new LineIndex(text);
  const at = (o: number) => {
    const p = lines.position(o);
    return `${p.line + 1}:${p.character + 1}`;
  };
  return find(text)
    .map((p) => `${at(p.span.start)}-${at(p.span.end)} ${p.rule} ${p.kind} ${JSON.stringify(p.text)}`)
    .join('\n');
}

describe('placeholders', () => {
  describe('golden fixtures', () => {
    for (const name of fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()) {
      it(name, () => {
        const text = fs.readFileSync(path.join(fixtures, name), 'utf8');
        const goldenFile = path.join(fixtures, name.replace(/\.txt$/, '.golden'));
        const actual = golden(text);
        if (process.env.UPDATE_GOLDEN) fs.writeFileSync(goldenFile, actual + '\n');
        assert.equal(actual, fs.readFileSync(goldenFile, 'utf8').replace(/\n$/, ''));
      });
    }
  });

  describe('published-report text has no findings', () => {
    for (const name of ['clean-report.txt', 'lookalikes.txt']) {
      it(name, () => {
        const found = find(fs.readFileSync(path.join(fixtures, name), 'utf8'));
        assert.deepEqual(found.map((p) => `${p.rule} ${p.text} @${p.span.start}`), []);
      });
    }
  });

  describe('redaction', () => {
    const cases: Array<[string, string[]]> = [
      ['XX社区以日常管理为保障', ['XX']],
      // Stars before punctuation: after a label's colon or a verb that takes a value; years blanked twice in a line.
      ['负责人：***\n同比增长*。完成投资*，', ['***', '*']],
      ['20**年至20**年规划，共**个', ['**', '**', '**']],
      // A year in a document number's brackets, an indicator's figure after its abbreviation.
      ['〔20xx〕12号，[201x]3号，GDPxxxx亿元，CPIxx%', ['xx', 'x', 'xxxx', 'xx']],
      ['排查城市路灯x个，更换维修x个', ['x', 'x']],
      ['累计完成投资xx.xx亿元', ['xx.xx']],
      ['xxxx年x月x日顺利竣工', ['xxxx', 'x', 'x']],
      ['打造x-x个示范点', ['x', 'x']],
      ['日期：2023.xx.xx', ['xx', 'xx']],
      ['1.XX镇人多地大', ['XX']],
      ['202x年工作计划', ['x']],
      ['东风本田xS店', ['x']],
      ['农村D员、基层D建、D组织', ['D', 'D', 'D']],
      ['我镇*家企业，不少于＊次', ['*', '＊']],
      ['×××同志', ['×××']],
      ['○○镇□□村某某公司', ['○○', '□□', '某某']],
      ['2023年○月○日', ['○', '○']],
      // Look-alikes.
      ['APP、QQ群、Excel表格、68kg、220V、110V、H5页面、5G基站、4S店、瓯e办', []],
      ['索引号：1133102400268125XW/2024-104525', []],
      ['“1+N”“3+X”“1+X”证书，N个重点', []],
      ['2×60万千瓦，1920×1080，长×宽×高', []],
      ['**一是**抓落实', []],
      ['二〇二三年，二〇〇〇年', []],
      ['X射线、X光、X线检查，X-ray', []],
      ['iPhone X 手机，3x3篮球，x86架构', []],
      ['http://www.xx.gov.cn/xxgk/，xxgk@xx.cn', []],
      ['D级危房，3D建模，D组比赛', []],
      ['某些领域，某种程度', []],
      ['□是 □否', []],
      ['* 列表项\n*注：初步数\n带*号的指标\n地区生产总值*，增长5%\n**重点：**做好', []],
      ['MAXX型号，Xbox，XXL码，GDPx，2020xx', []],
    ];
    for (const [input, expected] of cases) {
      it(`${input} → ${JSON.stringify(expected)}`, () => assert.deepEqual(texts(input, 'redaction'), expected));
    }
  });

  describe('template-gap', () => {
    const cases: Array<[string, string[]]> = [
      ['增长【待补充】%', ['【待补充】']],
      ['收入〔待填〕亿元', ['〔待填〕']],
      ['负责人：[ ]，电话：（ ），时间：（）', ['[ ]', '（ ）', '（）']],
      ['签字：______', ['______']],
      ['成效【请填写具体成效】', ['【请填写具体成效】']],
      // Fields a template names: a prompt verb starts them or a field noun ends them.
      ['主持人:[姓名]\n会议地点：[填写地点]', ['[姓名]', '[填写地点]']],
      ['尊敬的[上级部门/领导]:\n为推进我单位[具体工作或项目名称]的实施', ['[上级部门/领导]', '[具体工作或项目名称]']],
      ['特此报告。\n[单位名称]\n【日期】', ['[单位名称]', '【日期】']],
      ['20__年__月，共__人参加', ['__', '__', '__']],
      // Look-alikes.
      ['- [ ] 待办事项', []],
      ['[链接]()', []],
      ['___', []],
      ['snake_case 与 __init__', []],
      ['开(复)工，（一）总体要求，【典型案例】', []],
      // Labels before their values, section labels, link texts.
      ['[ 成文日期 ] | 2024-02-22\n【时间】：3月5日\n【主要内容】\n- [活动时间] 3月', []],
      ['详见[项目名称](https://example.org)，【议题一】老旧小区改造', []],
      ['__重点__，__init__，a__b', []],
    ];
    for (const [input, expected] of cases) {
      it(`${input} → ${JSON.stringify(expected)}`, () => assert.deepEqual(texts(input, 'template-gap'), expected));
    }
  });

  describe('missing-number', () => {
    const cases: Array<[string, string[]]> = [
      ['为企业减万元。', ['万元']],
      ['走访了家企业', ['家']],
      ['共收到投诉件件，件已全部完成受理', ['件', '件']],
      ['满意度为，得到好评', ['']],
      ['自年月份启动以来', ['年月份']],
      ['确保兑现资金-个工作日到账', ['-个工作日']],
      ['资金奖补兑现亿元，', ['亿元']],
      ['其中“申即享”条，', ['条']],
      ['研发投入占比提高个百分点', ['个百分点']],
      ['失业率控制在%以内', ['%']],
      // Look-alikes.
      ['新开工亿元以上项目，资金规模超亿元，投资过亿元', []],
      ['万元GDP能耗下降，每万人口拥有量，每万元产值', []],
      ['投诉件主要集中在物业方面，为政策性投诉件', []],
      ['大家、国家、专家、家庭、文件、条件、软件、条例、个人、个体', []],
      ['公共服务，共同富裕，中共党员，直达航线', []],
      ['于月底前完成，至年底完工，出生年月', []],
      ['各项比例为：农业8%', []],
      ['京-台高速，做到件件有着落，桩桩件件，', []],
      ['收入骤减户动态监测，超额完成项播种面积，办理件治理工作，完成张店区块', []],
      ['单位：%，增速（%）', []],
    ];
    for (const [input, expected] of cases) {
      it(`${input} → ${JSON.stringify(expected)}`, () => assert.deepEqual(texts(input, 'missing-number'), expected));
    }

    it('reports the gap itself when no unit is left', () => {
      const [p] = find('群回访满意度为，得到群一致好评');
      assert.deepEqual([p.text, p.span, p.kind], ['', { start: 7, end: 7 }, 'missing-number']);
    });

    it('quotes the words before a value gap from its own line only, and no half of a surrogate pair', () => {
      const cases: Array<[string, string]> = [
        ['群回访满意度为，', '“满意度为”'],
        ['开头\n比重为，', '“比重为”'],
        ['开头\r\n率为，', '“率为”'],
        ['\n占比为，', '“占比为”'],
        ['😀比重为，', '“比重为”'],
        ['x😀率为，', '“😀率为”'],
      ];
      for (const [input, quoted] of cases) {
        const gaps = find(input).filter((p) => p.rule === 'missing-number');
        assert.deepEqual(gaps.map((p) => p.messageArgs?.text), [quoted], JSON.stringify(input));
      }
    });
  });

  describe('rules and options', () => {
    it('each rule has a distinct id, a description and a message', () => {
      const ids = placeholderRules.map((r) => r.id);
      assert.deepEqual(ids, ['redaction', 'template-gap', 'missing-number']);
      for (const r of placeholderRules) {
        assert.ok(r.description.length > 10);
        assert.ok(r.id in placeholderMessages);
      }
    });

    it('missing numbers default to a lower severity than redactions', () => {
      const found = find('XX镇为企业减万元。');
      assert.deepEqual(found.map((p) => [p.rule, p.severity]), [['redaction', 'warning'], ['missing-number', 'information']]);
    });

    it('a rule set to off reports nothing, and allowlisted texts are skipped', () => {
      const text = 'XX镇和某某公司为企业减万元。';
      assert.deepEqual(find(text, { rules: { redaction: 'off' } }).map((p) => p.text), ['万元']);
      assert.deepEqual(find(text, { allowlist: ['XX'] }).map((p) => p.text), ['某某', '万元']);
      assert.equal(find(text, { rules: { 'missing-number': 'error' } })[2].severity, 'error');
    });

    it('messages name the placeholder and carry no fix', () => {
      for (const p of find('XX镇【待补充】为企业减万元。')) {
        assert.ok(p.message.includes(p.text), p.message);
        assert.equal(p.fix, undefined);
      }
    });

    it('never throws on odd input', () => {
      for (const s of ['', 'x', '*', '**', '【', '（', '_', '-个', '%', '年月', '\uD800', 'D', '”条', '了']) {
        assert.doesNotThrow(() => find(s));
      }
    });
  });

  describe('development corpus', () => {
    interface Gold {
      doc: string;
      placeholders: Array<{ text: string; offset: number; kind: string }>;
    }
    const tally = { redaction: { tp: 0, fp: 0, fn: 0 }, 'missing-number': { tp: 0, fp: 0, fn: 0 } };
    before(() => {
      for (const f of fs.readdirSync(path.join(corpus, 'gold')).filter((f) => f.endsWith('.json'))) {
        const gold = JSON.parse(fs.readFileSync(path.join(corpus, 'gold', f), 'utf8')) as Gold;
        const text = fs.readFileSync(path.join(corpus, 'docs', gold.doc), 'utf8');
        const found = find(text);
        for (const kind of ['redaction', 'missing-number'] as const) {
          const pred = found.filter((p) => p.kind === kind);
          const used = new Set<number>();
          for (const g of gold.placeholders.filter((g) => g.kind === kind)) {
            const gEnd = g.offset + Math.max(1, g.text.length);
            const k = pred.findIndex((p, i) => {
              if (used.has(i)) return false;
              const overlaps = p.span.start < gEnd && g.offset < Math.max(p.span.end, p.span.start + 1);
              return overlaps || (kind === 'missing-number' && Math.abs(p.span.start - g.offset) <= 3);
            });
            if (k >= 0) {
              used.add(k);
              tally[kind].tp++;
            } else tally[kind].fn++;
          }
          tally[kind].fp += pred.length - used.size;
        }
      }
    });
    const precision = (t: { tp: number; fp: number }) => t.tp / Math.max(1, t.tp + t.fp);
    const recall = (t: { tp: number; fn: number }) => t.tp / Math.max(1, t.tp + t.fn);

    it('redactions: precision ≥ 0.97, recall ≥ 0.95', () => {
      assert.ok(precision(tally.redaction) >= 0.97, JSON.stringify(tally.redaction));
      assert.ok(recall(tally.redaction) >= 0.95, JSON.stringify(tally.redaction));
    });
    it('missing digits: precision ≥ 0.85, recall ≥ 0.7', () => {
      assert.ok(precision(tally['missing-number']) >= 0.85, JSON.stringify(tally['missing-number']));
      assert.ok(recall(tally['missing-number']) >= 0.7, JSON.stringify(tally['missing-number']));
    });
  });
});
