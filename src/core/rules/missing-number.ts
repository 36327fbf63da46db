import type { Placeholder } from '../types';
import type { Rule } from './rule';
import { isDigitCode } from '../numerals';
import { PlaceholderMessageId } from '../placeholderMessages';
import { recordPlaceholder, reportPlaceholders, type FoundPlaceholders } from '../placeholderFindings';

/*
 * The scan reads character codes only: look-ups go through tables indexed by code, and words are matched in place
 * with startsWith, so that ordinary text allocates nothing. The tables are made at the first scan, not at load.
 */

/** True when the code occurs in a string of single characters. */
function hasCode(chars: string | undefined, code: number): boolean {
  if (chars === undefined) return false;
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

/**
 * Words indexed by the code of their first character, longest first, matched in place: a table look-up for most
 * characters, then the second character, then startsWith for words of three or more.
 */
class WordTable {
  private readonly slots = new Uint8Array(65536);
  private readonly lists: string[][] = [[]];
  constructor(words: Iterable<string>) {
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      const c = w.charCodeAt(0);
      if (this.slots[c] === 0) {
        this.slots[c] = this.lists.length;
        this.lists.push([]);
      }
      this.lists[this.slots[c]].push(w);
    }
  }
  /** The words that start with a character code, longest first. */
  wordsFrom(c: number): readonly string[] | undefined {
    const slot = this.slots[c];
    return slot ? this.lists[slot] : undefined;
  }
  /** The longest word that starts at `i`, or undefined. */
  at(text: string, i: number): string | undefined {
    const slot = this.slots[text.charCodeAt(i) | 0];
    if (!slot) return undefined;
    const list = this.lists[slot];
    const second = text.charCodeAt(i + 1);
    for (let k = 0; k < list.length; k++) {
      const w = list[k];
      if (w.length === 1 || (w.charCodeAt(1) === second && (w.length === 2 || text.startsWith(w, i)))) return w;
    }
    return undefined;
  }
}

/**
 * The verbs of both kinds in one table, so that one look-up finds the longest verb of each kind at a position: the
 * words of each first character, longest first, with whether each takes its amount directly and whether its object.
 */
class VerbTable {
  private readonly slots = new Uint8Array(65536);
  private readonly words: string[][] = [[]];
  private readonly kinds: number[][] = [[]];
  /** The longest verbs found by the last call of find, or undefined. */
  direct: string | undefined;
  object: string | undefined;
  constructor(direct: readonly string[], object: readonly string[]) {
    const all = [...new Set([...direct, ...object])].sort((a, b) => b.length - a.length);
    for (const w of all) {
      const c = w.charCodeAt(0);
      if (this.slots[c] === 0) {
        this.slots[c] = this.words.length;
        this.words.push([]);
        this.kinds.push([]);
      }
      this.words[this.slots[c]].push(w);
      this.kinds[this.slots[c]].push((direct.includes(w) ? 1 : 0) | (object.includes(w) ? 2 : 0));
    }
  }
  /** Sets `direct` and `object` to the longest verb of each kind that starts at `i`. */
  find(text: string, i: number): void {
    this.direct = undefined;
    this.object = undefined;
    const slot = this.slots[text.charCodeAt(i) | 0];
    if (slot === 0) return;
    const words = this.words[slot];
    const kinds = this.kinds[slot];
    const second = text.charCodeAt(i + 1);
    let missing = 3;
    for (let k = 0; k < words.length && missing !== 0; k++) {
      const kind = kinds[k] & missing;
      if (kind === 0) continue;
      const w = words[k];
      if (w.length === 1 || (w.charCodeAt(1) === second && (w.length === 2 || text.startsWith(w, i)))) {
        if ((kind & 1) !== 0) this.direct = w;
        if ((kind & 2) !== 0) this.object = w;
        missing &= ~kind;
      }
    }
  }
}

function startsWithAny(text: string, i: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, i)) return true;
  return false;
}
function endsWithAny(text: string, i: number, words: readonly string[]): boolean {
  for (const w of words) if (text.endsWith(w, i)) return true;
  return false;
}

const YUAN = 0x5143; // 元

/**
 * Units and measure words a count or amount ends with, longest first within each leading character.
 * 年/月/天 are left out: 今年, 全年, 每天 … are far too common to tell a deleted number from.
 */
const units = [
  '万亿元', '亿美元', '万美元', '亿元', '万元', '千元',
  '万人次', '万平方米', '万平米', '万千瓦时', '万千瓦', '万吨', '万亩', '万户', '万株', '万册', '万辆', '万件', '万套', '万家', '万人',
  '个工作日', '个百分点', '个月', '个',
  '人次', '家', '件', '条', '项', '套', '名', '处', '座', '所', '场', '期', '批', '块', '台', '辆', '栋', '篇', '宗', '笔', '株', '棵',
  '头', '只', '枚', '份', '张', '次', '户',
  '平方公里', '平方米', '平米', '立方米', '公里', '千米', '公顷', '千瓦', '千克', '公斤', '小时', '亩', '吨', '倍', '元',
  '百分点', '%', '％',
];

/** Characters after a unit that make it the start of a word (个人, 家庭, 条例, 项目, 万元GDP …). */
const unitContinuations: Record<string, string> = {
  个: '人体性别案税私位大',
  家: '庭园乡长属政风电具居禽畜门底访族用务里人境教书国喻家户的中',
  件: '事',
  条: '例件款线块目约理幅文形码纹状',
  项: '目链',
  套: '餐路房用装',
  名: '单称义额录片牌师校医村镇优特胜誉字言人气次家企品列下声望利副号册著',
  处: '理置罚分室级长在于境事所方',
  座: '谈位席右',
  所: '有属在需得以谓作为长知能',
  场: '所地景馆次合面镇域站部',
  期: '间限待望刊末初货盼许',
  批: '准复次示评发量件',
  块: '状头',
  台: '账风区阶湾上下前后词站',
  栋: '梁',
  篇: '章幅目',
  宗: '旨教族地亲',
  笔: '试记者墨画触名录迹直挺',
  头: '部脑等号条羊',
  只: '有是要能会为需',
  份: '额子',
  张: '贴扬力家',
  次: '要数序生日年月之第',
  户: '籍外口型主内头均',
  元: '旦素宵首老帅件气',
  亩: '产均',
  吨: '位',
  倍: '增感',
  小时: '候',
};
const moneyContinuations = ['G', '增加值', '产值', '生产总值', '以上', '以下', '级', '户', '能耗', '项目', '企业', '产业'];

/** Characters that mean a number or a quantifier is present, so nothing is missing (一, 十, 数, 各, 每, 全 …); digits too. */
const quantityChars = '〇零一二三四五六七八九十百千两几数多各每全逐若某诸整该本此其半余约近超逾过上xXｘＸ*＊';
/** Numerals and blanks between a verb and a unit mean the amount is there (完成三个项目, 投入xx万元). */
const numberChars = '〇零一二三四五六七八九十百千两几数xXｘＸ*＊';

const isLineBreakCode = (c: number) => c === 10 || c === 13;
const isCjk = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const clausePunctChars = '，,。；;：:！!？?、\n\r';

/** Verbs that take an amount directly: 减万元, 兑现亿元, 达%, 走访了家企业. */
const directVerbs = [
  '减少', '减', '节约', '节省', '兑现', '达到', '达', '共计', '合计', '总计', '累计', '共', '超过', '收到', '受理', '办理', '办结',
  '共有', '走访', '梳理出', '排查出', '新增', '增加', '投入', '拨付', '发放', '筹集', '争取', '完成', '实现', '下降', '增长', '提高', '降低',
  '占', '控制在', '保持在', '了',
  // Actions whose count follows at once: 培训人次，改造户，清理处。
  '培训', '接待', '举办', '引进', '签约', '救助', '慰问', '资助', '惠及', '吸纳', '新建', '建成', '改造', '排查', '整改', '查处',
  '清理', '拆除', '化解', '调解', '储备',
];
/** Verbs whose counted object may come first: 刻制印章套, 兑现奖补资金万元, 梳理出惠企政策条. */
const objectVerbs = [
  '刻制', '梳理出', '梳理', '兑现', '收到', '受理', '办理', '办结', '发放', '拨付', '投入', '争取', '筹集', '走访', '排查', '整改',
  '查处', '新建', '建成', '改造', '累计', '共计', '合计', '新增', '减少', '减', '节约', '培训', '举办', '接待', '引进', '签约',
  '化解', '调解', '清理', '拆除', '救助', '慰问', '资助', '惠及', '吸纳', '认定', '获批', '申报', '下达', '储备', '谋划',
];

/** Verbs after which a count must follow, so a bare measure word before a noun is a lost number (走访了家企业). */
const countVerbs = ['了', '共', '共有', '共计', '合计', '总计', '累计'];
/** After 了 only measure words count (走访了家企业), not amounts of money or rates. */
const measureAfterLe = new Set([...'家项个件条次名处座所场期批块台辆栋篇宗笔户']);
/** 共 as in 公共, 共同, 共享 … is not 'in total'. */
const notTotalBefore = '公中总';
const notTotalAfter = '同享建产青识治商赢融担性处谋筑创育管护用进鸣振富济';
/** Units where a lost number leaves a noun + unit + comma (印章套，政策条，资金万元。). */
const objectUnits = ['万元', '亿元', '万美元', '亿美元', '套', '条', '项', '件', '家', '个', '名', '处', '人次', '户', '座', '所', '台', '辆', '栋', '块', '篇', '宗', '株', '亩', '吨', '公里', '平方米', '万平方米', '个百分点'];
/** Characters that form a noun with the unit after them (文件, 专项, 国家, 配套, 农户 …). */
const nounBefore: Record<string, string> = {
  套: '配手外圈客俗老成整全笔被枕头脚上落一',
  条: '萧苗链线金面教便字收借欠发油薯专一逐头信纸白封法铁木钢',
  项: '事专立各多单强弱短选款缺漏列分子大小奖要进该此本逐一长',
  件: '文条软硬案事邮信部零配证附物构组插元稿快函要来急铸工器一逐每诉办样原印描子密批访报议',
  家: '国大专作商厂农人老回管自东卖买店住居全万千百酒行赢输玩名画学业术儒道法兵本娘婆亲成安持起当皇公私咱我你他她一各每逐多保治冤合渔船事想干命论明善藏乐育食交己姓众',
  个: '整各某这那哪每单几一逐挨两半',
  名: '排命报署提实知著有点地人姓功盛虚美罪匿冒假签题书英俗莫千百一联更正出成驰闻扬除域品学化别全',
  处: '各到之好益难住办事深远近此何长短相共妥政分一多用坏去出高低暗明痛妙别身随判惩查论科络理务待',
  户: '农住商用客困贫散大体门账落入到每各全包殖植保难业范测缘易窗一千万房点子迁民属',
  座: '讲宝星满在上首一',
  所: '场处出究务生厕住诊管院一无有之',
  台: '平舞出讲后前站阳电上柜看火登擂灶展',
  辆: '车',
  块: '板地模区方色一整',
  篇: '诗开通长短名一',
  宗: '祖正大卷一',
  株: '植病一',
};
/** Words after the unit that show the clause goes on with the counted thing's fate (政策项纳入…, 件已全部…). */
const afterObject = ['纳入', '用于', '到账', '已', '均', '全部', '并', '和', '及', '与'];

/**
 * Units that cannot follow a noun without their number: 总投资亿元，产量万吨。 Units with 万/亿 or a squared measure
 * only; 人次, 千家万户 and the like can close a clause as words.
 */
const bareUnits = ['万亿元', '亿美元', '万美元', '亿元', '万元', '万吨', '万亩', '万人', '万平方米', '万千瓦', '平方米', '平方公里', '公顷', '立方米'];
/** Before a bare unit these give it a number of one (突破亿元, 亿万人) or make it a heading word (单位万元). */
const notBeforeBareUnit = '破万亿位';

const rateNouns = ['满意度', '知晓度', '覆盖度', '率', '比重', '占比', '比例'];
const rateVerbs = ['达到', '提高到', '提高至', '提升到', '提升至', '为', '达', '是'];
/** Punctuation right after 为/达 where the value should be (a colon opens a list instead). */
const valueGap = '，,。；;、';
const datePrepositions = '自于从至到在止';
/** Measure words that may follow a dash as a blank range; 京-台高速 and the like join names. */
const rangeMeasures = new Set([...'个家件项条名处次批套座所户']);
const rangeDashes = '-－~～';
const closingQuoteChars = '”」’』';
const clauseUnitChars = '件项条家个套名处';
/** Spaces that may stand where a number was typed over or cut out (基金 万元，达 %): ASCII, ideographic, no-break. */
const blankSpaceChars = ' \u3000\u00a0';
const isBlankSpace = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0;
/** What may follow a blanked month or day: 月 日起施行, 至 月 日止, 月 日在县城召开. */
const dateBlankFollowers = '起止至到以在';
/** “年月日”, （年月日）: a date format named, not a date blanked. */
const openingMarks = '“‘「『《（(【[';
/** Words after a unit that keep a blanked figure's clause going: 达 %以上, 共 人次左右. */
const afterBlankedUnit = ['以上', '以下', '以内', '左右'];

const C = {
  nian: 0x5e74, // 年
  yue: 0x6708, // 月
  ri: 0x65e5, // 日
  wei: 0x4e3a, // 为
  da: 0x8fbe, // 达
  shi: 0x662f, // 是
  ti: 0x63d0, // 提
  he: 0x548c, // 和
  ji: 0x53ca, // 及
  yu: 0x4e0e, // 与
  yi: 0x5df2, // 已
  zhuang: 0x6869, // 桩
  dao: 0x5230, // 到
  shao: 0x5c11, // 少
  duo: 0x591a, // 多
  yu2: 0x4f59, // 余
  wan: 0x4e07, // 万
  yi2: 0x4ebf, // 亿
  percent: 0x25,
  widePercent: 0xff05,
} as const;

/** Character classes, as bits of one table indexed by character code. */
const enum Bit {
  /** A digit or a quantity character: a number is there. */
  Quantity = 1,
  ClausePunct = 2,
  ClosingQuote = 4,
  ClauseUnit = 8,
  DatePreposition = 16,
  RangeDash = 32,
  ValueGap = 64,
  /** Ends the search for an object unit: clause punctuation, numerals, digits. */
  StopsObject = 128,
  ObjectUnitStart = 256,
  NotTotalBefore = 512,
  NotTotalAfter = 1024,
  NotBeforeBareUnit = 2048,
  /** The first character of a verb. */
  VerbStart = 4096,
  /** The first character of a unit that may close a clause bare (万元, 平方米 …). */
  BareUnitStart = 8192,
}

/**
 * What the scan needs to know of a character to pass it by without a call, as bits of the start table: whether checks
 * start there, and, for most start characters, what the next or previous character must be for any check to apply.
 * Bits 12 to 15 are left for a caller that reads the text once for several rules.
 */
export const enum MissingNumberStart {
  /** A character of the checks other than the verb checks (年, 为, 万, ”, 件 …). */
  Other = 1,
  /** The first character of a verb and nothing else: only the verb checks apply. */
  Verb = 2,
  /** A verb of one character (了, 共, 减 …). */
  OneCharVerb = 4,
  /** The second character of a verb of two or more. */
  VerbSecond = 8,
  /** 月 and 日, the characters after 年 and 月 in a date. */
  DateNext = 16,
  ClauseUnit = 32,
  /** The second character of a bare unit. */
  BareUnitSecond = 64,
  /** Start characters that need the next character to have the bit three places lower: 年月, quotes, bare units. */
  NeedsDateNext = 128,
  NeedsClauseUnit = 256,
  NeedsBareUnitSecond = 512,
  /** A measure word counts only at a clause's start or doubled (，件已 …, 投诉件件). */
  NeedsClauseStartOrSame = 1024,
  ClausePunct = 2048,
}

/**
 * Whether a check can apply at a start character, from its start bits and those of the characters around it
 * (0 outside the text); `same` tells whether the next character is the same one.
 */
export function missingNumberMayStart(s: number, before: number, next: number, same: boolean): boolean {
  if ((s & MissingNumberStart.Other) === 0) return (s & MissingNumberStart.OneCharVerb) !== 0 || (next & MissingNumberStart.VerbSecond) !== 0;
  const need = s & (MissingNumberStart.NeedsDateNext | MissingNumberStart.NeedsClauseUnit | MissingNumberStart.NeedsBareUnitSecond);
  if (need !== 0) return (next & (need >> 3)) !== 0;
  if ((s & MissingNumberStart.NeedsClauseStartOrSame) !== 0) return same || (before & MissingNumberStart.ClausePunct) !== 0;
  return true;
}

/** The tables of the scan, made at the first scan: module load stays cheap. */
let bits: Uint16Array;
let startTable: Uint16Array | undefined;
let startList: number[] = [];
let unitTable: WordTable;
let verbTable: VerbTable;
let objectUnitTable: WordTable;
let bareUnitTable: WordTable;
let rateVerbTable: WordTable;

/** The start table: MissingNumberStart bits by character code. */
export function missingNumberStarts(): Uint16Array {
  if (startTable) return startTable;
  const b = new Uint16Array(65536);
  const mark = (chars: string, bit: Bit) => {
    for (let k = 0; k < chars.length; k++) b[chars.charCodeAt(k)] |= bit;
  };
  // Digits are ASCII or full-width forms: only those codes are asked.
  for (const [lo, hi] of [[0, 0x7f], [0xff00, 0xffff]]) for (let c = lo; c <= hi; c++) if (isDigitCode(c)) b[c] |= Bit.Quantity | Bit.StopsObject;
  mark(quantityChars, Bit.Quantity);
  mark(clausePunctChars, Bit.ClausePunct | Bit.StopsObject);
  mark(numberChars, Bit.StopsObject);
  mark(closingQuoteChars, Bit.ClosingQuote);
  mark(clauseUnitChars, Bit.ClauseUnit);
  mark(datePrepositions, Bit.DatePreposition);
  mark(rangeDashes, Bit.RangeDash);
  mark(valueGap, Bit.ValueGap);
  mark(objectUnits.map((u) => u[0]).join(''), Bit.ObjectUnitStart);
  mark(notTotalBefore, Bit.NotTotalBefore);
  mark(notTotalAfter, Bit.NotTotalAfter);
  mark(notBeforeBareUnit, Bit.NotBeforeBareUnit);
  const verbs = [...directVerbs, ...objectVerbs];
  mark(verbs.map((v) => v[0]).join(''), Bit.VerbStart);
  mark(bareUnits.map((u) => u[0]).join(''), Bit.BareUnitStart);
  bits = b;
  unitTable = new WordTable(units);
  verbTable = new VerbTable(directVerbs, objectVerbs);
  objectUnitTable = new WordTable(objectUnits);
  bareUnitTable = new WordTable(bareUnits);
  rateVerbTable = new WordTable(rateVerbs);

  const t = new Uint16Array(65536);
  const set = (chars: string, bit: MissingNumberStart) => {
    for (let k = 0; k < chars.length; k++) {
      t[chars.charCodeAt(k)] |= bit;
      startList.push(chars.charCodeAt(k));
    }
  };
  // A start character is of one kind: the other checks, which go on to the verb checks, or a verb's first character.
  set(verbs.map((v) => v[0]).join(''), MissingNumberStart.Verb);
  const bareStarts = bareUnits.map((u) => u[0]).join('');
  const other = '年月-－~～为达是提%％多余' + bareStarts + closingQuoteChars + clauseUnitChars + blankSpaceChars;
  for (let k = 0; k < other.length; k++) {
    t[other.charCodeAt(k)] = MissingNumberStart.Other;
    startList.push(other.charCodeAt(k));
  }
  set(verbs.filter((v) => v.length === 1).join(''), MissingNumberStart.OneCharVerb);
  set(verbs.filter((v) => v.length > 1).map((v) => v[1]).join(''), MissingNumberStart.VerbSecond);
  set('月日', MissingNumberStart.DateNext);
  set(clauseUnitChars, MissingNumberStart.ClauseUnit);
  // 万 and 多/余 follow each other in an approximate amount (多万元, 万多元).
  set(bareUnits.map((u) => u[1]).join('') + '万多余', MissingNumberStart.BareUnitSecond);
  set(clausePunctChars, MissingNumberStart.ClausePunct);
  // These start no check but the one named, and no verb: 年月 a date, a quote a quoted name's count, 万 … a bare unit.
  set('年月', MissingNumberStart.NeedsDateNext);
  set(closingQuoteChars, MissingNumberStart.NeedsClauseUnit);
  set(bareStarts + '多余', MissingNumberStart.NeedsBareUnitSecond);
  set(clauseUnitChars, MissingNumberStart.NeedsClauseStartOrSame);
  startList = [...new Set(startList)];
  startTable = t;
  return t;
}

/** The codes that missingNumberStarts marks. */
export function missingNumberStartCodes(): readonly number[] {
  missingNumberStarts();
  return startList;
}

const isBoundary = (text: string, i: number) => i >= text.length || (bits[text.charCodeAt(i)] & Bit.ClausePunct) !== 0;

function unitAt(text: string, i: number): string | undefined {
  const list = unitTable.wordsFrom(text.charCodeAt(i) | 0);
  if (!list) return undefined;
  const second = text.charCodeAt(i + 1);
  for (let k = 0; k < list.length; k++) {
    const u = list[k];
    if (u.length > 1 && (u.charCodeAt(1) !== second || (u.length > 2 && !text.startsWith(u, i)))) continue;
    const end = i + u.length;
    if (u.length > 1 && u.charCodeAt(u.length - 1) === YUAN && startsWithAny(text, end, moneyContinuations)) return undefined;
    if (end < text.length && hasCode(unitContinuations[u], text.charCodeAt(end))) continue; // try a shorter unit? none is shorter than one character
    return u;
  }
  return undefined;
}

/** The length of the date tail after 年月 (份, 日, 底, 初, 中旬, 上旬, 下旬), 0 when there is none. */
function dateTail(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x4efd /* 份 */ || c === C.ri || c === 0x5e95 /* 底 */ || c === 0x521d /* 初 */) return 1;
  if ((c === 0x4e2d /* 中 */ || c === 0x4e0a /* 上 */ || c === 0x4e0b /* 下 */) && text.charCodeAt(i + 1) === 0x65ec /* 旬 */) return 2;
  return 0;
}

/**
 * Where a quote of up to `max` characters before `i` starts: not before the line's start (the message is one line,
 * and a line must read the same on its own as in the document) and not inside a surrogate pair.
 */
function quoteStart(text: string, i: number, max: number): number {
  let from = i;
  while (from > 0 && i - from < max && !isLineBreakCode(text.charCodeAt(from - 1))) from--;
  const c = text.charCodeAt(from);
  return from < i && c >= 0xdc00 && c <= 0xdfff ? from + 1 : from;
}

/** One scan of a text for missing numbers: `step` is called at each start character from the cursor it returns. */
export class MissingNumberScan {
  /** Where the next finding may start: findings do not overlap. */
  private reportedUpTo = -1;
  constructor(
    private text: string,
    private out: FoundPlaceholders,
  ) {
    missingNumberStarts();
  }

  /** Starts a scan of another text with this instance (see sharedScans in placeholders.ts); '' and [] let go of the last. */
  restart(text: string, out: FoundPlaceholders): this {
    this.text = text;
    this.out = out;
    this.reportedUpTo = -1;
    return this;
  }

  /** Records a finding unless it overlaps the last one. */
  private put(start: number, end: number, id: PlaceholderMessageId = PlaceholderMessageId.MissingNumber): void {
    if (start < this.reportedUpTo) return;
    recordPlaceholder(this.out, start, end, id);
    this.reportedUpTo = Math.max(end, start + 1);
  }

  /**
   * Checks for a finding at `i`, a start character of the Other class; returns where the scan goes on.
   * Called where missingNumberMayStart allows it.
   */
  other(i: number): number {
    if (i < this.reportedUpTo) return this.reportedUpTo;
    const text = this.text;
    const c = text.charCodeAt(i);
    // Outside the text a code is 0, which no table marks: typed arrays are read with integer indexes only.
    const next = text.charCodeAt(i + 1) | 0;
    const before = text.charCodeAt(i - 1) | 0;
    if (isBlankSpace(c)) return this.spaceGap(i, before);
    const cb = bits[c];
    const bb = bits[before];
    // ，件已全部完成: a clause that opens with a bare measure word. Looked at from the measure word (punctuation is
    // far more common), as if from the punctuation: which must not lie inside the last finding.
    if ((cb & Bit.ClauseUnit) !== 0 && (bb & Bit.ClausePunct) !== 0 && i - 1 >= this.reportedUpTo && (next === C.yi || (next === 0x5168 /* 全 */ && text.charCodeAt(i + 2) === 0x90e8 /* 部 */) || (next === 0x5747 /* 均 */ && text.charCodeAt(i + 2) === C.yi))) {
      this.put(i, i + 1);
      return i + 1;
    }

    // 自年月份启动, ——年月日: a date whose digits are gone.
    if (c === C.nian && next === C.yue && (bb & Bit.Quantity) === 0) {
      const tail = dateTail(text, i + 2);
      const after = text.charCodeAt(i + 2);
      if ((bb & Bit.DatePreposition) !== 0 || (tail === 1 && after === 0x4efd /* 份 */) || (after === C.ri && !isCjk(before) && !hasCode(openingMarks, before))) {
        this.put(i, i + 2 + tail, PlaceholderMessageId.MissingNumberDate);
        return i + 1;
      }
    }
    if (c === C.yue && next === C.ri && (bb & Bit.DatePreposition) !== 0) {
      this.put(i, i + 2, PlaceholderMessageId.MissingNumberDate);
      return i + 1;
    }

    const cjkBefore = isCjk(before);
    // 投入多万元, 投入经费万多元: an approximate amount whose digits are gone.
    if (cjkBefore && (bb & Bit.Quantity) === 0) {
      const approxFirst = (c === C.duo || c === C.yu2) && (next === C.wan || next === C.yi2);
      const approxSecond = (c === C.wan || c === C.yi2) && (next === C.duo || next === C.yu2);
      if (approxFirst || approxSecond) {
        const u = unitAt(text, approxFirst ? i + 1 : i + 2);
        if (u && (approxSecond || u.length > 1)) {
          const end = i + (approxFirst ? 1 : 2) + u.length;
          this.put(i, end);
          return end;
        }
      }
    }
    // 兑现资金-个工作日到账: a range with both ends gone.
    if ((cb & Bit.RangeDash) !== 0 && cjkBefore && (bb & Bit.Quantity) === 0) {
      const u = unitAt(text, i + 1);
      if (u && (u.length > 1 || rangeMeasures.has(u))) {
        this.put(i, i + 1 + u.length, PlaceholderMessageId.MissingNumberRange);
        return i + 1;
      }
    }

    // 满意度为，: a rate with no value.
    if (c === C.wei || c === C.da || c === C.shi || c === C.ti) {
      const verb = rateVerbTable.at(text, i);
      if (verb && (bits[text.charCodeAt(i + verb.length) | 0] & Bit.ValueGap) !== 0 && endsWithAny(text, i, rateNouns)) {
        const gap = i + verb.length;
        if (gap >= this.reportedUpTo) {
          recordPlaceholder(this.out, gap, gap, PlaceholderMessageId.MissingNumberValue, quoteStart(text, i, 3));
          this.reportedUpTo = gap + 1;
        }
        return i + 1;
      }
    }

    // “申即享”条，: a measure word right after a quoted name.
    if ((cb & Bit.ClosingQuote) !== 0 && (bits[next] & Bit.ClauseUnit) !== 0) {
      const after = text.charCodeAt(i + 2);
      if (isBoundary(text, i + 2) || after === C.he || after === C.ji || after === C.yu) {
        this.put(i + 1, i + 2);
        return i + 1;
      }
    }

    // 投诉件件，: a noun ending in a measure word, then the measure word of its lost count.
    if ((cb & Bit.ClauseUnit) !== 0 && next === c && isBoundary(text, i + 2) && cjkBefore && (bb & Bit.Quantity) === 0 && before !== c && before !== C.zhuang) {
      this.put(i + 1, i + 2);
      return i + 1;
    }

    // 全年总投资亿元，: a large unit right after a noun, closing the clause.
    if ((cb & Bit.BareUnitStart) !== 0 && cjkBefore && (bb & (Bit.Quantity | Bit.NotBeforeBareUnit)) === 0 && !text.endsWith('单位', i - 1)) {
      const u = bareUnitTable.at(text, i);
      if (u && isBoundary(text, i + u.length)) {
        this.put(i, i + u.length);
        return i + 1;
      }
    }

    // 失业率控制在%以内: a percent sign straight after a word.
    if ((c === C.percent || c === C.widePercent) && cjkBefore && (bb & Bit.Quantity) === 0) {
      this.put(i, i + 1);
      return i + 1;
    }

    return (cb & Bit.VerbStart) === 0 ? i + 1 : this.verb(i);
  }

  /**
   * 收缴参合基金 万元，参合率达 %: a word, spaces where the number was, then a unit that closes the clause. Only
   * from the first space of a run after a Chinese word: "17229 件" has its digits, and a unit that starts a word
   * (个人, 项目) or goes on (万元GDP) is left alone, as unitAt does.
   */
  private spaceGap(i: number, before: number): number {
    const text = this.text;
    if (!isCjk(before) || (bits[before] & Bit.Quantity) !== 0 || text.endsWith('单位', i)) return i + 1;
    let j = i + 1;
    while (j < text.length && j - i < 8 && isBlankSpace(text.charCodeAt(j))) j++;
    // 2023年 月 日, 截至 月底: a date form's blanks.
    const d = text.charCodeAt(j);
    if ((d === C.yue || d === C.ri) && (before === C.nian || before === C.yue || (bits[before] & Bit.DatePreposition) !== 0)) {
      // Not 月度, 日均, 日前: a word that starts with 月 or 日.
      const tail = dateTail(text, j + 1);
      const after = text.charCodeAt(j + 1 + tail) | 0;
      if (tail > 0 || isBlankSpace(after) || (bits[after] & Bit.ClausePunct) !== 0 || hasCode(dateBlankFollowers, after) || j + 1 >= text.length) {
        this.put(j, j + 1 + tail, PlaceholderMessageId.MissingNumberDate);
        return j + 1;
      }
      return j;
    }
    const u = unitAt(text, j);
    if (!u) return j;
    const end = j + u.length;
    // The unit closes the clause (基金 万元，), or a count must follow the verb before the blank (共有 个行政村). A unit
    // at a line's end is a table's column (投资额 万元).
    const closes = (isBoundary(text, end) && end < text.length && !isLineBreakCode(text.charCodeAt(end))) || startsWithAny(text, end, afterBlankedUnit);
    if (!closes && !(measureAfterLe.has(u) && endsWithAny(text, i, countVerbs))) return j;
    this.put(j, end);
    return end;
  }

  /** Checks for a verb at `i` (the first character of one) with its amount missing; returns where the scan goes on. */
  verb(i: number): number {
    if (i < this.reportedUpTo) return this.reportedUpTo;
    const text = this.text;
    const next = text.charCodeAt(i + 1) | 0;
    const before = text.charCodeAt(i - 1) | 0;

    // 为企业减万元, 走访了家企业: a verb that takes an amount, then the unit alone.
    verbTable.find(text, i);
    const verb = verbTable.direct;
    const objVerb = verbTable.object;
    if (verb) {
      const at = i + verb.length;
      const u = unitAt(text, at);
      if (u) {
        const okVerb = verb !== '共' || ((bits[before] & Bit.NotTotalBefore) === 0 && (bits[text.charCodeAt(at) | 0] & Bit.NotTotalAfter) === 0);
        const okUnit = verb !== '了' ? u !== '人' && u !== '元' : measureAfterLe.has(u);
        // A lone measure word after most verbs is a deleted word as often as a deleted number (完成项播种面积):
        // it counts only at the end of a clause, or after 了 / 共 where a count must follow.
        const end = at + u.length;
        const okFollow = u.length > 1 || isBoundary(text, end) || (countVerbs.includes(verb) && isCjk(text.charCodeAt(end)));
        if (okVerb && okUnit && okFollow && !(verb === '达' && before === C.dao)) {
          this.put(at, at + u.length);
          return at + u.length;
        }
      }
    }

    // 刻制印章套，/ 兑现奖补资金万元。: the counted object first, then the unit alone.
    if (objVerb && !(objVerb === '减' && next === C.shao)) {
      const from = i + objVerb.length;
      const n = text.length;
      for (let k = from + 1; k < n && k - from <= 16; k++) {
        const kb = bits[text.charCodeAt(k)];
        if ((kb & Bit.StopsObject) !== 0) break;
        if ((kb & Bit.ObjectUnitStart) === 0) continue;
        const unit = objectUnitTable.at(text, k);
        if (!unit) continue;
        const prev = text.charCodeAt(k - 1);
        if (!(isCjk(prev) || (bits[prev] & Bit.ClosingQuote) !== 0) || (bits[prev] & Bit.Quantity) !== 0) continue;
        if (hasCode(nounBefore[unit], prev)) continue;
        const after = k + unit.length;
        if (unit.charCodeAt(unit.length - 1) === YUAN && startsWithAny(text, after, moneyContinuations)) continue;
        if (!(isBoundary(text, after) || startsWithAny(text, after, afterObject))) continue;
        // Past the end of the text a unit with continuations is left alone, as if a continuation followed.
        const cont = unitContinuations[unit];
        if (cont !== undefined && (after >= n || hasCode(cont, text.charCodeAt(after)))) continue;
        this.put(k, after);
        return after;
      }
    }
    return i + 1;
  }
}

/** Figures whose digits were deleted while the unit stayed: 为企业减万元, 走访了家企业, 满意度为，, 自年月份启动. */
export const missingNumberRule: Rule<Placeholder> = {
  id: 'missing-number',
  description: 'Figures whose number was deleted while the unit or measure word stayed (为企业减万元, 走访了家企业, 满意度为，).',
  defaultSeverity: 'information',
  check(ctx, report) {
    const text = ctx.text;
    const found: FoundPlaceholders = [];
    const scan = new MissingNumberScan(text, found);
    const starts = missingNumberStarts();
    const n = text.length;
    let before = 0;
    let s = n > 0 ? starts[text.charCodeAt(0)] : 0;
    let cursor = 0;
    for (let i = 0; i < n; i++) {
      const nextCode = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      const next = nextCode >= 0 ? starts[nextCode] : 0;
      if ((s & (MissingNumberStart.Other | MissingNumberStart.Verb)) !== 0 && i >= cursor && missingNumberMayStart(s, before, next, nextCode === text.charCodeAt(i))) {
        cursor = (s & MissingNumberStart.Other) !== 0 ? scan.other(i) : scan.verb(i);
      }
      before = s;
      s = next;
    }
    reportPlaceholders(text, found, 'missing-number', report);
  },
};
