import { localizable, type LocalizableMessage } from '../messages';

/**
 * The messages of the figure consistency rules, keyed by rule id (and a variant after a dot), with {slots}.
 * Kept apart from the rules so that a translation replaces one table.
 */
export const figureMessages = {
  'figure-inconsistent-value': '{label} is {value} here but {other} on line {line}: check which one is right.',
  'figure-inconsistent-value.scale': '{label} is {value} here but {other} on line {line}: the 万/亿 scale differs.',
  'percent-for-points': 'The change of a rate ({label}) is written as {value}: a change in percentage points is written 个百分点.',
  'share-over-100': 'The share {label} is {value}, more than 100%.',
} as const;

export type FigureMessageKey = keyof typeof figureMessages;

/** A figure message with its {slots} filled, and what an editor needs to translate it. */
export function figureMessage(
  key: FigureMessageKey,
  slots: Record<string, string | number>,
  table: Record<FigureMessageKey, string> = figureMessages,
): LocalizableMessage {
  return localizable(table[key], slots);
}
