/**
 * Whether a plain-text or Markdown document looks like a Chinese report, so the extension serves it without being asked.
 * Reads only the first few thousand characters: cheap for any file size.
 */
export function looksLikeReport(text: string, sample = 4000): boolean {
  const end = Math.min(text.length, sample);
  let cjk = 0;
  let other = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if (c > 32 && c < 127) other++;
  }
  return cjk >= 20 && cjk >= other;
}
