import type { Decimal } from '../core/decimal.js';

const TOWARD_ZERO = 0;
const AWAY_FROM_ZERO = 3;

/**
 * 円未満切捨て on the library's private decimals: the fraction of a yen is dropped, toward zero for
 * either sign (a refund of −187,386.5 yen is −187,386: the amount is truncated, docs/rounding.md).
 * Public form: `floorYen` in src/rounding/public/floorYen.ts. @internal
 */
export function floorYen(x: Decimal): Decimal {
  return x.round(0, TOWARD_ZERO);
}

/**
 * 円未満切上げ on the library's private decimals: any fraction of a yen goes away from zero, for
 * either sign. @internal
 */
export function ceilYen(x: Decimal): Decimal {
  return x.round(0, AWAY_FROM_ZERO);
}
