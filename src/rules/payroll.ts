import type { RuleArea } from './types.js';

/**
 * 被保険者の判定 (employmentInsuranceEligibility) and 賃金の範囲 (classifyPayItem): each reason of a decision
 * is one step; its text and law come with the reason (`ja`, `en`, `legalBasis` params), so the catalogue
 * holds one template per kind of step. @internal
 */
export const PAYROLL_RULES = {
  'payroll.eligibilityReason': { ja: '{ja}', en: '{en}', law: '{legalBasis}' },
  'payroll.eligibilityDecision': { ja: '雇用保険の被保険者: {value} ({category})', en: 'employment insurance 被保険者: {value} ({category})' },
  'payroll.payItem': { ja: '{name}: 賃金 {value} — {ja}', en: '{name}: wage {value} — {en}', law: '{legalBasis}' },
} as const satisfies RuleArea<'payroll'>;
