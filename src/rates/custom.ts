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
  new RateTableError(
    'UNCHECKED_RATE_TABLE',
    `${field} is not a checked rate table: pass your table to defineRateTable() once and give its result as rates (docs/custom-rates.md)`,
    { field },
  );

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
  if (isChecked(rates) && !Array.isArray(rates)) {
    maps.set(rates, (map = new Map([[rates.fiscalYear, rates]])));
    return map;
  }
  const m = new Map<number, RateTable>();
  const at = new Map<number, number>();
  let n: number;
  try {
    n = Array.isArray(rates) ? (rates as readonly unknown[]).length : -1;
  } catch {
    n = -1; // a revoked proxy
  }
  if (n < 0) throw unchecked('rates');
  if (n === 0) throw new InvalidInputError('INVALID_OPTION', 'rates must be a rate table or a non-empty array of rate tables', { field: 'rates' });
  // Ends by the 8053rd item whatever the length: there are 8052 fiscal years a table may have, so a
  // longer array holds a hole, an unchecked item or a second table for a year, and throws there.
  for (let i = 0; i < n; i++) {
    let t: unknown;
    try {
      t = (rates as readonly unknown[])[i];
    } catch {
      // a getter or proxy that throws: not a checked table
    }
    if (!isChecked(t)) throw unchecked(`rates[${i}]`);
    const first = at.get(t.fiscalYear);
    if (first !== undefined) {
      const message = `FY${t.fiscalYear} is also given by the table at [${first}]; give one table per fiscal year`;
      throw new RateTableError('INVALID_RATE_TABLE', `invalid rate table: [${i}].fiscalYear: ${message}`, {
        issues: [{ path: `[${i}].fiscalYear`, code: 'duplicate-fiscal-year', message }],
      });
    }
    at.set(t.fiscalYear, i);
    m.set(t.fiscalYear, t);
  }
  if (isChecked(rates)) maps.set(rates, m); // a frozen array made by defineRateTable
  return m;
}
