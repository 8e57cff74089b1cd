import { assertFiscalYear } from '../core/dates.js';
import { InvalidInputError } from '../core/errors.js';
import { weakestStatus } from '../core/status.js';
import type { TraceStep } from '../core/trace.js';
import type { PremiumCoreWages } from '../premium/compute.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { parsePremiumWages, type Coverage, type Premium, type PremiumWages } from '../premium/premium.js';
import type { RatesOption } from '../rates/registry.js';
import type { EmploymentCategory, SourceStatus } from '../rates/types.js';
import { APPROPRIATIONS, APPROPRIATION_TARGETS, appropriate, type Appropriation, type AppropriationTarget } from './appropriation.js';
import { estimateOf, type EstimatedWages } from './estimate.js';
import type { EstimateBasis } from './estimateBasis.js';
import { finalPremiumOf } from './finalPremium.js';
import { generalContributionOf, type GeneralContribution } from './generalContribution.js';
import { installmentPlanOf, type Installment, type Installments } from './installments.js';
import { computeWageLedger } from './ledgerCore.js';
import { wageLedger, type PaymentRecord, type WageLedger } from './payroll.js';
import { renewalForm, type RenewalForm } from './renewalForm.js';
import { renewalInstallmentsOf } from './renewalInstallments.js';
import type { PremiumSpec } from './renewalPremium.js';
import { assertObject, oneOf, assertBoolean } from './shared.js';

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

/** The parsed input of {@link annualRenewal}. */
interface RenewalRequest {
  renewalYear: number;
  spec: PremiumSpec;
  commissioned: boolean;
  applyInstallments: boolean;
  choice: Appropriation;
  order: readonly AppropriationTarget[];
  declared: bigint;
  estimated: EstimatedWages;
}

const INSTALLMENT_TARGETS = ['installment1', 'installment2', 'installment3'] as const;
const RENEWAL_LAW = ['徴収法19条1項・3項・6項 (確定保険料, 不足額, 超過額の充当・還付)', '徴収法15条1項 (概算保険料)', '石綿法35条・37条・38条 (一般拠出金)'] as const;

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
  const o = assertObject(input, 'annualRenewal');
  const req = renewalRequest(o);
  const { renewalYear, spec } = req;
  const previousYear = renewalYear - 1;
  const trace: TraceStep[] = [];

  // 0. The wages of the year just ended: given, or totalled from payment records.
  const prev = previousYearWages(o, previousYear, spec);
  if (prev.steps) trace.push(...prev.steps);

  // 1. 確定保険料, 不足額 / 超過額
  const f = finalPremiumOf(spec, previousYear, prev.wages, o['previousYearWorkersCompensationRate'], req.declared);
  trace.push(...f.trace);

  // 2. 一般拠出金 on the previous year's 労災 base.
  const gc = generalContributionOf(previousYear, f.final.workersCompensationWages ?? 0n, spec.coverage, spec.rates);
  trace.push(...gc.result.trace);

  // 3. 概算保険料: the base per insurance (50–200%), this year's rates.
  const e = estimateOf(spec, renewalYear, f.final, req.estimated, o['workersCompensationRate']);
  trace.push(...e.trace);

  // 4. 延納 of the 概算保険料.
  const plan = installmentPlanOf(e.estimate.amount, renewalYear, {
    commissioned: req.commissioned,
    coverage: spec.coverage,
    apply: req.applyInstallments,
    paymentMethod: 'paymentSlip',
  });
  trace.push(...plan.plan.trace);

  // 5. 充当 of the 超過額.
  const capacity: Partial<Record<AppropriationTarget, bigint>> = { generalContribution: gc.amount };
  plan.amounts.forEach((a, i) => (capacity[INSTALLMENT_TARGETS[i]!] = a));
  const ap = appropriate(f.excess, req.choice, req.order, capacity);
  trace.push(...ap.trace);

  // 6. 期別納付額.
  const due = renewalInstallmentsOf(plan.plan.installments, plan.amounts, f.shortfall, gc.amount, ap);
  trace.push(...due.trace);

  const declaredEstimate = yenToNumber(req.declared, 'declaredEstimate');
  const shortfall = yenToNumber(f.shortfall, 'shortfall');
  const refund = yenToNumber(ap.refund, 'refund');
  const basis = e.basis;
  const result: AnnualRenewal = {
    renewalYear,
    coverage: spec.coverage,
    finalPremium: f.final.premium,
    declaredEstimate,
    shortfall,
    excess: yenToNumber(f.excess, 'excess'),
    appropriation: {
      choice: req.choice,
      toPremium: yenToNumber(ap.toPremium, 'toPremium'),
      toGeneralContribution: yenToNumber(ap.toGeneralContribution, 'toGeneralContribution'),
      refund,
      applied: ap.applied.map((a) => ({ target: a.target, amount: yenToNumber(a.amount, 'appropriated') })),
    },
    generalContribution: gc.result,
    estimateBasis: basis,
    estimatedPremium: e.estimate.premium,
    installmentPlan: plan.plan,
    installments: due.installments,
    amount: yenToNumber(due.amount, 'amount'),
    form: renewalForm({
      final: f.final.premium,
      estimate: e.estimate.premium,
      generalContribution: gc.result,
      declaredEstimate,
      appropriated: yenToNumber(f.excess - ap.refund, 'appropriated'),
      refund,
      shortfall,
      choice: req.choice,
      installmentCount: plan.plan.count,
      installments: due.installments,
    }),
    trace,
    sources: [
      ...new Set([
        ...f.final.premium.sources,
        ...gc.result.sources,
        ...(basis.workersCompensation?.sources ?? []),
        ...(basis.employmentInsurance?.sources ?? []),
        ...e.estimate.premium.sources,
        ...plan.plan.sources,
      ]),
    ],
    legalBasis: [
      ...new Set([
        ...RENEWAL_LAW,
        ...gc.result.legalBasis,
        ...(basis.workersCompensation?.legalBasis ?? []),
        ...(basis.employmentInsurance?.legalBasis ?? []),
        ...plan.plan.legalBasis,
      ]),
    ],
    status: weakestStatus(
      f.final.status,
      gc.result.status,
      basis.workersCompensation?.status ?? 'confirmed',
      basis.employmentInsurance?.status ?? 'confirmed',
      e.estimate.status,
      plan.plan.status,
    ),
  };
  if (prev.ledger) result.ledger = prev.ledger;
  return result;
}

/** Reads and checks the options of the 年度更新 (everything but the wages of the year just ended). */
function renewalRequest(o: Record<string, unknown>): RenewalRequest {
  const renewalYear = assertFiscalYear(o['renewalYear']);
  const coverage = oneOf<Coverage>(o['coverage'], ['both', 'workersCompensation', 'employmentInsurance'], 'coverage', 'both');
  const commissioned = assertBoolean(o['commissioned'], 'commissioned', false);
  const applyInstallments = assertBoolean(o['applyInstallments'], 'applyInstallments', true);
  const choice = oneOf<Appropriation>(o['appropriation'], APPROPRIATIONS, 'appropriation', 'both');
  const order = parseOrder(o['appropriationOrder']);
  const declared = parseYen(o['declaredEstimate'], 'declaredEstimate');
  const spec: PremiumSpec = { coverage };
  if (o['industry'] !== undefined) spec.industry = o['industry'];
  if (o['category'] !== undefined) spec.category = o['category'];
  if (o['rates'] !== undefined) spec.rates = o['rates'] as RatesOption;
  return { renewalYear, spec, commissioned, applyInstallments, choice, order, declared, estimated: splitEstimate(o['estimatedWages'], coverage) };
}

/**
 * The wages of the year just ended: `previousYearWages`, or `previousYearPayroll` totalled on the exact ledger
 * core (its bigint premium wages and its steps feed the 確定; the public ledger is embedded in the result).
 */
function previousYearWages(o: Record<string, unknown>, previousYear: number, spec: PremiumSpec): { wages: PremiumCoreWages; steps?: TraceStep[]; ledger?: WageLedger } {
  const rates = spec.rates;
  if (o['previousYearPayroll'] !== undefined) {
    if (o['previousYearWages'] !== undefined)
      throw new InvalidInputError('INVALID_OPTION', 'give previousYearWages or previousYearPayroll, not both', { field: 'previousYearPayroll' });
    const records = o['previousYearPayroll'];
    const core = computeWageLedger({ fiscalYear: previousYear, records, rates, field: 'previousYearPayroll' });
    const ledger = wageLedger({ fiscalYear: previousYear, records: records as PaymentRecord[], ...(rates === undefined ? {} : { rates }) });
    return { wages: core.premiumWages, steps: core.steps, ledger };
  }
  if (o['previousYearWages'] !== undefined) return { wages: parsePremiumWages(o['previousYearWages'], spec.coverage) };
  throw new InvalidInputError('INVALID_OPTION', 'give the wages of the year just ended (previousYearWages) or its payment records (previousYearPayroll)', {
    field: 'previousYearWages',
  });
}

function parseOrder(value: unknown): readonly AppropriationTarget[] {
  if (value === undefined) return APPROPRIATION_TARGETS;
  if (!Array.isArray(value) || value.length === 0 || new Set(value).size !== value.length || !value.every((v) => (APPROPRIATION_TARGETS as readonly unknown[]).includes(v))) {
    throw new InvalidInputError('INVALID_OPTION', `appropriationOrder must list distinct targets among ${APPROPRIATION_TARGETS.join(', ')}`, { field: 'appropriationOrder' });
  }
  return value as AppropriationTarget[];
}

function splitEstimate(value: unknown, coverage: Coverage): EstimatedWages {
  if (value === undefined) return {};
  const wantWc = coverage !== 'employmentInsurance';
  const wantEi = coverage !== 'workersCompensation';
  if (typeof value === 'object' && value !== null) {
    const w = value as { workersCompensation?: unknown; employmentInsurance?: unknown };
    const out: EstimatedWages = {};
    if (wantWc && w.workersCompensation !== undefined) out.workersCompensation = parseYen(w.workersCompensation, 'estimatedWages.workersCompensation');
    if (wantEi && w.employmentInsurance !== undefined) {
      const e = w.employmentInsurance;
      out.employmentInsurance = Array.isArray(e) ? e.map((x, i) => parseYen(x, `estimatedWages.employmentInsurance[${i}]`)) : [parseYen(e, 'estimatedWages.employmentInsurance')];
    }
    return out;
  }
  const total = parseYen(value, 'estimatedWages');
  return { ...(wantWc ? { workersCompensation: total } : {}), ...(wantEi ? { employmentInsurance: [total] } : {}) };
}
