import { Decimal, dec } from '../core/decimal.js';
import { toScaled } from './scaled.js';
import { Decimal as PublicDecimal } from '../core/publicDecimal.js';

/** An exact amount of yen as the rounding functions accept it (a big.js value of any constructor, a signed decimal string, a bigint or a safe integer). */
export type ExactInput = string | PublicDecimal | bigint | number;

/**
 * Reads an exact amount given to a public rounding function: a signed decimal string (`'-550.5005'`,
 * at most 64 characters), a big.js value of any constructor (at most 64 digits, below 10^64), a bigint
 * (below 10^64 in magnitude) or a safe-integer number, into the library's private decimals. Sizes are checked before anything is
 * parsed or formatted. @internal
 */
export function toExact(value: unknown, field = 'value'): Decimal {
  // One reader for every rounding input (src/rounding/scaled.ts: the same checks, sizes first), then the
  // scaled integer written out as a plain decimal string, which big.js reads exactly.
  const { n, scale } = toScaled(value, field);
  if (scale === 0) return dec(n);
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(scale + 1, '0');
  return dec(`${negative ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`);
}

/** A private decimal as a value of the public, isolated `Decimal` constructor. @internal */
export function toPublic(x: Decimal): PublicDecimal {
  return new PublicDecimal(x.toFixed());
}
