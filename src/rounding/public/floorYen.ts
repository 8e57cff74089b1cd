import type { Decimal } from '../../core/publicDecimal.js';
import { floorYen as floorExact } from '../floor.js';
import { toExact, toPublic, type ExactInput } from '../exact.js';

/**
 * 円未満切捨て — drops the fraction of a yen, toward zero for either sign: a refund (a negative amount)
 * is truncated on its magnitude, as 端数計算法2条 truncates the amount of a debt or a credit. For a
 * negative amount this is not the mathematical floor: `floorYen(-0.5)` is 0 (docs/rounding.md).
 *
 * @param x - the exact amount: a big.js value of any constructor, a signed decimal string, a bigint or a safe integer
 * @returns whole yen, as a value of the isolated {@link Decimal}
 * @throws {@link InvalidInputError} `AMOUNT_MALFORMED`, `AMOUNT_TYPE`, `AMOUNT_NOT_INTEGER`, `AMOUNT_NOT_FINITE`, `AMOUNT_UNSAFE_INTEGER`
 *
 * @example
 * ```ts
 * import { floorYen, Decimal } from 'jp-labor-insurance';
 * console.log(floorYen(new Decimal('187386.5')).toString()); //=> '187386'
 * console.log(floorYen('-187386.5').toString()); //=> '-187386'
 * ```
 */
export function floorYen(x: ExactInput): Decimal {
  return toPublic(floorExact(toExact(x, 'x')));
}
