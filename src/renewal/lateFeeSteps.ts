import { toIsoDate } from '../core/dates.js';
import { InvalidInputError, RateTableError } from '../core/errors.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen } from '../core/yen.js';
import { addRatios } from '../kernel/addRatios.js';
import { ratioFromDecimal } from '../kernel/ratioFromDecimal.js';
import { ratioFromPercent } from '../kernel/ratioFromPercent.js';
import { rationalToDecimal } from '../kernel/rationalToDecimal.js';
import { truncateToUnit } from '../kernel/truncateToUnit.js';
import type { Rational } from '../kernel/types.js';
import type { SourceStatus } from '../rates/types.js';
import { PROCEDURES, assertObject, dayNumber, fromDayNumber, procedureSources } from './shared.js';

/**
 * The legal steps of the 延滞金 (internal parts of `lateFee`): the rate of a day, the break points of
 * the period, the segments at one base and one rate, their exact sum ÷ 365 truncated to 100 yen.
 * Days are integers counted from the proleptic Gregorian day numbers (no `Date`, no float).
 * @internal
 * @module
 */

/** A 延滞金 rate pair for one calendar year, in percent per year (as the caller gives it). @internal */
export interface LateFeeRatesInput {
  year: number;
  firstPercent: string;
  afterPercent: string;
}

/** A partial payment, checked. @internal */
export interface PartialPayment {
  date: string;
  day: number;
  amount: bigint;
}

/** The rate of one day, with the figure's provenance. @internal */
export interface DayRate {
  percent: string;
  /** A 特例 rate (附則12条), bundled or the caller's. */
  special: boolean;
  sources: readonly string[];
  status: SourceStatus;
}

/** One stretch of days at one base and one rate, exact. @internal */
export interface LateFeeSegmentCore {
  from: string;
  to: string;
  days: number;
  base: bigint;
  percent: string;
  reduced: boolean;
  /** base × percent/100 × days (before ÷ 365). */
  product: Rational;
}

/** The 特例 rates given by the caller, checked (`INVALID_RATE` for a percent that is not a plain decimal string). @internal */
export function parseCustomRates(value: unknown): LateFeeRatesInput[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidInputError('INVALID_OPTION', 'specialRates must be an array', { field: 'specialRates' });
  return value.map((r: unknown, i) => {
    const x = assertObject(r, `specialRates[${i}]`);
    const year = x['year'];
    if (typeof year !== 'number' || !Number.isInteger(year))
      throw new InvalidInputError('INVALID_OPTION', `specialRates[${i}].year must be an integer year`, { field: `specialRates[${i}].year` });
    const first = x['firstPercent'];
    const after = x['afterPercent'];
    ratioFromPercent(first, `specialRates[${i}].firstPercent`);
    ratioFromPercent(after, `specialRates[${i}].afterPercent`);
    return { year, firstPercent: first as string, afterPercent: after as string };
  });
}

/** Partial payments, checked (after the due date, not after payment, not more than the premium) and sorted by date. @internal */
export function parsePayments(value: unknown, due: string, paid: string, premium: bigint): PartialPayment[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidInputError('INVALID_OPTION', 'partialPayments must be an array', { field: 'partialPayments' });
  const list = value.map((p: unknown, i): PartialPayment => {
    const x = assertObject(p, `partialPayments[${i}]`);
    const date = toIsoDate(x['date'], `partialPayments[${i}].date`);
    if (date <= due || date > paid)
      throw new InvalidInputError('INVALID_OPTION', `partialPayments[${i}].date ${date} must be after dueDate ${due} and not after paidOn ${paid}`, {
        field: `partialPayments[${i}].date`,
      });
    return { date, day: dayNumber(date), amount: parseYen(x['amount'], `partialPayments[${i}].amount`) };
  });
  const total = list.reduce((a, p) => a + p.amount, 0n);
  if (total > premium) throw new InvalidInputError('INVALID_OPTION', `partial payments ${total} exceed the premium ${premium}`, { field: 'partialPayments' });
  return list.sort((a, b) => a.day - b.day);
}

/**
 * The rate of a day of calendar year `year`: statutory (7.3% / 14.6%), the caller's 特例 rate for the
 * year (status `unconfirmed`: no source of the package vouches for it), or the bundled 特例 rate (附則12条);
 * a year with no known 特例 rate throws rather than guess. @internal
 */
export function lateFeeRate(basis: 'special' | 'statutory', custom: readonly LateFeeRatesInput[], year: number, reduced: boolean): DayRate {
  const data = PROCEDURES.lateFee;
  if (basis === 'statutory') return { percent: reduced ? data.statutory.firstPercent : data.statutory.afterPercent, special: false, sources: [], status: data.status };
  const c = custom.find((r) => r.year === year);
  if (c) return { percent: reduced ? c.firstPercent : c.afterPercent, special: true, sources: [], status: 'unconfirmed' };
  const d = data.specialRates.find((r) => r.year === year);
  if (!d) throw new RateTableError('RATE_NOT_KNOWN', `no 延滞金 特例 rate is known for ${year}; pass specialRates or rateBasis: 'statutory'`, { year, what: '延滞金特例割合' });
  return { percent: reduced ? d.firstPercent : d.afterPercent, special: true, sources: procedureSources(d.sources), status: d.status };
}

/**
 * The day numbers where the base or the rate may change, from the first day `start` to the exclusive
 * end `end`: the day after the reduced-rate period, every 1 January (the 特例 rate is per calendar year)
 * and every partial payment's day. Empty when there are no days. @internal
 */
export function lateFeeBreakPoints(start: number, end: number, reducedEnd: number, payments: readonly PartialPayment[]): number[] {
  if (end <= start) return [];
  const cuts = new Set<number>([start, end]);
  if (reducedEnd > start && reducedEnd < end) cuts.add(reducedEnd);
  const firstYear = Number(fromDayNumber(start).slice(0, -6));
  const lastYear = Number(fromDayNumber(end - 1).slice(0, -6));
  for (let y = firstYear + 1; y <= lastYear; y++) cuts.add(dayNumber(`${String(y).padStart(4, '0')}-01-01`));
  for (const p of payments) if (p.day > start && p.day < end) cuts.add(p.day);
  return [...cuts].sort((a, b) => a - b);
}

const REDUCED_LAW = Object.freeze({ legalBasis: '徴収法28条1項 (2月まで軽減); 附則12条' });
const FULL_LAW = Object.freeze({ legalBasis: '徴収法28条1項; 附則12条' });

/**
 * The segments between break points: the unpaid premium (less the partial payments made by the
 * segment's first day, 徴収法28条2項) truncated to 千円, the rate of the segment's first day, the days,
 * and base × rate × days exact. @internal
 */
export function lateFeeSegments(
  points: readonly number[],
  premium: bigint,
  payments: readonly PartialPayment[],
  reducedEnd: number,
  rateOf: (year: number, reduced: boolean) => DayRate,
): { segments: LateFeeSegmentCore[]; rates: DayRate[] } {
  const segments: LateFeeSegmentCore[] = [];
  const rates: DayRate[] = [];
  const unit = BigInt(PROCEDURES.lateFee.baseUnit);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const from = fromDayNumber(a);
    let paidBefore = 0n;
    for (const p of payments) if (p.day <= a) paidBefore += p.amount;
    const base = truncateToUnit(premium - paidBefore, unit);
    const reduced = a < reducedEnd;
    const rate = rateOf(Number(from.slice(0, -6)), reduced);
    rates.push(rate);
    const days = b - a;
    const r = ratioFromPercent(rate.percent);
    segments.push({
      from,
      to: fromDayNumber(b - 1),
      days,
      base,
      percent: rate.percent,
      reduced,
      product: { numerator: base * r.numerator * BigInt(days), denominator: r.denominator },
    });
  }
  return { segments, rates };
}

/** The step of a segment: its value is base × percent × days (the percent as a number, not ÷ 100). @internal */
export function segmentStep(i: number, s: LateFeeSegmentCore): TraceStep {
  const p = ratioFromDecimal(s.percent, 1n);
  const value = rationalToDecimal({ numerator: s.base * p.numerator * BigInt(s.days), denominator: p.denominator });
  return traceStep(`lateFee.segment.${i}`, 'renewal.lateFeeSegment', value, {
    from: s.from,
    to: s.to,
    days: String(s.days),
    base: String(s.base),
    percent: s.percent,
    ...(s.reduced ? REDUCED_LAW : FULL_LAW),
  });
}

/**
 * Σ base × rate × days ÷ 365, exact; the fee truncated to 100 yen (徴収法28条1項・3項) and the exact sum
 * truncated to 4 decimals for display. @internal
 */
export function lateFeeAmount(segments: readonly LateFeeSegmentCore[]): { fee: bigint; unrounded: string } {
  let sum: Rational = { numerator: 0n, denominator: 1n };
  for (const s of segments) sum = addRatios(sum, s.product);
  const exact = { numerator: sum.numerator, denominator: sum.denominator * BigInt(PROCEDURES.lateFee.daysPerYear) };
  return { fee: truncateToUnit(exact, BigInt(PROCEDURES.lateFee.feeUnit)), unrounded: rationalToDecimal(exact, 4) };
}
