// Internal pieces shared by meritRate, meritAdjustmentFromBalanceRatio and meritEligibility.
import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { type DateInput } from '../core/dates.js';
import { isDecimalString } from '../core/rate.js';
import { ratioFromDecimal, type Rational } from '../kernel/index.js';
import { MERIT as meritData } from '../rates/generated/merit.js';
import { citations, onlyPeriod, periodOn, resolveTime, type RatesOption } from '../rates/registry.js';
import type { MeritData, SourceStatus } from '../rates/types.js';
import { industryRateFor } from '../workers-compensation/industry.js';
import { MERIT_SCHEMES, type MeritScheme } from './meritScheme.js';

/** The bundled merit data (limits, table, eligibility) as compiled from rates/parameters/merit.yaml. @internal */
export const MERIT = meritData;

/**
 * The メリット制 data a calculation for `fiscalYear` uses: today the bundled data (the same for every
 * year). This is the one seam for a custom table's own merit block (helper "ratesoptin" adds
 * `meritFor(fiscalYear, rates)` in src/rates/areas/merit.ts with this signature: at the merge, return it
 * here). @internal
 */
export function meritDataFor(_fiscalYear: number | undefined, _rates: RatesOption | undefined): MeritData {
  return meritData;
}

/** Citations of the merit data's source keys. @internal */
export function meritSources(keys: readonly string[], data: MeritData = meritData): string[] {
  return keys.map((k) => (data.sources as Record<string, string>)[k] ?? k);
}

/** A scheme name (default `continuous`). @internal */
export function assertScheme(s: unknown): MeritScheme {
  if (s === undefined) return 'continuous';
  if (typeof s === 'string' && (MERIT_SCHEMES as readonly string[]).includes(s)) return s as MeritScheme;
  throw new InvalidInputError('INVALID_OPTION', `scheme must be one of ${MERIT_SCHEMES.join(', ')} (got ${formatValue(s)})`, { field: 'scheme', value: s });
}

const PERCENT = /^(0|-?[1-9][0-9]{0,2})$/;

/**
 * A メリット増減率 as a signed decimal string of whole percent (`'-35'`, `'0'`, `'40'`; no `+`, no
 * `-0`, no fraction): a multiple of 5 within the scheme's bound. Returns the integer. @internal
 */
export function parseAdjustmentPercent(m: unknown, scheme: MeritScheme, data: MeritData = meritData): number {
  const limit = data.limits[scheme];
  const n = typeof m === 'string' && PERCENT.test(m) ? Number(m) : Number.NaN;
  if (!Number.isInteger(n) || n % 5 !== 0 || Math.abs(n) > limit) {
    throw new InvalidInputError(
      'INVALID_OPTION',
      `adjustmentPercent must be a decimal string of a multiple of 5 from '-${limit}' to '${limit}' for the ${scheme} scheme (got ${formatValue(m)})`,
      {
        field: 'adjustmentPercent',
        value: m,
        limit,
        expected: `a string such as '-35' or '40' (multiple of 5, within ±${limit})`,
      },
    );
  }
  return n;
}

function assertRate(v: unknown, field: string): string {
  if (!isDecimalString(v)) throw new InvalidInputError('INVALID_RATE', `${field} must be a decimal string per 1000 such as "3" (got ${formatValue(v)})`, { field, value: v });
  return v;
}

/** A rate per 1000 as an exact rational in per-mille units ("5.5" → 55/10). @internal */
export function perMilleUnits(rate: string, field: string): Rational {
  return ratioFromDecimal(rate, 1n, field);
}

/** a − b, exactly, over the common denominator. @internal */
export function subtractRatios(a: Rational, b: Rational): Rational {
  if (a.denominator === b.denominator) return { numerator: a.numerator - b.numerator, denominator: a.denominator };
  return { numerator: a.numerator * b.denominator - b.numerator * a.denominator, denominator: a.denominator * b.denominator };
}

/** The rate and 非業務災害率 a merit calculation works on, with where they come from. @internal */
export interface MeritRateContext {
  rate: string;
  nonOccupationalRate: string;
  fiscalYear?: number;
  industry?: { number: string; name: string };
  sources: string[];
  /** The legal basis of the table rate, when an industry's rate was looked up. */
  legalBasis: string[];
  /** The statuses of the table figures used (none when the caller gave both rates). */
  statuses: SourceStatus[];
}

/** Resolves `{ industry | rate, nonOccupationalRate, fiscalYear | date, rates }` for merit calculations. @internal */
export function meritRateContext(o: Record<string, unknown>): MeritRateContext {
  const hasTime = o['fiscalYear'] !== undefined || o['date'] !== undefined;
  const time = hasTime
    ? resolveTime({ date: o['date'] as DateInput | undefined, fiscalYear: o['fiscalYear'] as number | undefined, rates: o['rates'] as RatesOption | undefined }, 'date')
    : undefined;
  const ctx: MeritRateContext = { rate: '', nonOccupationalRate: '', sources: [], legalBasis: [], statuses: [] };
  if (o['industry'] !== undefined) {
    if (o['rate'] !== undefined) throw new InvalidInputError('INVALID_OPTION', 'give industry or rate, not both', { field: 'rate' });
    if (!time) throw new InvalidInputError('INVALID_OPTION', 'industry needs fiscalYear or date to find its 労災保険率', { field: 'fiscalYear' });
    const ind = industryRateFor(time.table, o['industry'], time.date);
    ctx.rate = ind.rate;
    ctx.industry = { number: ind.number, name: ind.name };
    ctx.legalBasis.push(ind.legalBasis);
    ctx.sources.push(...ind.sources);
    ctx.statuses.push(ind.status);
  } else if (o['rate'] !== undefined) {
    ctx.rate = assertRate(o['rate'], 'rate');
  } else {
    throw new InvalidInputError('INVALID_OPTION', 'give industry (with fiscalYear) or rate', { field: 'industry' });
  }
  if (o['nonOccupationalRate'] !== undefined) {
    ctx.nonOccupationalRate = assertRate(o['nonOccupationalRate'], 'nonOccupationalRate');
  } else {
    if (!time) throw new InvalidInputError('INVALID_OPTION', 'give nonOccupationalRate, or fiscalYear / date to take it from the table', { field: 'nonOccupationalRate' });
    const p =
      time.date !== undefined
        ? periodOn(time.table.workersCompensation, time.date, '非業務災害率', time.fiscalYear)
        : onlyPeriod(time.table.workersCompensation, '非業務災害率', time.fiscalYear, 'pass a date');
    ctx.nonOccupationalRate = p.nonOccupationalRate.rate;
    ctx.sources.push(...citations(time.table, p.nonOccupationalRate.sources));
    ctx.statuses.push(p.nonOccupationalRate.status);
  }
  if (time) ctx.fiscalYear = time.fiscalYear;
  return ctx;
}

/** The fields of a merit input other than the date or fiscal year: the rate to work on. */
export interface MeritRateSource {
  /** 業種番号; its 労災保険率 of `fiscalYear` (or `date`) is used. */
  industry?: string;
  /** The 労災保険率 per 1000, instead of an industry's. */
  rate?: string;
  /** 非業務災害率 per 1000; default the table's (0.6 since FY2018). */
  nonOccupationalRate?: string;
  rates?: RatesOption;
}
