import { assertFiscalYear, toIsoDate, type DateInput } from '../core/dates.js';
import { InvalidInputError } from '../core/errors.js';
import { groupDigits, step, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import type { Coverage } from '../premium/premium.js';
import { proceduresFor } from '../rates/areas/procedures.js';
import type { ProceduresData, RatesOption, SourceStatus } from '../rates/types.js';
import { PAYMENT_METHODS, type PaymentMethod } from './paymentMethod.js';
import { addDays, fiscalDate, assertObject, isWeekend, oneOf, assertBoolean } from './shared.js';

/** Input of {@link installments}. */
export interface InstallmentsInput {
  /** 概算保険料 (or 増加概算保険料) to divide, yen. 不足額 and 一般拠出金 are never part of it. */
  amount: YenInput;
  /** The fiscal year of the 概算保険料. */
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
  /**
   * Your checked table(s) (`defineRateTable`): a table for `fiscalYear` with a `procedures` block
   * replaces the bundled due dates and thresholds for that year.
   */
  rates?: RatesOption;
}

/** One instalment (期) of a 延納 schedule, or the single 全期 payment. */
export interface Installment {
  /** 1, 2, 3 — the 期 as printed on the 申告書 (a business established in June–September has 期 1 and 2). */
  number: number;
  /** First day of the period the instalment pays for. */
  from: string;
  /** Last day of the period. */
  to: string;
  /** Yen due for this instalment (the remainder of the division is on the first). */
  amount: number;
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
}

/** Result of {@link installments}. */
export interface Installments {
  fiscalYear: number;
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
  legalBasis: string;
  sources: string[];
  trace: TraceStep[];
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
 * const n = installments({ amount: 1_000_000, fiscalYear: 2025 });
 * console.log(n.installments.map((i) => i.amount)); //=> [ 333334, 333333, 333333 ]
 * console.log(n.installments.map((i) => i.dueDate)); //=> [ '2025-07-10', '2025-10-31', '2026-01-31' ]
 * const c = installments({ amount: 150_000, fiscalYear: 2025, commissioned: true });
 * console.log(c.count, c.installments[2]?.dueDate); //=> 3 '2026-02-14'
 * const t = installments({ amount: 1_000_000, fiscalYear: 2025, paymentMethod: 'accountTransfer' });
 * console.log(t.installments.map((i) => i.dueDate)); //=> [ '2025-09-06', '2025-11-14', '2026-02-14' ]
 * ```
 */
export function installments(input: InstallmentsInput): Installments {
  const o = assertObject(input, 'installments');
  const fiscalYear = assertFiscalYear(o['fiscalYear']);
  const amount = parseYen(o['amount'], 'amount');
  const commissioned = assertBoolean(o['commissioned'], 'commissioned', false);
  const apply = assertBoolean(o['apply'], 'apply', true);
  const coverage = oneOf<Coverage>(o['coverage'], ['both', 'workersCompensation', 'employmentInsurance'], 'coverage', 'both');
  const paymentMethod = oneOf<PaymentMethod>(o['paymentMethod'], PAYMENT_METHODS, 'paymentMethod', 'paymentSlip');
  const transfer = paymentMethod === 'accountTransfer';
  if (transfer && commissioned) {
    throw new InvalidInputError('INVALID_OPTION', "paymentMethod 'accountTransfer' cannot be combined with commissioned: no source gives 口座振替 dates for an employer who commissions a 労働保険事務組合", { field: 'paymentMethod', value: paymentMethod });
  }
  const fyStart = `${fiscalYear}-04-01`;
  const fyEnd = `${fiscalYear + 1}-03-31`;
  let established: string | undefined;
  if (o['establishedOn'] !== undefined) {
    const d = toIsoDate(o['establishedOn'], 'establishedOn');
    if (d > fyEnd) throw new InvalidInputError('INVALID_OPTION', `establishedOn ${d} is after FY${fiscalYear} (which ends ${fyEnd})`, { field: 'establishedOn', value: d });
    if (d >= fyStart) established = d;
  }
  const P = proceduresFor(fiscalYear, o['rates'] as RatesOption | undefined); // a custom table's procedures block overrides
  const data = P.installments;
  const threshold = coverage === 'both' ? data.thresholds.bothInsurances : data.thresholds.oneInsuranceOnly;
  const trace: TraceStep[] = [];

  // How many 期 the establishment date allows.
  let maxCount = 3;
  if (established !== undefined) {
    const md = established.slice(5);
    const row = data.establishment.find((r) => (r.from <= r.to ? r.from <= md && md <= r.to : md >= r.from || md <= r.to));
    maxCount = row!.count;
  }
  const transferDates = data.accountTransferDueDates;
  const firstDue =
    established === undefined
      ? fiscalDate(fiscalYear, transfer ? transferDates.first : P.renewal.declarationPeriod.lastDay)
      : addDays(established, P.renewal.newBusinessDueDays);
  trace.push(
    step(
      'installments.firstDue',
      firstDue,
      established !== undefined ? `保険関係成立 ${established} → 翌日起算50日以内 ${firstDue}` : transfer ? `第1期(全期) 口座振替納付日 ${firstDue}` : `第1期(全期)納期限 ${firstDue} (6月1日から40日以内)`,
      established !== undefined ? `established ${established} → due within 50 days counted from the next day: ${firstDue}` : transfer ? `first (or only) payment debited on ${firstDue} (口座振替)` : `first (or only) payment due ${firstDue} (40 days from June 1)`,
      established !== undefined ? P.renewal.newBusinessLegalBasis : transfer ? transferDates.legalBasis : P.renewal.legalBasis,
    ),
  );

  let reason: string;
  let reasonJa: string;
  let allowed: boolean;
  if (maxCount === 1) {
    allowed = false;
    reason = `established on ${established}, on or after October 1: no 延納`;
    reasonJa = `10月1日以降の成立 (${established})`;
  } else if (amount < BigInt(threshold) && !commissioned) {
    allowed = false;
    reason = `概算保険料 ${groupDigits(amount)} is below ${groupDigits(threshold)} yen (${coverage === 'both' ? 'both insurances' : 'one insurance only'}) and the business is not commissioned to a 労働保険事務組合`;
    reasonJa = `概算保険料 ${groupDigits(amount)} が${groupDigits(threshold)}円未満で事務組合委託なし`;
  } else if (!apply) {
    allowed = false;
    reason = 'eligible, but 延納 was not applied for';
    reasonJa = '延納の申請なし';
  } else {
    allowed = true;
    const byCommission = commissioned && amount < BigInt(threshold);
    reason = byCommission ? 'commissioned to a 労働保険事務組合 (any amount)' : `概算保険料 ${groupDigits(amount)} ≥ ${groupDigits(threshold)} yen`;
    reasonJa = byCommission ? '労働保険事務組合に委託 (金額を問わない)' : `概算保険料 ${groupDigits(amount)} ≥ ${groupDigits(threshold)}円`;
  }
  trace.push(step('installments.eligibility', allowed ? 'true' : 'false', `延納: ${allowed ? '可' : '不可'} (${reasonJa})`, `instalments: ${allowed ? 'allowed' : 'not allowed'} (${reason})`, data.legalBasis));

  const count = allowed ? maxCount : 1;
  const n = BigInt(count);
  const each = amount / n;
  const first = amount - each * (n - 1n);
  if (count > 1) {
    trace.push(step('installments.divide', first.toString(), `${groupDigits(amount)} ÷ ${count} = ${groupDigits(each)} (端数 ${groupDigits(first - each)} は第1期に合算) → 第1期 ${groupDigits(first)}`, `${groupDigits(amount)} ÷ ${count} = ${groupDigits(each)} each; the remainder ${groupDigits(first - each)} goes to the first: ${groupDigits(first)}`, '徴収則27条2項; 端数計算法3条'));
  }

  const periods = data.periods;
  const list: Installment[] = [];
  const from1 = established ?? fyStart;
  const firstBasis: Installment['dueDateBasis'] = transfer && established === undefined ? 'accountTransfer' : 'statutory';
  if (count === 1) {
    list.push(instalment(data, 1, from1, fyEnd, amount, firstDue, firstBasis));
  } else {
    // The last `count` periods of the year; the first of them starts on the establishment date.
    const used = periods.slice(periods.length - count);
    used.forEach((p, i) => {
      const from = i === 0 ? from1 : fiscalDate(fiscalYear, p.from);
      const to = fiscalDate(fiscalYear, p.to);
      let due: string;
      let basis: Installment['dueDateBasis'] = 'statutory';
      if (i === 0) {
        due = firstDue;
        basis = firstBasis;
      } else if (transfer) {
        due = fiscalDate(fiscalYear, p.accountTransferDue);
        basis = 'accountTransfer';
      } else if (commissioned && p.commissionedDue !== undefined) {
        due = fiscalDate(fiscalYear, p.commissionedDue);
        basis = 'commissioned';
      } else due = fiscalDate(fiscalYear, p.due);
      list.push(instalment(data, i + 1, from, to, i === 0 ? first : each, due, basis));
    });
  }
  for (const it of list) {
    trace.push(step(`installments.${it.number}`, it.amount, `第${it.number}期 (${it.from}〜${it.to}) ${groupDigits(it.amount)}円 納期限 ${it.dueDate}${it.nonBusinessDay ? ' (土日)' : ''}`, `instalment ${it.number} (${it.from}..${it.to}) ¥${groupDigits(it.amount)} due ${it.dueDate}${it.nonBusinessDay ? ' (weekend)' : ''}`, it.dueDateBasis === 'accountTransfer' ? transferDates.legalBasis : it.number === 1 ? undefined : it.dueDateBasis === 'commissioned' ? data.commissionedDueDates.legalBasis : '徴収則27条1項'));
  }

  const result: Installments = {
    fiscalYear,
    amount: yenToNumber(amount, 'amount'),
    installmentsAllowed: allowed,
    reason,
    count,
    threshold,
    commissioned,
    coverage,
    paymentMethod,
    installments: list,
    legalBasis: data.legalBasis,
    sources: [...new Set([...data.sources, ...(commissioned ? data.commissionedDueDates.sources : []), ...(transfer ? transferDates.sources : [])])].map((k) => (P.sources as Record<string, string>)[k] ?? k),
    trace,
  };
  if (established !== undefined) result.establishedOn = established;
  return result;
}

function instalment(data: ProceduresData['installments'], number: number, from: string, to: string, amount: bigint, dueDate: string, dueDateBasis: Installment['dueDateBasis']): Installment {
  const dueDateStatus = dueDateBasis === 'accountTransfer' ? data.accountTransferDueDates.status : dueDateBasis === 'commissioned' ? data.commissionedDueDates.status : data.status;
  return { number, from, to, amount: yenToNumber(amount, 'installment'), dueDate, nonBusinessDay: isWeekend(dueDate), dueDateBasis, dueDateStatus };
}
