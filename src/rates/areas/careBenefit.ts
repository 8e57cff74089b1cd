import { CARE_BENEFIT } from '../generated/careBenefit.js';
import { areaLookup } from '../area.js';
import { clipToFiscalYear } from '../periods.js';
import type { CareBenefitData, CareBenefitPeriod } from '../types.js';

/** The 介護(補償)等給付 periods of a fiscal year with known amounts (a gap has none). @internal */
export function careBenefitPeriodsOf(data: CareBenefitData, fiscalYear: number): CareBenefitPeriod[] {
  return clipToFiscalYear(data.periods, fiscalYear).map((p) => ({ ...p, constant: { ...p.constant }, occasional: { ...p.occasional } }));
}

/** 介護(補償)等給付 limits of a fiscal year: custom table or bundled data of this area only. @internal */
export const careBenefitFor = areaLookup((fy) => careBenefitPeriodsOf(CARE_BENEFIT, fy), CARE_BENEFIT.sources, (t) => t.careBenefit);
