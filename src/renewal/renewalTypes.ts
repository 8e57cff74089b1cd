/**
 * The types of {@link annualRenewal}'s input and result, apart from the function (renewal.ts), so that its two
 * paths (renewalExact.ts, fastRenewal.ts) use them without importing the module that imports them.
 * @module
 */
import type { TraceStep } from '../core/trace.js';
import type { Coverage, Premium, PremiumWages } from '../premium/premium.js';
import type { YenInput } from '../core/yen.js';
import type { RatesOption } from '../rates/registry.js';
import type { EmploymentCategory, SourceStatus } from '../rates/types.js';
import type { Appropriation, AppropriationTarget } from './appropriation.js';
import type { EstimateBasis } from './estimateBasis.js';
import type { GeneralContribution } from './generalContribution.js';
import type { Installment, Installments } from './installments.js';
import type { PaymentRecord, WageLedger } from './payroll.js';
import type { RenewalForm } from './renewalForm.js';

/** Input of {@link annualRenewal}. */
export interface AnnualRenewalInput {
  /** The 保険年度 in which the 年度更新 is filed (June–July of it): its 概算; the 確定 is for `renewalYear − 1`. */
  renewalYear: number;
  /** 労災 業種番号 (not needed for employment-only coverage). */
  industry?: string;
  /** 雇用保険 category (not needed for 労災-only coverage). */
  category?: EmploymentCategory;
  /** Default 'both'; '労災のみ' / '雇用のみ' for each side of a 二元適用事業. */
  coverage?: Coverage;
  /** The wages of the year just ended (one total, or `{ workersCompensation, employmentInsurance }`). */
  previousYearWages?: PremiumWages;
  /** Or the payment records of the year just ended, totalled by {@link wageLedger}. */
  previousYearPayroll?: readonly PaymentRecord[];
  /** 申告済概算保険料: the 概算保険料 declared for the year just ended, yen. */
  declaredEstimate: YenInput;
  /** This year's estimated wages (賃金総額の見込額); omitted → the previous year's bases are used. */
  estimatedWages?: PremiumWages;
  /** 労働保険事務組合に委託. Default false. */
  commissioned?: boolean;
  /** Apply for 延納 when eligible. Default true. */
  applyInstallments?: boolean;
  /** 充当意思 for an overpayment. Default 'both'. */
  appropriation?: Appropriation;
  /**
   * The order overpayment is applied in (the statutory order is unverified; rules.md §5.2). Default
   * `['installment1', 'generalContribution', 'installment2', 'installment3']`; targets the
   * `appropriation` choice excludes are skipped.
   */
  appropriationOrder?: readonly AppropriationTarget[];
  /** メリット-adjusted 労災保険率 of the year just ended (確定). */
  previousYearWorkersCompensationRate?: string;
  /** メリット-adjusted 労災保険率 of this year (概算). */
  workersCompensationRate?: string;
  rates?: RatesOption;
}

/** How the 超過額 was used. */
export interface RenewalAppropriation {
  choice: Appropriation;
  /** 充当額 to this year's 概算保険料. */
  toPremium: number;
  /** 充当額 to the 一般拠出金. */
  toGeneralContribution: number;
  /** 還付額 (to claim with 労働保険料還付請求書). */
  refund: number;
  applied: { target: AppropriationTarget; amount: number }[];
}

/** Result of {@link annualRenewal}: the figures of 様式第6号 (労働保険 概算・確定保険料申告書). */
export interface AnnualRenewal {
  /** The 保険年度 of the filing (its 概算); the 確定 is `finalPremium.fiscalYear`. */
  renewalYear: number;
  coverage: Coverage;
  /** The wage ledger, when payment records were given. */
  ledger?: WageLedger;
  /** 確定保険料 of the year just ended (per part: base, rate, amount). */
  finalPremium: Premium;
  /** 申告済概算保険料. */
  declaredEstimate: number;
  /** 不足額 (確定 − 申告済概算, when positive). */
  shortfall: number;
  /** 超過額 (申告済概算 − 確定, when positive). */
  excess: number;
  /** How the 超過額 was used. */
  appropriation: RenewalAppropriation;
  /** 一般拠出金 on the previous year's 労災 base. */
  generalContribution: GeneralContribution;
  /** Which base the 概算 uses, per insurance (徴収則24条). */
  estimateBasis: { workersCompensation?: EstimateBasis; employmentInsurance?: EstimateBasis };
  /** 概算保険料 of this year. */
  estimatedPremium: Premium;
  /** 延納 of the 概算保険料 (the plan: eligibility, count, the 期 of the 概算 alone). */
  installmentPlan: Installments;
  /** What is paid when: 第1期 = instalment + 不足額 + 一般拠出金 − 充当額; later 期 = instalment − 充当額. */
  installments: Installment[];
  /** The amount due: Σ installments. */
  amount: number;
  /** The boxes of 様式第6号, named (bases in 千円 as printed on the form). */
  form: RenewalForm;
  trace: TraceStep[];
  sources: string[];
  legalBasis: string[];
  /** The weakest status of the rates, rules and schedules used. */
  status: SourceStatus;
}
