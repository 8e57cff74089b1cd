import { Decimal } from '../core/decimal.js';

const TOWARD_ZERO = 0;
const AWAY_FROM_ZERO = 3;

/**
 * ⌊x⌋ — 円未満切捨て (truncate the fraction of a yen). Exact on any decimal, either sign.
 *
 * @example
 * ```ts
 * import { floorYen, Decimal } from 'jp-labor-insurance';
 * console.log(floorYen(new Decimal('187386.5')).toString()); //=> '187386'
 * ```
 */
export function floorYen(x: Decimal): Decimal {
  return x.round(0, x.gte(0) ? TOWARD_ZERO : AWAY_FROM_ZERO);
}

/**
 * ⌈x⌉ — 円未満切上げ. Exact on any decimal, either sign.
 *
 * @example
 * ```ts
 * import { ceilYen, Decimal } from 'jp-labor-insurance';
 * console.log(ceilYen(new Decimal('304166.67')).toString()); //=> '304167'
 * ```
 */
export function ceilYen(x: Decimal): Decimal {
  return x.round(0, x.gte(0) ? AWAY_FROM_ZERO : TOWARD_ZERO);
}
