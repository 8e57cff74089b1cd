import type { Decimal } from '../../core/publicDecimal.js';
import { ceilYen as ceilExact } from '../floor.js';
import { toExact, toPublic, type ExactInput } from '../exact.js';

/**
 * 円未満切上げ — any fraction of a yen goes to the next whole yen away from zero, for either sign
 * (a refund's magnitude is rounded up). For a negative amount this is not the mathematical ceiling:
 * `ceilYen(-0.5)` is −1 (docs/rounding.md).
 *
 * @param x - the exact amount: a big.js value of any constructor, a signed decimal string, a bigint or a safe integer
 * @returns whole yen, as a value of the isolated {@link Decimal}
 * @throws {@link InvalidInputError} `AMOUNT_MALFORMED`, `AMOUNT_TYPE`, `AMOUNT_NOT_INTEGER`, `AMOUNT_NOT_FINITE`, `AMOUNT_UNSAFE_INTEGER`
 *
 * @example
 * ```ts
 * import { ceilYen, Decimal } from 'jp-labor-insurance';
 * console.log(ceilYen(new Decimal('304166.67')).toString()); //=> '304167'
 * console.log(ceilYen('-304166.67').toString()); //=> '-304167'
 * ```
 */
export function ceilYen(x: ExactInput): Decimal {
  return toPublic(ceilExact(toExact(x, 'x')));
}
