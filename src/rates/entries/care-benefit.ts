// Subpath export `jp-labor-insurance/rates/care-benefit`: 介護(補償)等給付の上限額・最低保障額 only (compiled from rates/parameters).
import { CARE_BENEFIT } from '../generated/careBenefit.js';
import { careBenefitBundled } from '../areas/careBenefit.js';
import { deepFreeze } from '../periods.js';
import type { CareBenefitData, CareBenefitPeriod } from '../types.js';

export type * from '../types.js';

/**
 * 介護(補償)等給付の上限額・最低保障額: every dated entry on the whole timeline (`to` `9999-12-31` = in force until changed), with
 * the citations of its source keys. Frozen.
 *
 * @example
 * ```ts
 * import { CARE_BENEFIT_LIMITS } from 'jp-labor-insurance/rates/care-benefit';
 * console.log(Object.isFrozen(CARE_BENEFIT_LIMITS), CARE_BENEFIT_LIMITS.periods.at(-1)?.to); //=> true '2026-03-31'
 * ```
 */
export const CARE_BENEFIT_LIMITS: CareBenefitData = deepFreeze(CARE_BENEFIT);

/**
 * 介護(補償)等給付の上限額・最低保障額 of one fiscal year (保険年度), clipped to April 1 – March 31; frozen.
 *
 * @throws RateTableError `NO_RATE_TABLE` for a year the package does not publish (see docs/custom-rates.md).
 *
 * @example
 * ```ts
 * import { careBenefitLimitsIn } from 'jp-labor-insurance/rates/care-benefit';
 * console.log(careBenefitLimitsIn(2025).map((p) => [p.from, p.constant.max])); //=> [ [ '2025-04-01', 177950 ], [ '2025-08-01', 186050 ] ]
 * ```
 */
export function careBenefitLimitsIn(fiscalYear: number): readonly CareBenefitPeriod[] {
  return careBenefitBundled(fiscalYear).value;
}
