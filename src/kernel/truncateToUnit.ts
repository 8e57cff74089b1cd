import { nonPositiveDivisor } from './nonPositiveDivisor.js';
import type { Rational } from './types.js';

/**
 * The largest multiple of `unit` yen not above the magnitude of `value` (sign kept): 千円未満切捨て
 * of 賃金総額 with `unit = 1000n` (徴収法15条1項1号; 3,300,999 → 3,300,000), 百円未満切捨て of 延滞金
 * with `100n` (徴収法28条), 1円 with `1n`. A rational `value` (an unrounded product such as
 * 請負金額 × 労務費率) is truncated in one step, never first to the yen.
 *
 * @param value - integer yen, or an exact rational amount of yen
 * @param unit - the unit in yen, a bigint > 0
 * @throws {@link InvalidInputError} `INVALID_RATE` when `unit` (or the rational's denominator) is not positive
 * @internal
 */
export function truncateToUnit(value: bigint | Rational, unit: bigint): bigint {
  if (unit <= 0n) throw nonPositiveDivisor('unit');
  if (typeof value === 'bigint') return (value / unit) * unit;
  if (value.denominator <= 0n) throw nonPositiveDivisor('denominator');
  return (value.numerator / (value.denominator * unit)) * unit;
}
