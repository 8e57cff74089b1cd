import { assertStringArray } from '../core/options.js';
import type { DeductionRow } from './types.js';

const FIELD_ALIASES: Readonly<Record<Exclude<keyof DeductionRow, 'insured'>, readonly string[]>> = Object.freeze({
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
 * @throws {@link InvalidInputError} `INVALID_OPTION` when `headers` is not an array of strings
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
  const trimmed = headers.map((h) =>
    h
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
  const columns: Partial<Record<keyof DeductionRow, string>> = {};
  const missing: (keyof DeductionRow)[] = [];
  for (const field of Object.keys(FIELD_ALIASES) as (keyof typeof FIELD_ALIASES)[]) {
    const aliases = FIELD_ALIASES[field].map((a) => a.toLowerCase());
    const i = trimmed.findIndex((h) => aliases.includes(h));
    if (i >= 0) columns[field] = headers[i]!;
    else if (field !== 'id') missing.push(field);
  }
  return { columns, missing };
}
