import type { Analysis } from './types';
import { resolveOptions, type Options } from './options';
import { parseHeadings } from './headings';
import { buildOutline } from './outline';
import { checkPlaceholders } from './placeholders';
import { extractFigures } from './figures';
import { checkNumbering } from './numbering';
import { checkFigures } from './figureChecks';
import type { RuleContext } from './rules/rule';

/**
 * The one entry point: the whole analysis of a document's text in one pass.
 * Never throws on any input; malformed text yields whatever could be found.
 */
export function analyze(text: string, overrides: Partial<Options> = {}): Analysis {
  const options = resolveOptions(overrides);
  const { parts } = options;
  const outline = parts.outline || parts.numbering || parts.figures ? parseHeadings(text, options) : [];
  const tree = buildOutline(outline, text.length);
  const figures = parts.figures ? extractFigures(text, outline, options) : [];
  const ctx: RuleContext = { text, options, outline, figures };
  return {
    outline: parts.outline ? outline : [],
    tree: parts.outline ? tree : [],
    placeholders: parts.placeholders ? checkPlaceholders(ctx) : [],
    figures,
    numbering: parts.numbering ? checkNumbering(ctx) : [],
    figureChecks: parts.figures ? checkFigures(ctx) : [],
  };
}
