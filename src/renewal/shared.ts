export { assertBoolean, assertObject, oneOf } from '../core/options.js';
import { daysInMonth } from '../core/dates.js';
import { PROCEDURES as procedures } from '../rates/generated/procedures.js';

/** The bundled procedure data (compiled from rates/parameters/procedures.yaml). @internal */
export const PROCEDURES = procedures;

/**
 * Resolves procedure source keys to URLs or citations, in the `sources` map of the procedure data they come
 * from (the bundled data by default, or a custom table's `procedures` block). @internal
 */
export function procedureSources(keys: readonly string[], data: { readonly sources: unknown } = procedures): string[] {
  const map = data.sources as Record<string, string>;
  return keys.map((k) => map[k] ?? k);
}

/** Year, month, day of an ISO date (a year of 5 digits, past 9999, is read too). */
function parts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, -6)), Number(iso.slice(-5, -3)), Number(iso.slice(-2))];
}

/** `YYYY-MM-DD` (the year padded to 4 digits). */
function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Days since 1970-01-01 of an ISO date, in the proleptic Gregorian calendar, by integer arithmetic only
 * (no `Date`: `Date.UTC` reads the years 0–99 as 1900–1999). Calendar arithmetic, never money. @internal
 */
export function dayNumber(iso: string): number {
  const [y0, m, d] = parts(iso);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** ISO date of a day number (the inverse of {@link dayNumber}). @internal */
export function fromDayNumber(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return isoOf(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** `iso` + `days` days. @internal */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** True on Saturdays and Sundays (national holidays are not checked). 1970-01-01 was a Thursday. @internal */
export function isWeekend(iso: string): boolean {
  const wd = (((dayNumber(iso) + 4) % 7) + 7) % 7; // 0 = Sunday
  return wd === 0 || wd === 6;
}

/**
 * The last day of a period of `months` months starting on `start` (民法143条: the day before the
 * corresponding day; the month's last day when there is no corresponding day). @internal
 */
export function endOfMonthsPeriod(start: string, months: number): string {
  const [y, m0, d] = parts(start);
  const m = m0 - 1 + months;
  const ty = y + Math.floor(m / 12);
  const tm = (m % 12) + 1;
  if (d > daysInMonth(ty, tm)) return isoOf(ty, tm, daysInMonth(ty, tm));
  return addDays(isoOf(ty, tm, d), -1);
}

/** Date of a `MM-DD` in a fiscal year (April–December → that year, January–March → the next). @internal */
export function fiscalDate(fiscalYear: number, monthDay: string): string {
  const month = Number(monthDay.slice(0, 2));
  return `${month >= 4 ? fiscalYear : fiscalYear + 1}-${monthDay}`;
}
