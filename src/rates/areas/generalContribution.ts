import { GENERAL_CONTRIBUTION } from '../generated/generalContribution.js';
import { areaLookup } from '../area.js';
import { clipToFiscalYear } from '../periods.js';
import type { GeneralContributionData, GeneralContributionPeriod } from '../types.js';

/** The 一般拠出金率 periods of a fiscal year. @internal */
export function generalContributionPeriodsOf(data: GeneralContributionData, fiscalYear: number): GeneralContributionPeriod[] {
  return clipToFiscalYear(data.periods, fiscalYear);
}

/** 一般拠出金率 of a fiscal year: custom table or bundled data of this area only. @internal */
export const generalContributionFor = areaLookup((fy) => generalContributionPeriodsOf(GENERAL_CONTRIBUTION, fy), GENERAL_CONTRIBUTION.sources, (t) => t.generalContribution);
