import { InvalidInputError } from '../core/errors.js';
import { nonPositiveDivisor } from './nonPositiveDivisor.js';
import type { Rational } from './types.js';

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * The exact decimal string of a rational, in the form big.js prints (no exponent, no trailing zeros,
 * `-` for negatives): `5505005/10000` → `"550.5005"`, `16005/10` → `"1600.5"`, `3000/1000` → `"3"`.
 * This is how trace values and `exact` fields are written from kernel results.
 *
 * A denominator with a prime factor other than 2 and 5 has no finite decimal: then
 * `maxFractionDigits` must be given and the digits beyond it are truncated (toward zero).
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION` for a non-terminating value without `maxFractionDigits`;
 *   `INVALID_RATE` for a denominator ≤ 0
 * @internal
 */
export function rationalToDecimal(value: Rational, maxFractionDigits?: number): string {
  if (value.denominator <= 0n) throw nonPositiveDivisor('denominator');
  // In lowest terms first: 0/7 and 21/7 terminate although 7 does not divide a power of ten.
  const g = gcd(value.numerator < 0n ? -value.numerator : value.numerator, value.denominator);
  const n = value.numerator / g;
  const d = value.denominator / g;
  let rest = d;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives++;
  }
  let digits = Math.max(twos, fives);
  if (rest !== 1n) {
    if (maxFractionDigits === undefined || !Number.isSafeInteger(maxFractionDigits) || maxFractionDigits < 0) {
      throw new InvalidInputError('INVALID_OPTION', 'the value has no finite decimal expansion; give maxFractionDigits', { field: 'maxFractionDigits' });
    }
    digits = maxFractionDigits;
  } else if (maxFractionDigits !== undefined && maxFractionDigits < digits) {
    digits = maxFractionDigits;
  }
  const scaled = (n * 10n ** BigInt(digits)) / d; // truncates toward zero; exact when terminating
  const negative = scaled < 0n;
  let s = (negative ? -scaled : scaled).toString();
  if (digits > 0) {
    s = s.padStart(digits + 1, '0');
    const int = s.slice(0, s.length - digits);
    const frac = s.slice(s.length - digits).replace(/0+$/, '');
    s = frac === '' ? int : `${int}.${frac}`;
  }
  return negative && s !== '0' ? `-${s}` : s;
}
