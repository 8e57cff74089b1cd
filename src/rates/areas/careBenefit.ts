import { CARE_BENEFIT } from '../generated/careBenefit.js';
import { areaLookup, bundledLookup } from '../area.js';
import { clipToFiscalYear } from '../periods.js';
import type { CareBenefitData, CareBenefitPeriod } from '../types.js';

/** The 介護(補償)等給付 periods of a fiscal year with known amounts (a gap has none). @internal */
export function careBenefitPeriodsOf(data: CareBenefitData, fiscalYear: number): CareBenefitPeriod[] {
  return clipToFiscalYear(data.periods, fiscalYear).map((p) => ({ ...p, constant: { ...p.constant }, occasional: { ...p.occasional } }));
}

/** The bundled data of this area for a published fiscal year. @internal */
export const careBenefitBundled = /* @__PURE__ */ bundledLookup((fy) => careBenefitPeriodsOf(CARE_BENEFIT, fy), CARE_BENEFIT.sources);

/** 介護(補償)等給付 limits of a fiscal year: custom table or bundled data of this area only. @internal */
export const careBenefitFor = /* @__PURE__ */ areaLookup(careBenefitBundled, (t) => t.careBenefit);
