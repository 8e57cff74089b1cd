import { CARE_BENEFIT } from './generated/careBenefit.js';
import { EMPLOYMENT } from './generated/employment.js';
import { EMPLOYMENT_DETAILS } from './generated/employmentDetails.js';
import { FISCAL_YEARS } from './generated/fiscalYears.js';
import { GENERAL_CONTRIBUTION } from './generated/generalContribution.js';
import { LABOR_COST_RATIO } from './generated/laborCostRatio.js';
import { SPECIAL_ENROLLMENT } from './generated/specialEnrollment.js';
import { WORKERS_COMPENSATION } from './generated/workersCompensation.js';
import type { CompiledAreas } from './view.js';

/** Every compiled area shipped with the package (bundled at build time, never read from disk). @internal */
export const BUNDLED_AREAS: CompiledAreas = {
  fiscalYears: FISCAL_YEARS,
  employment: EMPLOYMENT,
  employmentDetails: EMPLOYMENT_DETAILS,
  workersCompensation: WORKERS_COMPENSATION,
  generalContribution: GENERAL_CONTRIBUTION,
  careBenefit: CARE_BENEFIT,
  laborCostRatio: LABOR_COST_RATIO,
  specialEnrollment: SPECIAL_ENROLLMENT,
};
