/**
 * The data the engine returns. Every position is a UTF-16 offset into the analysed text
 * (a JavaScript string index); spans are half-open: [start, end).
 */

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** A rule's configured severity; `off` disables it. */
export type RuleSetting = Severity | 'off';

/**
 * How a heading marker is written. Level follows the marker type (GB/T 9704-2012 §7.3.3):
 * 一、 = 1; （一）/(一) = 2; 1. / 1、 / 1． = 3; （1）/(1) = 4; ① = 5. Inline items (一是, 第一，) are `item`.
 */
export type MarkerStyle =
  | 'cn-comma' // 一、
  | 'cn-paren-full' // （一）
  | 'cn-paren-half' // (一)
  | 'num-dot' // 1.
  | 'num-comma' // 1、
  | 'num-fullstop' // 1． (full-width full stop)
  | 'num-paren-full' // （1）
  | 'num-paren-half' // (1)
  | 'circled' // ①
  | 'item-shi' // 一是
  | 'item-di' // 第一，
  | 'bare-comma'; // 、 alone: a marker whose number was lost

export type HeadingKind = 'heading' | 'item';

export interface Heading {
  kind: HeadingKind;
  /** 1..5 from the marker type for headings; for items, the depth below their parent heading (parent level + 1, at most 6). */
  level: number;
  /** The marker exactly as written, e.g. "（一）", "1．", "一是". */
  marker: string;
  style: MarkerStyle;
  /** The number the marker stands for (一 → 1, ⑫ → 12); 0 where the number is missing. */
  ordinal: number;
  /** True when the marker uses full-width digits (１、). */
  fullWidthDigits: boolean;
  markerSpan: Span;
  /** The title as shown in the outline: after the marker, cut at the end of the first sentence (capped). */
  title: string;
  titleSpan: Span;
  /** From the marker's start to the start of the next heading of the same or a higher level (or the end of the text). */
  section: Span;
  /** True when the heading was found mid-line, glued to the text before it. */
  runIn: boolean;
}

/** A heading with its nested children, for symbols, folding and summaries. */
export interface OutlineNode {
  heading: Heading;
  children: OutlineNode[];
}

/** A quick-fix edit: replace `span` with `newText`. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** A problem found by a rule. */
export interface Finding {
  /** Stable kebab-case rule id; used as diagnostic code and settings key. */
  rule: string;
  severity: Severity;
  /** The message in English. */
  message: string;
  /** The English template of the message with {name} slots, and their values, for editors that translate it. */
  messageTemplate?: string;
  messageArgs?: Record<string, string | number>;
  span: Span;
  /** Mechanical fix, when there is one (applied by "fix all" and `gongwen check --fix`). */
  fix?: TextEdit[];
}

export type PlaceholderKind = 'redaction' | 'missing-number';

export interface Placeholder extends Finding {
  kind: PlaceholderKind;
  /** The placeholder characters (for missing-number: the orphaned unit, possibly ""). */
  text: string;
}

export type FigureRole = 'value' | 'growth' | 'share' | 'target';

export interface Figure {
  span: Span;
  /** The figure as written, from the first digit to the end of the unit. */
  text: string;
  /** The number as written (七百多 → 700; 1.5万把 → 1.5); the low end for a range. */
  value: number;
  /** The high end of a range (5-10个 → 10). */
  valueTo?: number;
  /** Everything after the number, including a 万/亿 prefix, without 余/多 ("亿元", "万亩", "%"). */
  unit: string;
  /** The value in the base unit (亿元 → 元, 万亩 → 亩); null where no base unit applies. */
  normalized: { value: number; unit: string } | null;
  /** The metric measured, from the words before the figure ("规上工业产值"); "" when none. */
  label: string;
  role: FigureRole;
  /** The period stated for it (1-9月, 上半年, 全年), or "". */
  period: string;
  /** Approximation inside the span (余, 多). */
  approx?: string;
  /** A bound or approximation word just outside the span (以上, 超, 近, 约, 左右, 不少于, 突破). */
  qualifier?: string;
}

export interface Analysis {
  /** Headings and inline items, flat, in document order. */
  outline: Heading[];
  /** The same headings nested by level. */
  tree: OutlineNode[];
  placeholders: Placeholder[];
  figures: Figure[];
  /** Numbering problems (gaps, duplicates, mixed styles …). */
  numbering: Finding[];
  /** Consistency problems among figures (same metric, different values …). */
  figureChecks: Finding[];
}
