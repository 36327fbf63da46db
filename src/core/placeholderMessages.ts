import { localizable, type LocalizableMessage } from './messages';

/**
 * The messages of the placeholder rules, keyed by rule id (and a variant after a dot), with {text} slots.
 * Kept apart from the rules so that a translation replaces one table.
 */
export const placeholderMessages = {
  redaction: 'Placeholder {text} is still in the text: fill in the real value.',
  'redaction.word': '{text} stands in for a redacted character (such as 党 or 4): write the real word.',
  'template-gap': 'Template gap {text} is still in the text: fill it in.',
  'missing-number': 'A number seems to be missing before {text}.',
  'missing-number.range': 'Both ends of the range before {text} seem to be missing.',
  'missing-number.date': 'A number of the date {text} seems to be missing (its year, month or day).',
  'missing-number.value': 'A value seems to be missing here: nothing follows the verb.',
} as const;

export type PlaceholderMessageKey = keyof typeof placeholderMessages;

/** A placeholder message with its {text} slot filled, and what an editor needs to translate it. */
export function placeholderMessage(
  key: PlaceholderMessageKey,
  text: string,
  table: Record<PlaceholderMessageKey, string> = placeholderMessages,
): LocalizableMessage {
  return localizable(table[key], { text: `“${text}”` });
}

/**
 * The message keys by number, in the order of placeholderMessageKeys: the rules record a finding as numbers while
 * they scan, and its text and message are made only for the findings that are kept.
 */
export const enum PlaceholderMessageId {
  Redaction,
  RedactionWord,
  TemplateGap,
  MissingNumber,
  MissingNumberRange,
  MissingNumberDate,
  MissingNumberValue,
}
export const placeholderMessageKeys: readonly PlaceholderMessageKey[] = [
  'redaction',
  'redaction.word',
  'template-gap',
  'missing-number',
  'missing-number.range',
  'missing-number.date',
  'missing-number.value',
];
