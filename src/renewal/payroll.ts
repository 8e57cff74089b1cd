import { assertObject } from '../core/options.js';
import type { TraceStep } from '../core/trace.js';
import type { DateInput } from '../core/dates.js';
import { yenToNumber, type YenInput } from '../core/yen.js';
import type { PremiumWages } from '../premium/premium.js';
import type { RatesOption, SourceStatus } from '../rates/types.js';
import { computeWageLedger, type LedgerRowCore } from './ledgerCore.js';

/** One wage payment of one worker, as payroll software records it. */
export interface PaymentRecord {
  /** Worker identifier (employee number, name). Used to count workers per month. */
  workerId: string;
  /** 賃金締切日 — decides the fiscal year and the month (締切日 rule). */
  closingDate: DateInput;
  /** The wages of this one payment, yen (everything paid as 労働の対償, 通勤手当 included). */
  wage: YenInput;
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
  /** The year's 労災保険対象者分 賃金総額 (before the 千円 truncation): the headline of the ledger. */
  amount: number;
  /** April … March, then the bonus row when there are bonuses. */
  rows: WageLedgerRow[];
  totals: { workersCompensation: number; employmentInsurance: number; exemptOlderWorkers: number };
  /** The 雇用保険 total per rate period (two in FY2022), by 賃金締切日. */
  employmentInsurancePeriods: { from: string; to: string; wages: number }[];
  /** 算定基礎額 (千円未満切捨て) of each insurance. */
  bases: { workersCompensation: number; employmentInsurance: number };
  /** Ready for `laborInsurancePremium({ wages })` / `annualRenewal({ previousYearWages })`. */
  premiumWages: PremiumWages;
  /** Records not counted, with why (another fiscal year by 締切日). Nothing is dropped silently. */
  excluded: { index: number; closingDate: string; fiscalYear: number; reason: string }[];
  trace: TraceStep[];
  /** Citations of the rate periods that split the year (FY2022); empty for a one-period year. */
  sources: string[];
  legalBasis: string[];
  /** The weakest status of the rate periods used (`confirmed` when none is). */
  status: SourceStatus;
}

const row = (r: LedgerRowCore): WageLedgerRow => ({
  month: r.month,
  workersCompensation: yenToNumber(r.workersCompensation, 'workersCompensation'),
  employmentInsurance: yenToNumber(r.employmentInsurance, 'employmentInsurance'),
  exemptOlderWorkers: yenToNumber(r.exemptOlderWorkers, 'exemptOlderWorkers'),
  workers: r.workers,
  insuredWorkers: r.insuredWorkers,
});

/**
 * 算定基礎賃金集計表: totals a year of wage payments by month (賃金締切日), for 労災 (all workers) and
 * 雇用保険 (insured workers), with bonuses on their own row, the 千円-truncated bases and the wages
 * argument for {@link laborInsurancePremium}; `amount` is the year's 労災 賃金総額. The 締切日 decides the fiscal year; records of another year
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
 *   { workerId: 'A', closingDate: '2025-04-25', wage: 300_000 },
 *   { workerId: 'B', closingDate: '2025-04-25', wage: 80_000, employmentInsurance: false },
 *   { workerId: 'A', closingDate: '2025-07-10', wage: 450_500, kind: 'bonus' },
 *   { workerId: 'A', closingDate: '2025-03-25', wage: 300_000 },
 * ] });
 * console.log(l.totals, l.bases); //=> { workersCompensation: 830500, employmentInsurance: 750500, exemptOlderWorkers: 0 } { workersCompensation: 830000, employmentInsurance: 750000 }
 * console.log(l.excluded.map((e) => e.fiscalYear)); //=> [ 2024 ]
 * console.log(l.amount, l.legalBasis, l.status); //=> 830500 [ '徴収法11条', '徴収法15条1項1号', '賃金締切日基準' ] 'confirmed'
 * ```
 */
export function wageLedger(input: WageLedgerInput): WageLedger {
  const o = assertObject(input, 'wageLedger');
  const l = computeWageLedger({ fiscalYear: o['fiscalYear'] as number, records: o['records'], rates: o['rates'] as RatesOption | undefined });
  const wc = yenToNumber(l.totals.workersCompensation, 'workersCompensation');
  const eiPeriods = l.periods.map((p) => ({ from: p.from, to: p.to, wages: yenToNumber(p.employmentInsurance, 'employmentInsurance') }));
  const pw = l.premiumWages;
  return {
    fiscalYear: l.fiscalYear,
    amount: wc,
    rows: l.rows.map(row),
    totals: {
      workersCompensation: wc,
      employmentInsurance: yenToNumber(l.totals.employmentInsurance, 'employmentInsurance'),
      exemptOlderWorkers: yenToNumber(l.totals.exemptOlderWorkers, 'exemptOlderWorkers'),
    },
    employmentInsurancePeriods: eiPeriods,
    bases: { workersCompensation: yenToNumber(l.bases.workersCompensation, 'base'), employmentInsurance: yenToNumber(l.bases.employmentInsurance, 'base') },
    premiumWages: {
      workersCompensation: Array.isArray(pw.workersCompensation) ? pw.workersCompensation.map((w) => yenToNumber(w, 'workersCompensation')) : wc,
      employmentInsurance: Array.isArray(pw.employmentInsurance) ? eiPeriods.map((p) => p.wages) : yenToNumber(l.totals.employmentInsurance, 'employmentInsurance'),
    },
    excluded: l.excluded,
    trace: l.steps,
    sources: l.sources,
    legalBasis: l.legalBasis,
    status: l.status,
  };
}
