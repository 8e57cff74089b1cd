import { assertFiscalYear, toIsoDate } from '../core/dates.js';
import { InvalidInputError, RateTableError } from '../core/errors.js';
import { assertBoolean, assertObject, oneOf } from '../core/options.js';
import { weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen } from '../core/yen.js';
import { truncateToUnit } from '../kernel/truncateToUnit.js';
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

/** The three totals of a month, of the bonus row or of the year (yen, exact). @internal */
export interface LedgerTotalsCore {
  /** 労災保険対象者分. */
  workersCompensation: bigint;
  /** 雇用保険被保険者分 (after the pre-FY2020 64歳以上 exemption). */
  employmentInsurance: bigint;
  /** Wages of exempt 64歳以上 被保険者 (FY2019 and earlier; otherwise 0). */
  exemptOlderWorkers: bigint;
}

/** One month (`'YYYY-MM'` of the 賃金締切日) or the `'bonus'` row. @internal */
export interface LedgerRowCore extends LedgerTotalsCore {
  month: string;
  /** Distinct workers with 労災 wages. */
  workers: number;
  /** Distinct insured workers with 雇用 wages (exempt ones included). */
  insuredWorkers: number;
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

/** Result of {@link computeWageLedger}. @internal */
export interface LedgerCore {
  fiscalYear: number;
  /** April … March, then the bonus row when there are bonuses. */
  rows: LedgerRowCore[];
  totals: LedgerTotalsCore;
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
  /** Structured steps (rules `renewal.ledger*`). */
  steps: TraceStep[];
  /** Citations of the rate periods used to split the year (none when the year has one period). */
  sources: string[];
  legalBasis: string[];
  status: SourceStatus;
}

/** One payment record, checked. @internal */
export interface ParsedRecord {
  workerId: string;
  closingDate: string;
  wage: bigint;
  workersCompensation: boolean;
  employmentInsurance: boolean;
  kind: 'salary' | 'bonus';
  birthDate: string | undefined;
}

const LEDGER_LAW = ['徴収法11条', '徴収法15条1項1号'] as const;
const EXEMPTION_LAW = '旧徴収法11条の2 (2020-03-31まで)';
const CLOSING_DATE_RULE = '賃金締切日基準';

/** Checks one payment record (the one place a record's fields are read). @internal */
export function parseRecord(r: unknown, path: string): ParsedRecord {
  const x = assertObject(r, path);
  const workerId = x['workerId'];
  if (typeof workerId !== 'string' || workerId === '') throw new InvalidInputError('INVALID_OPTION', `${path}.workerId must be a non-empty string`, { field: `${path}.workerId` });
  return {
    workerId,
    closingDate: toIsoDate(x['closingDate'], `${path}.closingDate`),
    wage: parseYen(x['wage'], `${path}.wage`),
    workersCompensation: assertBoolean(x['workersCompensation'], `${path}.workersCompensation`, true),
    employmentInsurance: assertBoolean(x['employmentInsurance'], `${path}.employmentInsurance`, true),
    kind: oneOf(x['kind'], ['salary', 'bonus'] as const, `${path}.kind`, 'salary'),
    birthDate: x['birthDate'] === undefined ? undefined : toIsoDate(x['birthDate'], `${path}.birthDate`),
  };
}

/** The 保険年度 of a checked ISO date (April–March; the 締切日 rule), without parsing it again. @internal */
export function fiscalYearOfIso(iso: string): number {
  const year = Number(iso.slice(0, 4));
  return iso.slice(5) >= '04-01' ? year : year - 1;
}

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
export function isExemptOlderWorker(record: ParsedRecord, fiscalYear: number, path: string): boolean {
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

interface Acc {
  wc: bigint;
  ei: bigint;
  old: bigint;
  workers: Set<string>;
  insured: Set<string>;
}

const newAcc = (): Acc => ({ wc: 0n, ei: 0n, old: 0n, workers: new Set(), insured: new Set() });

/** Adds one counted record to its row and its rate period. @internal */
function addRecord(acc: Acc, period: { wc: bigint; ei: bigint }, r: ParsedRecord, exempt: boolean): void {
  if (r.workersCompensation) {
    acc.wc += r.wage;
    acc.workers.add(r.workerId);
    period.wc += r.wage;
  }
  if (r.employmentInsurance) {
    acc.insured.add(r.workerId);
    if (exempt) acc.old += r.wage;
    else {
      acc.ei += r.wage;
      period.ei += r.wage;
    }
  }
}

const toRow = (month: string, a: Acc): LedgerRowCore => ({
  month,
  workersCompensation: a.wc,
  employmentInsurance: a.ei,
  exemptOlderWorkers: a.old,
  workers: a.workers.size,
  insuredWorkers: a.insured.size,
});

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
 * The exact 算定基礎賃金集計表 of a fiscal year: each record's 賃金締切日 decides its fiscal year and month,
 * its flags the insurances it counts for; an insured older worker's wages are exempt up to FY2019; the
 * totals are kept per month, per 雇用保険 rate period and for the year, and truncated to 千円 for the
 * bases. Keep this signature stable: helper code of the 年度更新 calls it. @internal
 */
export function computeWageLedger(input: LedgerCoreInput): LedgerCore {
  const fiscalYear = assertFiscalYear(input.fiscalYear);
  const field = input.field ?? 'records';
  const records = input.records;
  if (!Array.isArray(records)) throw new InvalidInputError('INVALID_OPTION', `${field} must be an array of payment records`, { field });
  const split = ledgerRatePeriods(fiscalYear, input.rates);
  const monthKeys = fiscalMonths(fiscalYear);
  const months = new Map<string, Acc>(monthKeys.map((m) => [m, newAcc()]));
  const bonus = newAcc();
  let hasBonus = false;
  const periodAcc = split.periods.map(() => ({ wc: 0n, ei: 0n }));
  const excluded: LedgerExclusion[] = [];

  for (let i = 0; i < records.length; i++) {
    const path = `${field}[${i}]`;
    const r = parseRecord(records[i] as unknown, path);
    const fy = fiscalYearOfIso(r.closingDate);
    if (fy !== fiscalYear) {
      excluded.push({ index: i, closingDate: r.closingDate, fiscalYear: fy, reason: `賃金締切日 ${r.closingDate} is in FY${fy}, not FY${fiscalYear}` });
      continue;
    }
    const exempt = isExemptOlderWorker(r, fiscalYear, path);
    if (r.kind === 'bonus') hasBonus = true;
    addRecord(r.kind === 'bonus' ? bonus : months.get(r.closingDate.slice(0, 7))!, periodAcc[periodIndex(split.periods, r.closingDate)]!, r, exempt);
  }

  const rows = monthKeys.map((m) => toRow(m, months.get(m)!));
  if (hasBonus) rows.push(toRow('bonus', bonus));
  const totals: LedgerTotalsCore = { workersCompensation: 0n, employmentInsurance: 0n, exemptOlderWorkers: 0n };
  for (const row of rows) {
    totals.workersCompensation += row.workersCompensation;
    totals.employmentInsurance += row.employmentInsurance;
    totals.exemptOlderWorkers += row.exemptOlderWorkers;
  }
  const bases = { workersCompensation: truncateToUnit(totals.workersCompensation, 1000n), employmentInsurance: truncateToUnit(totals.employmentInsurance, 1000n) };
  const periods = split.periods.map((p, i) => ({ from: p.from, to: p.to, workersCompensation: periodAcc[i]!.wc, employmentInsurance: periodAcc[i]!.ei }));
  const several = periods.length > 1;
  const bornBy = exemptBornBy(fiscalYear);
  const legalBasis: string[] = [...LEDGER_LAW];
  if (bornBy !== undefined) legalBasis.push(EXEMPTION_LAW);
  if (excluded.length > 0 || records.length > 0) legalBasis.push(CLOSING_DATE_RULE);
  return {
    fiscalYear,
    rows,
    totals,
    periods,
    bases,
    premiumWages: {
      workersCompensation: several ? periods.map((p) => p.workersCompensation) : totals.workersCompensation,
      employmentInsurance: several ? periods.map((p) => p.employmentInsurance) : totals.employmentInsurance,
    },
    excluded,
    steps: ledgerSteps(totals, bases, bornBy, excluded.length),
    sources: [...new Set(split.sources)],
    legalBasis,
    status: weakestStatus(...split.statuses),
  };
}
