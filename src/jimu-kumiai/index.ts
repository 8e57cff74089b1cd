// 労働保険事務組合: the batch 年度更新 of every member, its summary, the 労働保険番号.
export { renewMembers } from './renewMembers.js';
export { renewalSummary } from './renewalSummary.js';
export type { RenewalSummary } from './renewalSummary.js';
export { parseLaborInsuranceNumber } from './laborInsuranceNumber.js';
export type { LaborInsuranceNumber, LaborInsuranceBusinessKind, ParseLaborInsuranceNumberOptions } from './laborInsuranceNumber.js';
export type { RenewalMember, MemberRenewal, MemberRenewalOk, MemberRenewalError, RenewalBatchSummary, DueDateTotal, RenewMembersOptions } from './types.js';
