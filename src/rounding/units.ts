import type { Decimal } from '../core/decimal.js';
import { floorYen } from './floor.js';

/** Truncates `x` to a multiple of `unit` yen, toward zero (private decimals). @internal */
export function floorToUnit(x: Decimal, unit: number): Decimal {
  return floorYen(x.div(unit)).times(unit);
}

/** 千円未満切捨て (徴収法15条1項1号) on the library's private decimals. @internal */
export function floorToThousand(x: Decimal): Decimal {
  return floorToUnit(x, 1000);
}

/** 百円未満切捨て (徴収法28条) on the library's private decimals. @internal */
export function floorToHundred(x: Decimal): Decimal {
  return floorToUnit(x, 100);
}
