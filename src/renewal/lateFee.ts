import { toIsoDate, type DateInput } from '../core/dates.js';
import { InvalidInputError } from '../core/errors.js';
import { weakestStatus } from '../core/status.js';
import { groupDigits, traceStep, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import type { SourceStatus } from '../rates/types.js';
import {
  lateFeeAmount,
  lateFeeBreakPoints,
  lateFeeRate,
  lateFeeSegments,
  parseCustomRates,
  parsePayments,
  segmentStep,
  type DayRate,
  type LateFeeSegmentCore,
} from './lateFeeSteps.js';
import { PROCEDURES, addDays, assertObject, dayNumber, endOfMonthsPeriod, oneOf, procedureSources } from './shared.js';

/**
 * The rate bases of the 延滞金: the 附則12条 特例 (per calendar year) or the statutory 7.3% / 14.6%.
 *
 * @example
 * ```ts
 * import { LATE_FEE_RATE_BASES } from 'jp-labor-insurance';
 * console.log(LATE_FEE_RATE_BASES, Object.isFrozen(LATE_FEE_RATE_BASES)); //=> [ 'special', 'statutory' ] true
 * ```
 */
export const LATE_FEE_RATE_BASES = Object.freeze(['special', 'statutory'] as const);

/** One of {@link LATE_FEE_RATE_BASES}. */
export type LateFeeRateBasis = (typeof LATE_FEE_RATE_BASES)[number];

/**
 * True for a {@link LateFeeRateBasis}.
 *
 * @example
 * ```ts
 * import { isLateFeeRateBasis } from 'jp-labor-insurance';
 * console.log(isLateFeeRateBasis('statutory'), isLateFeeRateBasis('reduced')); //=> true false
 * ```
 * @group Type guards
 */
export function isLateFeeRateBasis(value: unknown): value is LateFeeRateBasis {
  return typeof value === 'string' && (LATE_FEE_RATE_BASES as readonly string[]).includes(value);
}

/** A 延滞金 rate pair for one calendar year, in percent per year. */
export interface LateFeeRates {
  year: number;
  /** Rate up to the day two months after the due date ("2.4"). */
  firstPercent: string;
  /** Rate after that ("8.7"). */
  afterPercent: string;
}

/** Input of {@link lateFee}. */
export interface LateFeeInput {
  /** The unpaid 労働保険料 (the amount the 督促 was for), yen. */
  unpaidPremium: YenInput;
  /** 法定納期限 (the statutory due date). */
  dueDate: DateInput;
  /** The day the premium was paid in full (or property was seized). */
  paidOn: DateInput;
  /**
   * 督促状の指定期限. When given and `paidOn` is on or before it, no 延滞金 is due (徴収法27条1項). Without
   * it the fee is computed as if the 督促 was not honoured.
   */
  demandDeadline?: DateInput;
  /** Payments of part of the premium before `paidOn`: the base is reduced from each payment's day (徴収法28条2項). */
  partialPayments?: readonly { date: DateInput; amount: YenInput }[];
  /** `'special'` (附則12条 特例, per calendar year, default) or `'statutory'` (7.3% / 14.6%). */
  rateBasis?: LateFeeRateBasis;
  /** Your own 特例 rates per calendar year (e.g. a year the package does not ship), taking precedence. */
  specialRates?: readonly LateFeeRates[];
}

/** One stretch of days at one base and one rate. */
export interface LateFeeSegment {
  from: string;
  to: string;
  days: number;
  /** Unpaid premium truncated to 千円. */
  base: number;
  percent: string;
  /** Within the first two months (reduced rate). */
  reduced: boolean;
}

/** Result of {@link lateFee}. */
export interface LateFee {
  /** 延滞金, yen (multiple of 100). */
  amount: number;
  /** Σ base × rate × days / 365 before truncation, cut to 4 decimals for display. */
  unrounded: string;
  /** Days from the day after the due date to the day before payment. */
  days: number;
  /** Last day of the reduced-rate period (納期限の翌日から2月を経過する日). */
  reducedUntil: string;
  segments: LateFeeSegment[];
  reason?: string;
  /** 徴収法27条・28条, and 附則12条 when a 特例 rate was used. */
  legalBasis: string[];
  /** The 延滞金 rules' sources and those of every 特例 rate used. */
  sources: string[];
  /** The weakest status of the rates used (a caller's own `specialRates` count as `unconfirmed`). */
  status: SourceStatus;
  trace: TraceStep[];
}

const LAW = ['徴収法27条', '徴収法28条'] as const;
const SPECIAL_LAW = '徴収法附則12条';

interface Period {
  reducedUntil: string;
  steps: TraceStep[];
}

/** What a fee of 0 for a reason looks like (no rate used unless segments were computed). */
function noFee(p: Period, reason: string, step: TraceStep, extra: { days?: number; segments?: LateFeeSegmentCore[]; rates?: DayRate[]; unrounded?: string } = {}): LateFee {
  p.steps.push(step);
  return result(p, 0n, extra.unrounded ?? '0', extra.days ?? 0, extra.segments ?? [], extra.rates ?? [], reason);
}

function result(p: Period, fee: bigint, unrounded: string, days: number, segments: readonly LateFeeSegmentCore[], rates: readonly DayRate[], reason?: string): LateFee {
  const data = PROCEDURES.lateFee;
  const special = rates.some((r) => r.special);
  const out: LateFee = {
    amount: yenToNumber(fee, 'amount'),
    unrounded,
    days,
    reducedUntil: p.reducedUntil,
    segments: segments.map((s) => ({ from: s.from, to: s.to, days: s.days, base: yenToNumber(s.base, 'base'), percent: s.percent, reduced: s.reduced })),
    legalBasis: special ? [...LAW, SPECIAL_LAW] : [...LAW],
    sources: [...new Set([...procedureSources(data.sources), ...rates.flatMap((r) => r.sources)])],
    status: weakestStatus(data.status, ...rates.map((r) => r.status)),
    trace: p.steps,
  };
  if (reason !== undefined) out.reason = reason;
  return out;
}

/**
 * 延滞金 (徴収法27・28条, 附則12条): on a premium not paid by the 督促状's deadline, ⌊unpaid⌋₁₀₀₀ × rate ×
 * days / 365 for the days from the day after the 法定納期限 to the day before payment — the reduced rate up
 * to the day two months after the due date, the full rate after — truncated to 100 yen; none when the
 * premium is under 1,000 yen or the fee under 100 yen. The 特例 rates are per calendar year (data with
 * sources in rates/parameters/procedures.yaml); a year with no known rate throws rather than guess. Partial
 * payments reduce the base from their day. 労働保険 uses two months (not the three of 健康保険). Days are
 * counted exactly on the calendar of every year 1–9999; the sum is exact until the one truncation.
 *
 * @throws {@link InvalidInputError} `AMOUNT_*`, `INVALID_DATE`, `INVALID_OPTION`, `INVALID_RATE`;
 *   {@link RateTableError} `RATE_NOT_KNOWN` for a calendar year without a 特例 rate.
 *
 * @example
 * ```ts
 * import { lateFee } from 'jp-labor-insurance';
 * const f = lateFee({ unpaidPremium: 1_234_567, dueDate: '2025-07-10', paidOn: '2025-10-20' });
 * console.log(f.amount, f.segments.map((s) => [s.days, s.percent])); //=> 16500 [ [ 62, '2.4' ], [ 39, '8.7' ] ]
 * console.log(f.legalBasis, f.status); //=> [ '徴収法27条', '徴収法28条', '徴収法附則12条' ] 'derived'
 * console.log(lateFee({ unpaidPremium: 1_234_567, dueDate: '2025-07-10', paidOn: '2025-10-20', rateBasis: 'statutory' }).amount); //=> 34500
 * ```
 */
export function lateFee(input: LateFeeInput): LateFee {
  const o = assertObject(input, 'lateFee');
  const premium = parseYen(o['unpaidPremium'], 'unpaidPremium');
  const due = toIsoDate(o['dueDate'], 'dueDate');
  const paid = toIsoDate(o['paidOn'], 'paidOn');
  const basis = oneOf(o['rateBasis'], LATE_FEE_RATE_BASES, 'rateBasis', 'special');
  const data = PROCEDURES.lateFee;
  const custom = parseCustomRates(o['specialRates']);
  if (paid < due) throw new InvalidInputError('INVALID_OPTION', `paidOn ${paid} is before dueDate ${due}`, { field: 'paidOn' });
  const payments = parsePayments(o['partialPayments'], due, paid, premium);
  const start = addDays(due, 1);
  const reducedUntil = endOfMonthsPeriod(start, data.reducedMonths);
  const p: Period = { reducedUntil, steps: [traceStep('lateFee.period', 'renewal.lateFeePeriod', reducedUntil, { from: start, to: addDays(paid, -1) })] };
  if (o['demandDeadline'] !== undefined) {
    const deadline = toIsoDate(o['demandDeadline'], 'demandDeadline');
    if (paid <= deadline)
      return noFee(p, `paid by the demand notice deadline ${deadline}: no late fee`, traceStep('lateFee.amount', 'renewal.lateFeePaidByDeadline', 0n, { deadline }));
  }
  const minimumPremium = BigInt(data.minimumPremium);
  if (premium < minimumPremium) {
    return noFee(
      p,
      `premium ${groupDigits(premium)} is under ${groupDigits(minimumPremium)} yen: no late fee`,
      traceStep('lateFee.amount', 'renewal.lateFeeSmallPremium', 0n, { premium: String(premium), minimum: String(minimumPremium) }),
    );
  }

  const s = dayNumber(start);
  const e = Math.max(dayNumber(paid), s); // exclusive; paid on the due date → no days
  const reducedEnd = dayNumber(reducedUntil) + 1;
  const points = lateFeeBreakPoints(s, e, reducedEnd, payments);
  const { segments, rates } = lateFeeSegments(points, premium, payments, reducedEnd, (year, reduced) => lateFeeRate(basis, custom, year, reduced));
  segments.forEach((seg, i) => p.steps.push(segmentStep(i, seg)));
  const days = e - s;
  const { fee, unrounded } = lateFeeAmount(segments);
  if (fee < BigInt(data.minimumFee)) {
    return noFee(
      p,
      `late fee ${unrounded} is under ${data.minimumFee} yen: none`,
      traceStep('lateFee.amount', 'renewal.lateFeeUnderMinimum', 0n, { unrounded, minimum: String(data.minimumFee) }),
      { days, segments, rates, unrounded },
    );
  }
  p.steps.push(traceStep('lateFee.amount', 'renewal.lateFeeAmount', fee, { unrounded }));
  return result(p, fee, unrounded, days, segments, rates);
}
