import { Decimal, dec, fromBig, isBigLike } from '../core/decimal.js';
import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { MAX_DECIMAL_LENGTH, isDecimalString } from '../core/rate.js';
import { Decimal as PublicDecimal } from '../core/publicDecimal.js';

/** An exact amount of yen as the rounding functions accept it (a big.js value of any constructor, a signed decimal string, a bigint or a safe integer). */
export type ExactInput = string | PublicDecimal | bigint | number;

const LIMIT = 10n ** 64n;

/**
 * Reads an exact amount given to a public rounding function: a signed decimal string (`'-550.5005'`,
 * at most 64 characters), a big.js value of any constructor (at most 64 digits, below 10^64), a bigint
 * (below 10^64 in magnitude) or a safe-integer number, into the library's private decimals. Sizes are checked before anything is
 * parsed or formatted. @internal
 */
export function toExact(value: unknown, field = 'value'): Decimal {
  if (typeof value === 'string') {
    if (value.length > MAX_DECIMAL_LENGTH + 1) {
      throw new InvalidInputError('AMOUNT_MALFORMED', `${field} must be a decimal string of at most ${MAX_DECIMAL_LENGTH} characters (got ${formatValue(value)})`, {
        field,
        value,
      });
    }
    if (isDecimalString(value.startsWith('-') ? value.slice(1) : value)) return dec(value);
    throw new InvalidInputError('AMOUNT_MALFORMED', `${field} must be a decimal string such as "550.5005" (got ${formatValue(value)})`, {
      field,
      value,
      expected: 'a decimal string such as "550.5005"',
    });
  }
  if (typeof value === 'bigint') {
    if (value >= LIMIT || value <= -LIMIT)
      throw new InvalidInputError('AMOUNT_UNSAFE_INTEGER', `${field} must be below 10^64 in magnitude (got ${formatValue(value)})`, { field, value });
    return dec(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidInputError('AMOUNT_NOT_FINITE', `${field} must be finite (got ${formatValue(value)})`, { field, value });
    if (!Number.isInteger(value))
      throw new InvalidInputError('AMOUNT_NOT_INTEGER', `a number passed as ${field} must be an integer; pass fractions as a decimal string (got ${formatValue(value)})`, {
        field,
        value,
      });
    if (!Number.isSafeInteger(value))
      throw new InvalidInputError('AMOUNT_UNSAFE_INTEGER', `${field} ${formatValue(value)} is beyond Number.MAX_SAFE_INTEGER; pass a bigint or a string`, { field, value });
    return dec(value);
  }
  if (isBigLike(value)) return fromBig(value, field);
  throw new InvalidInputError('AMOUNT_TYPE', `${field} must be a decimal string, a big.js value, a bigint or a safe integer (got ${formatValue(value)})`, {
    field,
    value,
    expected: 'a decimal string, big.js value, bigint or safe integer',
  });
}

/** A private decimal as a value of the public, isolated `Decimal` constructor. @internal */
export function toPublic(x: Decimal): PublicDecimal {
  return new PublicDecimal(x.toFixed());
}
