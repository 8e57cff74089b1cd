import { GENERAL_CONTRIBUTION } from '../generated/generalContribution.js';
import { areaLookup, bundledLookup } from '../area.js';
import { clipToFiscalYear } from '../periods.js';
import type { GeneralContributionData, GeneralContributionPeriod } from '../types.js';

/** The 一般拠出金率 periods of a fiscal year. @internal */
export function generalContributionPeriodsOf(data: GeneralContributionData, fiscalYear: number): GeneralContributionPeriod[] {
  return clipToFiscalYear(data.periods, fiscalYear);
}

/** The bundled data of this area for a published fiscal year. @internal */
export const generalContributionBundled = /* @__PURE__ */ bundledLookup((fy) => generalContributionPeriodsOf(GENERAL_CONTRIBUTION, fy), GENERAL_CONTRIBUTION.sources);

/** 一般拠出金率 of a fiscal year: custom table or bundled data of this area only. @internal */
export const generalContributionFor = /* @__PURE__ */ areaLookup(generalContributionBundled, (t) => t.generalContribution);
