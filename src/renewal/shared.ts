export { assertBoolean, assertObject, oneOf } from '../core/options.js';
import { daysInMonth } from '../core/dates.js';
import { step, type RuleStep, type TraceStep } from '../core/trace.js';
import { RULES } from '../rules/index.js';
import { renderRule } from '../rules/render.js';
import { PROCEDURES as procedures } from '../rates/generated/procedures.js';

/** The bundled procedure data (compiled from rates/parameters/procedures.yaml). @internal */
export const PROCEDURES = procedures;

/** Resolves procedure source keys to URLs or citations. @internal */
export function procedureSources(keys: readonly string[]): string[] {
  const map = procedures.sources as Record<string, string>;
  return keys.map((k) => map[k] ?? k);
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (calendar arithmetic only, never money). @internal */
export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

/** ISO date of a day number. @internal */
export function fromDayNumber(n: number): string {
  const d = new Date(n * DAY_MS);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** `iso` + `days` days. @internal */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** True on Saturdays and Sundays (national holidays are not checked). @internal */
export function isWeekend(iso: string): boolean {
  const wd = new Date(dayNumber(iso) * DAY_MS).getUTCDay();
  return wd === 0 || wd === 6;
}

/**
 * The last day of a period of `months` months starting on `start` (民法143条: the day before the
 * corresponding day; the month's last day when there is no corresponding day). @internal
 */
export function endOfMonthsPeriod(start: string, months: number): string {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7)) - 1 + months;
  const d = Number(start.slice(8, 10));
  const ty = y + Math.floor(m / 12);
  const tm = (m % 12) + 1;
  if (d > daysInMonth(ty, tm)) return `${ty}-${String(tm).padStart(2, '0')}-${String(daysInMonth(ty, tm)).padStart(2, '0')}`;
  return addDays(`${ty}-${String(tm).padStart(2, '0')}-${String(d).padStart(2, '0')}`, -1);
}

/** Date of a `MM-DD` in a fiscal year (April–December → that year, January–March → the next). @internal */
export function fiscalDate(fiscalYear: number, monthDay: string): string {
  const month = Number(monthDay.slice(0, 2));
  return `${month >= 4 ? fiscalYear : fiscalYear + 1}-${monthDay}`;
}


/**
 * Structured steps rendered as the transitional text steps, for a composite result whose trace is still
 * text (`annualRenewal` embedding the ledger's steps until it is converted). @internal
 */
export function asTextSteps(steps: readonly RuleStep[]): TraceStep[] {
  return steps.map((s) => {
    const ja = renderRule(RULES[s.rule], 'ja', s.value, s.params);
    const en = renderRule(RULES[s.rule], 'en', s.value, s.params);
    return step(s.id, s.value, ja.text, en.text, ja.law);
  });
}
