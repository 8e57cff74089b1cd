// 介護(補償)等給付, 療養給付の一部負担金, 特別加入保険料, 請負の賃金総額, メリット制, 費用徴収.
export { careBenefit } from './careBenefit.js';
export type { CareBenefitInput, CareBenefit, CareLevel, CareBenefitReason } from './careBenefit.js';
export { medicalCopayment } from './medicalCopayment.js';
export type { MedicalCopaymentInput, MedicalCopayment } from './medicalCopayment.js';
export { specialEnrollmentPremium } from './specialEnrollment.js';
export type { SpecialEnrollmentInput, SpecialEnrollmentPremium, SpecialEnrollmentMember, SpecialEnrollmentAllocation, SpecialEnrollmentKind } from './specialEnrollment.js';
export { constructionWageBase } from './constructionWageBase.js';
export type { ConstructionWageBaseInput, ConstructionWageBase, MachineryWork } from './constructionWageBase.js';
export { meritRate, meritAdjustmentFromBalanceRatio, meritEligibility } from './merit.js';
export type { MeritRateInput, MeritRate, MeritScheme, BalanceRatioInput, MeritAdjustment, MeritEligibilityInput, MeritEligibility } from './merit.js';
export { costRecoveryEstimate } from './costRecovery.js';
export type { CostRecoveryInput, CostRecoveryEstimate, CostRecoveryCulpability, BenefitKind, PaidBenefit } from './costRecovery.js';
