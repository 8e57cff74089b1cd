import { nonPositiveDivisor } from './nonPositiveDivisor.js';

/**
 * `numerator / denominator` with the fraction dropped (toward zero: the magnitude is truncated, so a
 * refund −1600.9 gives −1600 as 1600.9 gives 1600). The `floor` rounding mode (1円未満切捨て), 千円未満切捨て
 * via {@link truncateToUnit}, and 端数計算法2条1項 on a premium.
 *
 * @param numerator - any bigint
 * @param denominator - a bigint > 0
 * @throws {@link InvalidInputError} `INVALID_RATE` when `denominator <= 0`
 * @internal
 */
export function divideTruncate(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw nonPositiveDivisor('denominator');
  return numerator / denominator;
}

/**
 * {@link divideTruncate} on safe integers: `(n − n % d) / d` is exact in binary64 because `n − n % d`
 * is a multiple of `d` not larger than `|n|`. Preconditions (not checked — callers validate once):
 * `numerator` a safe integer, `denominator` a positive safe integer.
 * @internal
 */
export function divideTruncateNumber(numerator: number, denominator: number): number {
  return (numerator - (numerator % denominator)) / denominator;
}
