/**
 * An exact rational number `numerator / denominator` with a positive bigint denominator. Kernels never
 * reduce it: a rate parsed from `"5.5"` per mille stays `55 / 10000`, so denominators remain powers of
 * ten wherever the input was decimal. @internal
 */
export interface Rational {
  readonly numerator: bigint;
  /** Always > 0. */
  readonly denominator: bigint;
}

/** A division kernel: `numerator / denominator` (denominator > 0) rounded to an integer by one rule. @internal */
export type DivideKernel = (numerator: bigint, denominator: bigint) => bigint;

/** The same kernel on safe integers (a fast path, property-tested equal to its bigint twin). @internal */
export type DivideNumberKernel = (numerator: number, denominator: number) => number;
