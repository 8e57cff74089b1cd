import { EMPLOYMENT } from '../generated/employment.js';
import { areaLookup } from '../area.js';
import { clipToFiscalYear } from '../periods.js';
import type { EmploymentData, EmploymentPeriod } from '../types.js';

/** The 雇用保険 periods of a fiscal year. @internal */
export function employmentPeriodsOf(data: EmploymentData, fiscalYear: number): EmploymentPeriod[] {
  return clipToFiscalYear(data.periods, fiscalYear);
}

/** 雇用保険率 of a fiscal year: custom table or bundled employment data only. @internal */
export const employmentFor = areaLookup((fy) => employmentPeriodsOf(EMPLOYMENT, fy), EMPLOYMENT.sources, (t) => t.employmentInsurance);
