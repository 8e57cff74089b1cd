import BigConstructor from 'big.js';
import type { Big } from 'big.js';
import { InvalidInputError } from './errors.js';
import { formatValue } from './format.js';

/**
 * The library's private big.js constructor (made with `Big()`, so its settings are its own). It is
 * never exported from the package and no value the library returns is one of its instances, so no
 * caller setting (`DP`, `RM`, `PE`, `NE`, `strict`) can change a result. Multiplication and addition
 * are exact; the library only divides where the quotient terminates (powers of ten) or is floored at
 * once. @internal
 */
export const Decimal = BigConstructor();
Decimal.DP = 30;
Decimal.RM = 0; // round down: only reached by divisions that are floored anyway
Decimal.PE = 1_000_000; // toString() never switches to exponential notation
Decimal.NE = -1_000_000;
Decimal.strict = false;
/** An exact decimal (a big.js value). */
export type Decimal = Big;

/** Exact decimal from an integer (number/bigint) or a plain decimal string. @internal */
export function dec(value: number | bigint | string): Decimal {
  return new Decimal(typeof value === 'bigint' ? value.toString() : value);
}

/** Most significant digits and largest exponent accepted from a caller's big.js value. */
const MAX_DIGITS = 64;
const MAX_EXPONENT = 63;
const PLAIN = /^-?\d+(\.\d+)?$/;
const toFixed = Decimal.prototype.toFixed;

export { isBigLike } from './isBigLike.js';

/**
 * Converts a caller's big.js value (from any constructor, with any settings) to the private
 * constructor: through big.js's own `toFixed()` with no argument, which neither rounds nor uses
 * exponent notation whatever the constructor's DP, RM, PE and NE. The size is checked first (at most
 * 64 significant digits, below 10^64). @internal
 */
export function fromBig(value: unknown, field = 'value'): Decimal {
  let s: string | undefined;
  try {
    const v = value as { c: unknown[]; e: number };
    if (v.c.length <= MAX_DIGITS && v.e < MAX_EXPONENT + 1 && v.e > -MAX_DIGITS) s = toFixed.call(value);
    else throw new InvalidInputError('AMOUNT_UNSAFE_INTEGER', `${field} must have at most ${MAX_DIGITS} digits and be below 10^${MAX_EXPONENT + 1}`, { field });
  } catch (e) {
    if (e instanceof InvalidInputError) throw e;
    s = undefined;
  }
  if (s === undefined || !PLAIN.test(s)) {
    throw new InvalidInputError('AMOUNT_MALFORMED', `${field} is not a readable big.js value (got ${formatValue(value)})`, { field, value });
  }
  return new Decimal(s);
}

/** ⌊a / b⌋ for non-negative integers, exactly (bigint division). @internal */
export function floorDivide(a: bigint, b: bigint): bigint {
  if (b <= 0n || a < 0n) throw new RangeError('floorDivide expects a >= 0 and b > 0');
  return a / b;
}

/** ⌈a / b⌉ for non-negative integers, exactly. @internal */
export function ceilDivide(a: bigint, b: bigint): bigint {
  if (b <= 0n || a < 0n) throw new RangeError('ceilDivide expects a >= 0 and b > 0');
  return (a + b - 1n) / b;
}

/** Decimal → bigint; the value must already be an integer (a rounding function's result). @internal */
export function toBigInt(value: Decimal): bigint {
  const s = value.toFixed();
  if (!/^-?\d+$/.test(s)) throw new RangeError(`not an integer: ${s}`);
  return BigInt(s);
}
