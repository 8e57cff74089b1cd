import { assertObject } from '../core/options.js';
import type { TraceStep } from '../core/trace.js';
import type { DateInput } from '../core/dates.js';
import { yenToNumber, type YenInput } from '../core/yen.js';
import type { PremiumWages } from '../premium/premium.js';
import type { RatesOption, SourceStatus } from '../rates/types.js';
import { computeWageLedger, type LedgerPayItemCore, type LedgerCellCore, type LedgerColumnsCore, type LedgerRowCore, type LedgerTotalsCore } from './ledgerCore.js';
import type { MonthlyAverage } from '../ledger/headcount.js';

/** One wage payment of one worker, as payroll software records it. */
export interface PaymentRecord {
  /** Worker identifier (employee number, name). Used to count workers per month. */
  workerId: string;
  /** 賃金締切日 — decides the fiscal year and the month (締切日 rule). */
  closingDate: DateInput;
  /**
   * The wages of this one payment, yen (everything paid as 労働の対償, 通勤手当 included). Required unless `payItems`
   * are given; with both, the items counted as 賃金 are added to it.
   */
  wage?: YenInput;
  /** The payment's items, classified as 賃金 or not (docs/wage-ledger.md §2). */
  payItems?: readonly PayItemAmount[];
  /** In the 労災 base (every 労働者). Default true; false for e.g. a 役員's non-wage part. */
  workersCompensation?: boolean;
  /** The worker is a 雇用保険被保険者 for this payment. Default true. */
  employmentInsurance?: boolean;
  /** `'salary'` (default) or `'bonus'` (賞与等: its own row of the 集計表, in the month of `closingDate`, its payment date). */
  kind?: 'salary' | 'bonus';
  /**
   * 集計表の区分: `'regular'` 常用労働者 (insured part-timers and 日雇 included), `'officer'` 役員で労働者扱いの者 (give only
   * the worker part of the pay), `'temporary'` 臨時労働者 (パート・アルバイト等 who are not 雇用保険被保険者). Default:
   * `'regular'` when the record is insured, `'temporary'` when it is not.
   */
  category?: 'regular' | 'officer' | 'temporary';
  /**
   * 在籍出向: `'outbound'` — this employer (出向元) pays a worker who works at the 出向先 under its command: 労災 is the
   * 出向先's (not counted here), 雇用保険 stays here when this is the main wage. `'inbound'` — a worker seconded in
   * (this employer is the 出向先): the wages, even paid by the 出向元, are 労災 wages here; 雇用 only when this employer
   * pays the main wage (`employmentInsurance: true`). Default `'none'`.
   */
  secondment?: 'none' | 'outbound' | 'inbound';
  /** 雇用保険 資格取得日: with {@link PaymentRecord.insuredUntil} it decides `employmentInsurance` by the pay period. */
  insuredFrom?: DateInput;
  /** 雇用保険 資格喪失日 (the day after the 離職日). */
  insuredUntil?: DateInput;
  /** 賃金計算期間の初日 (default: the day after the same day of the previous month — a monthly period). */
  periodFrom?: DateInput;
  /**
   * Birth date. Required for 雇用保険-covered records of FY2019 and earlier: 被保険者 aged 64 or over on
   * April 1 were exempt (高年齢労働者の保険料免除, ended 2020-04-01).
   */
  birthDate?: DateInput;
}

/** One pay item of a payment (給与明細の支給項目). */
export interface PayItemAmount {
  /** The item's name or code, as the classifier knows it (基本給, 通勤手当, 出張旅費 …). */
  name: string;
  amount: YenInput;
  /** The caller's decision for an item whose classification is `'depends'` (required then; refused if it contradicts a definite one). */
  wage?: boolean;
}

/** A pay item left out of the wages, or one the caller decided. */
export interface WageLedgerPayItem {
  /** Index of the record in `records`. */
  index: number;
  workerId: string;
  closingDate: string;
  name: string;
  amount: number;
  /** Counted in the wages. */
  wage: boolean;
  reason: string;
}

/** Input of {@link wageLedger}. */
export interface WageLedgerInput {
  /** The fiscal year to total (records whose 賃金締切日 falls in another year are listed in `excluded`). */
  fiscalYear: number;
  records: readonly PaymentRecord[];
  /** Tables used to split the 雇用保険 total by rate period (FY2022). */
  rates?: RatesOption;
}

/** 人数 and 賃金 of one cell pair of the 集計表. */
export interface WageLedgerCell {
  /** Distinct workers. */
  workers: number;
  /** Yen. */
  wages: number;
}

/** The columns of a row of the 集計表: 労災保険及び一般拠出金 (3 + 合計) and 雇用保険 (2 + 合計, 免除対象 up to FY2019). */
export interface WageLedgerColumns {
  /** 常用労働者. */
  regular: WageLedgerCell;
  /** 役員で労働者扱いの者. */
  officer: WageLedgerCell;
  /** 臨時労働者. */
  temporary: WageLedgerCell;
  /** 雇用保険被保険者 (officers apart). */
  insured: WageLedgerCell;
  /** 役員で雇用保険の資格のある者. */
  insuredOfficer: WageLedgerCell;
  /** 免除対象高年齢労働者 (FY2019 and earlier). */
  exempt: WageLedgerCell;
}

/** The 申告書's headcounts: monthly averages of the twelve salary months, 小数点以下切捨て. */
export interface WageLedgerHeadcounts {
  /** ④ 常時使用労働者数 (the 労災 workers of each month). */
  permanentWorkers: MonthlyAverage;
  /** ⑤ 雇用保険被保険者数. */
  insuredWorkers: MonthlyAverage;
  /** 免除対象高年齢労働者数 (FY2019 and earlier). */
  exemptOlderWorkers?: MonthlyAverage;
  sources: string[];
  legalBasis: string[];
  status: SourceStatus;
}

/** The figures of 様式第6号 that come from the 集計表 (bases in 千円, as printed). */
export interface WageLedgerForm {
  /** ④ 常時使用労働者数: the truncated average, but at least 1 (the 保険関係 continues). */
  permanentWorkers: number;
  /** ⑤ 雇用保険被保険者数 (0 when nobody was insured). */
  insuredWorkers: number;
  /** 免除対象高年齢労働者数 (FY2019 and earlier). */
  exemptOlderWorkers?: number;
  /** ⑧ 確定保険料算定基礎額 労災保険分, 千円. */
  workersCompensationBaseThousands: number;
  /** ⑧ 確定保険料算定基礎額 雇用保険分, 千円 (one per rate period in FY2022: `employmentInsurancePeriods`). */
  employmentInsuranceBaseThousands: number;
  /** 一般拠出金 算定基礎額, 千円 (the 労災 base). */
  generalContributionBaseThousands: number;
}

/** One month of salary, or the bonuses paid in one month, of the 算定基礎賃金集計表. */
export interface WageLedgerRow {
  /** `'YYYY-MM'` of the 賃金締切日 (a bonus row: the month the bonuses were paid). */
  month: string;
  /** `'salary'` (the twelve months) or `'bonus'` (賞与等, one row per month with bonuses). */
  kind: 'salary' | 'bonus';
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
  columns: WageLedgerColumns;
}

/** The three totals of a row or of the year. */
export interface WageLedgerTotals {
  workersCompensation: number;
  employmentInsurance: number;
  exemptOlderWorkers: number;
}

/** Result of {@link wageLedger}. */
export interface WageLedger {
  fiscalYear: number;
  /** The year's 労災保険対象者分 賃金総額 (before the 千円 truncation): the headline of the ledger. */
  amount: number;
  /** April … March (`kind: 'salary'`), then one row per month in which bonuses were paid (`kind: 'bonus'`). */
  rows: WageLedgerRow[];
  totals: WageLedgerTotals;
  /** The year's totals per column (the form's 合計 line). */
  columns: WageLedgerColumns;
  /** The totals of the bonus rows alone. */
  bonusTotals: WageLedgerTotals;
  /** ④ 常時使用労働者数 and ⑤ 雇用保険被保険者数, with how they were computed. */
  headcounts: WageLedgerHeadcounts;
  /** 出向労働者 受 (seconded in) and 出 (seconded out): distinct workers. */
  secondment: { inbound: number; outbound: number };
  /** The boxes of 様式第6号 the 集計表 fills. */
  form: WageLedgerForm;
  /** The 雇用保険 total per rate period (two in FY2022), by 賃金締切日. */
  employmentInsurancePeriods: { from: string; to: string; wages: number }[];
  /** 算定基礎額 (千円未満切捨て) of each insurance. */
  bases: { workersCompensation: number; employmentInsurance: number };
  /** Ready for `laborInsurancePremium({ wages })` / `annualRenewal({ previousYearWages })`. */
  premiumWages: PremiumWages;
  /** Records not counted, with why (another fiscal year by 締切日). Nothing is dropped silently. */
  excluded: { index: number; closingDate: string; fiscalYear: number; reason: string }[];
  /** Pay items not counted (not 賃金, listed with why), and `'depends'` items with the caller's decision. */
  payItems: { excluded: WageLedgerPayItem[]; decided: WageLedgerPayItem[] };
  trace: TraceStep[];
  /** Citations of the rate periods that split the year (FY2022); empty for a one-period year. */
  sources: string[];
  legalBasis: string[];
  /** The weakest status of the rate periods used (`confirmed` when none is). */
  status: SourceStatus;
}

const totalsOf = (t: LedgerTotalsCore): WageLedgerTotals => ({
  workersCompensation: yenToNumber(t.workersCompensation, 'workersCompensation'),
  employmentInsurance: yenToNumber(t.employmentInsurance, 'employmentInsurance'),
  exemptOlderWorkers: yenToNumber(t.exemptOlderWorkers, 'exemptOlderWorkers'),
});

const cell = (c: LedgerCellCore): WageLedgerCell => ({ workers: c.workers, wages: yenToNumber(c.wages, 'wages') });

const columnsOf = (c: LedgerColumnsCore): WageLedgerColumns => ({
  regular: cell(c.regular),
  officer: cell(c.officer),
  temporary: cell(c.temporary),
  insured: cell(c.insured),
  insuredOfficer: cell(c.insuredOfficer),
  exempt: cell(c.exempt),
});

const row = (r: LedgerRowCore): WageLedgerRow => ({
  month: r.month,
  kind: r.kind,
  ...totalsOf(r),
  workers: r.workers,
  insuredWorkers: r.insuredWorkers,
  columns: columnsOf(r.columns),
});

const payItem = (p: LedgerPayItemCore): WageLedgerPayItem => ({ ...p, amount: yenToNumber(p.amount, 'amount') });

const thousands = (base: number): number => (base - (base % 1000)) / 1000;

/**
 * 算定基礎賃金集計表 (確定保険料・一般拠出金算定基礎賃金集計表, attached to 様式第6号): totals a year of wage payments
 * by month (賃金締切日) in the form's columns — 労災: 常用労働者, 役員で労働者扱いの者, 臨時労働者; 雇用保険: 被保険者,
 * 役員で雇用保険の資格のある者 (and 免除対象高年齢労働者 up to FY2019) — with one bonus row per month in which bonuses
 * were paid, the 在籍出向 rule (労災 at the 出向先, 雇用 with the main wage), the 資格取得日・喪失日 against each pay
 * period, the 申告書's ④ 常時使用労働者数 and ⑤ 雇用保険被保険者数 (monthly averages, 小数点以下切捨て), the
 * 千円-truncated bases, the boxes of 様式第6号 (`form`) and the wages argument for `annualRenewal`
 * (`premiumWages`). `amount` is the year's 労災 賃金総額. Records of another fiscal year by 締切日 are listed in
 * `excluded`. A record may give `payItems` instead of (or besides) `wage`: each is classified by `classifyPayItem`;
 * 賃金 items are counted, the others left out and listed in `payItems.excluded`, and an item whose answer is
 * `'depends'` needs the caller's `wage: true | false` (listed in `payItems.decided`). For FY2019 and earlier the 雇用 wages of 被保険者 aged 64 or over on April 1 (born on or before April 1
 * of FY − 64) are exempt, which needs each insured record's `birthDate`. docs/wage-ledger.md is the clerk's guide.
 *
 * @throws {@link InvalidInputError} `AMOUNT_*`, `INVALID_DATE`, `INVALID_OPTION` (a pre-FY2020 insured
 *   record without a birth date; a record contradicting itself: an insured 臨時労働者, 労災 claimed by a 出向元, a flag
 *   against the 資格取得日・喪失日; a `'depends'` pay item without a decision, or a decision against the catalogue).
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
 * console.log(l.rows[0].columns.temporary, l.rows[12].kind, l.rows[12].month); //=> { workers: 1, wages: 80000 } 'bonus' '2025-07'
 * console.log(l.headcounts.permanentWorkers, l.form.permanentWorkers, l.form.workersCompensationBaseThousands); //=> { value: 0, sum: 2, belowOne: true } 1 830
 * console.log(l.excluded.map((e) => e.fiscalYear)); //=> [ 2024 ]
 * console.log(l.amount, l.legalBasis, l.status); //=> 830500 [ '徴収法11条', '徴収法15条1項1号', '賃金締切日基準' ] 'confirmed'
 * const p = wageLedger({ fiscalYear: 2025, records: [{ workerId: 'A', closingDate: '2025-04-25',
 *   payItems: [{ name: '基本給', amount: 250_000 }, { name: '出張旅費', amount: 12_000 }] }] });
 * console.log(p.amount, p.payItems.excluded.map((i) => i.name)); //=> 250000 [ '出張旅費' ]
 * ```
 */
export function wageLedger(input: WageLedgerInput): WageLedger {
  const o = assertObject(input, 'wageLedger');
  const l = computeWageLedger({ fiscalYear: o['fiscalYear'] as number, records: o['records'], rates: o['rates'] as RatesOption | undefined });
  const totals = totalsOf(l.totals);
  const wc = totals.workersCompensation;
  const eiPeriods = l.periods.map((p) => ({ from: p.from, to: p.to, wages: yenToNumber(p.employmentInsurance, 'employmentInsurance') }));
  const pw = l.premiumWages;
  const bases = { workersCompensation: yenToNumber(l.bases.workersCompensation, 'base'), employmentInsurance: yenToNumber(l.bases.employmentInsurance, 'base') };
  const h = l.headcounts;
  const form: WageLedgerForm = {
    // a continuing 保険関係 writes at least 1 in ④ (a 労働局's 記入例 for a year without workers; docs/wage-ledger.md §5)
    permanentWorkers: Math.max(1, h.permanentWorkers.value),
    insuredWorkers: h.insuredWorkers.value,
    workersCompensationBaseThousands: thousands(bases.workersCompensation),
    employmentInsuranceBaseThousands: thousands(bases.employmentInsurance),
    generalContributionBaseThousands: thousands(bases.workersCompensation),
  };
  if (h.exemptOlderWorkers !== undefined) form.exemptOlderWorkers = h.exemptOlderWorkers.value;
  return {
    fiscalYear: l.fiscalYear,
    amount: wc,
    rows: l.rows.map(row),
    totals,
    columns: columnsOf(l.columns),
    bonusTotals: totalsOf(l.bonusTotals),
    headcounts: {
      permanentWorkers: h.permanentWorkers,
      insuredWorkers: h.insuredWorkers,
      ...(h.exemptOlderWorkers ? { exemptOlderWorkers: h.exemptOlderWorkers } : {}),
      sources: h.sources,
      legalBasis: h.legalBasis,
      status: h.status,
    },
    secondment: l.secondment,
    form,
    employmentInsurancePeriods: eiPeriods,
    bases,
    premiumWages: {
      workersCompensation: Array.isArray(pw.workersCompensation) ? pw.workersCompensation.map((w) => yenToNumber(w, 'workersCompensation')) : wc,
      employmentInsurance: Array.isArray(pw.employmentInsurance) ? eiPeriods.map((p) => p.wages) : totals.employmentInsurance,
    },
    excluded: l.excluded,
    payItems: { excluded: l.payItems.excluded.map(payItem), decided: l.payItems.decided.map(payItem) },
    trace: [...l.steps, ...h.steps],
    sources: l.sources,
    legalBasis: l.legalBasis,
    status: l.status,
  };
}
