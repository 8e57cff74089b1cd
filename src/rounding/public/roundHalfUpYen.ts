import type { Decimal } from '../../core/publicDecimal.js';
import { roundHalfUpYen as halfUpExact } from '../half.js';
import { toExact, toPublic, type ExactInput } from '../exact.js';

/**
 * 四捨五入 — under 50銭 dropped, 50銭 or more goes up: ⌊x + ½⌋ for x ≥ 0 (通貨法3条, a debt paid in
 * cash). A negative amount (a refund) is rounded on its magnitude: halfUp(−x) = −halfUp(x).
 *
 * @param x - the exact amount: a big.js value of any constructor, a signed decimal string, a bigint or a safe integer
 * @returns whole yen, as a value of the isolated {@link Decimal}
 * @throws {@link InvalidInputError} `AMOUNT_MALFORMED`, `AMOUNT_TYPE`, `AMOUNT_NOT_INTEGER`, `AMOUNT_NOT_FINITE`, `AMOUNT_UNSAFE_INTEGER`
 *
 * @example
 * ```ts
 * import { roundHalfUpYen, Decimal } from 'jp-labor-insurance';
 * console.log(roundHalfUpYen(new Decimal('1600.5')).toString()); //=> '1601'
 * console.log(roundHalfUpYen('-1600.5').toString(), roundHalfUpYen('-1600.4').toString()); //=> '-1601' '-1600'
 * ```
 */
export function roundHalfUpYen(x: ExactInput): Decimal {
  return toPublic(halfUpExact(toExact(x, 'x')));
}
