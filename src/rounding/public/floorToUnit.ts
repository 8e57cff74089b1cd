import type { Decimal } from '../../core/publicDecimal.js';
import { InvalidInputError } from '../../core/errors.js';
import { formatValue } from '../../core/format.js';
import { floorToUnit as floorToUnitExact } from '../units.js';
import { toExact, toPublic, type ExactInput } from '../exact.js';

/**
 * Truncates to a multiple of `unit` yen (単位未満切捨て), toward zero for either sign.
 *
 * @param x - the exact amount: a big.js value of any constructor, a signed decimal string, a bigint or a safe integer
 * @param unit - a positive safe integer number of yen
 * @returns the multiple, as a value of the isolated {@link Decimal}
 * @throws {@link InvalidInputError} `INVALID_OPTION` (unit), `AMOUNT_*` (x)
 *
 * @example
 * ```ts
 * import { floorToUnit, Decimal } from 'jp-labor-insurance';
 * console.log(floorToUnit(new Decimal(16501), 100).toString()); //=> '16500'
 * console.log(floorToUnit('-16501', 100).toString()); //=> '-16500'
 * ```
 */
export function floorToUnit(x: ExactInput, unit: number): Decimal {
  if (!(typeof unit === 'number' && Number.isSafeInteger(unit) && unit > 0)) {
    throw new InvalidInputError('INVALID_OPTION', `unit must be a positive safe integer (got ${formatValue(unit)})`, {
      field: 'unit',
      value: unit,
      expected: 'a positive safe integer',
    });
  }
  return toPublic(floorToUnitExact(toExact(x, 'x'), unit));
}
