import type { Decimal } from '../../core/publicDecimal.js';
import { floorToThousand as floorToThousandExact } from '../units.js';
import { toExact, toPublic, type ExactInput } from '../exact.js';

/**
 * 千円未満切捨て — the truncation of 賃金総額 (徴収法15条1項1号) and of 追徴金・延滞金 bases; toward zero
 * for either sign.
 *
 * @param x - the exact amount: a big.js value of any constructor, a signed decimal string, a bigint or a safe integer
 * @returns the multiple of 1,000, as a value of the isolated {@link Decimal}
 * @throws {@link InvalidInputError} `AMOUNT_*`
 *
 * @example
 * ```ts
 * import { floorToThousand, Decimal } from 'jp-labor-insurance';
 * console.log(floorToThousand(new Decimal(10129569)).toString()); //=> '10129000'
 * ```
 */
export function floorToThousand(x: ExactInput): Decimal {
  return toPublic(floorToThousandExact(toExact(x, 'x')));
}
