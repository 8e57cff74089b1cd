import type { Rational } from './types.js';

/**
 * Integer yen × a ratio, exactly: `100091n × 55/10000` → `5505005 / 10000` (= 550.5005). The
 * product is left unrounded; pass it to one of the division kernels.
 * @internal
 */
export function multiplyYen(yen: bigint, ratio: Rational): Rational {
  return { numerator: yen * ratio.numerator, denominator: ratio.denominator };
}
