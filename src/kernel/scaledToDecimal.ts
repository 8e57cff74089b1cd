/** 10^0 … 10^15 as exact doubles. */
const POW10: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * The exact decimal string of `p / 10^digits` for a non-negative safe integer `p`, in the form
 * {@link rationalToDecimal} writes (no exponent, no trailing zeros): `(5573125, 1)` → `"557312.5"`,
 * `(903750, 1)` → `"90375"`. The fast paths' `exact` fields; `test/kernel/scaledToDecimal.test.ts` proves it
 * equal to `rationalToDecimal` by property.
 *
 * Exact in doubles for `p < 2^53`: `Math.floor(p / d)` is ⌊p / d⌋ (the rounded quotient lies within half an
 * ulp, `2^−53 · p / d < 1 / d`, of `p / d`, so it stays below the next integer), `q · d ≤ p` and `r = p − q · d`
 * are exact integers, and `r + d < 2d ≤ 2 · 10^15` is a safe integer whose digits after the leading 1 are `r`
 * zero-padded to `digits` places. A `p` of 2^53 or more is outside the contract (the callers bound it).
 *
 * @param p - a non-negative safe integer (the caller checks)
 * @param digits - 0 … 15
 * @internal
 */
export function scaledToDecimal(p: number, digits: number): string {
  if (digits === 0) return String(p);
  const d = POW10[digits]!;
  const q = Math.floor(p / d);
  const r = p - q * d;
  if (r === 0) return String(q);
  const f = String(r + d);
  let end = f.length;
  while (f.charCodeAt(end - 1) === 48) end--;
  return `${q}.${f.slice(1, end)}`;
}
