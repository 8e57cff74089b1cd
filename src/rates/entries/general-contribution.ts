// Subpath export `jp-labor-insurance/rates/general-contribution`: 一般拠出金率 only (compiled from rates/parameters).
import { GENERAL_CONTRIBUTION } from '../generated/generalContribution.js';
import { generalContributionBundled } from '../areas/generalContribution.js';
import { deepFreeze } from '../periods.js';
import type { GeneralContributionData, GeneralContributionPeriod } from '../types.js';

export type * from '../types.js';

/**
 * 一般拠出金率: every dated entry on the whole timeline (`to` `9999-12-31` = in force until changed), with
 * the citations of its source keys. Frozen.
 *
 * @example
 * ```ts
 * import { GENERAL_CONTRIBUTION_RATES } from 'jp-labor-insurance/rates/general-contribution';
 * console.log(Object.isFrozen(GENERAL_CONTRIBUTION_RATES), GENERAL_CONTRIBUTION_RATES.periods.length); //=> true 1
 * ```
 */
export const GENERAL_CONTRIBUTION_RATES: GeneralContributionData = deepFreeze(GENERAL_CONTRIBUTION);

/**
 * 一般拠出金率 of one fiscal year (保険年度), clipped to April 1 – March 31; frozen.
 *
 * @throws RateTableError `NO_RATE_TABLE` for a year the package does not publish (see docs/custom-rates.md).
 *
 * @example
 * ```ts
 * import { generalContributionRatesIn } from 'jp-labor-insurance/rates/general-contribution';
 * console.log(generalContributionRatesIn(2025)[0]?.rate); //=> '0.02'
 * ```
 */
export function generalContributionRatesIn(fiscalYear: number): readonly GeneralContributionPeriod[] {
  return generalContributionBundled(fiscalYear).value;
}
