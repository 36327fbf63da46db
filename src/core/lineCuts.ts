import { EmphasisPairing } from './rules/redaction';

/*
 * Where a long line may be cut into pieces that are analysed one by one, each with CUT_CONTEXT characters of the
 * line on either side, and yield exactly what they yield within the whole line. An editor then re-analyses the
 * pieces around an edit instead of a whole line (a report pasted from the web may be a megabyte on one line).
 *
 * A cut b is made only after a '。' and where every scan is back in its neutral state:
 * - the scans' looks backwards and forwards are bounded by fewer than CUT_CONTEXT characters, except those that
 *   follow the marks below (quotes, titles, Markdown stars, line breaks), so none of these marks may lie in the
 *   CUT_CONTEXT characters before b;
 * - the marks whose effect reaches any distance along the line must be closed at b: an even number of ASCII quotes
 *   (they toggle), the last 《 or 》 is a 》 (an open title looks ahead to the line's end), and no Markdown emphasis
 *   run waits for its close.
 * The state that decides the last three is carried from the line's start; `CutScan` keeps it, so that a range can
 * be cut from any cut or line start, and tells whether the state is neutral at the range's end (if not, the pieces
 * after it must be cut again).
 */

/**
 * Characters of the line on either side of a piece that its analysis reads: more than any bounded look of a scan
 * across a '。' (the furthest: a quote hiding heading markers, 100; a template gap in brackets, 26; a quoted name, 25).
 */
export const CUT_CONTEXT = 128;

/** Lines longer than this are cut into pieces. */
export const LONG_LINE = 16384;
/** The shortest piece a long line is cut into. */
export const MIN_PIECE = 1024;

/** Marks that keep a cut at least CUT_CONTEXT characters away. */
const MARK = 1;
const markTable = new Uint8Array(0x10000);
for (const ch of '"“”「」『』‘’《》*＊\r\n\u2028\u2029') markTable[ch.charCodeAt(0)] = MARK;

/** A scan of a line (or of its rest from a cut) that finds the cuts and keeps the state they depend on. */
export class CutScan {
  /** The offset after the last mark seen: a cut must be at least CUT_CONTEXT further on. */
  private clearFrom: number;
  private asciiQuoteOpen = false;
  private titleOpen = false;
  private emphasis = new EmphasisPairing();

  /** `from` is a line start or a cut. */
  constructor(
    private readonly text: string,
    from: number,
  ) {
    const atLineStart = from === 0 || text.charCodeAt(from - 1) === 10;
    // After a cut, the CUT_CONTEXT characters before it are known to hold no mark.
    this.clearFrom = atLineStart ? from : from - CUT_CONTEXT;
  }

  /** Whether a cut could be made at `at`, the offset the scan reached last. */
  private neutralAt(at: number): boolean {
    return at - this.clearFrom >= CUT_CONTEXT && !this.asciiQuoteOpen && !this.titleOpen && this.emphasis.open < 0;
  }

  /**
   * Scans text[from, to) (`from` where the last scan stopped, or the constructor's start) and pushes the cuts made
   * at least `minPiece` after `lastCut` and before `to` onto `out`; returns whether text could be cut at `to`.
   */
  scan(from: number, to: number, minPiece: number, lastCut: number, out: number[]): boolean {
    const text = this.text;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3002) {
        if (i + 1 - lastCut >= minPiece && i + 1 < to && this.neutralAt(i + 1)) {
          out.push(i + 1);
          lastCut = i + 1;
        }
        continue;
      }
      if (markTable[c] === 0) continue;
      if (c === 42 || c === 0xff0a) {
        let j = i + 1;
        while (j < to && (text.charCodeAt(j) === 42 || text.charCodeAt(j) === 0xff0a)) j++;
        this.emphasis.feed(text, i, j);
        this.clearFrom = j;
        i = j - 1;
        continue;
      }
      this.clearFrom = i + 1;
      if (c === 34) this.asciiQuoteOpen = !this.asciiQuoteOpen;
      else if (c === 0x300a) this.titleOpen = true;
      else if (c === 0x300b) this.titleOpen = false;
      else if (c === 10 || c === 13) {
        // What the scans carry along a line ends with it (\r too: the figure and redaction scans end a line there).
        this.asciiQuoteOpen = this.titleOpen = false;
        this.emphasis = new EmphasisPairing();
      }
    }
    return to > 0 && text.charCodeAt(to - 1) === 0x3002 && this.neutralAt(to);
  }
}

/** The cuts of text[from, to) into pieces of at least `minPiece` characters; `from` is a line start or a cut. */
export function cutsOf(text: string, from: number, to: number, minPiece: number): number[] {
  const out: number[] = [];
  new CutScan(text, from).scan(from, to, minPiece, from, out);
  return out;
}
