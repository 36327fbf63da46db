import * as assert from 'node:assert/strict';
import { readArabic } from '../../src/core/figures/numbers';
import { cleanNumber } from '../../src/core/figures/units';

/** A fixed sequence of pseudo-random numbers in [0, 1), so that a failure can be replayed. */
function sequence(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

/** Decimals as reports write them: up to 17 digits, the point anywhere. */
function decimals(count: number): string[] {
  const next = sequence(7);
  const out: string[] = [];
  for (let t = 0; t < count; t++) {
    const digits = 1 + Math.floor(next() * 17);
    let s = '';
    for (let k = 0; k < digits; k++) s += Math.floor(next() * 10);
    const dot = 1 + Math.floor(next() * digits);
    out.push(dot < digits ? `${s.slice(0, dot)}.${s.slice(dot)}` : s);
  }
  return out;
}

describe('figures: reading and normalizing numbers', () => {
  it('reads a decimal as Number() does', () => {
    for (const written of decimals(20000)) {
      assert.equal(readArabic(`${written}万元`, 0).value, Number(written), written);
    }
  });

  it('rounds away binary noise as 12 significant digits do, scale and unit factors included', () => {
    const factors = [1, 1e3, 1e4, 1e8, 1e12, 0.5, 0.001, 1e-3 * 1e4];
    let checked = 0;
    for (const written of decimals(20000)) {
      for (const factor of factors) {
        const n = Number(written) * factor;
        const expected = Number.isInteger(n) && Math.abs(n) < 1e12 ? n : Number(n.toPrecision(12));
        assert.ok(Object.is(cleanNumber(n), expected), `${written} × ${factor}`);
        checked++;
      }
    }
    for (const n of [0.1 + 0.2, 1 / 3, 999999999999.9, 123456789012.5, 5e-324]) assert.equal(cleanNumber(n), Number(n.toPrecision(12)));
    assert.ok(checked > 0);
  });
});
