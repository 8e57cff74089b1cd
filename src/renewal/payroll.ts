import { dec, toBigInt } from '../core/decimal.js';
import { assertFiscalYear, fiscalYearOf, toIsoDate, type DateInput } from '../core/dates.js';
import { InvalidInputError, RateTableError } from '../core/errors.js';
import { groupDigits, step, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import type { PremiumWages } from '../premium/premium.js';
import { ratesFor, type RatesOption } from '../rates/registry.js';
import { floorToThousand } from '../rounding/units.js';
import { assertObject, oneOf, assertBoolean } from './shared.js';

/** One wage payment of one worker, as payroll software records it. */
export interface PaymentRecord {
  /** Worker identifier (employee number, name). Used to count workers per month. */
  worker: string;
  /** 賃金締切日 — decides the fiscal year and the month (締切日 rule). */
  closingDate: DateInput;
  /** Wages of this payment, yen (everything paid as 労働の対償, 通勤手当 included). */
  amount: YenInput;
  /** In the 労災 base (every 労働者). Default true; false for e.g. a 役員's non-wage part. */
  workersCompensation?: boolean;
  /** The worker is a 雇用保険被保険者 for this payment. Default true. */
  employmentInsurance?: boolean;
  /** `'salary'` (default) or `'bonus'` (賞与, a separate row of the 集計表). */
  kind?: 'salary' | 'bonus';
  /**
   * Birth date. Required for 雇用保険-covered records of FY2019 and earlier: 被保険者 aged 64 or over on
   * April 1 were exempt (高年齢労働者の保険料免除, ended 2020-04-01).
   */
  birthDate?: DateInput;
}

/** Input of {@link wageLedger}. */
export interface WageLedgerInput {
  /** The fiscal year to total (records whose 賃金締切日 falls in another year are listed in `excluded`). */
  fiscalYear: number;
  records: readonly PaymentRecord[];
  /** Tables used to split the 雇用保険 total by rate period (FY2022). */
  rates?: RatesOption;
}

/** One month (or the bonus row) of the 算定基礎賃金集計表. */
export interface WageLedgerRow {
  /** `'YYYY-MM'` of the 賃金締切日, or `'bonus'`. */
  month: string;
  /** 労災保険対象者分. */
  workersCompensation: number;
  /** 雇用保険被保険者分 (after the pre-FY2020 64歳以上 exemption). */
  employmentInsurance: number;
  /** Wages of exempt 64歳以上 被保険者 (FY2019 and earlier; otherwise 0). */
  exemptOlderWorkers: number;
  /** Distinct workers with 労災 wages. */
  workers: number;
  /** Distinct insured workers with 雇用 wages (exempt ones included). */
  insuredWorkers: number;
}

/** Result of {@link wageLedger}. */
export interface WageLedger {
  fiscalYear: number;
  /** April … March, then the bonus row when there are bonuses. */
  rows: WageLedgerRow[];
  totals: { workersCompensation: number; employmentInsurance: number; exemptOlderWorkers: number };
  /** The 雇用保険 total per rate period (two in FY2022), by 賃金締切日. */
  employmentInsurancePeriods: { from: string; to: string; wages: number }[];
  /** 算定基礎額 (千円未満切捨て) of each insurance. */
  bases: { workersCompensation: number; employmentInsurance: number };
  /** Ready for `laborInsurancePremium({ wages })` / `annualRenewal({ previousWages })`. */
  premiumWages: PremiumWages;
  /** Records not counted, with why (another fiscal year by 締切日). Nothing is dropped silently. */
  excluded: { index: number; closingDate: string; fiscalYear: number; reason: string }[];
  trace: TraceStep[];
}

/**
 * 算定基礎賃金集計表: totals a year of wage payments by month (賃金締切日), for 労災 (all workers) and
 * 雇用保険 (insured workers), with bonuses on their own row, the 千円-truncated bases and the wages
 * argument for {@link laborInsurancePremium}. The 締切日 decides the fiscal year; records of another year
 * are listed in `excluded`. For FY2019 and earlier the 雇用 wages of 被保険者 aged 64 or over on April 1
 * (born on or before April 1 of FY − 64) are exempt, which needs each insured record's `birthDate`.
 *
 * @throws {@link InvalidInputError} `AMOUNT_*`, `INVALID_DATE`, `INVALID_OPTION` (a pre-FY2020 insured
 *   record without a birth date).
 *
 * @example
 * ```ts
 * import { wageLedger } from 'jp-labor-insurance';
 * const l = wageLedger({ fiscalYear: 2025, records: [
 *   { worker: 'A', closingDate: '2025-04-25', amount: 300_000 },
 *   { worker: 'B', closingDate: '2025-04-25', amount: 80_000, employmentInsurance: false },
 *   { worker: 'A', closingDate: '2025-07-10', amount: 450_500, kind: 'bonus' },
 *   { worker: 'A', closingDate: '2025-03-25', amount: 300_000 },
 * ] });
 * console.log(l.totals, l.bases); //=> { workersCompensation: 830500, employmentInsurance: 750500, exemptOlderWorkers: 0 } { workersCompensation: 830000, employmentInsurance: 750000 }
 * console.log(l.excluded.map((e) => e.fiscalYear)); //=> [ 2024 ]
 * ```
 */
export function wageLedger(input: WageLedgerInput): WageLedger {
  const o = assertObject(input, 'wageLedger');
  const fiscalYear = assertFiscalYear(o['fiscalYear']);
  const records = o['records'];
  if (!Array.isArray(records)) throw new InvalidInputError('INVALID_OPTION', 'records must be an array of payment records', { field: 'records' });
  const exemptionYear = fiscalYear <= 2019;
  const exemptBornBy = `${fiscalYear - 64}-04-01`;

  let periods: { from: string; to: string }[] = [{ from: `${fiscalYear}-04-01`, to: `${fiscalYear + 1}-03-31` }];
  try {
    const t = ratesFor(fiscalYear, o['rates'] === undefined ? {} : { rates: o['rates'] as RatesOption });
    if (t.employmentInsurance.length > 0) periods = t.employmentInsurance.map((p) => ({ from: p.from, to: p.to }));
  } catch (e) {
    if (!(e instanceof RateTableError && e.code === 'NO_RATE_TABLE')) throw e;
  }

  type Acc = { wc: bigint; ei: bigint; old: bigint; workers: Set<string>; insured: Set<string> };
  const newAcc = (): Acc => ({ wc: 0n, ei: 0n, old: 0n, workers: new Set(), insured: new Set() });
  const months = new Map<string, Acc>();
  for (let i = 0; i < 12; i++) {
    const m = ((i + 3) % 12) + 1;
    months.set(`${m >= 4 ? fiscalYear : fiscalYear + 1}-${String(m).padStart(2, '0')}`, newAcc());
  }
  const bonus = newAcc();
  let hasBonus = false;
  const periodWages = periods.map(() => 0n);
  const periodWc = periods.map(() => 0n); // 労災 per 雇用保険 rate period (FY2022 確定, docs/fy2022.md)
  const excluded: WageLedger['excluded'] = [];

  records.forEach((r: unknown, i) => {
    const x = assertObject(r, `records[${i}]`);
    if (typeof x['worker'] !== 'string' || x['worker'] === '') throw new InvalidInputError('INVALID_OPTION', `records[${i}].worker must be a non-empty string`, { field: `records[${i}].worker` });
    const worker = x['worker'];
    const closing = toIsoDate(x['closingDate'], `records[${i}].closingDate`);
    const amount = parseYen(x['amount'], `records[${i}].amount`);
    const wc = assertBoolean(x['workersCompensation'], `records[${i}].workersCompensation`, true);
    const ei = assertBoolean(x['employmentInsurance'], `records[${i}].employmentInsurance`, true);
    const kind = oneOf(x['kind'], ['salary', 'bonus'] as const, `records[${i}].kind`, 'salary');
    const birth = x['birthDate'] === undefined ? undefined : toIsoDate(x['birthDate'], `records[${i}].birthDate`);
    const fy = fiscalYearOf(closing);
    if (fy !== fiscalYear) {
      excluded.push({ index: i, closingDate: closing, fiscalYear: fy, reason: `賃金締切日 ${closing} is in FY${fy}, not FY${fiscalYear}` });
      return;
    }
    let exempt = false;
    if (ei && exemptionYear) {
      if (birth === undefined) {
        throw new InvalidInputError('INVALID_OPTION', `records[${i}].birthDate is required for FY${fiscalYear}: until FY2019 the 雇用保険 premium of insured workers aged 64 or over on April 1 was exempt`, { field: `records[${i}].birthDate`, fiscalYear });
      }
      exempt = birth <= exemptBornBy;
    }
    const acc = kind === 'bonus' ? bonus : months.get(closing.slice(0, 7))!;
    if (kind === 'bonus') hasBonus = true;
    if (wc) {
      acc.wc += amount;
      acc.workers.add(worker);
      const wi = periods.findIndex((p) => p.from <= closing && closing <= p.to);
      periodWc[wi < 0 ? 0 : wi] = periodWc[wi < 0 ? 0 : wi]! + amount;
    }
    if (ei) {
      acc.insured.add(worker);
      if (exempt) acc.old += amount;
      else {
        acc.ei += amount;
        const pi = periods.findIndex((p) => p.from <= closing && closing <= p.to);
        periodWages[pi < 0 ? 0 : pi] = periodWages[pi < 0 ? 0 : pi]! + amount;
      }
    }
  });

  const row = (month: string, a: Acc): WageLedgerRow => ({
    month,
    workersCompensation: yenToNumber(a.wc, 'workersCompensation'),
    employmentInsurance: yenToNumber(a.ei, 'employmentInsurance'),
    exemptOlderWorkers: yenToNumber(a.old, 'exemptOlderWorkers'),
    workers: a.workers.size,
    insuredWorkers: a.insured.size,
  });
  const rows = [...months].map(([m, a]) => row(m, a));
  if (hasBonus) rows.push(row('bonus', bonus));
  const all = [...months.values(), bonus];
  const wcTotal = all.reduce((s, a) => s + a.wc, 0n);
  const eiTotal = all.reduce((s, a) => s + a.ei, 0n);
  const oldTotal = all.reduce((s, a) => s + a.old, 0n);
  const wcBase = toBigInt(floorToThousand(dec(wcTotal)));
  const eiBase = toBigInt(floorToThousand(dec(eiTotal)));
  const trace: TraceStep[] = [
    step('ledger.workersCompensation', wcBase, `労災保険対象者分 賃金総額 ${groupDigits(wcTotal)} → 千円未満切捨て ${groupDigits(wcBase)}`, `workers' compensation wages ${groupDigits(wcTotal)} → truncated to ¥1,000: ${groupDigits(wcBase)}`, '徴収法11条・15条1項1号'),
    step('ledger.employmentInsurance', eiBase, `雇用保険被保険者分 賃金総額 ${groupDigits(eiTotal)} → 千円未満切捨て ${groupDigits(eiBase)}`, `employment insurance wages ${groupDigits(eiTotal)} → truncated to ¥1,000: ${groupDigits(eiBase)}`, '徴収法11条・15条1項1号'),
  ];
  if (exemptionYear) trace.push(step('ledger.exempt', oldTotal, `免除対象高年齢労働者分 ${groupDigits(oldTotal)} (${exemptBornBy}以前生まれ)`, `exempt insured workers aged 64+ on April 1 (born on or before ${exemptBornBy}): ${groupDigits(oldTotal)}`, '旧徴収法11条の2 (2020-03-31まで)'));
  if (excluded.length > 0) trace.push(step('ledger.excluded', excluded.length, `他の保険年度の締切日の記録 ${excluded.length}件を除外`, `${excluded.length} record(s) with a closing date in another fiscal year left out`, '賃金締切日基準'));
  const eiPeriods = periods.map((p, i) => ({ from: p.from, to: p.to, wages: yenToNumber(periodWages[i]!, 'employmentInsurance') }));
  return {
    fiscalYear,
    rows,
    totals: { workersCompensation: yenToNumber(wcTotal, 'workersCompensation'), employmentInsurance: yenToNumber(eiTotal, 'employmentInsurance'), exemptOlderWorkers: yenToNumber(oldTotal, 'exemptOlderWorkers') },
    employmentInsurancePeriods: eiPeriods,
    bases: { workersCompensation: yenToNumber(wcBase, 'base'), employmentInsurance: yenToNumber(eiBase, 'base') },
    premiumWages: { workersCompensation: eiPeriods.length > 1 ? periodWc.map((w) => yenToNumber(w, 'workersCompensation')) : yenToNumber(wcTotal, 'workersCompensation'), employmentInsurance: eiPeriods.length > 1 ? eiPeriods.map((p) => p.wages) : yenToNumber(eiTotal, 'employmentInsurance') },
    excluded,
    trace,
  };
}
