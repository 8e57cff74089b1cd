import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { type DateInput } from '../core/dates.js';
import { weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { rationalToDecimal, type Rational } from '../kernel/index.js';
import type { MeritData, RatesOption, SourceStatus } from '../rates/types.js';
import { MERIT, meritDataFor, meritRateContext, meritSources, perMilleUnits, subtractRatios, type MeritRateSource } from './meritShared.js';
import { assertObject, unique, statusesOf } from './shared.js';

/** The fields of every {@link MeritEligibilityInput}. */
export interface MeritEligibilityOptions extends MeritRateSource {
  /** Number of workers (労働者数) in the year. */
  workers: number;
}

/** {@link meritEligibility} with the rates of a 保険年度. */
export interface MeritEligibilityInYear extends MeritEligibilityOptions {
  fiscalYear: number;
  date?: DateInput;
}

/** {@link meritEligibility} with the rates in force on a date. */
export interface MeritEligibilityOnDate extends MeritEligibilityOptions {
  date: DateInput;
  fiscalYear?: number;
}

/** {@link meritEligibility} of a rate and a 非業務災害率 both given: no table is read. */
export interface MeritEligibilityOfGivenRates extends MeritEligibilityOptions {
  rate: string;
  nonOccupationalRate: string;
  industry?: never;
  fiscalYear?: never;
  date?: never;
}

/** Input of {@link meritEligibility}: a `fiscalYear` or a `date` to read the table, or both rates given. */
export type MeritEligibilityInput = MeritEligibilityInYear | MeritEligibilityOnDate | MeritEligibilityOfGivenRates;

/** Why a business is or is not eligible: see {@link MeritEligibility}. */
export type MeritEligibilityReason = 'workers' | 'disasterCoefficient' | 'tooFew' | 'lowCoefficient';

/**
 * Result of {@link meritEligibility}. An eligibility, not an amount of money: exempt from the
 * contract's `amount` only (it has `trace`, `sources`, `legalBasis` and `status`).
 */
export interface MeritEligibility {
  eligible: boolean;
  /** Why: `workers` (≥ 100), `disasterCoefficient` (20–99 and 災害度係数 ≥ 0.4), `tooFew` (< 20), `lowCoefficient`. */
  reason: MeritEligibilityReason;
  workers: number;
  /** 災害度係数 = workers × (r − 非業務災害率) / 1000, exact. */
  disasterCoefficient: string;
  rate: string;
  nonOccupationalRate: string;
  legalBasis: string[];
  /** The weakest status of the eligibility thresholds and of the table figures used. */
  status: SourceStatus;
  /** What this test does not check: three consecutive years and three years of 保険関係. */
  note: string;
  sources: string[];
  /** Structured steps; render them with {@link explain}. */
  trace: TraceStep[];
}

const RULE_OF: Readonly<
  Record<MeritEligibilityReason, 'benefits.meritEligibleWorkers' | 'benefits.meritTooFew' | 'benefits.meritEligibleCoefficient' | 'benefits.meritLowCoefficient'>
> = {
  workers: 'benefits.meritEligibleWorkers',
  tooFew: 'benefits.meritTooFew',
  disasterCoefficient: 'benefits.meritEligibleCoefficient',
  lowCoefficient: 'benefits.meritLowCoefficient',
};

/** The size test on integers: ≥ 100 workers; fewer than 20 never; else 災害度係数 ≥ the minimum. @internal */
export function meritReason(workers: number, coefficient: Rational, e: MeritData['eligibility'] = MERIT.eligibility): MeritEligibilityReason {
  if (workers >= e.workersAlways) return 'workers';
  if (workers < e.workersMin) return 'tooFew';
  const [i, f = ''] = e.disasterCoefficientMin.split('.');
  const min = { numerator: BigInt(i! + f), denominator: 10n ** BigInt(f.length) };
  return coefficient.numerator * min.denominator >= min.numerator * coefficient.denominator ? 'disasterCoefficient' : 'lowCoefficient';
}

/**
 * One year's メリット制 size test for a 継続事業: 100 workers or more; or 20–99 workers with
 * 災害度係数 = workers × (労災保険率 − 非業務災害率) ≥ 0.4 (rates as fractions). The business must meet
 * it in each of 3 consecutive 保険年度, with the 保険関係 in place for 3 years at the last one's 31 March —
 * call it once per year; those conditions are the caller's.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION`, `INVALID_RATE`, `UNKNOWN_INDUSTRY`; {@link RateTableError} `NO_RATE_TABLE`.
 *
 * @example
 * ```ts
 * import { meritEligibility } from 'jp-labor-insurance';
 * const a = meritEligibility({ workers: 30, rate: '15', fiscalYear: 2025 });
 * console.log(a.eligible, a.disasterCoefficient); //=> true '0.432'
 * const b = meritEligibility({ workers: 50, industry: '98', fiscalYear: 2025 });
 * console.log(b.eligible, b.disasterCoefficient, b.reason); //=> false '0.12' 'lowCoefficient'
 * ```
 */
export function meritEligibility(input: MeritEligibilityInput): MeritEligibility {
  const o = assertObject(input, 'meritEligibility');
  const w = o['workers'];
  if (typeof w !== 'number' || !Number.isSafeInteger(w) || w < 0) {
    throw new InvalidInputError('INVALID_OPTION', `workers must be a non-negative integer (got ${formatValue(w)})`, { field: 'workers', value: w });
  }
  const ctx = meritRateContext(o);
  const data = meritDataFor(ctx.fiscalYear, o['rates'] as RatesOption | undefined);
  const e = data.eligibility;
  const occupational = subtractRatios(perMilleUnits(ctx.rate, 'rate'), perMilleUnits(ctx.nonOccupationalRate, 'nonOccupationalRate'));
  if (occupational.numerator < 0n)
    throw new InvalidInputError('INVALID_RATE', `rate ${ctx.rate} is below the 非業務災害率 ${ctx.nonOccupationalRate}`, { field: 'rate', value: ctx.rate });
  const coefficient = { numerator: BigInt(w) * occupational.numerator, denominator: occupational.denominator * 1000n };
  const reason = meritReason(w, coefficient, e);
  const eligible = reason === 'workers' || reason === 'disasterCoefficient';
  const coefficientText = rationalToDecimal(coefficient);
  const legalBasis = e.legalBasis;
  const workers = String(w);
  const trace: TraceStep[] = [
    traceStep('merit.coefficient', 'benefits.meritCoefficient', coefficientText, { workers, rate: ctx.rate, nonOccupational: ctx.nonOccupationalRate, legalBasis }),
    traceStep('merit.eligibility', RULE_OF[reason], String(eligible), { workers, coefficient: coefficientText, legalBasis }),
  ];
  return {
    eligible,
    reason,
    workers: w,
    disasterCoefficient: coefficientText,
    rate: ctx.rate,
    nonOccupationalRate: ctx.nonOccupationalRate,
    legalBasis: unique([legalBasis, ...ctx.legalBasis]),
    status: weakestStatus(...statusesOf([e.status, ...ctx.statuses])),
    note: e.note,
    sources: unique([...ctx.sources, ...meritSources(e.sources, data)]),
    trace,
  };
}
