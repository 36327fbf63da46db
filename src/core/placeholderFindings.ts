import type { Placeholder } from './types';
import { PlaceholderMessageId, placeholderMessage, placeholderMessageKeys, placeholderMessages } from './placeholderMessages';

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
    into.push(newPlaceholder(kind, t, { start, end }, message, parts.template, { text: quoted }, rule, severity));
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

/**
 * Every Placeholder of checkPlaceholders is made here, also the moved copies an editor keeps: objects made at one
 * place share one shape, so that code reading them stays fast.
 */
export function newPlaceholder(
  kind: Placeholder['kind'],
  text: string,
  span: Placeholder['span'],
  message: string,
  messageTemplate: string | undefined,
  messageArgs: Placeholder['messageArgs'],
  rule: string,
  severity: Placeholder['severity'],
): Placeholder {
  return { kind, text, span, message, messageTemplate, messageArgs, rule, severity };
}
