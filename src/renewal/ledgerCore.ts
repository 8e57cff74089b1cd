import { assertFiscalYear, fiscalYearOfIso } from '../core/dates.js';
import { InvalidInputError, RateTableError } from '../core/errors.js';
import { weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { truncateToUnit } from '../kernel/truncateToUnit.js';
import { monthlyAverage, type MonthlyAverage } from '../ledger/headcount.js';
import { catalogueClass } from '../ledger/payItems.js';
import { parseRecord, type ParsedRecord } from '../ledger/record.js';

import { HEADCOUNT_SOURCE, QUALIFICATION_SOURCE, SECONDMENT_SOURCE } from '../ledger/sources.js';
import { citations } from '../rates/periods.js';
import { ratesFor } from '../rates/registry.js';
import type { RatesOption, SourceStatus } from '../rates/types.js';

/**
 * The exact 算定基礎賃金集計表 (internal core of `wageLedger`): every total a bigint, every step a
 * {@link TraceStep}. Composite calculations (the 年度更新 from payment records) call
 * {@link computeWageLedger} and hand `premiumWages` to the 確定保険料 without any number conversion.
 * @internal
 * @module
 */

/** The record parser lives in src/ledger/record.ts; re-exported for the callers of this core. */
export { parseRecord, type ParsedRecord, type WorkerCategory, type Secondment } from '../ledger/record.js';

/** Input of {@link computeWageLedger}. @internal */
export interface LedgerCoreInput {
  /** The fiscal year to total (already validated or not: it is checked again). */
  fiscalYear: number;
  /** The payment records as given by the caller (checked here, one by one). */
  records: unknown;
  /** Custom rate tables (they decide the 雇用保険 rate periods, two in FY2022). */
  rates?: RatesOption | undefined;
  /** Path of the records in the caller's input, for error messages. Default `'records'`. */
  field?: string;
}

/** The three totals of a month, of a bonus row or of the year (yen, exact). @internal */
export interface LedgerTotalsCore {
  /** 労災保険対象者分 (常用 + 役員で労働者扱い + 臨時). */
  workersCompensation: bigint;
  /** 雇用保険被保険者分 (被保険者 + 役員で雇用保険の資格のある者, after the pre-FY2020 64歳以上 exemption). */
  employmentInsurance: bigint;
  /** Wages of exempt 64歳以上 被保険者 (FY2019 and earlier; otherwise 0). */
  exemptOlderWorkers: bigint;
}

/** One cell pair of the form: 人数 (distinct workers) and 賃金. @internal */
export interface LedgerCellCore {
  workers: number;
  wages: bigint;
}

/** The columns of one row of the 集計表. @internal */
export interface LedgerColumnsCore {
  /** 労災: 常用労働者 (insured part-timers and 日雇 included). */
  regular: LedgerCellCore;
  /** 労災: 役員で労働者扱いの者 (the worker part of a 兼務役員). */
  officer: LedgerCellCore;
  /** 労災: 臨時労働者 (パート・アルバイト等 who are not 雇用保険被保険者). */
  temporary: LedgerCellCore;
  /** 雇用: 被保険者 (other than officers), after the exemption. */
  insured: LedgerCellCore;
  /** 雇用: 役員で雇用保険の資格のある者. */
  insuredOfficer: LedgerCellCore;
  /** 雇用: 免除対象高年齢労働者 (FY2019 and earlier). */
  exempt: LedgerCellCore;
}

/** One month of salary (`kind: 'salary'`) or the bonuses paid in one month (`kind: 'bonus'`). @internal */
export interface LedgerRowCore extends LedgerTotalsCore {
  /** `'YYYY-MM'` of the 賃金締切日 (a bonus: of its payment date). */
  month: string;
  kind: 'salary' | 'bonus';
  /** Distinct workers with 労災 wages. */
  workers: number;
  /** Distinct insured workers with 雇用 wages (exempt ones included). */
  insuredWorkers: number;
  columns: LedgerColumnsCore;
}

/** The totals of one 雇用保険 rate period of the year, by 賃金締切日 (two periods in FY2022). @internal */
export interface LedgerPeriodCore {
  from: string;
  to: string;
  workersCompensation: bigint;
  employmentInsurance: bigint;
}

/** A record not counted, with why. @internal */
export interface LedgerExclusion {
  index: number;
  closingDate: string;
  fiscalYear: number;
  reason: string;
}

/** A pay item left out of the wages (not 賃金) or decided by the caller (`'depends'`). @internal */
export interface LedgerPayItemCore {
  /** Index of the record. */
  index: number;
  workerId: string;
  closingDate: string;
  name: string;
  amount: bigint;
  /** Counted in the wages. */
  wage: boolean;
  reason: string;
}

/** The 申告書's headcounts (monthly averages of the salary months), with their own citations. @internal */
export interface LedgerHeadcountsCore {
  /** ④ 常時使用労働者数: the 労災 workers of each month (常用 + 役員 + 臨時). */
  permanentWorkers: MonthlyAverage;
  /** ⑤ 雇用保険被保険者数: the insured workers of each month (officers and exempt ones included). */
  insuredWorkers: MonthlyAverage;
  /** 免除対象高年齢労働者数 (FY2019 and earlier; otherwise absent). */
  exemptOlderWorkers?: MonthlyAverage;
  /** How ④ and ⑤ were computed (kept apart from `steps`, which feed the 確定保険料). */
  steps: TraceStep[];
  sources: string[];
  legalBasis: string[];
  status: SourceStatus;
}

/** Result of {@link computeWageLedger}. @internal */
export interface LedgerCore {
  fiscalYear: number;
  /** April … March (`kind: 'salary'`), then one row per month in which bonuses were paid (`kind: 'bonus'`). */
  rows: LedgerRowCore[];
  totals: LedgerTotalsCore;
  /** The year's totals per column (salary and bonus rows together). */
  columns: LedgerColumnsCore;
  /** The year's totals of the bonus rows alone. */
  bonusTotals: LedgerTotalsCore;
  headcounts: LedgerHeadcountsCore;
  /** 出向労働者: distinct workers seconded in (受) and out (出) during the year. */
  secondment: { inbound: number; outbound: number };
  /** One entry per 雇用保険 rate period of the year (one, or two in FY2022). */
  periods: LedgerPeriodCore[];
  /** 算定基礎額 (千円未満切捨て) of each insurance. */
  bases: { workersCompensation: bigint; employmentInsurance: bigint };
  /**
   * The wages handed to the 確定保険料: the annual totals, or one total per rate period of each
   * insurance when the year has several (FY2022, docs/fy2022.md). A valid `PremiumWages`.
   */
  premiumWages: { workersCompensation: bigint | bigint[]; employmentInsurance: bigint | bigint[] };
  excluded: LedgerExclusion[];
  /** Pay items not counted (not 賃金), and `'depends'` items with the caller's decision. */
  payItems: { excluded: LedgerPayItemCore[]; decided: LedgerPayItemCore[] };
  /** Structured steps (rules `renewal.ledger*`). */
  steps: TraceStep[];
  /** Citations of the rate periods used to split the year, and of the 出向 / 資格取得 rules when they applied. */
  sources: string[];
  legalBasis: string[];
  status: SourceStatus;
}

const LEDGER_LAW = ['徴収法11条', '徴収法15条1項1号'] as const;
const EXEMPTION_LAW = '旧徴収法11条の2 (2020-03-31まで)';
const CLOSING_DATE_RULE = '賃金締切日基準';

/** The twelve months of a fiscal year, `'YYYY-MM'`, April first (締切日 → month). @internal */
export function fiscalMonths(fiscalYear: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < 12; i++) {
    const m = ((i + 3) % 12) + 1;
    out.push(`${m >= 4 ? fiscalYear : fiscalYear + 1}-${String(m).padStart(2, '0')}`);
  }
  return out;
}

/**
 * The latest birth date of an exempt older worker: until FY2019 the 雇用保険 premium of 被保険者 aged 64
 * or over on April 1 of the year was exempt (born on or before April 1 of FY − 64; 年齢計算ニ関スル法律:
 * one is 64 from the day before the 64th birthday). `undefined` from FY2020 (the exemption ended
 * 2020-04-01). @internal
 */
export function exemptBornBy(fiscalYear: number): string | undefined {
  return fiscalYear <= 2019 ? `${fiscalYear - 64}-04-01` : undefined;
}

/** True when an insured record's wages are exempt (older worker, FY2019 and earlier). @internal */
export function isExemptOlderWorker(record: Pick<ParsedRecord, 'employmentInsurance' | 'birthDate'>, fiscalYear: number, path: string): boolean {
  const bornBy = exemptBornBy(fiscalYear);
  if (!record.employmentInsurance || bornBy === undefined) return false;
  if (record.birthDate === undefined) {
    throw new InvalidInputError(
      'INVALID_OPTION',
      `${path}.birthDate is required for FY${fiscalYear}: until FY2019 the 雇用保険 premium of insured workers aged 64 or over on April 1 was exempt`,
      { field: `${path}.birthDate`, fiscalYear },
    );
  }
  return record.birthDate <= bornBy;
}

interface RatePeriods {
  periods: { from: string; to: string }[];
  sources: string[];
  statuses: SourceStatus[];
}

/** The 雇用保険 rate periods of the year (one, or two in FY2022); the whole year when no table covers it. @internal */
export function ledgerRatePeriods(fiscalYear: number, rates: RatesOption | undefined): RatePeriods {
  const whole: RatePeriods = { periods: [{ from: `${fiscalYear}-04-01`, to: `${fiscalYear + 1}-03-31` }], sources: [], statuses: [] };
  let table;
  try {
    table = ratesFor(fiscalYear, rates === undefined ? {} : { rates });
  } catch (e) {
    if (e instanceof RateTableError && e.code === 'NO_RATE_TABLE') return whole;
    throw e;
  }
  const ei = table.employmentInsurance;
  if (ei.length <= 1) return whole; // one period: its boundaries are the fiscal year's, no figure used
  return {
    periods: ei.map((p) => ({ from: p.from, to: p.to })),
    sources: ei.flatMap((p) => citations(table, p.sources)),
    statuses: ei.map((p) => p.status),
  };
}

/** The index of the period holding a closing date (the first one if none does: a custom table with gaps). @internal */
export function periodIndex(periods: readonly { from: string; to: string }[], closingDate: string): number {
  const i = periods.findIndex((p) => p.from <= closingDate && closingDate <= p.to);
  return i < 0 ? 0 : i;
}

interface CellAcc {
  wages: bigint;
  workers: Set<string>;
}
type ColumnsAcc = Record<keyof LedgerColumnsCore, CellAcc>;
const COLUMN_KEYS = ['regular', 'officer', 'temporary', 'insured', 'insuredOfficer', 'exempt'] as const;

const newColumns = (): ColumnsAcc => {
  const c = {} as ColumnsAcc;
  for (const k of COLUMN_KEYS) c[k] = { wages: 0n, workers: new Set() };
  return c;
};

/** Adds one counted record to its row's columns, the year's columns and its rate period. @internal */
function addRecord(cols: readonly ColumnsAcc[], period: { wc: bigint; ei: bigint }, r: ParsedRecord, exempt: boolean): void {
  const put = (key: keyof LedgerColumnsCore): void => {
    for (const c of cols) {
      c[key].wages += r.wage;
      c[key].workers.add(r.workerId);
    }
  };
  if (r.workersCompensation) {
    put(r.category);
    period.wc += r.wage;
  }
  if (r.employmentInsurance) {
    if (exempt) put('exempt');
    else {
      put(r.category === 'officer' ? 'insuredOfficer' : 'insured');
      period.ei += r.wage;
    }
  }
}

const union = (...cells: CellAcc[]): number => new Set(cells.flatMap((c) => [...c.workers])).size;

function columnsOf(a: ColumnsAcc): LedgerColumnsCore {
  const out = {} as LedgerColumnsCore;
  for (const k of COLUMN_KEYS) out[k] = { workers: a[k].workers.size, wages: a[k].wages };
  return out;
}

function totalsOf(a: ColumnsAcc): LedgerTotalsCore {
  return {
    workersCompensation: a.regular.wages + a.officer.wages + a.temporary.wages,
    employmentInsurance: a.insured.wages + a.insuredOfficer.wages,
    exemptOlderWorkers: a.exempt.wages,
  };
}

const toRow = (month: string, kind: 'salary' | 'bonus', a: ColumnsAcc): LedgerRowCore => ({
  month,
  kind,
  ...totalsOf(a),
  workers: union(a.regular, a.officer, a.temporary),
  insuredWorkers: union(a.insured, a.insuredOfficer, a.exempt),
  columns: columnsOf(a),
});

/** ④ and ⑤ from the twelve salary rows (bonus rows carry no headcount). @internal */
function headcountsOf(salaryRows: readonly LedgerRowCore[], bornBy: string | undefined): LedgerHeadcountsCore {
  const permanentWorkers = monthlyAverage(salaryRows.map((r) => r.workers));
  const insuredWorkers = monthlyAverage(salaryRows.map((r) => r.insuredWorkers));
  const h: LedgerHeadcountsCore = {
    permanentWorkers,
    insuredWorkers,
    steps: [
      traceStep('ledger.permanentWorkers', 'renewal.ledgerPermanentWorkers', permanentWorkers.value, { sum: String(permanentWorkers.sum) }),
      traceStep('ledger.insuredWorkers', 'renewal.ledgerInsuredWorkers', insuredWorkers.value, { sum: String(insuredWorkers.sum) }),
    ],
    sources: [...HEADCOUNT_SOURCE.sources],
    legalBasis: [...HEADCOUNT_SOURCE.legalBasis],
    status: HEADCOUNT_SOURCE.status,
  };
  if (bornBy !== undefined) h.exemptOlderWorkers = monthlyAverage(salaryRows.map((r) => r.columns.exempt.workers));
  return h;
}

/** The steps of the ledger (bases, exemption, exclusions). @internal */
function ledgerSteps(totals: LedgerTotalsCore, bases: LedgerCore['bases'], bornBy: string | undefined, excluded: number): TraceStep[] {
  const steps = [
    traceStep('ledger.workersCompensation', 'renewal.ledgerWorkersCompensation', bases.workersCompensation, { wages: String(totals.workersCompensation) }),
    traceStep('ledger.employmentInsurance', 'renewal.ledgerEmploymentInsurance', bases.employmentInsurance, { wages: String(totals.employmentInsurance) }),
  ];
  if (bornBy !== undefined) steps.push(traceStep('ledger.exempt', 'renewal.ledgerExempt', totals.exemptOlderWorkers, { bornBy }));
  if (excluded > 0) steps.push(traceStep('ledger.excluded', 'renewal.ledgerExcluded', excluded));
  return steps;
}

/**
 * The exact 算定基礎賃金集計表 of a fiscal year: each record's 賃金締切日 decides its fiscal year and month (a
 * bonus: its own month's bonus row), its category and flags its columns; an insured older worker's wages are
 * exempt up to FY2019; the totals are kept per month and column, per 雇用保険 rate period and for the year,
 * and truncated to 千円 for the bases; the headcounts are the salary months' averages. Keep this signature
 * stable: helper code of the 年度更新 calls it. @internal
 */
export function computeWageLedger(input: LedgerCoreInput): LedgerCore {
  const fiscalYear = assertFiscalYear(input.fiscalYear);
  const field = input.field ?? 'records';
  const records = input.records;
  if (!Array.isArray(records)) throw new InvalidInputError('INVALID_OPTION', `${field} must be an array of payment records`, { field });
  const split = ledgerRatePeriods(fiscalYear, input.rates);
  const monthKeys = fiscalMonths(fiscalYear);
  const months = new Map<string, ColumnsAcc>(monthKeys.map((m) => [m, newColumns()]));
  const bonuses = new Map<string, ColumnsAcc>();
  const year = newColumns();
  const bonusYear = newColumns();
  const periodAcc = split.periods.map(() => ({ wc: 0n, ei: 0n }));
  const excluded: LedgerExclusion[] = [];
  const inbound = new Set<string>();
  const outbound = new Set<string>();
  let byQualification = false;
  const itemsExcluded: LedgerPayItemCore[] = [];
  const itemsDecided: LedgerPayItemCore[] = [];
  const itemLaw = new Set<string>();
  const itemSources = new Set<string>();
  const itemStatuses: SourceStatus[] = [];

  for (let i = 0; i < records.length; i++) {
    const path = `${field}[${i}]`;
    const r = parseRecord(records[i] as unknown, path, catalogueClass);
    const fy = fiscalYearOfIso(r.closingDate);
    if (fy !== fiscalYear) {
      excluded.push({ index: i, closingDate: r.closingDate, fiscalYear: fy, reason: `賃金締切日 ${r.closingDate} is in FY${fy}, not FY${fiscalYear}` });
      continue;
    }
    for (const item of r.payItems) {
      for (const law of item.legalBasis) itemLaw.add(law);
      // a decided ('depends') item rests on the caller's decision, listed in payItems.decided: not on the catalogue
      if (!item.decided) {
        for (const src of item.sources) itemSources.add(src);
        itemStatuses.push(item.status);
      }
      if (item.wage && !item.decided) continue;
      const row = { index: i, workerId: r.workerId, closingDate: r.closingDate, name: item.name, amount: item.amount, wage: item.wage, reason: item.reason };
      (item.decided ? itemsDecided : itemsExcluded).push(row);
    }
    const exempt = isExemptOlderWorker(r, fiscalYear, path);
    const month = r.closingDate.slice(0, 7);
    if (r.secondment === 'inbound') inbound.add(r.workerId);
    else if (r.secondment === 'outbound') outbound.add(r.workerId);
    byQualification ||= r.byQualification;
    const period = periodAcc[periodIndex(split.periods, r.closingDate)]!;
    if (r.kind === 'bonus') {
      let b = bonuses.get(month);
      if (b === undefined) bonuses.set(month, (b = newColumns()));
      addRecord([b, year, bonusYear], period, r, exempt);
    } else addRecord([months.get(month)!, year], period, r, exempt);
  }

  const salaryRows = monthKeys.map((m) => toRow(m, 'salary', months.get(m)!));
  const rows = [...salaryRows, ...monthKeys.filter((m) => bonuses.has(m)).map((m) => toRow(m, 'bonus', bonuses.get(m)!))];
  const totals = totalsOf(year);
  const bases = { workersCompensation: truncateToUnit(totals.workersCompensation, 1000n), employmentInsurance: truncateToUnit(totals.employmentInsurance, 1000n) };
  const periods = split.periods.map((p, i) => ({ from: p.from, to: p.to, workersCompensation: periodAcc[i]!.wc, employmentInsurance: periodAcc[i]!.ei }));
  const several = periods.length > 1;
  const bornBy = exemptBornBy(fiscalYear);
  const headcounts = headcountsOf(salaryRows, bornBy);
  const legalBasis: string[] = [...LEDGER_LAW];
  if (bornBy !== undefined) legalBasis.push(EXEMPTION_LAW);
  if (excluded.length > 0 || records.length > 0) legalBasis.push(CLOSING_DATE_RULE);
  legalBasis.push(...itemLaw);
  const sources = [...split.sources, ...itemSources];
  const statuses = [...split.statuses, ...itemStatuses];
  for (const [used, rule] of [
    [inbound.size + outbound.size > 0, SECONDMENT_SOURCE],
    [byQualification, QUALIFICATION_SOURCE],
  ] as const) {
    if (!used) continue;
    sources.push(...rule.sources);
    legalBasis.push(...rule.legalBasis);
    statuses.push(rule.status);
  }
  return {
    fiscalYear,
    rows,
    totals,
    columns: columnsOf(year),
    bonusTotals: totalsOf(bonusYear),
    headcounts,
    secondment: { inbound: inbound.size, outbound: outbound.size },
    periods,
    bases,
    premiumWages: {
      workersCompensation: several ? periods.map((p) => p.workersCompensation) : totals.workersCompensation,
      employmentInsurance: several ? periods.map((p) => p.employmentInsurance) : totals.employmentInsurance,
    },
    excluded,
    payItems: { excluded: itemsExcluded, decided: itemsDecided },
    steps: ledgerSteps(totals, bases, bornBy, excluded.length),
    sources: [...new Set(sources)],
    legalBasis: [...new Set(legalBasis)],
    status: weakestStatus(...statuses),
  };
}
