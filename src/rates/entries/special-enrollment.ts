// Subpath export `jp-labor-insurance/rates/special-enrollment`: 特別加入 data and the 療養給付 一部負担金 only.
import { SPECIAL_ENROLLMENT } from '../generated/specialEnrollment.js';
import { specialEnrollmentBundled } from '../areas/specialEnrollment.js';
import { deepFreeze } from '../periods.js';
import type { SpecialEnrollmentAreaData, SpecialEnrollmentData } from '../types.js';

export type * from '../types.js';

/**
 * 特別加入 (第2種 tables, 第3種 rates, 給付基礎日額 levels, the partial-year rule) and the 療養給付
 * 一部負担金, on the whole timeline, with the citations of their source keys. Frozen.
 *
 * @example
 * ```ts
 * import { SPECIAL_ENROLLMENT_RATES } from 'jp-labor-insurance/rates/special-enrollment';
 * console.log(SPECIAL_ENROLLMENT_RATES.dailyBenefitBases.standard.at(-1), SPECIAL_ENROLLMENT_RATES.medicalCopayment[0]?.standard);
 * //=> 25000 200
 * ```
 */
export const SPECIAL_ENROLLMENT_RATES: SpecialEnrollmentAreaData = deepFreeze(SPECIAL_ENROLLMENT);

/**
 * 特別加入 data of one fiscal year (a 第2種 category added during the year carries `from`); frozen.
 *
 * @throws RateTableError `NO_RATE_TABLE` for a year the package does not publish (see docs/custom-rates.md).
 *
 * @example
 * ```ts
 * import { specialEnrollmentRatesIn } from 'jp-labor-insurance/rates/special-enrollment';
 * const s = specialEnrollmentRatesIn(2025);
 * console.log(s.secondClass[0]?.rows.find((r) => r.code === 'construction')?.rate, s.thirdClass[0]?.rate); //=> '17' '3'
 * ```
 */
export function specialEnrollmentRatesIn(fiscalYear: number): SpecialEnrollmentData {
  return specialEnrollmentBundled(fiscalYear).value;
}
