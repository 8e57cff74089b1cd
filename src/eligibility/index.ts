// 雇用保険の被保険者の判定 (payroll integration, issue 12).
export { employmentInsuranceEligibility } from './employmentInsuranceEligibility.js';
export type {
  EmploymentInsuranceEligibilityInput,
  EmploymentInsuranceEligibility,
  EligibilityReason,
  EligibilityReasonCode,
  StudentKind,
  StudentException,
  WorkerRole,
  InsuredCategory,
} from './employmentInsuranceEligibility.js';
