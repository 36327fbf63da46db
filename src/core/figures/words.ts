/**
 * The words that the description of a figure looks back for in its sentence: what makes its quantities goals, work
 * already done, attributes of a project, an existing whole. Each list is written three times, from loose to exact:
 * anchorClass (the first characters), the mayStart* checks (by the second character, as the scan records the places)
 * and the *WordAt checks (the whole word within a window); the scan keeps only what the looser ones admit.
 */

/**
 * Classes of the characters that words the description of a figure looks back for start with (bits). They are
 * looked for only in the sentence before each figure found, not in the whole text.
 */
export const PERIOD_ANCHOR = 1; // 截 年 月 季: every period expression holds one (figures/periods.ts)
export const TARGET_ANCHOR = 2; // the first characters of the target words (targetWordAt)
export const DONE_ANCHOR = 4; // the first characters of the done-work words (doneWordAt), and the 1 of 1-N月
export const ATTRIBUTE_ANCHOR = 8; // the first characters of the attribute words (attributeWordAt)
export const anchorClass = new Uint8Array(0x10000);
for (const ch of '截年月季') anchorClass[ch.charCodeAt(0)] |= PERIOD_ANCHOR;
for (const ch of '力确争预努目拟计') anchorClass[ch.charCodeAt(0)] |= TARGET_ANCHOR;
for (const ch of '已累共截完实建今上1') anchorClass[ch.charCodeAt(0)] |= DONE_ANCHOR;
for (const ch of '年日设占总建全长宽规容装可') anchorClass[ch.charCodeAt(0)] |= ATTRIBUTE_ANCHOR;

/** True when a target word may start at `pos` of `text` (the window around it can only rule one out). */
export function mayStartTargetWord(text: string, pos: number): boolean {
  const next = text.charCodeAt(pos + 1);
  switch (text.charCodeAt(pos)) {
    case 0x529b: return next === 0x4e89 || next === 0x6c42; // 力争 力求
    case 0x786e: return next === 0x4fdd; // 确保
    case 0x4e89: return next === 0x53d6; // 争取
    case 0x9884: return next === 0x8ba1; // 预计
    case 0x52aa: return text.startsWith('努力实现', pos);
    case 0x76ee: return text.startsWith('目标是', pos) || text.startsWith('目标为', pos);
    case 0x62df: return true; // 拟
    case 0x8ba1: return next === 0x5212; // 计划
  }
  return false;
}

/** True when a done-work word may start at `pos` (doneWordAt), by its second character. */
export function mayStartDoneWord(text: string, pos: number): boolean {
  const next = text.charCodeAt(pos + 1);
  switch (text.charCodeAt(pos)) {
    case 0x5df2: return true; // 已
    case 0x7d2f: case 0x5171: return next === 0x8ba1; // 累计 共计
    case 0x622a: return next === 0x81f3 || next === 0x6b62; // 截至 截止
    case 0x5b8c: case 0x5efa: return next === 0x6210; // 完成了 建成了
    case 0x5b9e: return next === 0x73b0; // 实现了
    case 0x4eca: return next === 0x5e74; // 今年以来
    case 0x4e0a: return next === 0x534a; // 上半年
    case 49: return next === 45; // 1-N月
  }
  return false;
}

/** True when an attribute word may start at `pos` (attributeWordAt), by its second character. */
export function mayStartAttributeWord(text: string, pos: number): boolean {
  const next = text.charCodeAt(pos + 1);
  switch (text.charCodeAt(pos)) {
    case 0x5e74: return next === 0x4ea7 || next === 0x5904 || next === 0x5747; // 年产 年处理 年均
    case 0x65e5: return next === 0x4ea7 || next === 0x5904; // 日产 日处理
    case 0x8bbe: return next === 0x8ba1; // 设计
    case 0x5360: return next === 0x5730; // 占地
    case 0x603b: return next === 0x6295 || next === 0x9762; // 总投资 总面积
    case 0x5efa: return next === 0x7b51; // 建筑面积
    case 0x5168: return next === 0x957f; // 全长
    case 0x957f: return next === 0x7ea6; // 长约
    case 0x5bbd: return true; // 宽
    case 0x89c4: return next === 0x6a21; // 规模
    case 0x5bb9: return next === 0x91cf; // 容量
    case 0x88c5: return next === 0x673a; // 装机
    case 0x53ef: return next === 0x5bb9; // 可容纳
  }
  return false;
}

/** True when the character code is one of `chars` (NaN, past the end of a text, is none of them). */
function codeIn(c: number, chars: string): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
  return false;
}

/**
 * Words in a sentence that make its quantities goals: 力争 确保 争取 预计 力求 努力实现 目标是/为, 拟 (not 模拟, 比拟,
 * 拟定, 拟订, 拟稿), 计划 (not 工作计划, 年度计划, 占计划, 超计划 … nor 计划书, 计划表 …). True when one starts at offset `p` of the window
 * text[from, to); the characters around the window do not count (it is the text before a figure).
 */
export function targetWordAt(text: string, from: number, to: number, p: number): boolean {
  switch (text.charCodeAt(p)) {
    case 0x529b: // 力
      return fitsAt(text, p, '力争', to) || fitsAt(text, p, '力求', to);
    case 0x786e: // 确
      return fitsAt(text, p, '确保', to);
    case 0x4e89: // 争
      return fitsAt(text, p, '争取', to);
    case 0x9884: // 预
      return fitsAt(text, p, '预计', to);
    case 0x52aa: // 努
      return fitsAt(text, p, '努力实现', to);
    case 0x76ee: // 目
      return fitsAt(text, p, '目标是', to) || fitsAt(text, p, '目标为', to);
    case 0x62df: // 拟
      return (p === from || !codeIn(text.charCodeAt(p - 1), notBeforeNi)) && (p + 1 >= to || !codeIn(text.charCodeAt(p + 1), notAfterNi));
    case 0x8ba1: // 计
      return (
        p + 1 < to && text.charCodeAt(p + 1) === 0x5212 && // 划
        (p === from || !codeIn(text.charCodeAt(p - 1), notBeforePlan)) &&
        (p + 2 >= to || !codeIn(text.charCodeAt(p + 2), notAfterPlan))
      );
  }
  return false;
}

/** The test at a position reads at most this far from it (努力实现; 计划 and the character after it). */
export const TARGET_REACH = 4;

const notBeforeNi = '模比';
const notAfterNi = '定订稿';
const notBeforePlan = '作度动年凤鹰占超”"';
const notAfterPlan = '书表的中内外单”"》，,。；、';
/** True when `word` is written at `q` and ends by `to`. */
function fitsAt(text: string, q: number, word: string, to: number): boolean {
  return q + word.length <= to && text.startsWith(word, q);
}

/**
 * Words that mark work already done, which a plan section also reports: 已 累计 共计 截至 截止 完成了 实现了 建成了
 * 今年以来 上半年, 1-N月. True when one starts at `p` and ends by `to`.
 */
export function doneWordAt(text: string, p: number, to: number): boolean {
  switch (text.charCodeAt(p)) {
    case 0x5df2: return true; // 已
    case 0x7d2f: case 0x5171: return fitsAt(text, p + 1, '计', to); // 累计 共计
    case 0x622a: return fitsAt(text, p + 1, '至', to) || fitsAt(text, p + 1, '止', to); // 截至 截止
    case 0x5b8c: return fitsAt(text, p + 1, '成了', to);
    case 0x5b9e: return fitsAt(text, p + 1, '现了', to);
    case 0x5efa: return fitsAt(text, p + 1, '成了', to);
    case 0x4eca: return fitsAt(text, p + 1, '年以来', to);
    case 0x4e0a: return fitsAt(text, p + 1, '半年', to);
    case 49: { // 1-\d+月
      if (p + 1 >= to || text.charCodeAt(p + 1) !== 45) return false;
      let k = p + 2;
      while (k < to && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
      return k > p + 2 && k < to && text.charCodeAt(k) === 0x6708;
    }
  }
  return false;
}

/**
 * Attributes of a project described in a plan (年产10亿只): not goals. 年产 日产 年处理 日处理 设计 占地 总投资 建筑面积
 * 总面积 全长 长约 宽 规模 (not 规模至/到/达) 容量 装机 可容纳 年均. True when one starts at `p` and ends by `to`.
 */
export function attributeWordAt(text: string, p: number, to: number): boolean {
  switch (text.charCodeAt(p)) {
    case 0x5e74: return fitsAt(text, p + 1, '产', to) || fitsAt(text, p + 1, '处理', to) || fitsAt(text, p + 1, '均', to); // 年
    case 0x65e5: return fitsAt(text, p + 1, '产', to) || fitsAt(text, p + 1, '处理', to); // 日
    case 0x8bbe: return fitsAt(text, p + 1, '计', to); // 设计
    case 0x5360: return fitsAt(text, p + 1, '地', to); // 占地
    case 0x603b: return fitsAt(text, p + 1, '投资', to) || fitsAt(text, p + 1, '面积', to); // 总
    case 0x5efa: return fitsAt(text, p + 1, '筑面积', to); // 建筑面积
    case 0x5168: return fitsAt(text, p + 1, '长', to); // 全长
    case 0x957f: return fitsAt(text, p + 1, '约', to); // 长约
    case 0x5bbd: return true; // 宽
    case 0x89c4: return fitsAt(text, p + 1, '模', to) && (p + 2 >= to || !codeIn(text.charCodeAt(p + 2), '至到达')); // 规模
    case 0x5bb9: return fitsAt(text, p + 1, '量', to); // 容量
    case 0x88c5: return fitsAt(text, p + 1, '机', to); // 装机
    case 0x53ef: return fitsAt(text, p + 1, '容纳', to); // 可容纳
  }
  return false;
}

/** 覆盖全部12个行政村: the count of an existing whole, not a goal. True when text[from, to) ends with 全部, 所有 or 全. */
export function endsWithWhole(text: string, from: number, to: number): boolean {
  const last = to - 1 >= from ? text.charCodeAt(to - 1) : NaN;
  if (last === 0x5168) return true; // 全
  if (to - 2 < from) return false;
  const before = text.charCodeAt(to - 2);
  return (last === 0x90e8 && before === 0x5168) || (last === 0x6709 && before === 0x6240); // 全部 所有
}
