import { dec, toBigInt, type Decimal } from '../core/decimal.js';
import { toIsoDate, type DateInput } from '../core/dates.js';
import { InvalidInputError, RateTableError } from '../core/errors.js';
import { isDecimalString } from '../core/rate.js';
import { groupDigits, step, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { floorYen } from '../rounding/floor.js';
import { floorToHundred, floorToThousand } from '../rounding/units.js';
import { PROCEDURES, addDays, dayNumber, endOfMonthsPeriod, fromDayNumber, assertObject, oneOf, assertBoolean, procedureSources } from './shared.js';

/** Input of {@link surcharge}. */
export interface SurchargeInput {
  /** 納付すべき額 fixed by the 認定決定 of the 確定保険料 (the premium, or its 不足額), yen. */
  amount: YenInput;
  /** `'premium'` (労働保険料, 10%, default) or `'stampPremium'` (印紙保険料, 25%, 徴収法25条2項). */
  kind?: 'premium' | 'stampPremium';
  /** 天災その他やむを得ない理由 (not ignorance of the law, poor business or lack of funds): no 追徴金. Default false. */
  excused?: boolean;
}

/** Result of {@link surcharge}. */
export interface Surcharge {
  /** 追徴金, yen: always a multiple of 100. */
  amount: number;
  /** The amount due truncated to 千円. */
  base: number;
  percent: string;
  /** Why no 追徴金 is due, when `amount` is 0 for a reason other than a zero base. */
  reason?: string;
  legalBasis: string;
  sources: string[];
  trace: TraceStep[];
}

/**
 * 追徴金 (徴収法21条) on a 確定保険料 fixed by 認定決定: ⌊amount due⌋₁₀₀₀ × 10/100, none when the amount
 * due is under 1,000 yen or the delay was due to 天災その他やむを得ない理由. Never charged on a 概算保険料
 * 認定決定. The result is always a multiple of 100 yen.
 *
 * @throws {@link InvalidInputError} `AMOUNT_*`, `INVALID_OPTION`.
 *
 * @example
 * ```ts
 * import { surcharge } from 'jp-labor-insurance';
 * console.log(surcharge({ amount: 28_300 }).amount, surcharge({ amount: 999 }).amount, surcharge({ amount: 1_234_567 }).amount);
 * //=> 2800 0 123400
 * ```
 */
export function surcharge(input: SurchargeInput): Surcharge {
  const o = assertObject(input, 'surcharge');
  const amount = parseYen(o['amount'], 'amount');
  const kind = oneOf(o['kind'], ['premium', 'stampPremium'] as const, 'kind', 'premium');
  const excused = assertBoolean(o['excused'], 'excused', false);
  const data = PROCEDURES.surcharge;
  const percent = kind === 'premium' ? data.percent : data.stampPremiumPercent;
  const sources = procedureSources(data.sources);
  const base = floorToThousand(dec(amount));
  const trace: TraceStep[] = [step('surcharge.base', base.toString(), `納付すべき額 ${groupDigits(amount)} → 千円未満切捨て ${groupDigits(base.toString())}`, `amount due ${groupDigits(amount)} → truncated to ¥1,000: ${groupDigits(base.toString())}`, '徴収法21条1項')];
  const none = (reason: string, ja: string): Surcharge => {
    trace.push(step('surcharge.amount', 0, ja, reason, kind === 'premium' ? '徴収法21条' : '徴収法25条2項'));
    return { amount: 0, base: yenToNumber(toBigInt(base), 'base'), percent, reason, legalBasis: data.legalBasis, sources, trace };
  };
  if (excused) return none('天災その他やむを得ない理由: no surcharge', '天災その他やむを得ない理由により追徴金なし');
  if (amount < BigInt(data.minimumAmount)) return none(`amount due ${groupDigits(amount)} is under ${groupDigits(data.minimumAmount)} yen: no surcharge`, `納付すべき額が${groupDigits(data.minimumAmount)}円未満のため追徴金なし`);
  const value = floorYen(base.times(dec(percent)).div(100));
  trace.push(step('surcharge.amount', value.toString(), `${groupDigits(base.toString())} × ${percent}/100 = ${groupDigits(value.toString())}`, `${groupDigits(base.toString())} × ${percent}% = ${groupDigits(value.toString())}`, kind === 'premium' ? '徴収法21条1項' : '徴収法25条2項'));
  return { amount: yenToNumber(toBigInt(value), 'amount'), base: yenToNumber(toBigInt(base), 'base'), percent, legalBasis: data.legalBasis, sources, trace };
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
  amount: YenInput;
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
  rateBasis?: 'special' | 'statutory';
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
  legalBasis: string;
  sources: string[];
  trace: TraceStep[];
}

/**
 * 延滞金 (徴収法27・28条, 附則12条): on a premium not paid by the 督促状's deadline, ⌊unpaid⌋₁₀₀₀ × rate ×
 * days / 365 for the days from the day after the 法定納期限 to the day before payment — the reduced rate up
 * to the day two months after the due date, the full rate after — truncated to 100 yen; none when the
 * premium is under 1,000 yen or the fee under 100 yen. The 特例 rates are per calendar year (data with
 * sources in rates/parameters/procedures.yaml); a year with no known rate throws rather than guess. Partial
 * payments reduce the base from their day. 労働保険 uses two months (not the three of 健康保険).
 *
 * @throws {@link InvalidInputError} `AMOUNT_*`, `INVALID_DATE`, `INVALID_OPTION`, `INVALID_RATE`;
 *   {@link RateTableError} `RATE_NOT_KNOWN` for a calendar year without a 特例 rate.
 *
 * @example
 * ```ts
 * import { lateFee } from 'jp-labor-insurance';
 * const f = lateFee({ amount: 1_234_567, dueDate: '2025-07-10', paidOn: '2025-10-20' });
 * console.log(f.amount, f.segments.map((s) => [s.days, s.percent])); //=> 16500 [ [ 62, '2.4' ], [ 39, '8.7' ] ]
 * console.log(lateFee({ amount: 1_234_567, dueDate: '2025-07-10', paidOn: '2025-10-20', rateBasis: 'statutory' }).amount); //=> 34500
 * ```
 */
export function lateFee(input: LateFeeInput): LateFee {
  const o = assertObject(input, 'lateFee');
  const premium = parseYen(o['amount'], 'amount');
  const due = toIsoDate(o['dueDate'], 'dueDate');
  const paid = toIsoDate(o['paidOn'], 'paidOn');
  const basis = oneOf(o['rateBasis'], ['special', 'statutory'] as const, 'rateBasis', 'special');
  const data = PROCEDURES.lateFee;
  const sources = procedureSources(data.sources);
  const custom = parseCustomRates(o['specialRates']);
  if (paid < due) throw new InvalidInputError('INVALID_OPTION', `paidOn ${paid} is before dueDate ${due}`, { field: 'paidOn' });
  const payments = parsePayments(o['partialPayments'], due, paid, premium);
  const start = addDays(due, 1);
  const reducedUntil = endOfMonthsPeriod(start, data.reducedMonths);
  const trace: TraceStep[] = [step('lateFee.period', reducedUntil, `計算期間 ${start}〜${addDays(paid, -1)}; 納期限の翌日から2月を経過する日 ${reducedUntil}`, `days ${start}..${addDays(paid, -1)}; reduced rate until ${reducedUntil}`, '徴収法28条1項')];
  const zero = (reason: string, ja: string, days = 0, segments: LateFeeSegment[] = [], unrounded = '0'): LateFee => {
    trace.push(step('lateFee.amount', 0, ja, reason, '徴収法27条・28条'));
    return { amount: 0, unrounded, days, reducedUntil, segments, reason, legalBasis: data.legalBasis, sources, trace };
  };
  if (o['demandDeadline'] !== undefined) {
    const deadline = toIsoDate(o['demandDeadline'], 'demandDeadline');
    if (paid <= deadline) return zero(`paid by the demand notice deadline ${deadline}: no late fee`, `督促状の指定期限 ${deadline} までに完納: 延滞金なし`);
  }
  if (premium < BigInt(data.minimumPremium)) return zero(`premium ${groupDigits(premium)} is under ${groupDigits(data.minimumPremium)} yen: no late fee`, `労働保険料が${groupDigits(data.minimumPremium)}円未満: 延滞金なし`);

  // Break points: reduced-rate end, 1 January of each year, partial payments.
  const s = dayNumber(start);
  const e = Math.max(dayNumber(paid), s); // exclusive; paid on or before the due date → no days
  const cuts = new Set<number>([s, e]);
  const rEnd = dayNumber(reducedUntil) + 1;
  if (rEnd > s && rEnd < e) cuts.add(rEnd);
  for (let y = Number(start.slice(0, 4)) + 1; y <= Number(paid.slice(0, 4)); y++) {
    const j = dayNumber(`${y}-01-01`);
    if (j > s && j < e) cuts.add(j);
  }
  for (const p of payments) {
    const d = dayNumber(p.date);
    if (d > s && d < e) cuts.add(d);
  }
  const points = e > s ? [...cuts].sort((a, b) => a - b) : [];
  const segments: LateFeeSegment[] = [];
  let sum: Decimal = dec(0);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const from = fromDayNumber(a);
    const paidBefore = payments.filter((p) => dayNumber(p.date) <= a).reduce((acc, p) => acc + p.amount, 0n);
    const base = floorToThousand(dec(premium - paidBefore));
    const reduced = a < rEnd;
    const year = Number(from.slice(0, 4));
    const percent = ratePercent(basis, custom, year, reduced);
    const days = b - a;
    sum = sum.plus(base.times(dec(percent)).times(days));
    segments.push({ from, to: fromDayNumber(b - 1), days, base: yenToNumber(toBigInt(base), 'base'), percent, reduced });
    trace.push(step(`lateFee.segment.${i}`, base.times(dec(percent)).times(days).toString(), `${from}〜${fromDayNumber(b - 1)} ${days}日: ${groupDigits(base.toString())} × ${percent}% × ${days}`, `${from}..${fromDayNumber(b - 1)} ${days} days: ${groupDigits(base.toString())} × ${percent}% × ${days}`, reduced ? '徴収法28条1項 (2月まで軽減); 附則12条' : '徴収法28条1項; 附則12条'));
  }
  const days = e - s;
  const exact = sum.div(100 * data.daysPerYear);
  const unrounded = exact.round(4, 0).toString();
  const fee = floorToHundred(exact);
  if (fee.lt(data.minimumFee)) return zero(`late fee ${unrounded} is under ${data.minimumFee} yen: none`, `延滞金 ${unrounded} が${data.minimumFee}円未満: 徴収しない`, days, segments, unrounded);
  trace.push(step('lateFee.amount', fee.toString(), `Σ ÷ 365 = ${groupDigits(unrounded)} → 百円未満切捨て ${groupDigits(fee.toString())}`, `sum ÷ 365 = ${groupDigits(unrounded)} → truncated to ¥100: ${groupDigits(fee.toString())}`, '徴収法28条1項・3項'));
  return { amount: yenToNumber(toBigInt(fee), 'amount'), unrounded, days, reducedUntil, segments, legalBasis: data.legalBasis, sources, trace };
}

function ratePercent(basis: 'special' | 'statutory', custom: LateFeeRates[], year: number, reduced: boolean): string {
  const st = PROCEDURES.lateFee.statutory;
  if (basis === 'statutory') return reduced ? st.firstPercent : st.afterPercent;
  const c = custom.find((r) => r.year === year);
  if (c) return reduced ? c.firstPercent : c.afterPercent;
  const d = PROCEDURES.lateFee.specialRates.find((r) => r.year === year);
  if (!d) throw new RateTableError('RATE_NOT_KNOWN', `no 延滞金 特例 rate is known for ${year}; pass specialRates or rateBasis: 'statutory'`, { year, what: '延滞金特例割合' });
  return reduced ? d.firstPercent : d.afterPercent;
}

function parseCustomRates(value: unknown): LateFeeRates[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidInputError('INVALID_OPTION', 'specialRates must be an array', { field: 'specialRates' });
  return value.map((r: unknown, i) => {
    const x = assertObject(r, `specialRates[${i}]`);
    if (typeof x['year'] !== 'number' || !Number.isInteger(x['year'])) throw new InvalidInputError('INVALID_OPTION', `specialRates[${i}].year must be an integer year`, { field: `specialRates[${i}].year` });
    for (const k of ['firstPercent', 'afterPercent']) {
      if (!isDecimalString(x[k])) throw new InvalidInputError('INVALID_RATE', `specialRates[${i}].${k} must be a decimal string such as "2.4"`, { field: `specialRates[${i}].${k}`, value: x[k] });
    }
    return { year: x['year'], firstPercent: x['firstPercent'] as string, afterPercent: x['afterPercent'] as string };
  });
}

function parsePayments(value: unknown, due: string, paid: string, premium: bigint): { date: string; amount: bigint }[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidInputError('INVALID_OPTION', 'partialPayments must be an array', { field: 'partialPayments' });
  const list = value.map((p: unknown, i) => {
    const x = assertObject(p, `partialPayments[${i}]`);
    const date = toIsoDate(x['date'], `partialPayments[${i}].date`);
    if (date <= due || date > paid) throw new InvalidInputError('INVALID_OPTION', `partialPayments[${i}].date ${date} must be after dueDate ${due} and not after paidOn ${paid}`, { field: `partialPayments[${i}].date` });
    return { date, amount: parseYen(x['amount'], `partialPayments[${i}].amount`) };
  });
  const total = list.reduce((a, p) => a + p.amount, 0n);
  if (total > premium) throw new InvalidInputError('INVALID_OPTION', `partial payments ${total} exceed the premium ${premium}`, { field: 'partialPayments' });
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
