import { Decimal } from '../core/decimal.js';
import { floorYen } from './floor.js';

/**
 * Largest multiple of `unit` yen not above `x` (floor to a unit).
 *
 * @example
 * ```ts
 * import { floorToUnit, Decimal } from 'jp-labor-insurance';
 * console.log(floorToUnit(new Decimal(16501), 100).toString()); //=> '16500'
 * ```
 */
export function floorToUnit(x: Decimal, unit: number): Decimal {
  return floorYen(x.div(unit)).times(unit);
}

/**
 * 千円未満切捨て — the truncation of 賃金総額 (徴収法15条1項1号) and of 追徴金・延滞金 bases.
 *
 * @example
 * ```ts
 * import { floorToThousand, Decimal } from 'jp-labor-insurance';
 * console.log(floorToThousand(new Decimal(10129569)).toString()); //=> '10129000'
 * ```
 */
export function floorToThousand(x: Decimal): Decimal {
  return floorToUnit(x, 1000);
}

/**
 * 百円未満切捨て — the truncation of 延滞金 (徴収法28条).
 *
 * @example
 * ```ts
 * import { floorToHundred, Decimal } from 'jp-labor-insurance';
 * console.log(floorToHundred(new Decimal('34552.01')).toString()); //=> '34500'
 * ```
 */
export function floorToHundred(x: Decimal): Decimal {
  return floorToUnit(x, 100);
}
