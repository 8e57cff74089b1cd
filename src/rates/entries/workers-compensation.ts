// Subpath export `jp-labor-insurance/rates/workers-compensation`: 労災保険率表 only (compiled from rates/parameters).
import { WORKERS_COMPENSATION } from '../generated/workersCompensation.js';
import { workersCompensationBundled } from '../areas/workersCompensation.js';
import { deepFreeze } from '../periods.js';
import type { WorkersCompensationData, WorkersCompensationPeriod } from '../types.js';

export type * from '../types.js';

/**
 * 労災保険率表: every dated entry on the whole timeline (`to` `9999-12-31` = in force until changed), with
 * the citations of its source keys. Frozen.
 *
 * @example
 * ```ts
 * import { WORKERS_COMPENSATION_RATES } from 'jp-labor-insurance/rates/workers-compensation';
 * console.log(Object.isFrozen(WORKERS_COMPENSATION_RATES), WORKERS_COMPENSATION_RATES.tables.map((t) => t.table)); //=> true [ 'H30', 'R6' ]
 * ```
 */
export const WORKERS_COMPENSATION_RATES: WorkersCompensationData = deepFreeze(WORKERS_COMPENSATION);

/**
 * 労災保険率表 of one fiscal year (保険年度), clipped to April 1 – March 31; frozen.
 *
 * @throws RateTableError `NO_RATE_TABLE` for a year the package does not publish (see docs/custom-rates.md).
 *
 * @example
 * ```ts
 * import { workersCompensationRatesIn } from 'jp-labor-insurance/rates/workers-compensation';
 * console.log(workersCompensationRatesIn(2025)[0]?.industries.find((r) => r.number === '94')?.rate); //=> '3'
 * ```
 */
export function workersCompensationRatesIn(fiscalYear: number): readonly WorkersCompensationPeriod[] {
  return workersCompensationBundled(fiscalYear).value;
}
