import type { Decimal } from '../../core/publicDecimal.js';
import { roundHalfDownYen as halfDownExact } from '../half.js';
import { toExact, toPublic, type ExactInput } from '../exact.js';

/**
 * 五捨五超入 — a fraction of 50銭 or less is dropped, more than 50銭 goes up: ⌈x − ½⌉ for x ≥ 0. The
 * legal result when the worker's 雇用保険 share is withheld from wages (通貨法3条 applied to the net
 * pay). A negative amount (a refund) is rounded on its magnitude: halfDown(−x) = −halfDown(x).
 *
 * @param x - the exact amount: a big.js value of any constructor, a signed decimal string, a bigint or a safe integer
 * @returns whole yen, as a value of the isolated {@link Decimal}
 * @throws {@link InvalidInputError} `AMOUNT_MALFORMED`, `AMOUNT_TYPE`, `AMOUNT_NOT_INTEGER`, `AMOUNT_NOT_FINITE`, `AMOUNT_UNSAFE_INTEGER`
 *
 * @example
 * ```ts
 * import { roundHalfDownYen, Decimal } from 'jp-labor-insurance';
 * console.log(roundHalfDownYen(new Decimal('1600.5')).toString());    //=> '1600'
 * console.log(roundHalfDownYen(new Decimal('550.5005')).toString());  //=> '551'
 * console.log(roundHalfDownYen('-1600.5').toString(), roundHalfDownYen('-550.5005').toString()); //=> '-1600' '-551'
 * ```
 */
export function roundHalfDownYen(x: ExactInput): Decimal {
  return toPublic(halfDownExact(toExact(x, 'x')));
}
