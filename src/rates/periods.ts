import { InvalidInputError, RateTableError } from '../core/errors.js';
import type { SourceMap } from './types.js';

/** A period of a fiscal year, clipped from an entry of the whole timeline. @internal */
export function clipToFiscalYear<P extends { from: string; to: string }>(entries: readonly P[], fiscalYear: number): P[] {
  const fyFrom = `${fiscalYear}-04-01`;
  const fyTo = `${fiscalYear + 1}-03-31`;
  const out: P[] = [];
  for (const e of entries) {
    if (e.from > fyTo || e.to < fyFrom) continue;
    out.push({ ...e, from: e.from > fyFrom ? e.from : fyFrom, to: e.to < fyTo ? e.to : fyTo });
  }
  return out;
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
 * The single period of a fiscal year, for callers that gave a year and no date; a year split into
 * several periods (FY2022's October change) needs a date.
 * @internal
 */
export function onlyPeriod<P extends { from: string; to: string }>(periods: readonly P[], what: string, fiscalYear: number, hint: string): P {
  if (periods.length === 1) return periods[0]!;
  if (periods.length === 0) throw new RateTableError('RATE_NOT_KNOWN', `no ${what} is known for FY${fiscalYear}`, { fiscalYear, what });
  throw new InvalidInputError('RATE_PERIOD_SPLIT', `${what} changed during FY${fiscalYear} (${periods.map((p) => `${p.from}..${p.to}`).join(', ')}); ${hint}`, {
    fiscalYear,
    what,
    periods: periods.map((p) => ({ from: p.from, to: p.to })),
  });
}

/** Resolves source keys to their citations (a table, or an area's data). @internal */
export function citations(table: { sources: SourceMap }, keys: readonly string[]): string[] {
  return keys.map((k) => table.sources[k] ?? k);
}

/** Freezes an object graph in place. @internal */
export function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}
