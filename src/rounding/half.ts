import type { Decimal } from '../core/decimal.js';

const HALF_AWAY_FROM_ZERO = 1;
const TOWARD_ZERO = 0;

/**
 * 五捨五超入 on the library's private decimals, applied to the magnitude: a fraction of 50銭 or less
 * is dropped, more than 50銭 rounds away from zero (halfDown(−x) = −halfDown(x)). @internal
 */
export function roundHalfDownYen(x: Decimal): Decimal {
  const whole = x.round(0, TOWARD_ZERO);
  const fraction = x.minus(whole).abs();
  if (!fraction.gt('0.5')) return whole;
  return x.s < 0 ? whole.minus(1) : whole.plus(1);
}

/**
 * 四捨五入 on the library's private decimals, applied to the magnitude: under 50銭 dropped, 50銭 or
 * more rounds away from zero (halfUp(−x) = −halfUp(x)). @internal
 */
export function roundHalfUpYen(x: Decimal): Decimal {
  return x.round(0, HALF_AWAY_FROM_ZERO);
}
