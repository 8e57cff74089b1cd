import BigConstructor from 'big.js';
import type { Big } from 'big.js';

/**
 * A big.js constructor (exact decimal arithmetic) for callers who want to pass exact values to the
 * rounding functions. It is isolated: the library never reads it or its settings, so setting
 * `Decimal.DP`, `RM`, `PE` or `NE` changes only your own arithmetic, never a result of the library.
 * The rounding functions accept big.js values from this or any other big.js constructor and return
 * values of this one. Preset: `DP = 30`, `RM = 0` (round down), no exponent notation in `toString()`.
 *
 * @example
 * ```ts
 * import { Decimal, roundHalfDownYen, employeeDeduction } from 'jp-labor-insurance';
 * const exact = new Decimal(100091).times('0.0055');
 * console.log(exact.toString(), roundHalfDownYen(exact).toString()); //=> '550.5005' '551'
 * Decimal.DP = 2; // only your own divisions change
 * console.log(employeeDeduction({ wage: 200_000, category: 'general', fiscalYear: 2025 }).amount); //=> 1100
 * Decimal.DP = 30;
 * ```
 */
export const Decimal = BigConstructor();
Decimal.DP = 30;
Decimal.RM = 0;
Decimal.PE = 1_000_000;
Decimal.NE = -1_000_000;
/** An exact decimal (a big.js value). */
export type Decimal = Big;
