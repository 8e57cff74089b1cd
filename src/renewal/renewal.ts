import { assertFiscalYear } from '../core/dates.js';
import { InvalidInputError } from '../core/errors.js';
import { groupDigits, step, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import type { EmploymentCategory } from '../rates/types.js';
import { textSteps } from '../premium/textSteps.js';
import { laborInsurancePremium, type Coverage, type Premium, type PremiumInput, type PremiumWages } from '../premium/premium.js';
import { ratesFor, type RatesOption } from '../rates/registry.js';
import { estimateBasis, type EstimateBasis } from './estimateBasis.js';
import { generalContribution, type GeneralContribution } from './generalContribution.js';
import { installments, type Installments } from './installments.js';
import { wageLedger, type PaymentRecord, type WageLedger } from './payroll.js';
import { assertObject, oneOf, assertBoolean } from './shared.js';

/**
 * 充当意思 — what an overpaid 概算保険料 (超過額) is applied to: `'premium'` (1: this year's 概算保険料),
 * `'generalContribution'` (2: the 一般拠出金), `'both'` (3, default) or `'refund'` (還付請求).
 */
export type Appropriation = 'premium' | 'generalContribution' | 'both' | 'refund';

/** A place an overpayment can be applied to. */
export type AppropriationTarget = 'installment1' | 'generalContribution' | 'installment2' | 'installment3';

/** Input of {@link annualRenewal}. */
export interface AnnualRenewalInput {
  /** The fiscal year of the 年度更新 (June–July of it); the 確定保険料 is for `fiscalYear − 1`. */
  fiscalYear: number;
  /** 労災 業種番号 (not needed for employment-only coverage). */
  industry?: string;
  /** 雇用保険 category (not needed for 労災-only coverage). */
  category?: EmploymentCategory;
  /** Default 'both'; '労災のみ' / '雇用のみ' for each side of a 二元適用事業. */
  coverage?: Coverage;
  /** The previous year's actual wages (one total, or `{ workersCompensation, employmentInsurance }`). */
  previousWages?: PremiumWages;
  /** Or the previous year's payment records, totalled by {@link wageLedger}. */
  payroll?: readonly PaymentRecord[];
  /** 申告済概算保険料: the 概算保険料 declared for the previous year, yen. */
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
  /** メリット-adjusted 労災保険率 of the previous year (確定). */
  previousWorkersCompensationRate?: string;
  /** メリット-adjusted 労災保険率 of this year (概算). */
  workersCompensationRate?: string;
  rates?: RatesOption;
}

/** One payment of the 年度更新: an instalment with what is added to and deducted from it. */
export interface RenewalPayment {
  /** 期 (1, 2, 3). */
  number: number;
  /** This instalment of the 概算保険料. */
  estimatedPremium: number;
  /** 不足額 (first payment only). */
  shortfall: number;
  /** 一般拠出金 (first payment only). */
  generalContribution: number;
  /** 充当額 deducted from this payment (premium and 一般拠出金 together). */
  appropriated: number;
  /** What the employer pays for this 期. */
  amount: number;
  dueDate: string;
  nonBusinessDay: boolean;
}

/** Result of {@link annualRenewal}: the figures of 様式第6号 (労働保険 概算・確定保険料申告書). */
export interface AnnualRenewal {
  fiscalYear: number;
  previousFiscalYear: number;
  coverage: Coverage;
  /** The wage ledger, when payment records were given. */
  ledger?: WageLedger;
  /** 確定保険料 of the previous year (per part: base, rate, amount). */
  finalPremium: Premium;
  /** 申告済概算保険料. */
  declaredEstimate: number;
  /** 不足額 (確定 − 申告済概算, when positive). */
  shortfall: number;
  /** 超過額 (申告済概算 − 確定, when positive). */
  excess: number;
  /** How the 超過額 was used. */
  appropriation: {
    choice: Appropriation;
    /** 充当額 to this year's 概算保険料. */
    toPremium: number;
    /** 充当額 to the 一般拠出金. */
    toGeneralContribution: number;
    /** 還付額 (to claim with 労働保険料還付請求書). */
    refund: number;
    applied: { target: AppropriationTarget; amount: number }[];
  };
  /** 一般拠出金 on the previous year's 労災 base. */
  generalContribution: GeneralContribution;
  /** Which base the 概算 uses, per insurance (徴収則24条). */
  estimateBasis: { workersCompensation?: EstimateBasis; employmentInsurance?: EstimateBasis };
  /** 概算保険料 of this year. */
  estimatedPremium: Premium;
  /** 延納 of the 概算保険料. */
  installments: Installments;
  /** What is paid when: 第1期 = instalment + 不足額 + 一般拠出金 − 充当額. */
  payments: RenewalPayment[];
  /** Σ payments. */
  totalDue: number;
  /** The boxes of 様式第6号, named (bases in 千円 as printed on the form). */
  form: RenewalForm;
  trace: TraceStep[];
}

/** The figures to write on 様式第6号 (労働保険 概算・増加概算・確定保険料 申告書). */
export interface RenewalForm {
  /** ④ 確定保険料算定内訳, per part: 算定基礎額 (千円), 料率 (/1000), 確定保険料額. */
  final: { workersCompensation?: FormLine; employmentInsurance?: FormLine; total: number };
  /** ⑧ 概算保険料算定内訳: 算定基礎額の見込額 (千円), 料率, 概算保険料額. */
  estimate: { workersCompensation?: FormLine; employmentInsurance?: FormLine; total: number };
  /** 一般拠出金: 算定基礎額 (千円), 率, 額. */
  generalContribution: FormLine;
  /** ⑱ 申告済概算保険料額. */
  declaredEstimate: number;
  /** ⑳ 差引額: 充当額 (保険料 + 一般拠出金), 還付額, 不足額. */
  difference: { appropriated: number; refund: number; shortfall: number };
  /** 充当意思 code: 1 (保険料), 2 (一般拠出金), 3 (両方), or none for 還付. */
  appropriationCode?: 1 | 2 | 3;
  /** ㉑ 延納の申請 納付回数 (1 = 全期). */
  installmentCount: number;
  /** ㉒ 期別納付額 per 期: 概算保険料額, 充当額, 不足額, 一般拠出金, 今期納付額. */
  payments: RenewalPayment[];
}

/** One line of the form: base in thousand yen, rate per 1000, amount. */
export interface FormLine {
  /** 算定基礎額 in 千円 (the form's unit). */
  baseThousands: number;
  /** Rate per 1000 ("17.5"; FY2022 雇用 shows both periods' rates joined by '/'). */
  rate: string;
  amount: number;
}

const DEFAULT_ORDER: readonly AppropriationTarget[] = ['installment1', 'generalContribution', 'installment2', 'installment3'];
const TARGETS: readonly AppropriationTarget[] = DEFAULT_ORDER;

/**
 * 年度更新 — the annual renewal declaration (様式第6号): the previous year's 確定保険料 (per part, with the
 * equal-base combined rule), its 不足額 or 超過額 against the declared 概算, the 一般拠出金, this year's
 * 概算保険料 on the previous bases or the estimate (50%–200% rule, inclusive), the 延納 schedule, and the
 * amount due per 期 — 不足額 and 一般拠出金 added to the first, an overpayment applied (充当) first to the
 * first 期, then the 一般拠出金, then the next 期 (configurable), or refunded. FY2022: docs/fy2022.md.
 *
 * @throws {@link InvalidInputError} `AMOUNT_*`, `INVALID_OPTION`, `UNKNOWN_CATEGORY`, `UNKNOWN_INDUSTRY`,
 *   `RATE_PERIOD_SPLIT` (a single previous-year total for the FY2022 確定); {@link RateTableError} `NO_RATE_TABLE`.
 *
 * @example
 * ```ts
 * import { annualRenewal } from 'jp-labor-insurance';
 * // rules.md §5.4 Example A: 小売業, FY2024 wages 30,125,678, declared 概算 520,000
 * const r = annualRenewal({ fiscalYear: 2025, industry: '98', category: 'general', previousWages: 30_125_678, declaredEstimate: 520_000 });
 * console.log(r.finalPremium.amount, r.shortfall, r.generalContribution.amount, r.estimatedPremium.amount); //=> 557312 37312 602 527187
 * console.log(r.payments.map((p) => p.amount)); //=> [ 213643, 175729, 175729 ]
 * ```
 */
export function annualRenewal(input: AnnualRenewalInput): AnnualRenewal {
  const o = assertObject(input, 'annualRenewal');
  const fiscalYear = assertFiscalYear(o['fiscalYear']);
  const previousFiscalYear = fiscalYear - 1;
  const coverage = oneOf<Coverage>(o['coverage'], ['both', 'workersCompensation', 'employmentInsurance'], 'coverage', 'both');
  const commissioned = assertBoolean(o['commissioned'], 'commissioned', false);
  const applyInstallments = assertBoolean(o['applyInstallments'], 'applyInstallments', true);
  const choice = oneOf<Appropriation>(o['appropriation'], ['premium', 'generalContribution', 'both', 'refund'], 'appropriation', 'both');
  const order = parseOrder(o['appropriationOrder']);
  const declared = parseYen(o['declaredEstimate'], 'declaredEstimate');
  const rates = o['rates'] as RatesOption | undefined;
  const ratesOpt = rates === undefined ? {} : { rates };
  const trace: TraceStep[] = [];

  // Previous year's wages: given, or totalled from payment records.
  let ledger: WageLedger | undefined;
  let previousWages: PremiumWages;
  if (o['payroll'] !== undefined) {
    if (o['previousWages'] !== undefined) throw new InvalidInputError('INVALID_OPTION', 'give previousWages or payroll, not both', { field: 'payroll' });
    ledger = wageLedger({ fiscalYear: previousFiscalYear, records: o['payroll'] as PaymentRecord[], ...ratesOpt });
    previousWages = ledger.premiumWages;
    trace.push(...ledger.trace);
  } else if (o['previousWages'] !== undefined) previousWages = o['previousWages'] as PremiumWages;
  else throw new InvalidInputError('INVALID_OPTION', 'give the previous year’s wages (previousWages) or its payment records (payroll)', { field: 'previousWages' });

  const premiumInput = (fy: number, wages: PremiumWages, rate: unknown): PremiumInput => {
    const p: PremiumInput = { fiscalYear: fy, wages, coverage, ...ratesOpt };
    if (o['industry'] !== undefined) p.industry = o['industry'] as string;
    if (o['category'] !== undefined) p.category = o['category'] as EmploymentCategory;
    if (rate !== undefined) p.workersCompensationRate = rate as string;
    return p;
  };

  // 1. 確定保険料
  const finalPremium = laborInsurancePremium(premiumInput(previousFiscalYear, previousWages, o['previousWorkersCompensationRate']));
  trace.push(...textSteps('final', finalPremium.trace));
  const K = BigInt(finalPremium.amount);
  const shortfall = K > declared ? K - declared : 0n;
  const excess = declared > K ? declared - K : 0n;
  trace.push(
    step(
      'final.difference',
      (K - declared).toString(),
      `確定保険料 ${groupDigits(K)} − 申告済概算保険料 ${groupDigits(declared)} = ${shortfall > 0n ? `不足額 ${groupDigits(shortfall)}` : `超過額 ${groupDigits(excess)}`}`,
      `final premium ${groupDigits(K)} − declared estimate ${groupDigits(declared)}: ${shortfall > 0n ? `shortfall ${groupDigits(shortfall)}` : `excess ${groupDigits(excess)}`}`,
      '徴収法19条3項・6項',
    ),
  );

  // 2. 一般拠出金 on the previous year's 労災 base.
  const gc = generalContribution({ fiscalYear: previousFiscalYear, wages: finalPremium.workersCompensation?.wages ?? 0, coverage, ...ratesOpt });
  trace.push(...gc.trace);

  // 3. 概算保険料: previous base or estimate, per insurance.
  const est = splitEstimate(o['estimatedWages'], coverage);
  const basis: AnnualRenewal['estimateBasis'] = {};
  const wagesForEstimate: { workersCompensation?: YenInput; employmentInsurance?: YenInput | YenInput[] } = {};
  if (finalPremium.workersCompensation) {
    const b = estimateBasis(est.wc === undefined ? { previousWages: finalPremium.workersCompensation.wages } : { previousWages: finalPremium.workersCompensation.wages, estimatedWages: est.wc });
    basis.workersCompensation = b;
    trace.push(...b.trace.map((s) => ({ ...s, step: `wc.${s.step}`, ja: `労災: ${s.ja}`, en: `workers' compensation: ${s.en}` })));
    wagesForEstimate.workersCompensation = b.base;
  }
  if (finalPremium.employmentInsurance) {
    const prevEi = finalPremium.employmentInsurance.wages;
    const estSum = est.ei === undefined ? undefined : est.ei.reduce((a, x) => a + x, 0n);
    const b = estimateBasis(estSum === undefined ? { previousWages: prevEi } : { previousWages: prevEi, estimatedWages: estSum });
    basis.employmentInsurance = b;
    trace.push(...b.trace.map((s) => ({ ...s, step: `ei.${s.step}`, ja: `雇用: ${s.ja}`, en: `employment: ${s.en}` })));
    wagesForEstimate.employmentInsurance = b.use === 'estimate' && est.ei !== undefined && est.ei.length > 1 ? est.ei : b.base;
    // FY2022: one annual base is halved between the two 雇用保険 rate periods as the 申告書 instructions say.
    const halves = typeof wagesForEstimate.employmentInsurance === 'number' ? halvesForRatePeriods(BigInt(wagesForEstimate.employmentInsurance), fiscalYear, ratesOpt) : undefined;
    if (halves) {
      wagesForEstimate.employmentInsurance = halves.wages;
      trace.push(...halves.steps);
    }
  }
  const estimatedPremium = laborInsurancePremium(premiumInput(fiscalYear, wagesForEstimate, o['workersCompensationRate']));
  trace.push(...textSteps('estimate', estimatedPremium.trace));

  // 4. 延納
  const inst = installments({ amount: estimatedPremium.amount, fiscalYear, commissioned, coverage, apply: applyInstallments });
  trace.push(...inst.trace);

  // 5. 充当
  const remainingTarget = new Map<AppropriationTarget, bigint>();
  inst.installments.forEach((it, i) => remainingTarget.set(`installment${i + 1}` as AppropriationTarget, BigInt(it.amount)));
  remainingTarget.set('generalContribution', BigInt(gc.amount));
  const allowed = (t: AppropriationTarget): boolean => (choice === 'both' ? true : choice === 'premium' ? t !== 'generalContribution' : choice === 'generalContribution' ? t === 'generalContribution' : false);
  let left = excess;
  const applied: { target: AppropriationTarget; amount: number }[] = [];
  const appliedTo = new Map<AppropriationTarget, bigint>();
  for (const t of order) {
    if (left === 0n || !allowed(t)) continue;
    const cap = remainingTarget.get(t);
    if (cap === undefined || cap === 0n) continue;
    const a = left < cap ? left : cap;
    left -= a;
    appliedTo.set(t, a);
    applied.push({ target: t, amount: yenToNumber(a, 'appropriated') });
    trace.push(step(`appropriation.${t}`, a, `超過額を${targetJa(t)}に充当 ${groupDigits(a)}`, `excess applied to ${t}: ${groupDigits(a)}`, '徴収法19条6項; 徴収則37条 (article numbers unverified)'));
  }
  const refund = left;
  if (excess > 0n) trace.push(step('appropriation.refund', refund, `還付額 ${groupDigits(refund)}`, `refundable: ${groupDigits(refund)}`, '徴収則36条 (article number unverified)'));
  const toGc = appliedTo.get('generalContribution') ?? 0n;
  const toPremium = excess - refund - toGc;

  // 6. Payments
  const payments: RenewalPayment[] = inst.installments.map((it, i) => {
    const key = `installment${i + 1}` as AppropriationTarget;
    const first = i === 0;
    const sf = first ? shortfall : 0n;
    const g = first ? BigInt(gc.amount) : 0n;
    const ap = (appliedTo.get(key) ?? 0n) + (first ? toGc : 0n);
    const amount = BigInt(it.amount) + sf + g - ap;
    trace.push(step(`payment.${it.number}`, amount, `第${it.number}期 納付額 ${groupDigits(it.amount)}${first ? ` + 不足額 ${groupDigits(sf)} + 一般拠出金 ${groupDigits(g)}` : ''} − 充当額 ${groupDigits(ap)} = ${groupDigits(amount)} (納期限 ${it.dueDate})`, `instalment ${it.number}: ${groupDigits(it.amount)}${first ? ` + shortfall ${groupDigits(sf)} + general contribution ${groupDigits(g)}` : ''} − applied ${groupDigits(ap)} = ${groupDigits(amount)} (due ${it.dueDate})`, '徴収法18条・19条3項; 石綿法37条'));
    return {
      number: it.number,
      estimatedPremium: it.amount,
      shortfall: yenToNumber(sf, 'shortfall'),
      generalContribution: yenToNumber(g, 'generalContribution'),
      appropriated: yenToNumber(ap, 'appropriated'),
      amount: yenToNumber(amount, 'payment'),
      dueDate: it.dueDate,
      nonBusinessDay: it.nonBusinessDay,
    };
  });
  const totalDue = payments.reduce((a, p) => a + BigInt(p.amount), 0n);

  const result: AnnualRenewal = {
    fiscalYear,
    previousFiscalYear,
    coverage,
    finalPremium,
    declaredEstimate: yenToNumber(declared, 'declaredEstimate'),
    shortfall: yenToNumber(shortfall, 'shortfall'),
    excess: yenToNumber(excess, 'excess'),
    appropriation: { choice, toPremium: yenToNumber(toPremium, 'toPremium'), toGeneralContribution: yenToNumber(toGc, 'toGeneralContribution'), refund: yenToNumber(refund, 'refund'), applied },
    generalContribution: gc,
    estimateBasis: basis,
    estimatedPremium,
    installments: inst,
    payments,
    totalDue: yenToNumber(totalDue, 'totalDue'),
    form: {
      final: formLines(finalPremium),
      estimate: formLines(estimatedPremium),
      generalContribution: { baseThousands: thousands(gc.base), rate: gc.rate, amount: gc.amount },
      declaredEstimate: yenToNumber(declared, 'declaredEstimate'),
      difference: { appropriated: yenToNumber(excess - refund, 'appropriated'), refund: yenToNumber(refund, 'refund'), shortfall: yenToNumber(shortfall, 'shortfall') },
      ...(choice === 'refund' ? {} : { appropriationCode: choice === 'premium' ? (1 as const) : choice === 'generalContribution' ? (2 as const) : (3 as const) }),
      installmentCount: inst.count,
      payments,
    },
    trace,
  };
  if (ledger) result.ledger = ledger;
  return result;
}

/** A base (a multiple of 1,000 yen) in 千円, by integer division. */
function thousands(base: number): number {
  return yenToNumber(BigInt(base) / 1000n, 'baseThousands');
}

function formLines(p: Premium): { workersCompensation?: FormLine; employmentInsurance?: FormLine; total: number } {
  const out: { workersCompensation?: FormLine; employmentInsurance?: FormLine; total: number } = { total: p.amount };
  if (p.workersCompensation) out.workersCompensation = { baseThousands: thousands(p.workersCompensation.base), rate: p.workersCompensation.rate, amount: p.workersCompensation.amount };
  if (p.employmentInsurance) out.employmentInsurance = { baseThousands: thousands(p.employmentInsurance.base), rate: p.employmentInsurance.rate ?? p.employmentInsurance.periods.map((x) => x.rate).join('/'), amount: p.employmentInsurance.amount };
  return out;
}

function targetJa(t: AppropriationTarget): string {
  return t === 'generalContribution' ? '一般拠出金' : `第${t.slice(-1)}期概算保険料`;
}

function parseOrder(value: unknown): readonly AppropriationTarget[] {
  if (value === undefined) return DEFAULT_ORDER;
  if (!Array.isArray(value) || value.length === 0 || new Set(value).size !== value.length || !value.every((v) => (TARGETS as readonly unknown[]).includes(v))) {
    throw new InvalidInputError('INVALID_OPTION', `appropriationOrder must list distinct targets among ${TARGETS.join(', ')}`, { field: 'appropriationOrder' });
  }
  return value as AppropriationTarget[];
}

function splitEstimate(value: unknown, coverage: Coverage): { wc?: bigint; ei?: bigint[] } {
  if (value === undefined) return {};
  const wantWc = coverage !== 'employmentInsurance';
  const wantEi = coverage !== 'workersCompensation';
  if (typeof value === 'object' && value !== null) {
    const w = value as { workersCompensation?: unknown; employmentInsurance?: unknown };
    const out: { wc?: bigint; ei?: bigint[] } = {};
    if (wantWc && w.workersCompensation !== undefined) out.wc = parseYen(w.workersCompensation, 'estimatedWages.workersCompensation');
    if (wantEi && w.employmentInsurance !== undefined) {
      const e = w.employmentInsurance;
      out.ei = Array.isArray(e) ? e.map((x, i) => parseYen(x, `estimatedWages.employmentInsurance[${i}]`)) : [parseYen(e, 'estimatedWages.employmentInsurance')];
    }
    return out;
  }
  const total = parseYen(value, 'estimatedWages');
  return { ...(wantWc ? { wc: total } : {}), ...(wantEi ? { ei: [total] } : {}) };
}

const HALVES_LAW = '徴収法15条1項・徴収則24条; 厚生労働省『令和4年度 労働保険年度更新 申告書の書き方』概算保険料(雇用保険分)算定内訳 ※1 (千円未満の端数は、前期は切り上げ、後期は切り捨て)';

/**
 * 令和4年度 (FY2022) 概算保険料(雇用保険分): when the year's 雇用保険率 changes at the half-year (4/1–9/30 and
 * 10/1–3/31) and the 概算 rests on one annual base (the previous year's, or one annual 見込額), the base — already
 * 千円未満切捨て — is halved: the April–September half rounded up to 千円, the October–March half rounded down
 * (so the halves add up to the base). Undefined for a year with one rate period, or periods that are not the
 * two halves of the year (no rule is published for them; the premium then refuses with RATE_PERIOD_SPLIT).
 */
function halvesForRatePeriods(base: bigint, fiscalYear: number, ratesOpt: { rates?: RatesOption }): { wages: [number, number]; steps: TraceStep[] } | undefined {
  const periods = ratesFor(fiscalYear, ratesOpt).employmentInsurance;
  if (periods.length !== 2 || periods[0]!.from !== `${fiscalYear}-04-01` || periods[0]!.to !== `${fiscalYear}-09-30` || periods[1]!.from !== `${fiscalYear}-10-01` || periods[1]!.to !== `${fiscalYear + 1}-03-31`) return undefined;
  const k = base / 1000n; // the base is a multiple of 1,000 (千円未満切捨て); k in 千円
  const first = ((k + 1n) / 2n) * 1000n; // ⌈k / 2⌉ 千円: 千円未満切上げ
  const second = (k / 2n) * 1000n; // ⌊k / 2⌋ 千円: 千円未満切捨て
  return {
    wages: [yenToNumber(first, 'estimate.employmentInsurance[0]'), yenToNumber(second, 'estimate.employmentInsurance[1]')],
    steps: [
      step('ei.estimate.half.0', first, `雇用: 算定基礎額の見込額 ${groupDigits(base)} の2分の1 → 前期 (${periods[0]!.from}〜${periods[0]!.to}) ${groupDigits(first)} (千円未満切上げ)`, `employment: half of the estimated base ${groupDigits(base)} → first half (${periods[0]!.from}..${periods[0]!.to}) ${groupDigits(first)} (rounded up to ¥1,000)`, HALVES_LAW),
      step('ei.estimate.half.1', second, `雇用: 算定基礎額の見込額 ${groupDigits(base)} の2分の1 → 後期 (${periods[1]!.from}〜${periods[1]!.to}) ${groupDigits(second)} (千円未満切捨て)`, `employment: half of the estimated base ${groupDigits(base)} → second half (${periods[1]!.from}..${periods[1]!.to}) ${groupDigits(second)} (rounded down to ¥1,000)`, HALVES_LAW),
    ],
  };
}
