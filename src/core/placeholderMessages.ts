import type { Placeholder } from './types';
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
  'missing-number.date': 'The year or month of the date {text} seems to be missing.',
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

/**
 * Findings as the rules record them while scanning: four numbers each, the span, the message id and the start of the
 * message's text (the span's own text when it is -1; a value gap quotes the words before it, up to the span).
 */
export type FoundPlaceholders = number[];

/** Records a finding; `quoteFrom` >= 0 quotes [quoteFrom, start) in the message instead of the span's text. */
export function recordPlaceholder(out: FoundPlaceholders, start: number, end: number, id: PlaceholderMessageId, quoteFrom = -1): void {
  out.push(start, end, id, quoteFrom);
}

/** A default message split at its {text} slot; `whole` when it has no slot (then `before` is the message). */
interface MessageParts {
  template: string;
  before: string;
  after: string;
  whole: boolean;
}

function partsOf(template: string): MessageParts {
  const slot = template.indexOf('{text}');
  // One slot and no other brace: filling it is a concatenation, the same as fillTemplate's.
  if (slot >= 0 && template.indexOf('{', slot + 1) < 0 && template.lastIndexOf('{', slot - 1) < 0) {
    return { template, before: template.slice(0, slot), after: template.slice(slot + 6), whole: false };
  }
  return { template, before: template, after: '', whole: true };
}

/** The default messages split, by message id, made at first use. */
let messageParts: MessageParts[] | undefined;

/**
 * The recorded findings of one rule as Placeholder objects, minus the allowlisted texts, appended to `into`.
 * `severity` is the rule's configured severity.
 */
export function placeholdersOf(
  text: string,
  found: FoundPlaceholders,
  rule: string,
  kind: 'redaction' | 'missing-number',
  severity: Placeholder['severity'],
  allow: ReadonlySet<string> | undefined,
  into: Placeholder[],
): void {
  const split = (messageParts ??= placeholderMessageKeys.map((k) => partsOf(placeholderMessages[k])));
  for (let k = 0; k < found.length; k += 4) {
    const start = found[k];
    const end = found[k + 1];
    const quoteFrom = found[k + 3];
    const t = text.slice(start, end);
    if (allow !== undefined && allow.has(t)) continue;
    const parts = split[found[k + 2]];
    const inner = quoteFrom >= 0 ? text.slice(quoteFrom, start) : t;
    const quoted = `“${inner}”`;
    let message: string;
    if (!parts.whole) message = parts.before + quoted + parts.after;
    else if (parts.template.indexOf('{') < 0) message = parts.template;
    else message = placeholderMessage(placeholderMessageKeys[found[k + 2]], inner).message;
    into.push({ kind, text: t, span: { start, end }, message, messageTemplate: parts.template, messageArgs: { text: quoted }, rule, severity });
  }
}

/** The recorded findings of one rule, reported one by one as a Rule's check reports them (without rule and severity). */
export function reportPlaceholders(
  text: string,
  found: FoundPlaceholders,
  kind: 'redaction' | 'missing-number',
  report: (finding: Omit<Placeholder, 'rule' | 'severity'>) => void,
): void {
  for (let k = 0; k < found.length; k += 4) {
    const start = found[k];
    const end = found[k + 1];
    const quoteFrom = found[k + 3];
    const t = text.slice(start, end);
    report({ kind, text: t, span: { start, end }, ...placeholderMessage(placeholderMessageKeys[found[k + 2]], quoteFrom >= 0 ? text.slice(quoteFrom, start) : t) });
  }
}
