// 介護(補償)等給付, 療養給付の一部負担金, 特別加入保険料, 請負の賃金総額, メリット制, 費用徴収.
export { careBenefit } from './careBenefit.js';
export type { CareBenefitInput, CareBenefit, CareBenefitReason } from './careBenefit.js';
export { CARE_LEVELS, isCareLevel } from './careLevel.js';
export type { CareLevel } from './careLevel.js';
export { medicalCopayment } from './medicalCopayment.js';
export type { MedicalCopaymentInput, MedicalCopaymentOptions, MedicalCopaymentOnDate, MedicalCopaymentInYear, MedicalCopayment } from './medicalCopayment.js';
export { specialEnrollmentPremium } from './specialEnrollment.js';
export type { SpecialEnrollmentInput, SpecialEnrollmentPremium, SpecialEnrollmentMember, SpecialEnrollmentAllocation } from './specialEnrollment.js';
export { SPECIAL_ENROLLMENT_KINDS, isSpecialEnrollmentKind } from './specialEnrollmentKind.js';
export type { SpecialEnrollmentKind } from './specialEnrollmentKind.js';
export type { SpecialEnrollmentRateSourceType } from './specialEnrollmentRate.js';
export { constructionWageBase } from './constructionWageBase.js';
export type { ConstructionWageBaseInput, ConstructionWageBase } from './constructionWageBase.js';
export { MACHINERY_WORKS, isMachineryWork } from './machineryWork.js';
export type { MachineryWork } from './machineryWork.js';
export { meritRate } from './meritRate.js';
export type { MeritRateInput, MeritRateOptions, MeritRateInYear, MeritRateOnDate, MeritRateOfGivenRates, MeritRate } from './meritRate.js';
export { meritAdjustmentFromBalanceRatio } from './meritAdjustment.js';
export type { BalanceRatioInput, MeritAdjustment } from './meritAdjustment.js';
export { meritEligibility } from './meritEligibility.js';
export type {
  MeritEligibilityInput,
  MeritEligibilityOptions,
  MeritEligibilityInYear,
  MeritEligibilityOnDate,
  MeritEligibilityOfGivenRates,
  MeritEligibility,
  MeritEligibilityReason,
} from './meritEligibility.js';
export type { MeritRateSource } from './meritShared.js';
export { MERIT_SCHEMES, isMeritScheme } from './meritScheme.js';
export type { MeritScheme } from './meritScheme.js';
export { costRecoveryEstimate } from './costRecovery.js';
export type { CostRecoveryInput, CostRecoveryEstimate, PaidBenefit } from './costRecovery.js';
export { COST_RECOVERY_CULPABILITIES, isCostRecoveryCulpability } from './costRecoveryCulpability.js';
export type { CostRecoveryCulpability } from './costRecoveryCulpability.js';
export { BENEFIT_KINDS, isBenefitKind } from './benefitKind.js';
export type { BenefitKind } from './benefitKind.js';
