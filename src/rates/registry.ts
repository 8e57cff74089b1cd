import { assertFiscalYear, fiscalYearOf, type DateInput } from '../core/dates.js';
import { assertObject } from '../core/options.js';
import { BUNDLED_AREAS } from './bundled.js';
import { markChecked } from './checked.js';
import { customTableFor } from './custom-lookup.js';
import { FISCAL_YEARS } from './generated/fiscalYears.js';
import { deepFreeze } from './periods.js';
import { resolveFiscalYear } from './time.js';
import type { RateTable, RatesOption } from './types.js';
import { buildRateTable } from './view.js';
import { assertPublished } from './years.js';

export type { RatesOption } from './types.js';
export { citations, onlyPeriod, periodOn } from './periods.js';

const views = new Map<number, RateTable>();

/**
 * The fiscal years for which the package ships a rate table.
 *
 * @example
 * ```ts
 * import { availableFiscalYears } from 'jp-labor-insurance';
 * console.log(availableFiscalYears()); //=> [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]
 * ```
 */
export function availableFiscalYears(): number[] {
  return FISCAL_YEARS.map((y) => y.fiscalYear);
}

/**
 * The rate table (frozen) of a fiscal year, or of the fiscal year a date falls in. Custom tables passed
 * as `rates` (checked once by {@link defineRateTable}) take precedence over the bundled ones. A year
 * with no table throws — there is never a silent fallback to another year. The table returned is
 * accepted as `rates` as it is.
 *
 * @param fiscalYearOrDate - a fiscal year (2025) or a date (`'2025-10-31'` → FY2025)
 * @param options.rates - your own table(s), as returned by {@link defineRateTable}
 * @throws {@link RateTableError} `NO_RATE_TABLE`, `UNCHECKED_RATE_TABLE` (a table not checked by
 *   `defineRateTable`), `INVALID_RATE_TABLE` (two tables for one year)
 *
 * @example
 * ```ts
 * import { ratesFor } from 'jp-labor-insurance';
 * const t = ratesFor('2025-10-31');
 * console.log(t.fiscalYear, t.employmentInsurance[0]?.categories.general.worker, Object.isFrozen(t));
 * //=> 2025 '5.5' true
 * ```
 */
export function ratesFor(fiscalYearOrDate: number | DateInput, options: { rates?: RatesOption } = {}): RateTable {
  options = assertObject(options, 'ratesFor options'); // guard: an object, read once
  const fy = typeof fiscalYearOrDate === 'number' ? assertFiscalYear(fiscalYearOrDate) : fiscalYearOf(fiscalYearOrDate);
  if (options.rates !== undefined) {
    const custom = customTableFor(fy, options.rates);
    if (custom) return custom;
  }
  let t = views.get(fy);
  if (!t) {
    assertPublished(fy);
    t = markChecked(deepFreeze(buildRateTable(fy, BUNDLED_AREAS)!));
    views.set(fy, t);
  }
  return t;
}

/**
 * Where a calculation's rate comes from: either a date (賃金締切日 etc.) or a whole fiscal year.
 * @internal
 */
export interface ResolvedTime {
  table: RateTable;
  fiscalYear: number;
  /** The date, when one was given. */
  date?: string;
}

/** Resolves `{ date | fiscalYear, rates }` to a table; both given must agree. @internal */
export function resolveTime(opts: { date?: DateInput | undefined; fiscalYear?: number | undefined; rates?: RatesOption | undefined }, dateField: string): ResolvedTime {
  const { fiscalYear, date } = resolveFiscalYear(opts, dateField);
  const table = ratesFor(fiscalYear, opts.rates === undefined ? {} : { rates: opts.rates });
  return date === undefined ? { table, fiscalYear } : { table, fiscalYear, date };
}
