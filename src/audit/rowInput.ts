// Reading one payroll row: the guard, and the spellings payroll exports use.
import { InvalidInputError, LaborInsuranceError } from '../core/errors.js';
import { assertObject } from '../core/options.js';
import type { EmploymentCategory } from '../rates/types.js';
import type { DeductionRow } from './types.js';

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

/** Maps a category or its Japanese name to the category; other values are returned unchanged (and rejected later). @internal */
export function normaliseCategory(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const v = value.trim();
  return Object.prototype.hasOwnProperty.call(CATEGORY_ALIASES, v) ? CATEGORY_ALIASES[v] : value;
}

const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

/** `2025/4/20` → `2025-04-20` (the unambiguous year-first form); anything else is left to the strict parser. @internal */
export function normaliseDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const v = value.trim();
  const m = SLASHED.exec(v);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : v;
}

/** A row read once: its id (when it has a usable one) and its fields, or the typed error that makes it invalid. @internal */
export type ReadRow = { id: string | number | undefined; row: DeductionRow; error?: undefined } | { id: string | number | undefined; row?: undefined; error: LaborInsuranceError };

/**
 * Reads a row once (a throwing getter or Proxy makes the row invalid, never the audit): an object
 * whose `id`, when a string or a finite number, is echoed in the report. @internal
 */
export function readRow(value: unknown): ReadRow {
  if (typeof value !== 'object' || value === null) {
    return { id: undefined, error: new InvalidInputError('INVALID_OPTION', 'a row must be an object { id, wage, closingDate, category, deducted }', { field: 'row' }) };
  }
  let row: DeductionRow;
  try {
    row = assertObject(value, 'row') as unknown as DeductionRow;
  } catch (e) {
    if (!(e instanceof LaborInsuranceError)) throw e;
    return { id: undefined, error: e };
  }
  const raw: unknown = row.id;
  const id = typeof raw === 'string' || (typeof raw === 'number' && Number.isFinite(raw)) ? raw : undefined;
  return { id, row };
}
