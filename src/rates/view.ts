import { careBenefitPeriodsOf } from './areas/careBenefit.js';
import { employmentPeriodsOf } from './areas/employment.js';
import { generalContributionPeriodsOf } from './areas/generalContribution.js';
import { laborCostRatioPeriodsOf } from './areas/laborCostRatio.js';
import { medicalCopaymentOf, specialEnrollmentOf } from './areas/specialEnrollment.js';
import { workersCompensationPeriodsOf } from './areas/workersCompensation.js';
import type {
  CareBenefitData,
  EmploymentData,
  EmploymentDetailsData,
  GeneralContributionData,
  LaborCostRatioData,
  RateTable,
  SpecialEnrollmentAreaData,
  WorkersCompensationData,
} from './types.js';

/** The compiled areas a fiscal-year view is built from. @internal */
export interface CompiledAreas {
  fiscalYears: readonly { fiscalYear: number; name: string }[];
  employment: EmploymentData;
  employmentDetails: EmploymentDetailsData;
  workersCompensation: WorkersCompensationData;
  generalContribution: GeneralContributionData;
  careBenefit: CareBenefitData;
  laborCostRatio: LaborCostRatioData;
  specialEnrollment: SpecialEnrollmentAreaData;
}

function sourceKeys(o: unknown, keys: Set<string>): void {
  if (Array.isArray(o)) for (const x of o) sourceKeys(x, keys);
  else if (typeof o === 'object' && o !== null) {
    for (const [k, v] of Object.entries(o)) {
      if (k === 'sources' && Array.isArray(v)) for (const s of v) keys.add(s as string);
      else sourceKeys(v, keys);
    }
  }
}

/**
 * The 0.1.0 fiscal-year view (`RateTable`) of the compiled areas: every list clipped to the year, the
 * citations of exactly the source keys it uses. Undefined when the year is not published. @internal
 */
export function buildRateTable(fiscalYear: number, a: CompiledAreas): RateTable | undefined {
  const year = a.fiscalYears.find((y) => y.fiscalYear === fiscalYear);
  const medicalCopayment = medicalCopaymentOf(a.specialEnrollment, fiscalYear);
  if (!year || !medicalCopayment) return undefined;
  const table: Omit<RateTable, 'sources'> = {
    $schema: './rate-table.schema.json',
    schemaVersion: 1,
    fiscalYear,
    name: year.name,
    from: `${fiscalYear}-04-01`,
    to: `${fiscalYear + 1}-03-31`,
    employmentInsurance: employmentPeriodsOf(a.employment, fiscalYear).map((p) => {
      // the revision's id, benefit-part name and note, in the 0.1.0 key order
      let d: EmploymentDetailsData['periods'][number] | undefined;
      for (const x of a.employmentDetails.periods) if (x.from <= p.from) d = x;
      const { from, to, categories, ...rest } = p;
      return {
        from,
        to,
        ...(d?.id !== undefined ? { id: d.id } : {}),
        ...(d?.benefitPartName !== undefined ? { benefitPartName: d.benefitPartName } : {}),
        ...rest,
        ...(d?.note !== undefined ? { note: d.note } : {}),
        categories,
      };
    }),
    workersCompensation: workersCompensationPeriodsOf(a.workersCompensation, fiscalYear),
    generalContribution: generalContributionPeriodsOf(a.generalContribution, fiscalYear),
    careBenefit: careBenefitPeriodsOf(a.careBenefit, fiscalYear),
    laborCostRatio: laborCostRatioPeriodsOf(a.laborCostRatio, fiscalYear),
    specialEnrollment: specialEnrollmentOf(a.specialEnrollment, fiscalYear),
    medicalCopayment,
  };
  const keys = new Set<string>();
  sourceKeys(table, keys);
  const all: Record<string, string> = {
    ...a.employment.sources,
    ...a.workersCompensation.sources,
    ...a.generalContribution.sources,
    ...a.careBenefit.sources,
    ...a.laborCostRatio.sources,
    ...a.specialEnrollment.sources,
  };
  const sources: Record<string, string> = {};
  for (const k of [...keys].sort()) sources[k] = all[k] ?? k;
  return { ...table, sources };
}
