import { assertFiscalYear, toIsoDate, type DateInput } from '../core/dates.js';
import { splitRemainderFirst } from '../kernel/splitRemainderFirst.js';
import { InvalidInputError } from '../core/errors.js';
import { weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import type { Coverage } from '../premium/premium.js';
import { proceduresFor } from '../rates/areas/procedures.js';
import type { ProceduresData, RatesOption, SourceStatus } from '../rates/types.js';
import { PAYMENT_METHODS, type PaymentMethod } from './paymentMethod.js';
import { PROCEDURES, addDays, fiscalDate, assertObject, isWeekend, oneOf, assertBoolean, procedureSources } from './shared.js';

/** Input of {@link installments}. */
export interface InstallmentsInput {
  /** 概算保険料 (or 増加概算保険料) to divide, yen. 不足額 and 一般拠出金 are never part of it. */
  estimatedPremium: YenInput;
  /** The fiscal year of the 概算保険料 (whose due dates apply). */
  fiscalYear: number;
  /**
   * 保険関係成立日. Omit (or give a date before the fiscal year) for a business that existed on 4/1 —
   * the 年度更新 case.
   */
  establishedOn?: DateInput;
  /** 労働保険事務組合に委託: 延納 at any amount, and the later 2nd/3rd due dates. Default false. */
  commissioned?: boolean;
  /** Which insurances the 概算 covers; 労災のみ / 雇用のみ lower the threshold to 200,000 yen. Default 'both'. */
  coverage?: Coverage;
  /** Whether the employer applies for 延納 when eligible (a box on the 申告書). Default true. */
  apply?: boolean;
  /**
   * `'paymentSlip'` (default): 納付書 or 電子納付, due on the 納期限. `'accountTransfer'`: 口座振替納付 — the
   * premium is debited on the 振替納付日 9/6 (全期・第1期), 11/14 (第2期), 2/14 (第3期). Not with
   * `commissioned` (no source gives 口座振替 dates for 事務組合委託). A business established during the
   * year pays its first instalment with the 納付書 of its 成立 declaration (50 days), later ones by transfer.
   */
  paymentMethod?: PaymentMethod;
  /** A custom table (from defineRateTable) whose `procedures` block overrides the bundled thresholds, periods and due dates for its year. */
  rates?: RatesOption;
}

/**
 * One instalment (期) of a 延納 schedule, or the single 全期 payment — the one instalment type of the library
 * ({@link installments}, {@link annualRenewal}, {@link increasedEstimate}). Where the amount is composed
 * (the 年度更新's 期別納付額), its parts are given as well.
 */
export interface Installment {
  /** 1, 2, 3 — the 期 as printed on the 申告書 (a business established in June–September has 期 1 and 2). */
  number: number;
  /** First day of the period the instalment pays for. */
  from: string;
  /** Last day of the period. */
  to: string;
  /** The due date: the 納期限, or with 口座振替 the 振替納付日; never moved for weekends or holidays. */
  dueDate: string;
  /**
   * True when `dueDate` is a Saturday or Sunday. National holidays are not checked. Whether a 納期限
   * on such a day moves is unverified, and the library does not move it; a 振替納付日 on a bank holiday is
   * debited on the next business day (one source).
   */
  nonBusinessDay: boolean;
  /** Which schedule the date comes from: 法定納期限, 事務組合委託の納期限, or 口座振替の振替納付日. */
  dueDateBasis: 'statutory' | 'commissioned' | 'accountTransfer';
  /** How well that schedule is established (all three are `'confirmed'` by two or more sources). */
  dueDateStatus: SourceStatus;
  /** Yen due for this instalment (of a division, the remainder is on the first). */
  amount: number;
  /** The instalment of the 概算保険料 it contains (composed instalments only). */
  estimatedPremium?: number;
  /** 不足額 added (the first 期 of a 年度更新). */
  shortfall?: number;
  /** 一般拠出金 added (the first 期 of a 年度更新). */
  generalContribution?: number;
  /** 充当額 deducted (premium and 一般拠出金 together). */
  appropriated?: number;
}

/** Result of {@link installments}. */
export interface Installments {
  fiscalYear: number;
  /** The 概算保険料 divided (the headline yen: Σ instalments). */
  amount: number;
  /** Whether 延納 is allowed (and applied for). */
  installmentsAllowed: boolean;
  /** Why 延納 is or is not allowed, in English. */
  reason: string;
  /** Number of payments: 3, 2, or 1 (全期 / a single payment). */
  count: number;
  /** The threshold that applied (400,000 or 200,000 yen). */
  threshold: number;
  commissioned: boolean;
  coverage: Coverage;
  paymentMethod: PaymentMethod;
  /** 保険関係成立日 within the fiscal year, when given. */
  establishedOn?: string;
  installments: Installment[];
  legalBasis: string[];
  sources: string[];
  /** The weakest status of the rule and of the due-date schedules used. */
  status: SourceStatus;
  trace: TraceStep[];
}

/** Options of {@link installmentPlanOf}, already checked. @internal */
export interface InstallmentOptions {
  commissioned: boolean;
  coverage: Coverage;
  apply: boolean;
  paymentMethod: PaymentMethod;
  /** 保険関係成立日 within the fiscal year, if any. */
  established?: string;
  /** The procedure data of the year: a custom table's `procedures` block, or the bundled data (default). */
  procedures?: ProceduresData;
}

/** An instalment plan with its amounts as bigint yen (same order as `plan.installments`). @internal */
export interface InstallmentPlanOf {
  plan: Installments;
  amounts: bigint[];
}

const DIVIDE_LAW = '徴収則27条2項; 端数計算法3条';

/** What an instalment plan is made of apart from the amounts: its 期, dates and texts' params. */
/** @internal */
export interface PlanSkeleton {
  rows: readonly Omit<Installment, 'amount'>[];
  steps: readonly { id: string; rule: 'renewal.installment' | 'renewal.installmentWeekend'; params: Readonly<Record<string, string>> }[];
  firstDue: TraceStep;
  legalBasis: readonly string[];
  sources: readonly string[];
  status: SourceStatus;
}

// A plan without an establishment date depends only on (year, count, commissioned, payment method): built once.
const SKELETONS = new Map<string, PlanSkeleton>();

/** The skeleton of a plan (cached for the bundled data without an establishment date). @internal */
export function planSkeleton(P: ProceduresData, fiscalYear: number, count: number, commissioned: boolean, transfer: boolean, established: string | undefined): PlanSkeleton {
  const DATA = P.installments;
  const TRANSFER = DATA.accountTransferDueDates;
  // Only plans on the bundled data are cached (a custom table's procedures block is checked and frozen, but not keyed here).
  const key = established === undefined && P === PROCEDURES ? `${fiscalYear}|${count}|${commissioned ? 1 : 0}|${transfer ? 1 : 0}` : undefined;
  const cached = key === undefined ? undefined : SKELETONS.get(key);
  if (cached !== undefined) return cached;
  const firstDue = firstDueStep(P, fiscalYear, established, transfer);
  const fyEnd = `${fiscalYear + 1}-03-31`;
  const from1 = established ?? `${fiscalYear}-04-01`;
  const firstBasis: Installment['dueDateBasis'] = transfer && established === undefined ? 'accountTransfer' : 'statutory';
  const rows: Omit<Installment, 'amount'>[] = [];
  if (count === 1) rows.push(row(DATA, 1, from1, fyEnd, firstDue.value, firstBasis));
  else {
    // The last `count` periods of the year; the first of them starts on the establishment date.
    DATA.periods.slice(DATA.periods.length - count).forEach((p, i) => {
      let due = firstDue.value;
      let basis: Installment['dueDateBasis'] = firstBasis;
      if (i > 0) {
        if (transfer) [due, basis] = [fiscalDate(fiscalYear, p.accountTransferDue), 'accountTransfer'];
        else if (commissioned && p.commissionedDue !== undefined) [due, basis] = [fiscalDate(fiscalYear, p.commissionedDue), 'commissioned'];
        else [due, basis] = [fiscalDate(fiscalYear, p.due), 'statutory'];
      }
      rows.push(row(DATA, i + 1, i === 0 ? from1 : fiscalDate(fiscalYear, p.from), fiscalDate(fiscalYear, p.to), due, basis));
    });
  }
  const skeleton: PlanSkeleton = deepFreezeSkeleton({
    rows,
    steps: rows.map((it) => ({
      id: `installments.${it.number}`,
      rule: it.nonBusinessDay ? 'renewal.installmentWeekend' : 'renewal.installment',
      params: instalmentParams(DATA, it),
    })),
    firstDue,
    legalBasis: [DATA.legalBasis, ...(count > 1 ? [DIVIDE_LAW] : []), ...(commissioned ? [DATA.commissionedDueDates.legalBasis] : []), ...(transfer ? [TRANSFER.legalBasis] : [])],
    sources: procedureSources([...new Set([...DATA.sources, ...(commissioned ? DATA.commissionedDueDates.sources : []), ...(transfer ? TRANSFER.sources : [])])], P),
    status: weakestStatus(DATA.status as SourceStatus, ...rows.map((i) => i.dueDateStatus)),
  });
  if (key !== undefined) SKELETONS.set(key, skeleton);
  return skeleton;
}

function deepFreezeSkeleton(s: PlanSkeleton): PlanSkeleton {
  s.rows.forEach((r) => Object.freeze(r));
  s.steps.forEach((x) => Object.freeze(x.params));
  Object.freeze(s.firstDue);
  return s;
}

/** One instalment of a plan: its row (期, period, due date, schedule) with its amount, written out (one object shape). @internal */
export function planInstallment(r: Omit<Installment, 'amount'>, amount: number): Installment {
  return {
    number: r.number,
    from: r.from,
    to: r.to,
    dueDate: r.dueDate,
    nonBusinessDay: r.nonBusinessDay,
    dueDateBasis: r.dueDateBasis,
    dueDateStatus: r.dueDateStatus,
    amount,
  };
}

/**
 * 延納 of a 概算保険料 on bigint yen: eligibility, the number of 期, ⌊A/n⌋ with the remainder on the first,
 * the periods and due dates. @internal
 */
export function installmentPlanOf(amount: bigint, fiscalYear: number, opt: InstallmentOptions): InstallmentPlanOf {
  const { commissioned, coverage, apply, paymentMethod, established } = opt;
  const P = opt.procedures ?? PROCEDURES;
  const DATA = P.installments;
  const transfer = paymentMethod === 'accountTransfer';
  const threshold = coverage === 'both' ? DATA.thresholds.bothInsurances : DATA.thresholds.oneInsuranceOnly;
  const maxCount = established === undefined ? 3 : countForEstablishment(established, DATA);
  const e = eligibility(DATA.legalBasis, amount, BigInt(threshold), maxCount, commissioned, apply, coverage, established);
  const count = e.allowed ? maxCount : 1;
  const sk = planSkeleton(P, fiscalYear, count, commissioned, transfer, established);
  const trace: TraceStep[] = [sk.firstDue, e.step];
  const n = BigInt(count);
  const { first, each } = splitRemainderFirst(amount, n);
  if (count > 1)
    trace.push(
      traceStep('installments.divide', 'renewal.installmentsDivide', first, { amount: String(amount), count: String(count), each: String(each), remainder: String(first - each) }),
    );
  const amounts: bigint[] = [];
  const list: Installment[] = sk.rows.map((r, i) => {
    const a = i === 0 ? first : each;
    amounts.push(a);
    return planInstallment(r, yenToNumber(a, 'installment'));
  });
  sk.steps.forEach((st, i) => trace.push({ id: st.id, rule: st.rule, value: String(amounts[i]!), params: st.params }));
  const plan: Installments = {
    fiscalYear,
    amount: yenToNumber(amount, 'amount'),
    installmentsAllowed: e.allowed,
    reason: e.reason,
    count,
    threshold,
    commissioned,
    coverage,
    paymentMethod,
    installments: list,
    legalBasis: [...sk.legalBasis],
    sources: [...sk.sources],
    status: sk.status,
    trace,
  };
  if (established !== undefined) plan.establishedOn = established;
  return { plan, amounts };
}

/** The number of 期 a business established on `established` (within the year) may pay in. @internal */
export function countForEstablishment(established: string, data: ProceduresData['installments'] = PROCEDURES.installments): number {
  const md = established.slice(5);
  const row = data.establishment.find((r) => (r.from <= r.to ? r.from <= md && md <= r.to : md >= r.from || md <= r.to));
  return row!.count;
}

function firstDueStep(P: ProceduresData, fiscalYear: number, established: string | undefined, transfer: boolean): TraceStep {
  const TRANSFER = P.installments.accountTransferDueDates;
  if (established !== undefined) {
    const due = addDays(established, P.renewal.newBusinessDueDays);
    return traceStep('installments.firstDue', 'renewal.firstDueNewBusiness', due, { established, legalBasis: P.renewal.newBusinessLegalBasis });
  }
  if (transfer) return traceStep('installments.firstDue', 'renewal.firstDueAccountTransfer', fiscalDate(fiscalYear, TRANSFER.first), { legalBasis: TRANSFER.legalBasis });
  return traceStep('installments.firstDue', 'renewal.firstDue', fiscalDate(fiscalYear, P.renewal.declarationPeriod.lastDay), { legalBasis: P.renewal.legalBasis });
}

const COVERAGE_TERM: Readonly<Record<Coverage, string>> = { both: 'both', workersCompensation: 'wc', employmentInsurance: 'ei' };

/** `reason` of a plan whose 概算 is below the threshold (bigint or safe-integer yen: the same digits). @internal */
export function belowThresholdReason(amount: bigint | number, threshold: bigint | number, coverage: Coverage): string {
  return `概算保険料 ${amount} is below ${threshold} yen (${coverage === 'both' ? 'both insurances' : 'one insurance only'}) and the business is not commissioned to a 労働保険事務組合`;
}
/** `reason` of a plan that reaches the threshold. @internal */
export function aboveThresholdReason(amount: bigint | number, threshold: bigint | number): string {
  return `概算保険料 ${amount} ≥ ${threshold} yen`;
}
/** `reason` of an eligible plan without an application. @internal */
export const NOT_APPLIED_REASON = 'eligible, but 延納 was not applied for';
/** `reason` of a commissioned plan below the threshold. @internal */
export const COMMISSIONED_REASON = 'commissioned to a 労働保険事務組合 (any amount)';

/** 延納 eligibility (徴収則27条): 期 count, threshold, 事務組合委託, the application. @internal */
function eligibility(
  law: string,
  amount: bigint,
  threshold: bigint,
  maxCount: number,
  commissioned: boolean,
  apply: boolean,
  coverage: Coverage,
  established: string | undefined,
): { allowed: boolean; reason: string; step: TraceStep } {
  if (maxCount === 1) {
    const reason = `established on ${established}, on or after October 1: no 延納`;
    return { allowed: false, reason, step: traceStep('installments.eligibility', 'renewal.installmentsRefusedLateStart', 'false', { established: established!, legalBasis: law }) };
  }
  if (amount < threshold && !commissioned) {
    const reason = belowThresholdReason(amount, threshold, coverage);
    return {
      allowed: false,
      reason,
      step: traceStep('installments.eligibility', 'renewal.installmentsRefusedAmount', 'false', {
        amount: String(amount),
        threshold: String(threshold),
        coverage: COVERAGE_TERM[coverage],
        legalBasis: law,
      }),
    };
  }
  if (!apply)
    return {
      allowed: false,
      reason: NOT_APPLIED_REASON,
      step: traceStep('installments.eligibility', 'renewal.installmentsRefused', 'false', { reason: 'notApplied', legalBasis: law }),
    };
  if (commissioned && amount < threshold)
    return {
      allowed: true,
      reason: COMMISSIONED_REASON,
      step: traceStep('installments.eligibility', 'renewal.installmentsAllowed', 'true', { reason: 'commissioned', legalBasis: law }),
    };
  return {
    allowed: true,
    reason: aboveThresholdReason(amount, threshold),
    step: traceStep('installments.eligibility', 'renewal.installmentsAllowedAmount', 'true', { amount: String(amount), threshold: String(threshold), legalBasis: law }),
  };
}

function instalmentParams(DATA: ProceduresData['installments'], it: Omit<Installment, 'amount'>): Readonly<Record<string, string>> {
  const TRANSFER = DATA.accountTransferDueDates;
  const legalBasis =
    it.dueDateBasis === 'accountTransfer'
      ? TRANSFER.legalBasis
      : it.number === 1
        ? ''
        : it.dueDateBasis === 'commissioned'
          ? DATA.commissionedDueDates.legalBasis
          : '徴収則27条1項';
  return { number: String(it.number), from: it.from, to: it.to, dueDate: it.dueDate, legalBasis };
}

function row(
  DATA: ProceduresData['installments'],
  number: number,
  from: string,
  to: string,
  dueDate: string,
  dueDateBasis: Installment['dueDateBasis'],
): Omit<Installment, 'amount'> {
  const TRANSFER = DATA.accountTransferDueDates;
  const dueDateStatus = (dueDateBasis === 'accountTransfer' ? TRANSFER.status : dueDateBasis === 'commissioned' ? DATA.commissionedDueDates.status : DATA.status) as SourceStatus;
  return { number, from, to, dueDate, nonBusinessDay: isWeekend(dueDate), dueDateBasis, dueDateStatus };
}

/** Parses the options shared by {@link installments} and the 年度更新. @internal */
export function installmentOptions(o: Record<string, unknown>, fiscalYear: number): InstallmentOptions {
  const commissioned = assertBoolean(o['commissioned'], 'commissioned', false);
  const apply = assertBoolean(o['apply'], 'apply', true);
  const coverage = oneOf<Coverage>(o['coverage'], ['both', 'workersCompensation', 'employmentInsurance'], 'coverage', 'both');
  const paymentMethod = oneOf<PaymentMethod>(o['paymentMethod'], PAYMENT_METHODS, 'paymentMethod', 'paymentSlip');
  if (paymentMethod === 'accountTransfer' && commissioned) {
    throw new InvalidInputError(
      'INVALID_OPTION',
      "paymentMethod 'accountTransfer' cannot be combined with commissioned: no source gives 口座振替 dates for an employer who commissions a 労働保険事務組合",
      { field: 'paymentMethod', value: paymentMethod },
    );
  }
  const procedures = proceduresFor(fiscalYear, o['rates'] as RatesOption | undefined); // a custom table's procedures block overrides
  const out: InstallmentOptions = { commissioned, coverage, apply, paymentMethod, procedures };
  if (o['establishedOn'] !== undefined) {
    const d = toIsoDate(o['establishedOn'] as DateInput, 'establishedOn');
    const fyEnd = `${fiscalYear + 1}-03-31`;
    if (d > fyEnd) throw new InvalidInputError('INVALID_OPTION', `establishedOn ${d} is after FY${fiscalYear} (which ends ${fyEnd})`, { field: 'establishedOn', value: d });
    if (d >= `${fiscalYear}-04-01`) out.established = d;
  }
  return out;
}

/**
 * 延納 (instalments) of a 概算保険料 for a 継続事業: eligibility (≥ 400,000 yen; ≥ 200,000 yen when only
 * 労災 or only 雇用 applies; any amount when commissioned to a 労働保険事務組合; never when the
 * 保険関係 was established on or after 10/1), the number of instalments by the establishment date
 * (3 / 2 / 1), each ⌊A/n⌋ with the remainder on the first (端数計算法3条), and the due dates — 7/10,
 * 10/31, 1/31; for 事務組合委託 11/14 and 2/14; with 口座振替 (`paymentMethod: 'accountTransfer'`) the
 * 振替納付日 9/6, 11/14, 2/14. A business established during the year pays its first instalment within
 * 50 days (翌日起算). The dates are data (rates/parameters/procedures.yaml), each schedule with its sources.
 *
 * @throws {@link InvalidInputError} `AMOUNT_*`, `INVALID_DATE`, `INVALID_OPTION`.
 *
 * @example
 * ```ts
 * import { installments } from 'jp-labor-insurance';
 * const n = installments({ estimatedPremium: 1_000_000, fiscalYear: 2025 });
 * console.log(n.installments.map((i) => i.amount), n.amount, n.status); //=> [ 333334, 333333, 333333 ] 1000000 'confirmed'
 * console.log(n.installments.map((i) => i.dueDate)); //=> [ '2025-07-10', '2025-10-31', '2026-01-31' ]
 * const c = installments({ estimatedPremium: 150_000, fiscalYear: 2025, commissioned: true });
 * console.log(c.count, c.installments[2]?.dueDate); //=> 3 '2026-02-14'
 * const t = installments({ estimatedPremium: 1_000_000, fiscalYear: 2025, paymentMethod: 'accountTransfer' });
 * console.log(t.installments.map((i) => i.dueDate)); //=> [ '2025-09-06', '2025-11-14', '2026-02-14' ]
 * ```
 */
export function installments(input: InstallmentsInput): Installments {
  const o = assertObject(input, 'installments');
  const fiscalYear = assertFiscalYear(o['fiscalYear']);
  const amount = parseYen(o['estimatedPremium'], 'estimatedPremium');
  return installmentPlanOf(amount, fiscalYear, installmentOptions(o, fiscalYear)).plan;
}
