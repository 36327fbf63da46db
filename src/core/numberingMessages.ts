/**
 * The messages of the numbering rules, keyed by rule id (and a variant after a dot), with {name} slots.
 * Kept apart from the rules so that a translation replaces one table.
 */
export const numberingMessages = {
  'numbering-gap': '{marker} follows {previous}: {missing} is missing.',
  'numbering-duplicate': '{marker} has the same number as {previous} before it.',
  'numbering-order': '{marker} comes after {previous}: the numbers go backwards.',
  'numbering-restart':
    '{marker} starts the numbering again after {previous} with no new parent heading: continue with {expected}, or use a lower-level marker for a sub-list.',
  'numbering-start': 'The first heading at this level under {previous} is {marker}; expected {expected}.',
  'numbering-fragment-start': 'The numbering opens at {marker}: the earlier headings are not in this text.',
  'numbering-level-skip': '{marker} sits directly under {previous}: a level is skipped (expected a marker like {expected}).',
  'numbering-mixed-style': '{marker} is written differently from the other headings at this level ({expected}).',
  'numbering-house-style': '{marker} does not follow the house style for level {level} ({expected}).',
  'numbering-double-punctuation': 'Doubled punctuation after {marker}: {extra}.',
  'numbering-missing-number': 'The marker {marker} has lost its number; expected {expected}.',
  'item-order.gap': '{marker} follows {previous}: {missing} is missing.',
  'item-order.duplicate': '{marker} has the same number as {previous} before it.',
  'item-order.order': '{marker} comes after {previous}: the items go backwards.',
  'item-order.start': 'The first item under {previous} is {marker}; expected {expected}.',
} as const;

export type NumberingMessageKey = keyof typeof numberingMessages;

/** Fills a message's {name} slots. */
export function formatNumberingMessage(
  key: NumberingMessageKey,
  args: Record<string, string | number>,
  table: Record<NumberingMessageKey, string> = numberingMessages,
): string {
  // The same as replace(/\{(\w+)\}/g, …) without a regex and a callback per slot: it runs for every finding.
  const template = table[key];
  let out = '';
  let from = 0;
  for (let i = template.indexOf('{'); i >= 0; i = template.indexOf('{', i + 1)) {
    let j = i + 1;
    while (j < template.length && isWordCode(template.charCodeAt(j))) j++;
    if (j === i + 1 || template.charCodeAt(j) !== 0x7d /* } */) continue;
    const name = template.slice(i + 1, j);
    if (!(name in args)) continue;
    out += template.slice(from, i) + String(args[name]);
    from = j + 1;
    i = j;
  }
  return out + template.slice(from);
}

/** \w: ASCII letters, digits and _. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
