// Date options of the subcommands (--closing-date, --month …): one place where the command line's
// date formats are accepted, so that every subcommand takes the same ones as `audit`.

/** The help lines on date formats, shared by every subcommand's help. */
export const DATE_FORMATS_HELP = `Dates: YYYY-MM-DD.`;

/** A date option, as the library takes it (`YYYY-MM-DD`); the library refuses anything else with INVALID_DATE. */
export function dateOption(value: string | undefined, _flag: string): string | undefined {
  return value;
}

/** A month option: `YYYY-MM`, or any date of the month. */
export function monthOption(value: string | undefined, flag: string): string | undefined {
  return value === undefined || /^\d{4}-\d{2}$/.test(value) ? value : dateOption(value, flag);
}
