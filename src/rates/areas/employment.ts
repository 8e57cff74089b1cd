import { EMPLOYMENT } from '../generated/employment.js';
import { areaLookup, bundledLookup } from '../area.js';
import { clipToFiscalYear } from '../periods.js';
import type { EmploymentData, EmploymentPeriod } from '../types.js';

/** The 雇用保険 periods of a fiscal year. @internal */
export function employmentPeriodsOf(data: EmploymentData, fiscalYear: number): EmploymentPeriod[] {
  return clipToFiscalYear(data.periods, fiscalYear);
}

/** The bundled data of this area for a published fiscal year. @internal */
export const employmentBundled = /* @__PURE__ */ bundledLookup((fy) => employmentPeriodsOf(EMPLOYMENT, fy), EMPLOYMENT.sources);

/** 雇用保険率 of a fiscal year: custom table or bundled employment data only. @internal */
export const employmentFor = /* @__PURE__ */ areaLookup(employmentBundled, (t) => t.employmentInsurance);
