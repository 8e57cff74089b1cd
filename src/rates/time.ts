import { InvalidInputError } from '../core/errors.js';
import { assertFiscalYear, fiscalYearOf, toIsoDate, type DateInput } from '../core/dates.js';

/** `{ date | fiscalYear }` resolved to a fiscal year (and the ISO date when one was given); both given must agree. @internal */
export function resolveFiscalYear(opts: { date?: DateInput | undefined; fiscalYear?: number | undefined }, dateField: string): { fiscalYear: number; date?: string } {
  const date = opts.date === undefined ? undefined : toIsoDate(opts.date, dateField);
  if (date === undefined && opts.fiscalYear === undefined) {
    throw new InvalidInputError('INVALID_OPTION', `give ${dateField} or fiscalYear`, { field: dateField });
  }
  const fiscalYear = date !== undefined ? fiscalYearOf(date) : assertFiscalYear(opts.fiscalYear);
  if (date !== undefined && opts.fiscalYear !== undefined && assertFiscalYear(opts.fiscalYear) !== fiscalYear) {
    throw new InvalidInputError('INVALID_OPTION', `${dateField} ${date} is in FY${fiscalYear}, not FY${opts.fiscalYear}`, { field: dateField, date, fiscalYear: opts.fiscalYear });
  }
  return date === undefined ? { fiscalYear } : { fiscalYear, date };
}
