import { InvalidInputError } from '../core/errors.js';
import { isChecked, markChecked } from './checked.js';
import type { RateTable } from './types.js';
import { inspectRateTable, invalidRateTable, type RateTableIssue } from './validate.js';

const MAX_TABLES = 1000;

const prefixed = (index: number, issues: readonly RateTableIssue[]): RateTableIssue[] =>
  issues.map((i) => ({ ...i, path: i.path === '' ? `[${index}]` : i.path.startsWith('[') ? `[${index}]${i.path}` : `[${index}].${i.path}` }));

/** The checked copy of one table, or its issues. */
function define(table: unknown): RateTable | RateTableIssue[] {
  if (isChecked(table)) return table; // already checked and frozen
  const r = inspectRateTable(table);
  return r.table === undefined ? r.issues : markChecked(r.table);
}

/**
 * Checks a custom rate table once (独自の料率表の定義): validates it completely (every block, the
 * bounds, the arithmetic, the dates — see {@link validateRateTable}), makes a deep, plain copy,
 * deep-freezes it and returns the copy. Only what this returns (or a table from `ratesFor`) is accepted
 * by the `rates` option of a calculation: a raw object there is `UNCHECKED_RATE_TABLE`. The copy
 * cannot change, so editing the object you passed in afterwards changes no result, and
 * `createEmployeeDeduction` and `employeeDeduction` always read the same figures.
 *
 * Given an array, every table is checked and an array of the copies (frozen) is returned; two tables
 * for one fiscal year are an error. A table carrying a `merit` or `procedures` block overrides that
 * data for its fiscal year (docs/custom-rates.md).
 *
 * @param table - one table in the shape of `ratesFor(year)`, or an array of them (one per fiscal year)
 * @returns the deep-frozen checked copy (or a frozen array of them)
 * @throws {@link RateTableError} `INVALID_RATE_TABLE` with every issue in `details.issues` (in an
 *   array, paths start with the table's index: `[1].fiscalYear`; a second table for a year has the
 *   issue code `duplicate-fiscal-year`); {@link InvalidInputError} `INVALID_OPTION` for an empty array.
 *
 * @example
 * ```ts
 * import { defineRateTable, employeeDeduction, ratesFor } from 'jp-labor-insurance';
 * const mine = structuredClone(ratesFor(2025));
 * mine.name = 'FY2025 (own copy)';
 * const fy2025 = defineRateTable(mine);
 * console.log(Object.isFrozen(fy2025), fy2025 === mine); //=> true false
 * mine.employmentInsurance[0]!.categories.general.worker = '50'; // no effect: fy2025 is a frozen copy
 * // 200,000 × 5.5/1000 = 1,100
 * console.log(employeeDeduction({ wage: 200_000, category: 'general', closingDate: '2025-05-31', rates: fy2025 }).amount); //=> 1100
 * ```
 */
export function defineRateTable(table: RateTable): RateTable;
export function defineRateTable(tables: readonly RateTable[]): readonly RateTable[];
export function defineRateTable(tables: RateTable | readonly RateTable[]): RateTable | readonly RateTable[];
export function defineRateTable(input: RateTable | readonly RateTable[]): RateTable | readonly RateTable[] {
  let list: boolean;
  try {
    list = Array.isArray(input); // throws for a revoked proxy
  } catch {
    throw invalidRateTable([{ path: '', code: 'unreadable', message: 'reading the table threw an error' }]);
  }
  if (!list) {
    const r = define(input);
    if (Array.isArray(r)) throw invalidRateTable(r);
    return r;
  }
  if (isChecked(input)) return input as unknown as readonly RateTable[];
  let length: number;
  try {
    length = (input as readonly unknown[]).length;
  } catch {
    throw invalidRateTable([{ path: '', code: 'unreadable', message: 'reading the array threw an error' }]);
  }
  if (length === 0) throw new InvalidInputError('INVALID_OPTION', 'defineRateTable needs a rate table or a non-empty array of rate tables', { field: 'tables' });
  if (!Number.isSafeInteger(length) || length > MAX_TABLES) throw invalidRateTable([{ path: '', code: 'too-large', message: `more than ${MAX_TABLES} tables` }]);
  const issues: RateTableIssue[] = [];
  const copies: RateTable[] = [];
  const seen = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    let item: unknown;
    try {
      const d = Object.getOwnPropertyDescriptor(input as readonly unknown[], i);
      if (d === undefined) {
        issues.push({ path: `[${i}]`, code: 'sparse-array', message: 'a hole in the array of tables' });
        continue;
      }
      if (d.get !== undefined || d.set !== undefined) {
        issues.push({ path: `[${i}]`, code: 'accessor', message: 'must be a table, not a getter or setter' });
        continue;
      }
      item = d.value;
    } catch {
      issues.push({ path: `[${i}]`, code: 'unreadable', message: 'reading it threw an error' });
      continue;
    }
    const r = define(item);
    if (Array.isArray(r)) {
      issues.push(...prefixed(i, r));
      continue;
    }
    const first = seen.get(r.fiscalYear);
    if (first !== undefined)
      issues.push({
        path: `[${i}].fiscalYear`,
        code: 'duplicate-fiscal-year',
        message: `FY${r.fiscalYear} is also given by the table at [${first}]; give one table per fiscal year`,
      });
    else seen.set(r.fiscalYear, i);
    copies.push(r);
  }
  if (issues.length > 0) throw invalidRateTable(issues);
  return markChecked(Object.freeze(copies));
}
