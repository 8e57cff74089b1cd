import { InvalidInputError } from '../core/errors.js';
import { toIsoDate } from '../core/dates.js';

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
      throw new InvalidInputError('INVALID_DATE', `${field} must be a month 'YYYY-MM' (got ${JSON.stringify(value)})`, { field, value });
    }
  }
  let iso: string;
  try {
    iso = toIsoDate(value, field);
  } catch {
    throw new InvalidInputError('INVALID_DATE', `${field} must be a month 'YYYY-MM', a date 'YYYY-MM-DD' or a Date (got ${JSON.stringify(value)})`, { field, value: String(value) });
  }
  return `${iso.slice(0, 7)}-01`;
}

/** Validates an optional boolean flag. @internal */
export function assertBoolean(value: unknown, field: string, fallback?: boolean): boolean {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw new InvalidInputError('INVALID_OPTION', `${field} must be true or false (got ${JSON.stringify(value)})`, { field, value: String(value) });
}

/** Validates an input object. @internal */
export function assertObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidInputError('INVALID_OPTION', `${what} expects an input object`, { value: String(value) });
  }
  return value as Record<string, unknown>;
}
