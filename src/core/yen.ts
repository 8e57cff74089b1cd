import { InvalidInputError } from './errors.js';
import { formatValue } from './format.js';

/** An amount of yen as the library accepts it: a safe integer, a bigint, or a string of ASCII digits. */
export type YenInput = number | bigint | string;

const DIGITS = /^(0|[1-9][0-9]*)$/;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Most digits an amount may have (bigint or digit string): amounts must stay below 10^21 yen. No
 * 労働保険 figure comes near it, and the smallest factor the library applies to an amount (一般拠出金
 * 0.02‰ = 2 × 10^-5) already takes 10^21 yen beyond Number.MAX_SAFE_INTEGER, so a larger amount could
 * only end in RESULT_UNSAFE_INTEGER — after a costly computation. Checked before any parsing. @internal
 */
export const MAX_YEN_DIGITS = 21;
const MAX_YEN = 10n ** BigInt(MAX_YEN_DIGITS);

/**
 * Parses an amount of yen (円) into a bigint, rejecting anything that is not a non-negative whole
 * number of yen. Accepts a safe-integer `number`, a `bigint`, or a string of digits (no sign, no
 * separators, no exponent, no decimal point).
 *
 * @param value - the amount
 * @param field - the input's name, used in the error message
 * @throws {@link InvalidInputError} with code `AMOUNT_NOT_FINITE` (NaN, ±Infinity), `AMOUNT_NEGATIVE`,
 *   `AMOUNT_NOT_INTEGER` (fractional yen), `AMOUNT_UNSAFE_INTEGER` (beyond 2^53 − 1 as a number, or
 *   10^21 or more as a bigint or digit string — checked on the length first, so a 32,000-digit
 *   string is refused at once), `AMOUNT_MALFORMED` (a string such as `'1e5'` or `'3,300,000'`) or
 *   `AMOUNT_TYPE`.
 *
 * @example
 * ```ts
 * import { parseYen } from 'jp-labor-insurance';
 * console.log(parseYen(3_300_000), parseYen('450000'), parseYen(12n));
 * //=> 3300000n 450000n 12n
 * ```
 */
export function parseYen(value: unknown, field = 'amount'): bigint {
  if (typeof value === 'bigint') {
    if (value < 0n) throw new InvalidInputError('AMOUNT_NEGATIVE', `${field} must not be negative (got ${formatValue(value)})`, { field, value });
    if (value >= MAX_YEN) throw new InvalidInputError('AMOUNT_UNSAFE_INTEGER', `${field} must be below 10^${MAX_YEN_DIGITS} yen (got ${formatValue(value)})`, { field, value });
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidInputError('AMOUNT_NOT_FINITE', `${field} must be a finite number of yen (got ${formatValue(value)})`, { field, value });
    if (!Number.isInteger(value)) throw new InvalidInputError('AMOUNT_NOT_INTEGER', `${field} must be a whole number of yen (got ${formatValue(value)})`, { field, value });
    if (value < 0) throw new InvalidInputError('AMOUNT_NEGATIVE', `${field} must not be negative (got ${formatValue(value)})`, { field, value });
    if (!Number.isSafeInteger(value))
      throw new InvalidInputError('AMOUNT_UNSAFE_INTEGER', `${field} ${formatValue(value)} is beyond Number.MAX_SAFE_INTEGER; pass a bigint or a digit string`, { field, value });
    return BigInt(value); // -0 is an integer ≥ 0 here and becomes 0n
  }
  if (typeof value === 'string') {
    const digits = value.startsWith('-') ? value.slice(1) : value;
    // The length is checked before any pattern is run or any message built.
    if (digits.length > MAX_YEN_DIGITS && /^[1-9]/.test(digits) && /[0-9]$/.test(digits)) {
      if (value.startsWith('-')) throw new InvalidInputError('AMOUNT_NEGATIVE', `${field} must not be negative (got ${formatValue(value)})`, { field, value });
      throw new InvalidInputError('AMOUNT_UNSAFE_INTEGER', `${field} must be below 10^${MAX_YEN_DIGITS} yen (got a string of ${value.length} characters)`, { field, value });
    }
    if (value.length > MAX_YEN_DIGITS + 1)
      throw new InvalidInputError('AMOUNT_MALFORMED', `${field} must be a string of at most ${MAX_YEN_DIGITS} digits (got ${formatValue(value)})`, { field, value });
    if (value.startsWith('-') && DIGITS.test(digits)) throw new InvalidInputError('AMOUNT_NEGATIVE', `${field} must not be negative (got ${formatValue(value)})`, { field, value });
    if (!DIGITS.test(value))
      throw new InvalidInputError('AMOUNT_MALFORMED', `${field} must be a string of digits with no sign, separator, decimal point or exponent (got ${formatValue(value)})`, {
        field,
        value,
      });
    return BigInt(value);
  }
  throw new InvalidInputError('AMOUNT_TYPE', `${field} must be a number, bigint or digit string (got ${formatValue(value)})`, { field, value });
}

/**
 * Converts an integer yen result to a `number`, refusing values a `number` cannot hold exactly.
 * @internal
 */
export function yenToNumber(value: bigint, field = 'result'): number {
  if (value > MAX_SAFE || value < -MAX_SAFE) {
    throw new InvalidInputError('RESULT_UNSAFE_INTEGER', `${field} ${formatValue(value)} exceeds Number.MAX_SAFE_INTEGER`, { field, value });
  }
  return Number(value);
}
