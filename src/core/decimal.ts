import BigConstructor from 'big.js';
import type { Big } from 'big.js';

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

export { isBigLike } from './isBigLike.js';

/** Decimal → bigint; the value must already be an integer (a rounding function's result). @internal */
export function toBigInt(value: Decimal): bigint {
  const s = value.toFixed();
  if (!/^-?\d+$/.test(s)) throw new RangeError(`not an integer: ${s}`);
  return BigInt(s);
}
