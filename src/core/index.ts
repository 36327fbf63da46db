/** The Gongwen engine: pure functions over a document's text, shared by the extension, the CLI and scripts. */
export * from './types';
export { analyze } from './analyze';
export { defaultOptions, resolveOptions, type Options } from './options';
export { LineIndex } from './lineIndex';
export { placeholderRules } from './placeholders';
export { numberingRules, mechanicalNumberingRules, collectMechanicalFixes } from './numbering';
export { figureRules } from './figureChecks';
export type { Rule, RuleContext } from './rules/rule';
export { looksLikeReport } from './detect';
export { collectFixes, applyEdits } from './fixes';
export { englishSummaryStrings, type SummaryStrings, summarizeFigure, summarizeSection, relatedFigures, changeOf } from './summaries';
export { formatFigureValue, groupNumber } from './figures/format';
export { sectionAt, sectionPath, buildFigureRows, buildFiguresCsv, buildFiguresJson, type FigureRow } from './export';
export { renumberSequence, renumberDocument, normalizeStyle } from './renumber';
export { IncrementalAnalyzer, type TextChange } from './incremental';
