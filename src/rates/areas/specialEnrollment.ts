import { SPECIAL_ENROLLMENT } from '../generated/specialEnrollment.js';
import { areaLookup, bundledLookup } from '../area.js';
import { clipToFiscalYear } from '../periods.js';
import type { RateTable, SecondClassPeriod, SpecialEnrollmentAreaData, SpecialEnrollmentData } from '../types.js';

/** The 特別加入 data of a fiscal year (a 第2種 category added later carries `from`). @internal */
export function specialEnrollmentOf(data: SpecialEnrollmentAreaData, fiscalYear: number): SpecialEnrollmentData {
  const secondClass: SecondClassPeriod[] = clipToFiscalYear(data.secondClass, fiscalYear).map((p) => ({
    ...p,
    rows: p.rows
      .filter((r) => r.addedOn === undefined || r.addedOn <= p.to)
      .map(({ addedOn, ...r }) => (addedOn !== undefined && addedOn > p.from ? { ...r, from: addedOn } : { ...r })),
  }));
  return {
    secondClass,
    thirdClass: clipToFiscalYear(data.thirdClass, fiscalYear),
    dailyBenefitBases: { ...data.dailyBenefitBases, standard: [...data.dailyBenefitBases.standard], homeworkersOnly: [...data.dailyBenefitBases.homeworkersOnly] },
    partialYear: { ...data.partialYear },
  };
}

/** The 療養給付 一部負担金 in force on the first day of a fiscal year. @internal */
export function medicalCopaymentOf(data: SpecialEnrollmentAreaData, fiscalYear: number): RateTable['medicalCopayment'] | undefined {
  const p = clipToFiscalYear(data.medicalCopayment, fiscalYear)[0];
  if (!p) return undefined;
  const { from: _f, to: _t, ...rest } = p;
  return { ...rest };
}

/** The bundled data of this area for a published fiscal year. @internal */
export const specialEnrollmentBundled = /* @__PURE__ */ bundledLookup((fy) => specialEnrollmentOf(SPECIAL_ENROLLMENT, fy), SPECIAL_ENROLLMENT.sources);

/** 特別加入 data of a fiscal year: custom table or bundled data of this area only. @internal */
export const specialEnrollmentFor = /* @__PURE__ */ areaLookup(specialEnrollmentBundled, (t) => t.specialEnrollment);

/** The bundled data of this area for a published fiscal year. @internal */
export const medicalCopaymentBundled = /* @__PURE__ */ bundledLookup((fy) => medicalCopaymentOf(SPECIAL_ENROLLMENT, fy)!, SPECIAL_ENROLLMENT.sources);

/** 一部負担金 of a fiscal year: custom table or bundled data. @internal */
export const medicalCopaymentFor = /* @__PURE__ */ areaLookup(medicalCopaymentBundled, (t) => t.medicalCopayment);
