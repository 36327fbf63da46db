/**
 * `count` texts of 1 to `maxPieces` pieces each, from a fixed seed: the high bits of a 32-bit linear congruential
 * generator (its low bits repeat with a short period), computed with Math.imul so that no bit is lost.
 */
export function randomTexts(pieces: readonly string[], count: number, maxPieces: number, seed: number): string[] {
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 8;
  };
  const texts: string[] = [];
  for (let t = 0; t < count; t++) {
    let text = '';
    for (let k = 1 + (next() % maxPieces); k > 0; k--) text += pieces[next() % pieces.length];
    texts.push(text);
  }
  return texts;
}
