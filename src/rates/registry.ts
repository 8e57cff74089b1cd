import { RateTableError, InvalidInputError } from '../core/errors.js';
import { assertFiscalYear, fiscalYearOf, toIsoDate, type DateInput } from '../core/dates.js';
import { BUNDLED_TABLES } from './bundled.js';
import type { DatedPeriod, RateTable } from './types.js';
import { assertValidRateTable } from './validate.js';
import { customTablesByYear } from './custom.js';

/** One custom table or several, accepted by every calculation's `rates` option. */
export type RatesOption = RateTable | readonly RateTable[];

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

let bundled: Map<number, RateTable> | undefined;
function bundledTables(): Map<number, RateTable> {
  if (!bundled) {
    bundled = new Map();
    for (const raw of BUNDLED_TABLES) {
      const t = deepFreeze(assertValidRateTable(raw));
      bundled.set(t.fiscalYear, t);
    }
  }
  return bundled;
}

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
  return [...bundledTables().keys()].sort((a, b) => a - b);
}

/**
 * The rate table (frozen) of a fiscal year, or of the fiscal year a date falls in. Custom tables passed
 * as `rates` take precedence over the bundled ones. A year with no table throws — there is never a
 * silent fallback to another year.
 *
 * @param fiscalYearOrDate - a fiscal year (2025) or a date (`'2025-10-31'` → FY2025)
 * @param options.rates - your own table(s), validated
 * @throws {@link RateTableError} `NO_RATE_TABLE`, `INVALID_RATE_TABLE`
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
  const fy = typeof fiscalYearOrDate === 'number' ? assertFiscalYear(fiscalYearOrDate) : fiscalYearOf(fiscalYearOrDate);
  if (options.rates !== undefined) {
    const custom = customTablesByYear(options.rates).get(fy);
    if (custom) return custom;
  }
  const t = bundledTables().get(fy);
  if (!t) {
    const have = availableFiscalYears();
    throw new RateTableError('NO_RATE_TABLE', `no rate table for FY${fy}; the package ships FY${have[0]}–FY${have[have.length - 1]} — pass your own table with the 'rates' option`, { fiscalYear: fy, available: have });
  }
  return t;
}

/**
 * The period of `periods` in force on `date`; throws when no period covers it.
 * @internal
 */
export function periodOn<P extends { from: string; to: string }>(periods: readonly P[] | undefined, date: string, what: string, fiscalYear: number): P {
  const p = periods?.find((x) => x.from <= date && date <= x.to);
  if (!p) {
    throw new RateTableError('RATE_NOT_KNOWN', `no ${what} is known for ${date} (FY${fiscalYear}); no source confirms a figure for that date`, { date, fiscalYear, what });
  }
  return p;
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
  const date = opts.date === undefined ? undefined : toIsoDate(opts.date, dateField);
  if (date === undefined && opts.fiscalYear === undefined) {
    throw new InvalidInputError('INVALID_OPTION', `give ${dateField} or fiscalYear`, { field: dateField });
  }
  const fiscalYear = date !== undefined ? fiscalYearOf(date) : assertFiscalYear(opts.fiscalYear);
  if (date !== undefined && opts.fiscalYear !== undefined && assertFiscalYear(opts.fiscalYear) !== fiscalYear) {
    throw new InvalidInputError('INVALID_OPTION', `${dateField} ${date} is in FY${fiscalYear}, not FY${opts.fiscalYear}`, { field: dateField, date, fiscalYear: opts.fiscalYear });
  }
  const table = ratesFor(fiscalYear, opts.rates === undefined ? {} : { rates: opts.rates });
  return date === undefined ? { table, fiscalYear } : { table, fiscalYear, date };
}

/**
 * The single period of a fiscal year, for callers that gave a year and no date; a year split into
 * several periods (FY2022's October change) needs a date.
 * @internal
 */
export function onlyPeriod<P extends DatedPeriod>(periods: readonly P[], what: string, fiscalYear: number, hint: string): P {
  if (periods.length === 1) return periods[0]!;
  if (periods.length === 0) throw new RateTableError('RATE_NOT_KNOWN', `no ${what} is known for FY${fiscalYear}`, { fiscalYear, what });
  throw new RateTableError('RATE_PERIOD_SPLIT', `${what} changed during FY${fiscalYear} (${periods.map((p) => `${p.from}..${p.to}`).join(', ')}); ${hint}`, {
    fiscalYear,
    what,
    periods: periods.map((p) => ({ from: p.from, to: p.to })),
  });
}

/** Resolves source keys to their citations. @internal */
export function citations(table: RateTable, keys: readonly string[]): string[] {
  return keys.map((k) => table.sources[k] ?? k);
}
