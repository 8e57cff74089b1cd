import { InvalidInputError } from '../core/errors.js';
import { type DateInput } from '../core/dates.js';
import { weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { addRatios, rationalToDecimal } from '../kernel/index.js';
import type { RatesOption, SourceStatus } from '../rates/types.js';
import { assertScheme, meritDataFor, meritRateContext, meritSources, parseAdjustmentPercent, perMilleUnits, subtractRatios, type MeritRateSource } from './meritShared.js';
import type { MeritScheme } from './meritScheme.js';
import { assertObject, unique, statusesOf } from './shared.js';

/** The fields of every {@link MeritRateInput}. */
export interface MeritRateOptions extends MeritRateSource {
  /**
   * メリット増減率 in percent, a decimal string of a whole number with its sign: `'-35'`, `'0'`, `'40'`
   * (no `+`, no fraction) — a multiple of 5 within the scheme's bound (`'-40'` … `'40'` for 継続事業).
   */
  adjustmentPercent: string;
  /** Default `continuous`. */
  scheme?: MeritScheme;
}

/** {@link meritRate} with the rates of a 保険年度 (the year the adjusted rate applies to). */
export interface MeritRateInYear extends MeritRateOptions {
  fiscalYear: number;
  date?: DateInput;
}

/** {@link meritRate} with the rates in force on a date. */
export interface MeritRateOnDate extends MeritRateOptions {
  date: DateInput;
  fiscalYear?: number;
}

/** {@link meritRate} of a rate and a 非業務災害率 both given: no table is read. */
export interface MeritRateOfGivenRates extends MeritRateOptions {
  rate: string;
  nonOccupationalRate: string;
  industry?: never;
  fiscalYear?: never;
  date?: never;
}

/** Input of {@link meritRate}: a `fiscalYear` or a `date` to read the table, or both rates given. */
export type MeritRateInput = MeritRateInYear | MeritRateOnDate | MeritRateOfGivenRates;

/**
 * Result of {@link meritRate}. A rate, not an amount of money: exempt from the contract's `amount`
 * only (it has `trace`, `sources`, `legalBasis` and `status`).
 */
export interface MeritRate {
  /** The メリット-adjusted 労災保険率 per 1000, exact (e.g. `'7.215'`); pass it as `workersCompensationRate`. */
  rate: string;
  /** The unadjusted 労災保険率 per 1000. */
  baseRate: string;
  nonOccupationalRate: string;
  /** The 増減率 applied, as given (`'-40'`, `'35'`). */
  adjustmentPercent: string;
  scheme: MeritScheme;
  industry?: { number: string; name: string };
  fiscalYear?: number;
  /** 徴収法12条3項, then the legal basis of the 労災保険率表 when an industry's rate was used. */
  legalBasis: string[];
  /** The weakest status of the table figures used (the industry's rate, the 非業務災害率); `confirmed` when both rates were given. */
  status: SourceStatus;
  sources: string[];
  /** Structured steps; render them with {@link explain}. */
  trace: TraceStep[];
}

const LEGAL_BASIS = '徴収法12条3項';

/**
 * メリット制 (継続事業, 徴収法12条3項): the adjusted 労災保険率 = (r − 非業務災害率) × (100 + m)/100 +
 * 非業務災害率, exact — the 非業務災害率 part (通勤災害等) is not adjusted. `m` is a decimal string of a
 * multiple of 5 within the scheme's bound (±40% for 継続事業). The result is a per-mille decimal string
 * with no rounding (the premium's truncation is the only rounding); pass it to `laborInsurancePremium`
 * as `workersCompensationRate`, or to `specialEnrollmentPremium` (第1種) as `rate`.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION` (m not a multiple of 5 or out of range), `INVALID_RATE`
 *   (also when r is below the 非業務災害率), `UNKNOWN_INDUSTRY`; {@link RateTableError} `NO_RATE_TABLE`.
 *
 * @example
 * ```ts
 * import { meritRate } from 'jp-labor-insurance';
 * console.log(meritRate({ rate: '5.5', fiscalYear: 2025, adjustmentPercent: '35' }).rate); //=> '7.215'
 * console.log(meritRate({ industry: '98', fiscalYear: 2025, adjustmentPercent: '-40' }).rate); //=> '2.04'
 * const m = meritRate({ rate: '8', nonOccupationalRate: '0.9', adjustmentPercent: '-40' });
 * console.log(m.rate, m.legalBasis, m.status); //=> '5.16' [ '徴収法12条3項' ] 'confirmed'
 * ```
 */
export function meritRate(input: MeritRateInput): MeritRate {
  const o = assertObject(input, 'meritRate');
  const scheme = assertScheme(o['scheme']);
  const ctx = meritRateContext(o);
  const data = meritDataFor(ctx.fiscalYear, o['rates'] as RatesOption | undefined);
  const m = parseAdjustmentPercent(o['adjustmentPercent'], scheme, data);
  const r = perMilleUnits(ctx.rate, 'rate');
  const n = perMilleUnits(ctx.nonOccupationalRate, 'nonOccupationalRate');
  const occupational = subtractRatios(r, n);
  if (occupational.numerator < 0n) {
    throw new InvalidInputError('INVALID_RATE', `rate ${ctx.rate} is below the 非業務災害率 ${ctx.nonOccupationalRate}`, { field: 'rate', value: ctx.rate });
  }
  const adjusted = { numerator: occupational.numerator * BigInt(100 + m), denominator: occupational.denominator * 100n };
  const rate = rationalToDecimal(addRatios(adjusted, n));
  const occupationalText = rationalToDecimal(occupational);
  const adjustedText = rationalToDecimal(adjusted);
  const trace: TraceStep[] = [
    traceStep('merit.occupational', 'benefits.meritOccupational', occupationalText, { rate: ctx.rate, nonOccupational: ctx.nonOccupationalRate }),
    traceStep('merit.adjust', 'benefits.meritAdjust', adjustedText, { occupational: occupationalText, sign: m >= 0 ? '+' : '−', percent: String(Math.abs(m)) }),
    traceStep('merit.rate', 'benefits.meritRate', rate, { adjusted: adjustedText, nonOccupational: ctx.nonOccupationalRate }),
  ];
  const out: MeritRate = {
    rate,
    baseRate: ctx.rate,
    nonOccupationalRate: ctx.nonOccupationalRate,
    adjustmentPercent: String(m),
    scheme,
    legalBasis: unique([LEGAL_BASIS, ...ctx.legalBasis]),
    status: weakestStatus(...statusesOf(ctx.statuses)),
    sources: unique([...ctx.sources, ...meritSources(['mhlw_2004_formula', ...data.limits.sources], data)]),
    trace,
  };
  if (ctx.industry) out.industry = ctx.industry;
  if (ctx.fiscalYear !== undefined) out.fiscalYear = ctx.fiscalYear;
  return out;
}
