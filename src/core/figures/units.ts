/**
 * Units of measure that follow a number in Chinese reports, their families and how to normalize them.
 * Matching is by longest entry from a position, so 平方公里 wins over 平方 and 人次 over 人.
 */

export type UnitKind =
  | 'money'
  | 'area'
  | 'mass'
  | 'length'
  | 'volume'
  | 'power'
  | 'energy'
  | 'voltage'
  | 'people'
  | 'count'
  | 'time'
  | 'percent'
  | 'points'
  | 'ratio'
  /** A quantity per something: 元/亩, 人/平方公里, 批次/千人. */
  | 'rate';

export interface UnitInfo {
  /** The unit as written, without a 万/亿 prefix. */
  text: string;
  kind: UnitKind;
  /** The unit after normalization ("公里" → "米"). */
  base: string;
  /** How many base units one of this unit is. */
  factor: number;
  /** Only after Arabic digits: as Chinese text these characters are mostly words (五方面, 三种, 两门). */
  arabicOnly?: boolean;
}

const u = (text: string, kind: UnitKind, base = text, factor = 1, arabicOnly = false): UnitInfo => ({ text, kind, base, factor, arabicOnly });

const table: UnitInfo[] = [
  // money
  u('元', 'money'), u('美元', 'money'), u('欧元', 'money'), u('港元', 'money'), u('港币', 'money'), u('日元', 'money'),
  u('英镑', 'money'), u('人民币', 'money', '元'), u('块钱', 'money', '元'),
  // area
  u('亩', 'area'), u('平方米', 'area'), u('平米', 'area', '平方米'), u('㎡', 'area', '平方米'), u('m²', 'area', '平方米', 1, true),
  u('m2', 'area', '平方米', 1, true), u('平方', 'area', '平方米', 1, true), u('平方公里', 'area'), u('平方千米', 'area', '平方公里'),
  u('km²', 'area', '平方公里', 1, true), u('公顷', 'area'),
  // mass
  u('吨', 'mass', '公斤', 1000), u('公斤', 'mass'), u('千克', 'mass', '公斤'), u('kg', 'mass', '公斤', 1, true),
  u('斤', 'mass', '公斤', 0.5), u('克', 'mass', '公斤', 0.001), u('毫克', 'mass', '毫克', 1, true), u('微克', 'mass', '微克', 1, true), u('吨标准煤', 'mass', '吨标准煤'), u('吨标煤', 'mass', '吨标准煤'),
  // length
  u('公里', 'length', '米', 1000), u('千米', 'length', '米', 1000), u('km', 'length', '米', 1000, true), u('米', 'length'),
  u('延米', 'length', '米'), u('厘米', 'length', '米', 0.01, true), u('毫米', 'length', '米', 0.001, true),
  // volume
  u('立方米', 'volume'), u('立方', 'volume', '立方米', 1, true), u('m³', 'volume', '立方米', 1, true), u('方', 'volume', '立方米', 1, true),
  u('升', 'volume', '升', 1, true), u('毫升', 'volume', '升', 0.001, true),
  // power, energy, voltage
  u('千瓦', 'power'), u('兆瓦', 'power', '千瓦', 1000), u('瓦', 'power', '千瓦', 0.001, true), u('kW', 'power', '千瓦', 1, true),
  u('MW', 'power', '千瓦', 1000, true), u('千瓦时', 'energy'), u('度', 'energy', '千瓦时', 1, true), u('kWh', 'energy', '千瓦时', 1, true),
  u('千伏', 'voltage', '伏', 1000), u('kV', 'voltage', '伏', 1000, true), u('伏', 'voltage', '伏', 1, true), u('V', 'voltage', '伏', 1, true),
  u('千伏安', 'power', '千伏安'),
  // people
  u('人', 'people'), u('人次', 'people'), u('人口', 'people', '人'), u('户', 'people'), u('户次', 'people'), u('名', 'people', '人'), u('位', 'people', '人'),
  // time amounts (dates are not figures; see figures.ts)
  u('天', 'time'), u('个工作日', 'time', '工作日'), u('工作日', 'time'), u('小时', 'time'), u('个小时', 'time', '小时'),
  u('分钟', 'time'), u('秒', 'time', '秒', 1, true), u('个月', 'time', '月'), u('周', 'time', '周', 1, true), u('年', 'time'),
  // percentages and ratios
  u('%', 'percent'), u('％', 'percent', '%'), u('‰', 'percent'), u('个百分点', 'points'), u('百分点', 'points', '个百分点'),
  u('个千分点', 'points'), u('千分点', 'points', '个千分点'),
  u('倍', 'ratio'),
];

/** Measure words for things counted; the unit is also the normalized unit. */
const countWords = [
  '个', '家', '家次', '项', '件', '条', '座', '所', '批', '批次', '场', '场次', '次', '辆', '台', '台套', '套', '处', '篇', '期', '枚',
  '只', '把', '棵', '株', '起', '张', '包', '瓶', '袋', '箱', '盒', '册', '本', '份', '栋', '幢', '间', '块', '宗', '支', '队', '组',
  '根', '盏', '艘', '架', '副', '幅', '轮', '趟', '堂', '课时', '节', '部', '例', '匹', '羽', '头', '尾', '门', '种', '笔', '标箱', 'TEU',
  '剂', '剂次', '件次', '岁',
];
// 一笔 is mostly an article (一笔一画, 浓墨重彩的一笔); TEU only after digits.
const arabicOnlyCounts = new Set(['部', '门', '种', '头', '尾', '羽', '匹', '节', '轮', '组', '队', '支', '例', '笔', 'TEU', '岁']);
const unitTexts = new Set(table.map((x) => x.text));
for (const w of countWords) {
  if (!unitTexts.has(w)) table.push(u(w, 'count', w, 1, arabicOnlyCounts.has(w)));
}

/** The units by their first character, longest first: unitsFrom[unitFirst[c] - 1] for the character code c. */
const unitsFrom: UnitInfo[][] = [];
/** For every character a unit starts with, 1 + the index of its list in unitsFrom; 0 for other characters. */
const unitFirst = new Uint8Array(0x10000);
for (const info of table) {
  const first = info.text.charCodeAt(0);
  if (unitFirst[first] === 0) {
    unitsFrom.push([]);
    unitFirst[first] = unitsFrom.length;
  }
  unitsFrom[unitFirst[first] - 1].push(info);
}
for (const list of unitsFrom) list.sort((a, b) => b.text.length - a.text.length);

/** True when a unit can start with this character (NaN, past the end of a text, cannot). */
export const mayStartUnit = (c: number): boolean => c < 0x10000 && unitFirst[c] !== 0;

/** Letters that continue a Latin unit (kg → kgs is not a unit; 5G is a code). */
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The unit with each 万/亿 prefix before it ("万元"), made once rather than for every figure. */
const scaledTexts = new Map<UnitInfo, Map<string, string>>();

let lastScaledUnit: UnitInfo | undefined;
let lastScaleText = '';
let lastScaledText = '';

/** The unit text of a figure: the 万/亿 prefix, then the unit ("万元", "亿", "%", ""). */
export function figureUnitText(scale: Scale | undefined, unit: UnitInfo | undefined): string {
  if (!unit) return scale ? scale.text : '';
  if (!scale) return unit.text;
  // Figures in a row mostly share their unit (万元 after 万元).
  if (unit === lastScaledUnit && scale.text === lastScaleText) return lastScaledText;
  let byScale = scaledTexts.get(unit);
  if (!byScale) scaledTexts.set(unit, (byScale = new Map()));
  let text = byScale.get(scale.text);
  if (text === undefined) byScale.set(scale.text, (text = scale.text + unit.text));
  lastScaledUnit = unit;
  lastScaleText = scale.text;
  lastScaledText = text;
  return text;
}

/** The rate units met so far (元/亩 …), one object each, so that figures of one unit share it. */
const rateUnits = new Map<string, UnitInfo>();

/**
 * The rate unit `unit`/… written at `pos` (the slash), or undefined: a slash, then a unit, maybe with 千/万 before it
 * (元/亩, 万元/亩, 批次/千人). Its normalized form keeps the part after the slash as written (1.5万元/亩 → 15000 元/亩).
 */
export function matchRateUnit(text: string, pos: number, unit: UnitInfo): { info: UnitInfo; end: number } | undefined {
  const slash = text.charCodeAt(pos);
  if ((slash !== 47 && slash !== 0xff0f) || isPercentKind(unit.kind)) return undefined;
  const scale = matchScale(text, pos + 1);
  const at = pos + 1 + (scale ? scale.text.length : 0);
  const per = matchUnit(text, at) ?? perDayOrMonth(text, at);
  if (!per || isPercentKind(per.kind)) return undefined;
  const perText = (scale ? scale.text : '') + per.text;
  // The unit as written (／ stays ／); normalized with an ASCII slash.
  const key = unit.text + String.fromCharCode(slash) + perText;
  let info = rateUnits.get(key);
  if (!info) rateUnits.set(key, (info = u(key, 'rate', unit.base + '/' + perText, unit.factor, unit.arabicOnly)));
  return { info, end: at + per.text.length };
}

/** 日 and 月 after a slash (1200吨/日, 3000元/月): units of a rate only, never of a figure (5日, 6月 are dates). */
const perDay = u('日', 'time');
const perMonth = u('月', 'time');
function perDayOrMonth(text: string, pos: number): UnitInfo | undefined {
  const c = text.charCodeAt(pos);
  return c === 0x65e5 ? perDay : c === 0x6708 ? perMonth : undefined;
}

/** The longest unit written at `pos`, or undefined. */
export function matchUnit(text: string, pos: number): UnitInfo | undefined {
  const c = text.charCodeAt(pos);
  if (!mayStartUnit(c)) return undefined;
  const list = unitsFrom[unitFirst[c] - 1];
  for (let k = 0; k < list.length; k++) {
    const info = list[k];
    // The list is of units that start with c: one of one character is written here.
    if (info.text.length > 1 && !text.startsWith(info.text, pos)) continue;
    // A Latin unit must not run on into more letters (5kgs, 3Vs are codes).
    if (isAsciiLetter(info.text.charCodeAt(info.text.length - 1)) && isAsciiLetter(text.charCodeAt(pos + info.text.length))) continue;
    return info;
  }
  return undefined;
}

export interface Scale {
  text: string;
  factor: number;
}

const wanYi: Scale = { text: '万亿', factor: 1e12 };
const qianWan: Scale = { text: '千万', factor: 1e7 };
const baiWan: Scale = { text: '百万', factor: 1e6 };
const yi: Scale = { text: '亿', factor: 1e8 };
const wan: Scale = { text: '万', factor: 1e4 };
const qian: Scale = { text: '千', factor: 1e3 };

/** A 万/亿 prefix written at `pos` (万亿 before 万, 千万 before 千). */
export function matchScale(text: string, pos: number): Scale | undefined {
  switch (text.charCodeAt(pos)) {
    case 0x4e07: return text.charCodeAt(pos + 1) === 0x4ebf ? wanYi : wan; // 万亿, 万
    case 0x5343: return text.charCodeAt(pos + 1) === 0x4e07 ? qianWan : qian; // 千万, 千
    case 0x767e: return text.charCodeAt(pos + 1) === 0x4e07 ? baiWan : undefined; // 百万
    case 0x4ebf: return yi; // 亿
  }
  return undefined;
}

const decimalScales = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6];

/** Rounds away binary noise (0.784 × 10⁴ = 7840.000000000001). */
export function cleanNumber(n: number): number {
  // An integer below 10¹² has at most 12 digits: toPrecision(12) would give it back unchanged.
  if (Number.isInteger(n) && n < 1e12 && n > -1e12 && !Object.is(n, -0)) return n;
  // Within 10⁻¹⁴ of an integer below 10¹² in size (5.2 × 10⁴ = 52000.00000000001): 12 significant digits round to
  // that integer, as the distance is far below half the last digit kept.
  const r = Math.round(n);
  if (r !== 0 && r < 1e12 && r > -1e12 && Math.abs(n - r) <= Math.abs(r) * 1e-14) return r;
  // A short decimal (5.2, 93.63): n is the double nearest to w / 10^k with w below 10¹², a 12-digit decimal, which
  // toPrecision(12) writes out exactly and Number() reads back as n.
  for (let k = 1; k <= 6 && n !== 0; k++) {
    const w = Math.round(n * decimalScales[k]);
    if (w < 1e12 && w > -1e12 && w / decimalScales[k] === n) return n;
  }
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}

/** The value in the base unit, or null where there is no unit to normalize to. */
export function normalize(value: number, scale: Scale | undefined, unit: UnitInfo | undefined): { value: number; unit: string } | null {
  const v = cleanNumber(value * (scale?.factor ?? 1) * (unit?.factor ?? 1));
  if (!Number.isFinite(v) || (!unit && !scale)) return null;
  return { value: v, unit: unit ? unit.base : '' };
}

/** Units that are quantities of things counted one by one (people, measure words). */
export function isCountKind(kind: UnitKind): boolean {
  return kind === 'count' || kind === 'people';
}

export function isPercentKind(kind: UnitKind): boolean {
  return kind === 'percent' || kind === 'points' || kind === 'ratio';
}
