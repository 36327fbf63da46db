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

