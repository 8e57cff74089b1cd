// Exact-decimal oracle for the kernel property tests: big.js through a private constructor (no shared
// settings), with enough digits that a truncated quotient can never cross a rounding boundary:
// a non-terminating n/d differs from any tie or integer by at least 1/(2d), far above 10^-DP.
import BigConstructor from 'big.js';
import type { Big } from 'big.js';

export const B = BigConstructor();
B.DP = 120;
B.RM = 0;
B.PE = 1_000_000;
B.NE = -1_000_000;

const TOWARD_ZERO = 0;
const HALF_AWAY = 1;
const AWAY = 3;

export function quotient(n: bigint, d: bigint): Big {
  return new B(n.toString()).div(d.toString());
}

export const oracle = {
  truncate: (n: bigint, d: bigint) => BigInt(quotient(n, d).round(0, TOWARD_ZERO).toString()),
  awayFromZero: (n: bigint, d: bigint) => BigInt(quotient(n, d).round(0, AWAY).toString()),
  halfUp: (n: bigint, d: bigint) => BigInt(quotient(n, d).round(0, HALF_AWAY).toString()),
  // big.js has no half-toward-zero mode: take the magnitude's integer part and add 1 only when the
  // fraction is strictly above one half, then restore the sign.
  halfDown: (n: bigint, d: bigint) => {
    const x = quotient(n, d);
    const m = x.abs();
    const int = m.round(0, TOWARD_ZERO);
    const up = m.minus(int).gt('0.5') ? int.plus(1) : int;
    return BigInt((x.lt(0) ? up.neg() : up).toString());
  },
};
