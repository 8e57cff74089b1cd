import { InvalidInputError } from './errors.js';

/** An amount of yen as the library accepts it: a safe integer, a bigint, or a string of ASCII digits. */
export type YenInput = number | bigint | string;

const DIGITS = /^(0|[1-9][0-9]*)$/;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Parses an amount of yen (円) into a bigint, rejecting anything that is not a non-negative whole
 * number of yen. Accepts a safe-integer `number`, a `bigint`, or a string of digits (no sign, no
 * separators, no exponent, no decimal point).
 *
 * @param value - the amount
 * @param field - the input's name, used in the error message
 * @throws {@link InvalidInputError} with code `AMOUNT_NOT_FINITE` (NaN, ±Infinity), `AMOUNT_NEGATIVE`,
 *   `AMOUNT_NOT_INTEGER` (fractional yen), `AMOUNT_UNSAFE_INTEGER` (beyond 2^53 − 1 as a number),
 *   `AMOUNT_MALFORMED` (a string such as `'1e5'` or `'3,300,000'`) or `AMOUNT_TYPE`.
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
    if (value < 0n) throw new InvalidInputError('AMOUNT_NEGATIVE', `${field} must not be negative (got ${value})`, { field, value: String(value) });
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidInputError('AMOUNT_NOT_FINITE', `${field} must be a finite number of yen (got ${value})`, { field, value });
    if (!Number.isInteger(value)) throw new InvalidInputError('AMOUNT_NOT_INTEGER', `${field} must be a whole number of yen (got ${value})`, { field, value });
    if (value < 0) throw new InvalidInputError('AMOUNT_NEGATIVE', `${field} must not be negative (got ${value})`, { field, value });
    if (!Number.isSafeInteger(value)) throw new InvalidInputError('AMOUNT_UNSAFE_INTEGER', `${field} ${value} is beyond Number.MAX_SAFE_INTEGER; pass a bigint or a digit string`, { field, value });
    return BigInt(value);
  }
  if (typeof value === 'string') {
    if (value.startsWith('-') && DIGITS.test(value.slice(1))) throw new InvalidInputError('AMOUNT_NEGATIVE', `${field} must not be negative (got '${value}')`, { field, value });
    if (!DIGITS.test(value)) throw new InvalidInputError('AMOUNT_MALFORMED', `${field} must be a string of digits with no sign, separator, decimal point or exponent (got '${value}')`, { field, value });
    return BigInt(value);
  }
  throw new InvalidInputError('AMOUNT_TYPE', `${field} must be a number, bigint or digit string (got ${value === null ? 'null' : typeof value})`, { field });
}

/**
 * Converts an integer yen result to a `number`, refusing values a `number` cannot hold exactly.
 * @internal
 */
export function yenToNumber(value: bigint, field = 'result'): number {
  if (value > MAX_SAFE || value < -MAX_SAFE) {
    throw new InvalidInputError('RESULT_UNSAFE_INTEGER', `${field} ${value} exceeds Number.MAX_SAFE_INTEGER`, { field, value: String(value) });
  }
  return Number(value);
}
