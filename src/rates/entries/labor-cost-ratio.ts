// Subpath export `jp-labor-insurance/rates/labor-cost-ratio`: 労務費率表 only (compiled from rates/parameters).
import { LABOR_COST_RATIO } from '../generated/laborCostRatio.js';
import { laborCostRatioBundled } from '../areas/laborCostRatio.js';
import { deepFreeze } from '../periods.js';
import type { LaborCostRatioData, LaborCostRatioPeriod } from '../types.js';

export type * from '../types.js';

/**
 * 労務費率表: every dated entry on the whole timeline (`to` `9999-12-31` = in force until changed), with
 * the citations of its source keys. Frozen.
 *
 * @example
 * ```ts
 * import { LABOR_COST_RATIOS } from 'jp-labor-insurance/rates/labor-cost-ratio';
 * console.log(Object.isFrozen(LABOR_COST_RATIOS), LABOR_COST_RATIOS.tables.map((t) => t.table)); //=> true [ 'H30', 'R6' ]
 * ```
 */
export const LABOR_COST_RATIOS: LaborCostRatioData = deepFreeze(LABOR_COST_RATIO);

/**
 * 労務費率表 of one fiscal year (保険年度), clipped to April 1 – March 31; frozen.
 *
 * @throws RateTableError `NO_RATE_TABLE` for a year the package does not publish (see docs/custom-rates.md).
 *
 * @example
 * ```ts
 * import { laborCostRatiosIn } from 'jp-labor-insurance/rates/labor-cost-ratio';
 * console.log(laborCostRatiosIn(2025)[0]?.rows.find((r) => r.number === '35')?.percent); //=> '23'
 * ```
 */
export function laborCostRatiosIn(fiscalYear: number): readonly LaborCostRatioPeriod[] {
  return laborCostRatioBundled(fiscalYear).value;
}
