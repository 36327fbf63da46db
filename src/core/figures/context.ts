/**
 * Where a figure sits: in which clause and sentence, in a plan section. Everything here is one forward pass over
 * the text or a bounded look around one position.
 */
import type { Heading, Span } from '../types';

/** Ends a clause (the unit a label is taken from). */
export function isClauseBoundary(c: number): boolean {
  // Ideographs and most other text lie between 。 and ！: one comparison settles them.
  if (c > 0x3002 && c < 0xff01) return false;
  return (
    c === 0xff0c || c === 44 || c === 0x3002 || c === 0xff1b || c === 59 || c === 0xff1a || c === 58 || c === 0xff01 || c === 33 ||
    c === 0xff1f || c === 63 || c === 10 || c === 13 || c === 124 /* | table cell */ || c === 0xff5c
  );
}

/** Ends a sentence (the unit a period, a target word or a base figure is looked for in). */
export function isSentenceBoundary(c: number): boolean {
  if (c > 0x3002 && c < 0xff01) return false;
  return c === 0x3002 || c === 0xff1b || c === 59 || c === 0xff01 || c === 33 || c === 0xff1f || c === 63 || c === 10 || c === 13;
}

export const isCjk = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
export const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;

/** Titles of sections that plan future work (2024年工作计划, 下半年工作打算, 工作安排, 下一步工作思路). */
const planTitle = /计划|打算|安排|思路|下一步|今后|展望|明年|下半年工作|工作目标|目标任务|主要目标|预期目标|工作要点/;
const notPlanTitle = /完成情况|执行情况|总结|回顾|成效|成绩|亮点|问题|不足/;

export function isPlanTitle(title: string): boolean {
  return planTitle.test(title) && !notPlanTitle.test(title);
}

/**
 * The spans of plan sections. With an outline, its headings' sections; without one, a scan for level-1 style
 * headings (二、2024年工作安排) whose title plans work: the section runs to the end of its line when body text
 * follows on that line, else to the next level-1 heading at the start of a line.
 */
export function findPlanSections(text: string, outline: readonly Heading[]): Span[] {
  const headings = outline.filter((h) => h.kind === 'heading');
  const titled = titlePlanSections(text);
  if (headings.length) {
    const out: Span[] = titled;
    headings.forEach((h, k) => {
      if (!isPlanTitle(h.title)) return;
      let end = h.section && h.section.end > h.markerSpan.start ? h.section.end : text.length;
      if (!(h.section && h.section.end > h.markerSpan.start)) {
        for (let j = k + 1; j < headings.length; j++) if (headings[j].level <= h.level) { end = headings[j].markerSpan.start; break; }
      }
      out.push({ start: h.markerSpan.start, end });
    });
    return out;
  }
  const scanned = scanPlanSections(text);
  for (const span of titled) scanned.push(span);
  return scanned;
}

/** A document title that names a plan (青石镇2025年工作计划): the whole document plans work. */
const planDocumentTitle = /(?:工作计划|工作打算|工作安排|工作要点|工作思路|行动计划|实施方案)$/;
/** Longest first line read as a document title. */
const maxTitleLine = 48;

/**
 * Plan sections marked without numbered headings: a first line that titles the document as a plan, and Markdown
 * heading lines (# …年工作计划) whose section runs to the next heading of the same or a higher level.
 */
function titlePlanSections(text: string): Span[] {
  const out: Span[] = [];
  // Markdown headings open at most one section at a time: the open one ends at the next heading with as few #.
  let openStart = -1;
  let openLevel = 0;
  let firstLine = true;
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // A byte-order mark before the first line is not part of it.
    const from = lineStart === 0 && text.charCodeAt(0) === 0xfeff ? 1 : lineStart;
    let k = from;
    while (k < lineEnd && text.charCodeAt(k) === 35) k++; // #
    const level = k - from;
    const isMarkdownHeading = level > 0 && level <= 6 && isSpaceCode(text.charCodeAt(k));
    if (isMarkdownHeading) {
      if (openStart >= 0 && level <= openLevel) { out.push({ start: openStart, end: lineStart }); openStart = -1; }
      if (openStart < 0) {
        const title = text.slice(k, Math.min(lineEnd, k + maxTitleLine)).trim();
        if (isPlanTitle(title)) { openStart = lineStart; openLevel = level; }
      }
    }
    if (firstLine && lineEnd > lineStart) {
      // Blank lines before the title are passed over.
      firstLine = false;
      if (!isMarkdownHeading && lineEnd - lineStart <= maxTitleLine) {
        const title = text.slice(lineStart, lineEnd).trim();
        if (planDocumentTitle.test(title) && !notPlanTitle.test(title)) out.push({ start: lineStart, end: text.length });
      }
    }
    lineStart = lineEnd + 1;
  }
  if (openStart >= 0) out.push({ start: openStart, end: text.length });
  return out;
}

/** 1 for ( （ and the numerals 一 to 十 that open a level-1 marker, by character code. */
const opensMarker = new Uint8Array(0x10000);
for (const ch of '(（一二三四五六七八九十') opensMarker[ch.charCodeAt(0)] = 1;
const levelOneMarker = /[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]/y;

function scanPlanSections(text: string): Span[] {
  const out: Span[] = [];
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    scanLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  // A plan heading alone on its line runs to the next level-1 heading at a line start.
  for (const span of out) {
    if (span.end >= 0) continue;
    let end = text.length;
    for (let k = -span.end; k < text.length; ) {
      levelOneMarker.lastIndex = k;
      const m = levelOneMarker.exec(text);
      if (m && m[0].endsWith('、')) { end = k; break; }
      const nl = text.indexOf('\n', k);
      if (nl < 0) break;
      k = nl + 1;
    }
    span.end = end;
  }
  return out;
}

/** Plan headings on one line: after the line start or a sentence end, a marker and a short planning title. */
function scanLine(text: string, start: number, end: number, out: Span[]): void {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (opensMarker[c] !== 1) continue;
    const atStart = i === start || isSentenceBoundary(text.charCodeAt(i - 1)) || isSpaceCode(text.charCodeAt(i - 1));
    if (!atStart) continue;
    levelOneMarker.lastIndex = i;
    const m = levelOneMarker.exec(text);
    if (!m) continue;
    const titleStart = i + m[0].length;
    const titleEnd = Math.min(end, titleStart + 16);
    let cut = titleStart;
    while (cut < titleEnd && !isClauseBoundary(text.charCodeAt(cut)) && !isSpaceCode(text.charCodeAt(cut))) cut++;
    const title = text.slice(titleStart, cut);
    if (!isPlanTitle(title)) continue;
    // Body text on the same line: the section is the rest of the line. Else it is settled in scanPlanSections.
    let rest = cut;
    while (rest < end && (isSpaceCode(text.charCodeAt(rest)) || text.charCodeAt(rest) === 13)) rest++;
    out.push(rest < end ? { start: i, end } : { start: i, end: -(end + 1) });
  }
}
