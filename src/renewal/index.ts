// 一般拠出金, 年度更新, 延納, 増加概算保険料, 追徴金・延滞金, 賃金集計, 未手続事業の認定決定の見込み.
export { generalContribution } from './generalContribution.js';
export type { GeneralContributionInput, GeneralContribution } from './generalContribution.js';
export { installments } from './installments.js';
export type { InstallmentsInput, Installments, Installment } from './installments.js';
export { PAYMENT_METHODS, isPaymentMethod } from './paymentMethod.js';
export type { PaymentMethod } from './paymentMethod.js';
export { surcharge, lateFee } from './penalties.js';
export type { SurchargeInput, Surcharge, LateFeeInput, LateFee, LateFeeRates, LateFeeSegment } from './penalties.js';
export { wageLedger } from './payroll.js';
export type { PaymentRecord, WageLedgerInput, WageLedger, WageLedgerRow } from './payroll.js';
export { estimateBasis } from './estimateBasis.js';
export type { EstimateBasisInput, EstimateBasis } from './estimateBasis.js';
export { annualRenewal } from './renewal.js';
export type { AnnualRenewalInput, AnnualRenewal, RenewalPayment, RenewalForm, FormLine, Appropriation, AppropriationTarget } from './renewal.js';
export { increasedEstimate } from './increasedEstimate.js';
export type { IncreasedEstimateInput, IncreasedEstimate, IncreasedEstimateInstallment } from './increasedEstimate.js';
export { unregisteredEstimate } from './unregistered.js';
export type { UnregisteredEstimateInput, UnregisteredEstimate, UnregisteredYear } from './unregistered.js';
