import type { Heading } from './types';
import type { Options } from './options';

/** Finds headings and inline items, line-start and glued mid-line, in document order. `section` is left to outline.ts. */
export function parseHeadings(_text: string, _options: Options): Heading[] {
  return [];
}
