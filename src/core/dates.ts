import { InvalidInputError } from './errors.js';
import { formatValue } from './format.js';

/** A calendar date: an ISO string `YYYY-MM-DD` or a `Date` (its local calendar date is used). */
export type DateInput = string | Date;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Normalises a date to `YYYY-MM-DD`, refusing impossible dates (2025-02-30) and other formats.
 * A `Date` contributes its local year, month and day.
 * @internal
 */
export function toIsoDate(value: unknown, field = 'date'): string {
  if (typeof value === 'string') {
    // The length is checked before the pattern runs or any message is built.
    if (value.length === 10) {
      const m = ISO.exec(value);
      if (m) {
        const y = Number(m[1]);
        const mo = Number(m[2]);
        const d = Number(m[3]);
        if (y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) return value;
      }
    }
  } else if (isDate(value)) {
    const t = Date.prototype.getTime.call(value);
    if (Number.isNaN(t)) throw new InvalidInputError('INVALID_DATE', `${field} is an invalid Date`, { field, value, expected: 'a valid Date' });
    const d = new Date(t); // the caller's object is not read again (its methods may be overridden)
    const y = d.getFullYear();
    if (y < 1 || y > 9999)
      throw new InvalidInputError('INVALID_DATE', `${field} must be a Date within years 1–9999 (got ${formatValue(value)})`, {
        field,
        value,
        expected: 'a Date within years 1–9999',
      });
    return `${String(y).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  throw new InvalidInputError('INVALID_DATE', `${field} must be a valid date 'YYYY-MM-DD' or a Date (got ${formatValue(value)})`, { field, value });
}

/** True for a real Date object (by its internal slot, so a Proxy or a fake prototype does not pass). */
function isDate(value: unknown): value is Date {
  if (typeof value !== 'object' || value === null) return false;
  try {
    Date.prototype.getTime.call(value);
    return true;
  } catch {
    return false;
  }
}

/** Days in a month of the Gregorian calendar. @internal */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * The 保険年度 (fiscal year, April 1 – March 31) a date belongs to, named by the calendar year
 * in which it starts.
 *
 * @example
 * ```ts
 * import { fiscalYearOf } from 'jp-labor-insurance';
 * console.log(fiscalYearOf('2025-04-01'), fiscalYearOf('2026-03-31')); //=> 2025 2025
 * ```
 */
export function fiscalYearOf(date: DateInput): number {
  return fiscalYearOfIso(toIsoDate(date));
}

/** The 保険年度 of a checked `'YYYY-MM-DD'` date (April–March), without parsing it again. @internal */
export function fiscalYearOfIso(iso: string): number {
  const year = Number(iso.slice(0, 4));
  return iso.slice(5) >= '04-01' ? year : year - 1;
}

/** Validates a fiscal year number (an integer calendar year). @internal */
export function assertFiscalYear(value: unknown, field = 'fiscalYear'): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1947 && value <= 9999) return value;
  throw new InvalidInputError('INVALID_OPTION', `${field} must be an integer year such as 2025 (got ${formatValue(value)})`, {
    field,
    value,
    expected: 'an integer year 1947–9999',
  });
}
