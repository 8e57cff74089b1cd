// Date options of the subcommands (--closing-date, --month …): every subcommand takes the date forms
// `audit` takes, through the one normaliser of the command line (normalize.ts). The library stays strict.
import { normalizeDateCell } from './normalize.js';
import { UsageError } from './io.js';

/** The help lines on date formats, shared by the main help and every subcommand's. */
export const DATE_FORMATS_HELP = `Dates: 2025-04-20, 2025/4/20, 2025年4月20日, 和暦 令和7年4月20日, R7.4.20, R7/4/20, 令和元年5月1日,
平成 for earlier days (平成31年4月30日); 全角 digits too. An impossible date (平成31年5月1日: 平成 ended
2019-04-30; 令和 began 2019-05-01) is refused with INVALID_DATE, never guessed.`;

/**
 * A date option → `YYYY-MM-DD` (see {@link DATE_FORMATS_HELP}). A form the normaliser recognises but
 * refuses (a day not in the calendar, a 和暦 date outside its era) is a usage error `INVALID_DATE`
 * naming the option; any other text is passed on as it is, for the library to refuse (`INVALID_DATE`).
 */
export function dateOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const r = normalizeDateCell(value);
  if (!r.ok) throw new UsageError(`${flag}: ${r.message}`, r.code);
  return r.value;
}

/** The first day of a month written without its day (`2025/9`, `2025年9月`, `令和7年9月`, `R7.9`), as a date the normaliser reads. */
function firstDayOf(value: string): string | undefined {
  const s = value.trim();
  if (/月$/.test(s)) return `${s}1日`;
  const sep = /[0-9０-９]([./\-／．－])[0-9０-９]{1,2}$/.exec(s)?.[1];
  return sep === undefined ? undefined : `${s}${sep}1`;
}

/**
 * A month option: `YYYY-MM` as it is; a month in any date form of {@link dateOption} without its day
 * (`2025/9`, `2025年9月`, `令和7年9月`, `R7.9`), or any date of the month, → `YYYY-MM`.
 */
export function monthOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined || /^\d{4}-\d{2}$/.test(value)) return value;
  const day = firstDayOf(value);
  if (day !== undefined) {
    const r = normalizeDateCell(day);
    if (r.ok && r.changed) return r.value.slice(0, 7);
    if (!r.ok) throw new UsageError(`${flag}: ${r.message.replace(`'${day}'`, `'${value}' (its first day)`)}`, r.code);
  }
  return dateOption(value, flag);
}
