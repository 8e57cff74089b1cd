import { nonPositiveDivisor } from './nonPositiveDivisor.js';

/**
 * `numerator / denominator` rounded half away from zero, on the magnitude (四捨五入: under ½ goes
 * down, ½ or more goes up; −1600.5 → −1601 as 1600.5 → 1601). The `halfUp` rounding mode: a share
 * the worker pays in cash (50銭未満切捨て、50銭以上切上げ, 通貨法3条).
 *
 * @param numerator - any bigint
 * @param denominator - a bigint > 0
 * @throws {@link InvalidInputError} `INVALID_RATE` when `denominator <= 0`
 * @internal
 */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw nonPositiveDivisor('denominator');
  const q = numerator / denominator;
  const r = numerator % denominator;
  if (r === 0n) return q;
  if (r > 0n) return 2n * r >= denominator ? q + 1n : q;
  return -2n * r >= denominator ? q - 1n : q;
}

/**
 * {@link divideHalfUp} on safe integers (preconditions as {@link divideTruncateNumber}).
 * @internal
 */
export function divideHalfUpNumber(numerator: number, denominator: number): number {
  const r = numerator % denominator;
  const q = (numerator - r) / denominator;
  if (r > 0) return 2 * r >= denominator ? q + 1 : q;
  if (r < 0) return -2 * r >= denominator ? q - 1 : q;
  return q;
}
