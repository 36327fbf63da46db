import * as assert from 'node:assert/strict';
import { buildFiguresCsv, type FigureRow } from '../../src/core/export';
import { applyEdits, collectFixes } from '../../src/core/fixes';
import type { Finding } from '../../src/core/types';

const row = (over: Partial<FigureRow>): FigureRow => ({
  section: '一、经济发展', label: '规上工业产值', text: '29.74亿元', value: 29.74, unit: '亿元',
  normalizedValue: 2974000000, normalizedUnit: '元', role: 'value', period: '', line: 3, offset: 40, ...over,
});

describe('figures export', () => {
  it('writes CSV with a BOM, CRLF line ends, a header row, and quotes what Excel would split or evaluate', () => {
    const csv = buildFiguresCsv([row({}), row({ label: '产值,含税', text: '=1+1', normalizedValue: null, normalizedUnit: '' })]);
    assert.equal(csv,
      '\ufeffsection,label,text,value,unit,normalizedValue,normalizedUnit,role,period,line\r\n' +
      '一、经济发展,规上工业产值,29.74亿元,29.74,亿元,2974000000,元,value,,3\r\n' +
      "一、经济发展,\"产值,含税\",'=1+1,29.74,亿元,,,value,,3\r\n");
  });
});

describe('mechanical fixes', () => {
  const finding = (start: number, end: number, newText: string): Finding => ({
    rule: 'r', severity: 'warning', message: '', span: { start, end }, fix: [{ span: { start, end }, newText }],
  });
  it('collects fixes in order, dropping duplicates and overlaps, and applies them', () => {
    const fixes = collectFixes([finding(5, 7, '四、'), finding(0, 2, '一、'), finding(0, 2, '一、'), finding(1, 3, 'x')]);
    assert.deepEqual(fixes.map((f) => f.span.start), [0, 5]);
    assert.equal(applyEdits('二、甲。\n五、乙。', fixes), '一、甲。\n四、乙。');
    assert.equal(applyEdits('二、甲。三、乙。', [{ span: { start: 4, end: 6 }, newText: '二、' }, { span: { start: 0, end: 2 }, newText: '一、' }]), '一、甲。二、乙。');
  });
});
