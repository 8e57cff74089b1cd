import { toIsoDate } from '../core/dates.js';
import { InvalidInputError, LaborInsuranceError, type ErrorCode } from '../core/errors.js';
import { assertObject, assertStringArray } from '../core/options.js';
import type { RuleStep } from '../core/trace.js';
import { RULES } from '../rules/index.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { createEmployeeDeduction, employeeDeduction, type EmployeeDeduction } from '../employment/deduction.js';
import { ratesFor, type RatesOption } from '../rates/registry.js';
import type { EmploymentCategory } from '../rates/types.js';
import { assertRoundingMode, ROUNDING_MODES, type RoundingMode } from '../rounding/roundYen.js';

/** One payroll line to check, as payroll software exports it. */
export interface DeductionRow {
  /** Employee or line identifier (社員番号), echoed in the report. */
  id?: string | number;
  /** Gross wage of the payment in yen (a digit string, a safe integer or a bigint). */
  wage: unknown;
  /** 賃金締切日 `YYYY-MM-DD` (also `YYYY/M/D` as spreadsheets export it) or a `Date`. */
  closingDate: unknown;
  /** 'general' | 'agriculture' | 'construction', or 一般 / 農林水産 / 建設. */
  category: unknown;
  /** The 雇用保険料 actually deducted, in yen. */
  deducted: unknown;
}

/** Options of {@link auditDeductions} and {@link DeductionAuditor}. */
export interface AuditOptions {
  /** The rounding the payroll is supposed to use; default `halfDown` (withheld from wages). */
  rounding?: RoundingMode;
  /** Expect the 厘-truncation compatibility variant. Default false. */
  truncateToRinFirst?: boolean;
  /** Custom rate table(s). */
  rates?: RatesOption;
}

/** Outcome of one row. */
export type AuditStatus = 'match' | 'mismatch' | 'invalid';

/**
 * Why a mismatching row may differ: the deducted amount equals the amount under
 * - `old-rate` — the rate period before the one in force on the closing date (a rate change missed),
 * - `next-rate` — the following rate period (a new rate applied too early),
 * - `rounding:<mode>` — another rounding mode,
 * - `truncateToRinFirst` — the 厘-truncation variant toggled.
 */
export type LikelyCause = 'old-rate' | 'next-rate' | `rounding:${RoundingMode}` | 'truncateToRinFirst';

/** The check of one row. Every input row gives exactly one of these, in input order. */
export interface AuditRowResult {
  /** 0-based position in the input. */
  index: number;
  /** The row's `id` as given (`undefined` when absent). */
  id: string | number | undefined;
  status: AuditStatus;
  /** Parsed inputs (present when they could be parsed). */
  wage?: number;
  closingDate?: string;
  category?: EmploymentCategory;
  deducted?: number;
  /** The legally expected deduction (absent for an invalid row). */
  expected?: number;
  /** deducted − expected. */
  difference?: number;
  /** Exact wage × rate. */
  exact?: string;
  /** Worker rate per 1000 applied. */
  rate?: string;
  /** Rate period applied. */
  period?: { from: string; to: string };
  /** Rounding mode applied. */
  rounding: RoundingMode;
  /** The rounding rule applied, in words, with its legal basis (from the calculation's trace). */
  rule?: { ja: string; en: string; law?: string };
  truncateToRinFirst: boolean;
  /** Legal basis of the rate. */
  legalBasis?: string;
  /** Citations for the rate. */
  sources?: string[];
  /** Hints for a mismatch, most likely first (empty when none fits). */
  likelyCauses: LikelyCause[];
  /** First of `likelyCauses`. */
  likelyCause?: LikelyCause;
  /** For an invalid row: the typed error. */
  error?: { code: ErrorCode; message: string; field?: string };
  /** The expected amount's calculation. */
  trace: RuleStep[];
}

/** Counts of an audit; `matched + mismatched + invalid === rows`. */
export interface AuditSummary {
  rows: number;
  matched: number;
  mismatched: number;
  invalid: number;
  /** Σ deducted over valid rows. */
  totalDeducted: number;
  /** Σ expected over valid rows. */
  totalExpected: number;
  /** totalDeducted − totalExpected. */
  totalDifference: number;
}

/** Result of {@link auditDeductions}. */
export interface AuditReport {
  rows: AuditRowResult[];
  summary: AuditSummary;
}

const CATEGORY_ALIASES: Readonly<Record<string, EmploymentCategory>> = Object.freeze({
  general: 'general',
  agriculture: 'agriculture',
  construction: 'construction',
  一般: 'general',
  一般の事業: 'general',
  農林水産: 'agriculture',
  農林水産・清酒製造: 'agriculture',
  農林水産・清酒製造の事業: 'agriculture',
  建設: 'construction',
  建設の事業: 'construction',
});

/** Maps a category or its Japanese name to the category; other values are returned unchanged (and rejected later). */
function normaliseCategory(value: unknown): unknown {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATEGORY_ALIASES, value.trim()) ? CATEGORY_ALIASES[value.trim()] : value;
}

const FIELD_ALIASES: Readonly<Record<keyof DeductionRow, readonly string[]>> = Object.freeze({
  id: ['id', '社員番号', '従業員番号'],
  wage: ['wage', '賃金', '支給額'],
  closingDate: ['closingDate', 'closing_date', '締切日', '賃金締切日'],
  category: ['category', '事業区分'],
  deducted: ['deducted', '控除額', '雇用保険料'],
});

/**
 * Which column of a header row holds each field of a {@link DeductionRow} (English names or the
 * Japanese aliases 社員番号/従業員番号, 賃金/支給額, 締切日/賃金締切日, 事業区分, 控除額/雇用保険料).
 * Returns the missing fields too, so that a tool can refuse a file that lacks a column.
 *
 * @example
 * ```ts
 * import { deductionColumns } from 'jp-labor-insurance';
 * const c = deductionColumns(['社員番号', '支給額', '賃金締切日', '事業区分', '雇用保険料']);
 * console.log(c.columns.wage, c.missing); //=> '支給額' []
 * console.log(deductionColumns(['id', 'wage']).missing); //=> [ 'closingDate', 'category', 'deducted' ]
 * ```
 */
export function deductionColumns(headers: readonly string[]): { columns: Partial<Record<keyof DeductionRow, string>>; missing: (keyof DeductionRow)[] } {
  headers = assertStringArray(headers, 'headers'); // guard: an array of strings, read once
  const trimmed = headers.map((h) => h.replace(/^\uFEFF/, '').trim());
  const columns: Partial<Record<keyof DeductionRow, string>> = {};
  const missing: (keyof DeductionRow)[] = [];
  for (const field of Object.keys(FIELD_ALIASES) as (keyof DeductionRow)[]) {
    const aliases = FIELD_ALIASES[field].map((a) => a.toLowerCase());
    const i = trimmed.findIndex((h) => aliases.includes(h.toLowerCase()));
    if (i >= 0) columns[field] = headers[i]!;
    else if (field !== 'id') missing.push(field);
  }
  return { columns, missing };
}

/**
 * Turns one record of a CSV payroll export (header → cell text) into a {@link DeductionRow}, using
 * {@link deductionColumns}. Cells are kept as text: a wage such as `'3,300,000'` is not guessed at
 * but reported as an invalid row by the audit.
 *
 * @example
 * ```ts
 * import { deductionRowFromRecord } from 'jp-labor-insurance';
 * const row = deductionRowFromRecord({ 社員番号: 'A1', 賃金: '200000', 締切日: '2025-04-20', 事業区分: '一般', 控除額: '1100' });
 * console.log(row); //=> { id: 'A1', wage: '200000', closingDate: '2025-04-20', category: '一般', deducted: '1100' }
 * ```
 */
export function deductionRowFromRecord(record: Readonly<Record<string, string | undefined>>): DeductionRow {
  record = assertObject(record, 'deductionRowFromRecord') as Readonly<Record<string, string | undefined>>; // guard
  const { columns } = deductionColumns(Object.keys(record));
  const cell = (f: keyof DeductionRow) => (columns[f] === undefined ? undefined : record[columns[f]!]);
  const id = cell('id');
  return { ...(id !== undefined ? { id } : {}), wage: cell('wage'), closingDate: cell('closingDate'), category: cell('category'), deducted: cell('deducted') };
}

/**
 * Checks payroll deductions one row at a time — the incremental form of {@link auditDeductions} for
 * large files and progress reporting. Options are validated once, in the constructor; each row is
 * validated on its own and never throws.
 *
 * @throws {@link InvalidInputError} `INVALID_ROUNDING_MODE` / `INVALID_OPTION` for bad options
 *
 * @example
 * ```ts
 * import { DeductionAuditor } from 'jp-labor-insurance';
 * const auditor = new DeductionAuditor();
 * const r = auditor.check({ id: 'E7', wage: '200000', closingDate: '2025-04-30', category: 'general', deducted: '1200' });
 * console.log(r.status, r.expected, r.difference, r.likelyCause); //=> 'mismatch' 1100 100 'old-rate'
 * console.log(auditor.summary.rows, auditor.summary.mismatched); //=> 1 1
 * ```
 */
export class DeductionAuditor {
  /** Rounding the payroll is checked against. */
  readonly rounding: RoundingMode;
  /** Whether the 厘-truncation variant is expected. */
  readonly truncateToRinFirst: boolean;
  private readonly rates: RatesOption | undefined;
  private index = 0;
  private readonly counts = { matched: 0, mismatched: 0, invalid: 0 };
  private deductedSum = 0n;
  private rule: { ja: string; en: string; law?: string } | undefined;
  private readonly neighbours = new Map<string, [string, string]>();
  private readonly fast = new Map<string, ((wage: YenInput) => number) | null>();
  private expectedSum = 0n;

  constructor(options: AuditOptions = {}) {
    options = assertObject(options, 'DeductionAuditor options'); // guard: an object, read once
    this.rounding = assertRoundingMode(options.rounding ?? 'halfDown');
    if (options.truncateToRinFirst !== undefined && typeof options.truncateToRinFirst !== 'boolean') {
      throw new InvalidInputError('INVALID_OPTION', 'truncateToRinFirst must be a boolean', { field: 'truncateToRinFirst' });
    }
    this.truncateToRinFirst = options.truncateToRinFirst ?? false;
    this.rates = options.rates;
    if (this.rates !== undefined) ratesFor(2025, { rates: this.rates }); // validates custom tables once
  }

  /** Checks one row and adds it to the summary. */
  check(row: DeductionRow): AuditRowResult {
    const index = this.index++;
    // Guard: the row is read once (a throwing getter or Proxy makes the row invalid, not the audit).
    let unreadable: LaborInsuranceError | undefined;
    try {
      if (typeof row === 'object' && row !== null) row = assertObject(row, 'row') as unknown as DeductionRow;
    } catch (e) {
      if (!(e instanceof LaborInsuranceError)) throw e;
      unreadable = e;
    }
    const rawId: unknown = unreadable === undefined ? row?.id : undefined;
    const id = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : undefined;
    let d: EmployeeDeduction;
    let deducted: bigint;
    let closingDate: string;
    try {
      if (unreadable !== undefined) throw unreadable;
      if (row === null || typeof row !== 'object') throw new InvalidInputError('INVALID_OPTION', 'a row must be an object { id, wage, closingDate, category, deducted }', { field: 'row' });
      closingDate = toIsoDate(typeof row.closingDate === 'string' ? normaliseDate(row.closingDate) : row.closingDate, 'closingDate');
      d = this.compute(row.wage, closingDate, normaliseCategory(row.category), this.rounding, this.truncateToRinFirst);
      deducted = parseYen(row.deducted, 'deducted');
      yenToNumber(deducted, 'deducted');
    } catch (e) {
      if (!(e instanceof LaborInsuranceError)) throw e;
      this.counts.invalid++;
      const field = typeof e.details.field === 'string' ? e.details.field : undefined;
      const error = field === undefined ? { code: e.code, message: e.message } : { code: e.code, message: e.message, field };
      return { index, id, status: 'invalid', rounding: this.rounding, truncateToRinFirst: this.truncateToRinFirst, likelyCauses: [], error, trace: [] };
    }
    const expected = BigInt(d.amount);
    const status: AuditStatus = deducted === expected ? 'match' : 'mismatch';
    this.counts[status === 'match' ? 'matched' : 'mismatched']++;
    this.deductedSum += deducted;
    this.expectedSum += expected;
    const likelyCauses = status === 'mismatch' ? this.causes(d, closingDate, Number(deducted)) : [];
    // Built as one literal (no object spread): this runs once per payroll row.
    const result: AuditRowResult = {
      index,
      id,
      status,
      wage: d.wage,
      closingDate,
      category: d.category,
      deducted: Number(deducted),
      expected: d.amount,
      difference: Number(deducted - expected),
      exact: d.exact,
      rate: d.rate,
      period: d.period,
      rounding: this.rounding,
      truncateToRinFirst: this.truncateToRinFirst,
      legalBasis: d.legalBasis[0]!, // the rate period's
      sources: d.sources,
      rule: (this.rule ??= ruleOf(this.rounding)),
      likelyCauses,
      trace: d.trace,
    };
    if (likelyCauses.length > 0) result.likelyCause = likelyCauses[0]!;
    return result;
  }

  /** Counts so far; they always add up to the rows checked. */
  get summary(): AuditSummary {
    const { matched, mismatched, invalid } = this.counts;
    return {
      rows: this.index,
      matched,
      mismatched,
      invalid,
      totalDeducted: yenToNumber(this.deductedSum, 'totalDeducted'),
      totalExpected: yenToNumber(this.expectedSum, 'totalExpected'),
      totalDifference: yenToNumber(this.deductedSum - this.expectedSum, 'totalDifference'),
    };
  }

  private compute(wage: unknown, closingDate: string, category: unknown, rounding: RoundingMode, truncateToRinFirst: boolean): EmployeeDeduction {
    return employeeDeduction({
      wage: wage as YenInput,
      category: category as EmploymentCategory,
      closingDate,
      rounding,
      truncateToRinFirst,
      ...(this.rates !== undefined ? { rates: this.rates } : {}),
    });
  }

  private causes(d: EmployeeDeduction, closingDate: string, deducted: number): LikelyCause[] {
    const out: LikelyCause[] = [];
    const amountOn = (date: string, rounding: RoundingMode, truncateToRinFirst: boolean): number | undefined => {
      const key = `${date}|${d.category}|${rounding}|${truncateToRinFirst}`;
      let f = this.fast.get(key);
      if (f === undefined) {
        try {
          f = createEmployeeDeduction({ category: d.category, closingDate: date, rounding, truncateToRinFirst, ...(this.rates !== undefined ? { rates: this.rates } : {}) });
        } catch (e) {
          if (!(e instanceof LaborInsuranceError)) throw e;
          f = null; // no rate known for that date
        }
        if (this.fast.size > 1000) this.fast.clear();
        this.fast.set(key, f);
      }
      return f === null ? undefined : f(d.wage);
    };
    // Any date of the period in force gives the same rate: key the cache by the period's first day.
    const inForce = d.period.from <= closingDate ? d.period.from : closingDate;
    for (const mode of ROUNDING_MODES) {
      if (mode !== this.rounding && amountOn(inForce, mode, this.truncateToRinFirst) === deducted) out.push(`rounding:${mode}`);
    }
    if (amountOn(inForce, this.rounding, !this.truncateToRinFirst) === deducted) out.push('truncateToRinFirst');
    let around = this.neighbours.get(d.period.from);
    if (around === undefined) {
      around = [shiftDay(d.period.from, -1), shiftDay(d.period.to, 1)];
      this.neighbours.set(d.period.from, around);
    }
    if (amountOn(around[0], this.rounding, this.truncateToRinFirst) === deducted) out.push('old-rate');
    if (amountOn(around[1], this.rounding, this.truncateToRinFirst) === deducted) out.push('next-rate');
    // A rate-change hint is the more telling one when both fit.
    return out.sort((a, b) => rank(a) - rank(b));
  }
}

function ruleOf(rounding: RoundingMode): { ja: string; en: string; law?: string } {
  const r = RULES[`rounding.${rounding}`];
  return { ja: r.ja, en: r.en, law: r.law };
}

function rank(c: LikelyCause): number {
  return c === 'old-rate' || c === 'next-rate' ? 0 : c === 'truncateToRinFirst' ? 2 : 1;
}

const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

/** `2025/4/20` → `2025-04-20` (unambiguous year-first form); anything else is left to the strict parser. */
function normaliseDate(value: string): string {
  const v = value.trim();
  const m = SLASHED.exec(v);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : v;
}

function shiftDay(iso: string, days: number): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Checks the 雇用保険料 deducted on payroll rows against the legally expected amount
 * ({@link employeeDeduction} at the rate in force on each 賃金締切日). Every row gives one result in
 * input order — an invalid row is reported with its typed error, never dropped — and the summary's
 * `matched + mismatched + invalid` equals the number of rows.
 *
 * @throws {@link InvalidInputError} for bad options (never for a bad row)
 *
 * @example
 * ```ts
 * import { auditDeductions } from 'jp-labor-insurance';
 * const report = auditDeductions([
 *   { id: 'A', wage: 200_000, closingDate: '2025-04-20', category: 'general', deducted: 1_100 },
 *   { id: 'B', wage: 266_750, closingDate: '2025-03-20', category: 'general', deducted: 1_601 },
 *   { id: 'C', wage: '3,300,000', closingDate: '2025-04-20', category: 'general', deducted: 0 },
 * ]);
 * console.log(report.rows.map((r) => r.status)); //=> [ 'match', 'mismatch', 'invalid' ]
 * console.log(report.rows[1]?.expected, report.rows[1]?.likelyCause, report.rows[2]?.error?.code);
 * //=> 1600 'rounding:halfUp' 'AMOUNT_MALFORMED'
 * console.log(report.summary.rows, report.summary.matched, report.summary.mismatched, report.summary.invalid);
 * //=> 3 1 1 1
 * ```
 */
export function auditDeductions(rows: Iterable<DeductionRow>, options: AuditOptions = {}): AuditReport {
  const auditor = new DeductionAuditor(options);
  const results: AuditRowResult[] = [];
  for (const row of rows) results.push(auditor.check(row));
  return { rows: results, summary: auditor.summary };
}
