/** Showing a figure's value: grouped digits, in 万/亿 where the number is that large. */

/** Units that are never shown in 万/亿 (a percentage of 12,000% stays as it is). */
const unscaled = new Set(['%', '‰', '个百分点', '倍', '']);

/** Digits with thousands grouping and at most four decimals, without trailing zeros (2974000000 → "2,974,000,000"). */
export function groupNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  let fixed = (Math.round(Math.abs(n) * 1e4) / 1e4).toFixed(4);
  while (fixed.endsWith('0')) fixed = fixed.slice(0, -1);
  if (fixed.endsWith('.')) fixed = fixed.slice(0, -1);
  const [int, frac] = fixed.split('.');
  let grouped = '';
  for (let k = int.length; k > 0; k -= 3) grouped = int.slice(Math.max(0, k - 3), k) + (grouped ? ',' + grouped : '');
  return sign + (frac ? `${grouped}.${frac}` : grouped);
}

/**
 * A normalized value as a reader wants it: in 亿 or 万 where the number is that large, with the grouped base value
 * beside it (2974000000 元 → "29.74亿元 (2,974,000,000 元)"); smaller values grouped only ("1,284 次"). "" for null.
 */
export function formatFigureValue(normalized: { value: number; unit: string } | null): string {
  if (!normalized) return '';
  const { value, unit } = normalized;
  const plain = unit === '%' || unit === '‰' ? `${groupNumber(value)}${unit}` : `${groupNumber(value)}${unit ? ' ' + unit : ''}`;
  if (unscaled.has(unit)) return plain;
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${groupNumber(value / 1e8)}亿${unit} (${plain})`;
  if (abs >= 1e4) return `${groupNumber(value / 1e4)}万${unit} (${plain})`;
  return plain;
}
