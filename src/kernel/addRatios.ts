import type { Rational } from './types.js';

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * The exact sum of two rationals over their least common denominator (so `55/10000 + 3/1000` is
 * `85/10000`, and two per-mille rates with the same digits keep their denominator): the combined
 * rate of 労災 + 雇用 when both bases are equal.
 * @internal
 */
export function addRatios(a: Rational, b: Rational): Rational {
  if (a.denominator === b.denominator) return { numerator: a.numerator + b.numerator, denominator: a.denominator };
  const g = gcd(a.denominator, b.denominator);
  const da = b.denominator / g; // a's multiplier
  const db = a.denominator / g; // b's multiplier
  return { numerator: a.numerator * da + b.numerator * db, denominator: a.denominator * da };
}
