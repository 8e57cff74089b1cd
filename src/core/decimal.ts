import BigConstructor from 'big.js';
import type { Big } from 'big.js';

/**
 * The library's own big.js constructor (exact decimal arithmetic), exported so that callers can pass
 * exact values to the rounding primitives. Multiplication and addition are exact; the library only
 * divides where the quotient terminates (powers of ten) or is floored at once.
 *
 * @example
 * ```ts
 * import { Decimal, roundHalfDownYen } from 'jp-labor-insurance';
 * const exact = new Decimal(100091).times('0.0055');
 * console.log(exact.toString(), roundHalfDownYen(exact).toString()); //=> '550.5005' '551'
 * ```
 */
export const Decimal = BigConstructor();
Decimal.DP = 30;
Decimal.RM = 0; // round down: only reached by divisions that are floored anyway
Decimal.PE = 1_000_000; // toString() never switches to exponential notation
Decimal.NE = -1_000_000;
export type Decimal = Big;

/** Exact decimal from an integer (number/bigint) or a plain decimal string. */
export function dec(value: number | bigint | string): Decimal {
  return new Decimal(typeof value === 'bigint' ? value.toString() : value);
}

/** ⌊a / b⌋ for non-negative integers, exactly (bigint division). */
export function floorDivide(a: bigint, b: bigint): bigint {
  if (b <= 0n || a < 0n) throw new RangeError('floorDivide expects a >= 0 and b > 0');
  return a / b;
}

/** ⌈a / b⌉ for non-negative integers, exactly. */
export function ceilDivide(a: bigint, b: bigint): bigint {
  if (b <= 0n || a < 0n) throw new RangeError('ceilDivide expects a >= 0 and b > 0');
  return (a + b - 1n) / b;
}

/** Decimal → bigint; the value must already be an integer (a rounding function's result). */
export function toBigInt(value: Decimal): bigint {
  const s = value.toString();
  if (!/^-?\d+$/.test(s)) throw new RangeError(`not an integer: ${s}`);
  return BigInt(s);
}
