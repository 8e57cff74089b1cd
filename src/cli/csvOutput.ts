// Writing CSV cells safely for spreadsheets (OWASP "CSV Injection").

const NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: quoted when it holds `"`, `,`, a line break or edge spaces; and a text cell that starts
 * with `=`, `+`, `-`, `@`, a tab or a CR is prefixed with `'` so that Excel / LibreOffice show it as text
 * instead of running it as a formula (OWASP CSV Injection). A plain number (`-1`, `1100`, `0.5`) is
 * written as it is: a negative difference stays a number.
 */
export function csvCell(v: unknown): string {
  let s = v === undefined || v === null ? '' : String(v);
  if (FORMULA_START.test(s) && !NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
