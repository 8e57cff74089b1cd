import type { ErrorCode } from '../core/errors.js';
import type { TraceStep } from '../core/trace.js';
import type { RatesOption } from '../rates/registry.js';
import type { EmploymentCategory, SourceStatus } from '../rates/types.js';
import type { RoundingMode } from '../rounding/roundYen.js';
import type { Rule } from '../rules/index.js';

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
  /**
   * Whether the worker is a 雇用保険被保険者 (default true). `false` (役員, short-hours staff …): no
   * worker's share is due (雇用保険法4条1項・6条; 徴収法31条1項 charges only 被保険者), so the expected
   * deduction is 0. A boolean only (the CLI reads 加入 / 対象外 … into it).
   */
  insured?: unknown;
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

/** Outcome of one row: the deduction matches the expected one, differs, or the row could not be checked. */
export type AuditOutcome = 'match' | 'mismatch' | 'invalid';

/**
 * Why a mismatching row may differ: the deducted amount equals the amount under
 * - `old-rate` — the rate period before the one in force on the closing date (a rate change missed),
 * - `next-rate` — the following rate period (a new rate applied too early),
 * - `rounding:<mode>` — another rounding mode,
 * - `truncateToRinFirst` — the 厘-truncation variant toggled.
 */
export type LikelyCause = 'old-rate' | 'next-rate' | `rounding:${RoundingMode}` | 'truncateToRinFirst';

/**
 * The check of one row — a report line, not a calculation result: it has no `amount` (its figures
 * are `expected`, `deducted` and `difference`). Every input row gives exactly one, in input order.
 * `legalBasis`, `sources` and `status` are those of the expected deduction (the rate used and the
 * rules applied); an invalid row has none of them. (`outcome` says whether the row matched.)
 */
export interface AuditRowResult {
  /** 0-based position in the input. */
  index: number;
  /** The row's `id` as given (`undefined` when absent). */
  id: string | number | undefined;
  /** match, mismatch or invalid. */
  outcome: AuditOutcome;
  /** `false` when the row was given as not insured (expected deduction 0); absent otherwise. */
  insured?: false;
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
  /** The rounding rule applied: the catalogue's entry `RULES['rounding.<mode>']` (words and legal basis). */
  rule?: Rule;
  /** Whether the 厘-truncation variant was applied. */
  truncateToRinFirst: boolean;
  /** Statutes and notices the expected deduction rests on (the rate's, the deduction's, the rounding's), deduplicated. */
  legalBasis?: string[];
  /** Citations for the rate. */
  sources?: string[];
  /** Status of the rate used (`confirmed` > `single-source` > `derived` > `unconfirmed`). */
  status?: SourceStatus;
  /** Hints for a mismatch, most likely first (empty when none fits). */
  likelyCauses: LikelyCause[];
  /** First of `likelyCauses`. */
  likelyCause?: LikelyCause;
  /** For an invalid row: the typed error (its code, its message in English and in Japanese, the field at fault). */
  error?: { code: ErrorCode; message: string; messageJa: string; field?: string };
  /**
   * The expected amount's calculation and the comparison, as structured steps (rules `audit.*` of
   * the catalogue); render them with {@link explain}. Empty for an invalid row.
   */
  trace: TraceStep[];
}

/** Counts and totals of an audit; `matched + mismatched + invalid === rows`. */
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

/**
 * Result of {@link auditDeductions} — a report, not a calculation: it has no headline `amount`; its
 * totals are in `summary`, and each row carries the legal basis, sources and status of its own figures.
 */
export interface AuditReport {
  rows: AuditRowResult[];
  summary: AuditSummary;
}
