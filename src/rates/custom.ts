import { InvalidInputError, RateTableError } from '../core/errors.js';
import { isChecked } from './checked.js';
import type { RateTable } from './types.js';

/**
 * Custom tables (the `rates` option) are checked once, by `defineRateTable`, which validates a table
 * completely, deep-copies and deep-freezes it and registers the copy (src/rates/checked.ts). A
 * calculation accepts only such a copy (or an array of them, or a view `ratesFor` returned): it tests
 * membership and looks the year up — the validator is not on a calculation's path. A frozen copy
 * cannot change, so the caller's later edits to the object they defined it from cannot change a
 * result, and `createEmployeeDeduction` and the object API read the same figures.
 */

/** Year maps of checked tables and of frozen arrays made by `defineRateTable`. */
const maps = new WeakMap<object, ReadonlyMap<number, RateTable>>();

const unchecked = (field: string): RateTableError =>
  new RateTableError('UNCHECKED_RATE_TABLE', `${field} is not a checked rate table: pass your table to defineRateTable() once and give its result as rates (docs/custom-rates.md)`, { field });

/**
 * The custom tables of a `rates` option (a checked table or an array of checked tables) by fiscal
 * year.
 *
 * @throws {@link RateTableError} `UNCHECKED_RATE_TABLE` for anything `defineRateTable` did not return
 *   (`details.field` says which item), `INVALID_RATE_TABLE` (issue code `duplicate-fiscal-year`) for
 *   two tables of one year in an array; {@link InvalidInputError} `INVALID_OPTION` for an empty array.
 * @internal
 */
export function customTablesByYear(rates: unknown): ReadonlyMap<number, RateTable> {
  if (typeof rates !== 'object' || rates === null) throw unchecked('rates');
  let map = maps.get(rates);
  if (map !== undefined) return map;
  let list: readonly unknown[];
  try {
    const n = Array.isArray(rates) ? (rates as readonly unknown[]).length : 0;
    if (n > 1000) throw new InvalidInputError('INVALID_OPTION', 'rates must be at most 1000 tables', { field: 'rates' });
    list = n === 0 ? [] : [...(rates as readonly unknown[])];
  } catch (e) {
    if (e instanceof InvalidInputError) throw e;
    throw unchecked('rates'); // a revoked proxy, an item getter that throws
  }
  if (!Array.isArray(rates)) {
    if (!isChecked(rates)) throw unchecked('rates');
    map = new Map([[rates.fiscalYear, rates]]);
    maps.set(rates, map);
    return map;
  }
  if (list.length === 0) throw new InvalidInputError('INVALID_OPTION', 'rates must be a rate table or a non-empty array of rate tables', { field: 'rates' });
  const m = new Map<number, RateTable>();
  const at = new Map<number, number>();
  list.forEach((t, i) => {
    if (!isChecked(t)) throw unchecked(`rates[${i}]`);
    const first = at.get(t.fiscalYear);
    if (first !== undefined) {
      const message = `FY${t.fiscalYear} is also given by the table at [${first}]; give one table per fiscal year`;
      throw new RateTableError('INVALID_RATE_TABLE', `invalid rate table: [${i}].fiscalYear: ${message}`, { issues: [{ path: `[${i}].fiscalYear`, code: 'duplicate-fiscal-year', message }] });
    }
    at.set(t.fiscalYear, i);
    m.set(t.fiscalYear, t);
  });
  if (isChecked(rates)) maps.set(rates, m);
  return m;
}
