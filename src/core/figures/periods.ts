/**
 * Periods stated for figures (1-9月, 上半年, 截至七月份, 全年, 2023年) and the words that mark them.
 * The patterns only ever run over a short window before a figure, never over a whole line.
 */

/** Period expressions anywhere in a short string; the last one is the period of a figure that follows it. */
// regex-safety: bounded input (the sentence before a figure, at most 120 characters)
const periodAnywhere = /截[至止](?:今年|本年|当年|20\d\d年)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|底|末|中旬|上旬|下旬)?|目前|年底|上半年|第?[一二三四]季度末?|前三季度)|(?:今年|本年|20\d\d年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[-－—–~～至](?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?|(?:20\d\d年)?(?:上半年|下半年|前三季度|第?[一二三四]季度)|今年以来|年初以来|半年来|全年|今年|本年度|(?<![比较同])去年|20\d\d年度?/g;
/** A period expression at the start of a label, to be stripped. */
// regex-safety: bounded input (a label, at most 48 characters)
export const leadingPeriod = /^(?:截[至止](?:今年|本年|当年|20\d\d年)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|底|末|中旬|上旬|下旬)?|目前|年底|上半年|第?[一二三四]季度末?|前三季度)|(?:今年|本年|20\d\d年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[-－—–~～至](?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?|(?:20\d\d年)?(?:上半年|下半年|前三季度|第?[一二三四]季度)|今年以来|年初以来|半年来|全年|今年|本年度|(?<![比较同])去年|20\d\d年度?)(?:以来|来|内|底|初|中|末)?/;

/** The period stated in `window` (the sentence before a figure), or "". */
export function findPeriod(window: string): string {
  let last = '';
  periodAnywhere.lastIndex = 0;
  for (let m = periodAnywhere.exec(window); m; m = periodAnywhere.exec(window)) {
    last = m[0];
    if (m[0].length === 0) periodAnywhere.lastIndex++;
  }
  return last;
}
