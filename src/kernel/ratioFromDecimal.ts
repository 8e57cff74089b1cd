import { InvalidInputError } from '../core/errors.js';
import type { Rational } from './types.js';

/** Longest decimal string a rate may be (checked before anything else, so nothing long is ever formatted). */
export const MAX_RATE_LENGTH = 40;

const DECIMAL = /^(0|[1-9][0-9]*)(?:\.([0-9]+))?$/;

function describe(value: unknown): string {
  if (typeof value === 'string') return `the string '${value}'`;
  if (value === null) return 'null';
  return typeof value === 'number' ? `the number ${String(value)}` : `a value of type ${typeof value}`;
}

/**
 * Parses a plain non-negative decimal string into the exact rational `value / per`: `("5.5", 1000n)`
 * → `55 / 10000`. No sign, exponent, separator, leading zero or bare point; at most
 * {@link MAX_RATE_LENGTH} characters. The shared parser behind {@link ratioFromPerMille} and
 * {@link ratioFromPercent}.
 *
 * @throws {@link InvalidInputError} `INVALID_RATE` for anything else (a number included: a rate must be exact)
 * @internal
 */
export function ratioFromDecimal(value: unknown, per: bigint, field = 'rate'): Rational {
  if (typeof value !== 'string' || value.length > MAX_RATE_LENGTH) {
    const got = typeof value === 'string' ? `a string of ${value.length} characters` : describe(value);
    throw new InvalidInputError('INVALID_RATE', `${field} must be a decimal string of at most ${MAX_RATE_LENGTH} characters such as "5.5" (got ${got})`, { field });
  }
  const m = DECIMAL.exec(value);
  if (m === null) {
    throw new InvalidInputError('INVALID_RATE', `${field} must be a plain decimal string such as "5.5" (got ${describe(value)})`, { field, value });
  }
  const frac = m[2] ?? '';
  return { numerator: BigInt(m[1]! + frac), denominator: per * 10n ** BigInt(frac.length) };
}
