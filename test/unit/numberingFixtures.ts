/**
 * Test-only outlines for the numbering tests: Heading objects from markers, so the numbering engine can be tested
 * independently of the heading parser. Recognises markers at a line start or glued after 。；：！？ (a run-in heading).
 */
import type { Heading, HeadingKind, MarkerStyle } from '../../src/core/types';
import { parseChineseNumeral, parseCircled, toHalfWidthDigits } from '../../src/core/numerals';

const cn = '[一二三四五六七八九十百零〇]+';
const patterns: Array<[RegExp, MarkerStyle]> = [
  [new RegExp(`（${cn}）`, 'y'), 'cn-paren-full'],
  [new RegExp(`\\(${cn}\\)`, 'y'), 'cn-paren-half'],
  [new RegExp(`${cn}、`, 'y'), 'cn-comma'],
  [/[0-9０-９]+\.(?![0-9])/y, 'num-dot'],
  [/[0-9０-９]+、/y, 'num-comma'],
  [/[0-9０-９]+．/y, 'num-fullstop'],
  [/（[0-9０-９]+）/y, 'num-paren-full'],
  [/\([0-9０-９]+\)/y, 'num-paren-half'],
  [/[\u2460-\u2473]/y, 'circled'],
  [new RegExp(`${cn}是`, 'y'), 'item-shi'],
  [new RegExp(`第${cn}[，,]`, 'y'), 'item-di'],
  [/、/y, 'bare-comma'],
];

const headingLevel: Record<MarkerStyle, number> = {
  'cn-comma': 1, 'cn-paren-full': 2, 'cn-paren-half': 2, 'num-dot': 3, 'num-comma': 3, 'num-fullstop': 3,
  'num-paren-full': 4, 'num-paren-half': 4, circled: 5, 'item-shi': 0, 'item-di': 0, 'bare-comma': 3,
};

/** The style of a marker string, or null. */
export function styleOf(marker: string): MarkerStyle | null {
  for (const [re, style] of patterns) {
    re.lastIndex = 0;
    const m = re.exec(marker);
    if (m && m[0] === marker) return style;
  }
  return null;
}

function ordinalOf(marker: string, style: MarkerStyle): number {
  if (style === 'bare-comma') return 0;
  if (style === 'circled') return parseCircled(marker) ?? 0;
  const digits = /[0-9０-９]+/.exec(marker);
  if (style.startsWith('num-') && digits) return Number(toHalfWidthDigits(digits[0]));
  const numeral = /[一二三四五六七八九十百零〇]+/.exec(marker);
  return numeral ? parseChineseNumeral(numeral[0]) ?? 0 : 0;
}

/** A Heading for a marker at an offset; `level` defaults to the marker type's level (items: given by the caller). */
export function headingFromMarker(marker: string, offset: number, options: { level?: number; kind?: HeadingKind; runIn?: boolean } = {}): Heading {
  const style = styleOf(marker) ?? 'bare-comma';
  const kind: HeadingKind = options.kind ?? (style === 'item-shi' || style === 'item-di' ? 'item' : 'heading');
  const end = offset + marker.length;
  return {
    kind,
    level: options.level ?? (headingLevel[style] || 6),
    marker,
    style,
    ordinal: ordinalOf(marker, style),
    fullWidthDigits: /[０-９]/.test(marker),
    markerSpan: { start: offset, end },
    title: '',
    titleSpan: { start: end, end },
    section: { start: offset, end },
    runIn: options.runIn ?? false,
  };
}

/** Sets item levels to their parent heading's level + 1, as the heading parser does. */
export function withItemLevels(outline: Heading[]): Heading[] {
  let parentLevel = 0;
  for (const h of outline) {
    if (h.kind === 'heading') parentLevel = h.level;
    else h.level = Math.min(6, parentLevel + 1);
  }
  return outline;
}

const gluedAfter = new Set(['。', '；', ';', '：', ':', '！', '？', '\n']);

/** The markers of a simple test text: at line starts (after blanks) and glued after sentence-ending punctuation. */
export function parseTestOutline(text: string): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < text.length; i++) {
    const before = i === 0 ? '\n' : text[i - 1];
    const atLineStart = before === '\n' || ((before === ' ' || before === '\u3000') && /(^|\n)[ \u3000]*$/.test(text.slice(Math.max(0, i - 8), i)));
    if (!atLineStart && !gluedAfter.has(before)) continue;
    for (const [re] of patterns) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m) continue;
      out.push(headingFromMarker(m[0], i, { runIn: !atLineStart }));
      i += m[0].length - 1;
      break;
    }
  }
  return withItemLevels(out);
}
