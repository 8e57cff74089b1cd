import type { Decimal } from '../../core/publicDecimal.js';
import { floorToHundred as floorToHundredExact } from '../units.js';
import { toExact, toPublic, type ExactInput } from '../exact.js';

/**
 * 百円未満切捨て — the truncation of 延滞金 (徴収法28条); toward zero for either sign.
 *
 * @param x - the exact amount: a big.js value of any constructor, a signed decimal string, a bigint or a safe integer
 * @returns the multiple of 100, as a value of the isolated {@link Decimal}
 * @throws {@link InvalidInputError} `AMOUNT_*`
 *
 * @example
 * ```ts
 * import { floorToHundred, Decimal } from 'jp-labor-insurance';
 * console.log(floorToHundred(new Decimal('34552.01')).toString()); //=> '34500'
 * ```
 */
export function floorToHundred(x: ExactInput): Decimal {
  return toPublic(floorToHundredExact(toExact(x, 'x')));
}
