import { copyOfFields, copyOther, inputObjectKind, readFields } from '../core/options.js';
import { fastRenewal } from './fastRenewal.js';
import { exactRenewalOf } from './renewalExact.js';
import type { AnnualRenewal, AnnualRenewalInput } from './renewalTypes.js';

export type { AnnualRenewal, AnnualRenewalInput, RenewalAppropriation } from './renewalTypes.js';

/**
 * 年度更新 — the annual renewal declaration (様式第6号), step by step as the procedure reads: the previous
 * year's 確定保険料 (per part, with the equal-base combined rule) and its 不足額 or 超過額 against the declared
 * 概算; the 一般拠出金; this year's 概算保険料 on the previous bases or the estimate (50%–200% rule, inclusive);
 * the 延納 plan; the 充当 of an overpayment (first to the first 期, then the 一般拠出金, then the next 期 —
 * configurable — or refunded); and the amount due per 期 (不足額 and 一般拠出金 added to the first). `amount`
 * is the total due. FY2022: docs/fy2022.md.
 *
 * @throws {@link InvalidInputError} `AMOUNT_*`, `INVALID_OPTION`, `UNKNOWN_CATEGORY`, `UNKNOWN_INDUSTRY`,
 *   `RATE_PERIOD_SPLIT` (a single previous-year total for the FY2022 確定); {@link RateTableError} `NO_RATE_TABLE`.
 *
 * @example
 * ```ts
 * import { annualRenewal } from 'jp-labor-insurance';
 * // rules.md §5.4 Example A: 小売業, FY2024 wages 30,125,678, declared 概算 520,000
 * const r = annualRenewal({ renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 30_125_678, declaredEstimate: 520_000 });
 * console.log(r.finalPremium.amount, r.shortfall, r.generalContribution.amount, r.estimatedPremium.amount); //=> 557312 37312 602 527187
 * console.log(r.installments.map((p) => p.amount), r.amount); //=> [ 213643, 175729, 175729 ] 565101
 * ```
 */
export function annualRenewal(input: AnnualRenewalInput): AnnualRenewal {
  // Read once, as every entry point does (own and inherited enumerable fields, in order, each read once): the
  // fast path looks at the values read; if it declines, the exact path gets the copy made of the same values,
  // so a getter or Proxy is never read twice or in another order.
  if (inputObjectKind(input, 'annualRenewal') === 'other') return exactRenewalOf(copyOther(input as object));
  const fields = readFields(input as object);
  return fastRenewal(fields) ?? exactRenewalOf(copyOfFields(input as object, fields));
}
