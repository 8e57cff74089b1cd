import { Decimal } from '../core/decimal.js';
import { ceilYen, floorYen } from './floor.js';

const HALF = new Decimal('0.5');

/**
 * 五捨五超入 — ⌈x − ½⌉: a fraction of 50銭 or less goes down, more than 50銭 goes up. The legal
 * result when the worker's 雇用保険 share is withheld from wages (通貨法3条 applied to the net pay).
 *
 * @example
 * ```ts
 * import { roundHalfDownYen, Decimal } from 'jp-labor-insurance';
 * console.log(roundHalfDownYen(new Decimal('1600.5')).toString());    //=> '1600'
 * console.log(roundHalfDownYen(new Decimal('550.5005')).toString());  //=> '551'
 * ```
 */
export function roundHalfDownYen(x: Decimal): Decimal {
  return ceilYen(x.minus(HALF));
}

/**
 * 四捨五入 — ⌊x + ½⌋: under 50銭 goes down, 50銭 or more goes up (通貨法3条, a debt paid in cash).
 *
 * @example
 * ```ts
 * import { roundHalfUpYen, Decimal } from 'jp-labor-insurance';
 * console.log(roundHalfUpYen(new Decimal('1600.5')).toString()); //=> '1601'
 * ```
 */
export function roundHalfUpYen(x: Decimal): Decimal {
  return floorYen(x.plus(HALF));
}
