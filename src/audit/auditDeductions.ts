import { DeductionAuditor } from './DeductionAuditor.js';
import type { AuditOptions, AuditReport, AuditRowResult, DeductionRow } from './types.js';

/**
 * Checks the 雇用保険料 deducted on payroll rows against the legally expected amount (wage × the
 * worker rate in force on each 賃金締切日, rounded by the chosen rule, on the exact integer kernel).
 * Every row gives one result in input order — an invalid row is reported with its typed error, never
 * dropped — and the summary's `matched + mismatched + invalid` equals the number of rows.
 *
 * The result is a report, not a calculation: it has no headline `amount`. Its `summary` keeps the
 * counts and the totals deducted / expected; each row carries its `outcome`, the `legalBasis`,
 * `sources` and `status` of the rate it was checked against, and its steps as a structured `trace`.
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
 * console.log(report.rows.map((r) => r.outcome)); //=> [ 'match', 'mismatch', 'invalid' ]
 * console.log(report.rows[1]?.expected, report.rows[1]?.likelyCause, report.rows[2]?.error?.code);
 * //=> 1600 'rounding:halfUp' 'AMOUNT_MALFORMED'
 * console.log(report.rows[0]?.status, report.rows[0]?.legalBasis?.includes('徴収則60条'));
 * //=> 'confirmed' true
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
