// Subpath export `jp-labor-insurance/rates/employment`: 雇用保険率 only (compiled from rates/parameters).
import { EMPLOYMENT } from '../generated/employment.js';
import { employmentBundled } from '../areas/employment.js';
import { deepFreeze } from '../periods.js';
import type { EmploymentData, EmploymentPeriod } from '../types.js';

export type * from '../types.js';

/**
 * 雇用保険率: every dated entry on the whole timeline (`to` `9999-12-31` = in force until changed), with
 * the citations of its source keys. Frozen.
 *
 * @example
 * ```ts
 * import { EMPLOYMENT_RATES } from 'jp-labor-insurance/rates/employment';
 * console.log(Object.isFrozen(EMPLOYMENT_RATES), EMPLOYMENT_RATES.periods.map((p) => p.from).slice(-2)); //=> true [ '2025-04-01', '2026-04-01' ]
 * ```
 */
export const EMPLOYMENT_RATES: EmploymentData = deepFreeze(EMPLOYMENT);

/**
 * 雇用保険率 of one fiscal year (保険年度), clipped to April 1 – March 31; frozen.
 *
 * @throws RateTableError `NO_RATE_TABLE` for a year the package does not publish (see docs/custom-rates.md).
 *
 * @example
 * ```ts
 * import { employmentRatesIn } from 'jp-labor-insurance/rates/employment';
 * console.log(employmentRatesIn(2025)[0]?.categories.general.worker); //=> '5.5'
 * ```
 */
export function employmentRatesIn(fiscalYear: number): readonly EmploymentPeriod[] {
  return employmentBundled(fiscalYear).value;
}
