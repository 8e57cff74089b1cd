import { assertObject } from '../core/options.js';
import { deductionColumns } from './deductionColumns.js';
import type { DeductionRow } from './types.js';

/**
 * Turns one record of a CSV payroll export (header → cell text) into a {@link DeductionRow}, using
 * {@link deductionColumns}. Cells are kept as text: a wage such as `'3,300,000'` is not guessed at
 * but reported as an invalid row by the audit.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION` when `record` is not an object (or cannot be read)
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
