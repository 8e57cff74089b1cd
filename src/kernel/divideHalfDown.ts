import { nonPositiveDivisor } from './nonPositiveDivisor.js';

/**
 * `numerator / denominator` rounded half toward zero, on the magnitude (五捨五超入: a fraction of
 * exactly ½ or less goes down, more than ½ goes up; −1600.5 → −1600 as 1600.5 → 1600). The `halfDown`
 * rounding mode: 被保険者負担額 withheld from wages (50銭以下切捨て、50銭超切上げ).
 *
 * @param numerator - any bigint
 * @param denominator - a bigint > 0
 * @throws {@link InvalidInputError} `INVALID_RATE` when `denominator <= 0`
 * @internal
 */
export function divideHalfDown(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw nonPositiveDivisor('denominator');
  const q = numerator / denominator;
  const r = numerator % denominator; // the sign of the numerator
  if (r === 0n) return q;
  if (r > 0n) return 2n * r > denominator ? q + 1n : q;
  return -2n * r > denominator ? q - 1n : q;
}

/**
 * {@link divideHalfDown} on safe integers (preconditions as {@link divideTruncateNumber}; `2 × r`
 * stays below 2^54 and is exact).
 * @internal
 */
export function divideHalfDownNumber(numerator: number, denominator: number): number {
  const r = numerator % denominator;
  const q = (numerator - r) / denominator;
  if (r > 0) return 2 * r > denominator ? q + 1 : q;
  if (r < 0) return -2 * r > denominator ? q - 1 : q;
  return q;
}
