import { InvalidInputError } from './errors.js';
import { Decimal, dec } from './decimal.js';
import { formatValue } from './format.js';

const DECIMAL = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/**
 * Longest decimal string accepted (rates, percents, exact amounts given to `roundYen`): 64 characters
 * hold any amount below 10^21 yen with 40 decimal places; the length is checked before the pattern. @internal
 */
export const MAX_DECIMAL_LENGTH = 64;

/**
 * True when `s` is a plain non-negative decimal string such as `"5.5"` or `"0.02"`, at most
 * {@link MAX_DECIMAL_LENGTH} characters long. @internal
 */
export function isDecimalString(s: unknown): s is string {
  return typeof s === 'string' && s.length <= MAX_DECIMAL_LENGTH && DECIMAL.test(s);
}

/**
 * Parses a rate given per 1000 (‰) as a decimal string ("5.5" = 5.5/1000) into the exact fraction
 * as a {@link Decimal} (0.0055). Numbers are refused: a rate must be exact.
 * @internal
 */
export function perMille(rate: unknown, field = 'rate'): Decimal {
  if (!isDecimalString(rate)) {
    throw new InvalidInputError('INVALID_RATE', `${field} must be a decimal string per 1000 such as "5.5" (got ${formatValue(rate)})`, { field, value: rate });
  }
  return dec(rate).div(1000);
}

/** Adds two per-mille decimal strings exactly ("3" + "14.5" → "17.5"). @internal */
export function addPerMille(a: string, b: string): string {
  return dec(a).plus(dec(b)).toString();
}

/**
 * An exact rate per 1000 as an integer fraction: `numerator / denominator` equals the rate as a
 * fraction of 1 (5.5‰ → 55 / 10000). Used by the integer fast path. @internal
 */
export interface IntegerRatio {
  numerator: number;
  denominator: number;
}

/** "5.5" (per mille) → { numerator: 55, denominator: 10000 }. @internal */
export function perMilleRatio(rate: string): IntegerRatio {
  if (!isDecimalString(rate)) throw new InvalidInputError('INVALID_RATE', `invalid rate ${formatValue(rate)}`, { value: rate });
  const [intPart, frac = ''] = rate.split('.');
  const numerator = Number(`${intPart}${frac}`);
  const denominator = 1000 * 10 ** frac.length;
  return { numerator, denominator };
}
