import { nonPositiveDivisor } from './nonPositiveDivisor.js';

/**
 * `numerator / denominator` with any fraction rounded away from zero (on the magnitude: 1600.1 → 1601,
 * −1600.1 → −1601). The `ceil` rounding mode (1円未満切上げ, 特約) and 1円未満切上げ of a monthly base.
 *
 * @param numerator - any bigint
 * @param denominator - a bigint > 0
 * @throws {@link InvalidInputError} `INVALID_RATE` when `denominator <= 0`
 * @internal
 */
export function divideAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw nonPositiveDivisor('denominator');
  const q = numerator / denominator;
  if (numerator % denominator === 0n) return q;
  return numerator < 0n ? q - 1n : q + 1n;
}

/**
 * {@link divideAwayFromZero} on safe integers (preconditions as {@link divideTruncateNumber}).
 * @internal
 */
export function divideAwayFromZeroNumber(numerator: number, denominator: number): number {
  const r = numerator % denominator;
  const q = (numerator - r) / denominator;
  if (r === 0) return q;
  return numerator < 0 ? q - 1 : q + 1;
}
