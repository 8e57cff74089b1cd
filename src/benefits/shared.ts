export { assertBoolean, assertObject } from '../core/options.js';
import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { toIsoDate } from '../core/dates.js';
import { isSourceStatus } from '../core/status.js';
import type { SourceStatus } from '../rates/types.js';

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A month given as `'YYYY-MM'`, a date string `'YYYY-MM-DD'` or a `Date` → the ISO date of its first day.
 * @internal
 */
export function firstDayOfMonth(value: unknown, field = 'month'): string {
  if (typeof value === 'string') {
    const m = MONTH.exec(value);
    if (m) {
      const mo = Number(m[2]);
      if (mo >= 1 && mo <= 12) return `${m[1]}-${m[2]}-01`;
      throw new InvalidInputError('INVALID_DATE', `${field} must be a month 'YYYY-MM' (got ${formatValue(value)})`, { field, value });
    }
  }
  let iso: string;
  try {
    iso = toIsoDate(value, field);
  } catch {
    throw new InvalidInputError('INVALID_DATE', `${field} must be a month 'YYYY-MM', a date 'YYYY-MM-DD' or a Date (got ${formatValue(value)})`, { field, value: value });
  }
  return `${iso.slice(0, 7)}-01`;
}

/** The strings in first-seen order, without repeats (for `sources` and `legalBasis`). @internal */
export function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * The statuses of the table figures a result used, for `weakestStatus`: a figure the caller gave
 * (`undefined`) does not count, and a string that is not a status (a custom table's) counts as
 * `unconfirmed`. @internal
 */
export function statusesOf(values: readonly (string | undefined)[]): SourceStatus[] {
  const out: SourceStatus[] = [];
  for (const v of values) if (v !== undefined) out.push(isSourceStatus(v) ? v : 'unconfirmed');
  return out;
}
