import { dec, type Decimal } from '../core/decimal.js';
import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { type DateInput } from '../core/dates.js';
import { isDecimalString } from '../core/rate.js';
import { step, type TraceStep } from '../core/trace.js';
import { citations, onlyPeriod, periodOn, resolveTime, type RatesOption } from '../rates/registry.js';
import type { RateTable } from '../rates/types.js';
import { industryRateFor } from '../workers-compensation/industry.js';
import { MERIT as meritData } from '../rates/generated/merit.js';
import { meritFor } from '../rates/areas/merit.js';
import type { MeritData } from '../rates/types.js';
import { assertObject } from './shared.js';

/**
 * Which メリット scheme bounds the 増減率: `continuous` 継続事業 ±40% (default), `timber` 立木の伐採 ±35%,
 * `lumpSumSmall` 一括有期事業 with 確定保険料 40万–100万 ±30%, `special` 特例メリット ±45%.
 */
export type MeritScheme = 'continuous' | 'timber' | 'lumpSumSmall' | 'special';

const LIMITS: Readonly<Record<MeritScheme, number>> = {
  continuous: meritData.limits.continuous,
  timber: meritData.limits.timber,
  lumpSumSmall: meritData.limits.lumpSumSmall,
  special: meritData.limits.special,
};

const meritSources = (keys: readonly string[], data: MeritData = meritData): string[] => keys.map((k) => (data.sources as Record<string, string>)[k] ?? k);

/** Input of {@link meritRate}. */
export interface MeritRateInput {
  /** メリット増減率 in percent: a multiple of 5 within the scheme's bound (−40 … +40 for 継続事業). */
  adjustmentPercent: number;
  /** 業種番号; its 労災保険率 of `fiscalYear` (or `date`) is adjusted. */
  industry?: string;
  /** The 労災保険率 per 1000 to adjust, instead of an industry's. */
  rate?: string;
  /** 非業務災害率 per 1000; default the table's (0.6 since FY2018). */
  nonOccupationalRate?: string;
  /** The fiscal year whose table gives the rate and the 非業務災害率 (the year the adjusted rate applies to). */
  fiscalYear?: number;
  date?: DateInput;
  /** Default `continuous`. */
  scheme?: MeritScheme;
  rates?: RatesOption;
}

/** Result of {@link meritRate}. */
export interface MeritRate {
  /** The メリット-adjusted 労災保険率 per 1000, exact (e.g. `'7.215'`); pass it as `workersCompensationRate`. */
  rate: string;
  /** The unadjusted 労災保険率 per 1000. */
  baseRate: string;
  nonOccupationalRate: string;
  adjustmentPercent: number;
  scheme: MeritScheme;
  industry?: { number: string; name: string };
  fiscalYear?: number;
  legalBasis: string;
  sources: string[];
  trace: TraceStep[];
}

function assertScheme(s: unknown): MeritScheme {
  if (s === undefined) return 'continuous';
  if (typeof s === 'string' && Object.prototype.hasOwnProperty.call(LIMITS, s)) return s as MeritScheme;
  throw new InvalidInputError('INVALID_OPTION', `scheme must be one of ${Object.keys(LIMITS).join(', ')} (got ${formatValue(s)})`, { field: 'scheme', value: s });
}

function assertRate(v: unknown, field: string): string {
  if (!isDecimalString(v)) throw new InvalidInputError('INVALID_RATE', `${field} must be a decimal string per 1000 such as "3" (got ${formatValue(v)})`, { field, value: v });
  return v;
}

interface RateContext {
  rate: string;
  nonOccupationalRate: string;
  table?: RateTable;
  fiscalYear?: number;
  industry?: { number: string; name: string };
  sources: string[];
  legalBasis?: string;
}

/** Resolves { industry | rate, nonOccupationalRate, fiscalYear | date } for merit calculations. */
function rateContext(o: Record<string, unknown>): RateContext {
  const hasTime = o['fiscalYear'] !== undefined || o['date'] !== undefined;
  const time = hasTime ? resolveTime({ date: o['date'] as DateInput | undefined, fiscalYear: o['fiscalYear'] as number | undefined, rates: o['rates'] as RatesOption | undefined }, 'date') : undefined;
  const sources: string[] = [];
  let rate: string;
  let industry: RateContext['industry'];
  let legalBasis: string | undefined;
  if (o['industry'] !== undefined) {
    if (o['rate'] !== undefined) throw new InvalidInputError('INVALID_OPTION', 'give industry or rate, not both', { field: 'rate' });
    if (!time) throw new InvalidInputError('INVALID_OPTION', 'industry needs fiscalYear or date to find its 労災保険率', { field: 'fiscalYear' });
    const ind = industryRateFor(time.table, o['industry'], time.date);
    rate = ind.rate;
    industry = { number: ind.number, name: ind.name };
    legalBasis = ind.legalBasis;
    sources.push(...ind.sources);
  } else if (o['rate'] !== undefined) {
    rate = assertRate(o['rate'], 'rate');
  } else {
    throw new InvalidInputError('INVALID_OPTION', 'give industry (with fiscalYear) or rate', { field: 'industry' });
  }
  let n: string;
  if (o['nonOccupationalRate'] !== undefined) {
    n = assertRate(o['nonOccupationalRate'], 'nonOccupationalRate');
  } else {
    if (!time) throw new InvalidInputError('INVALID_OPTION', 'give nonOccupationalRate, or fiscalYear / date to take it from the table', { field: 'nonOccupationalRate' });
    const p = time.date !== undefined ? periodOn(time.table.workersCompensation, time.date, '非業務災害率', time.fiscalYear) : onlyPeriod(time.table.workersCompensation, '非業務災害率', time.fiscalYear, 'pass a date');
    n = p.nonOccupationalRate.rate;
    sources.push(...citations(time.table, p.nonOccupationalRate.sources));
  }
  const ctx: RateContext = { rate, nonOccupationalRate: n, sources };
  if (time) {
    ctx.table = time.table;
    ctx.fiscalYear = time.fiscalYear;
  }
  if (industry) ctx.industry = industry;
  if (legalBasis !== undefined) ctx.legalBasis = legalBasis;
  return ctx;
}

/**
 * メリット制 (継続事業, 徴収法12条3項): the adjusted 労災保険率 = (r − 非業務災害率) × (100 + m)/100 +
 * 非業務災害率, exact — the 非業務災害率 part (通勤災害等) is not adjusted. `m` must be a multiple of 5
 * within the scheme's bound (±40% for 継続事業). The result is a per-mille decimal string with no rounding
 * (the premium's truncation is the only rounding); pass it to `laborInsurancePremium` as
 * `workersCompensationRate`, or to `specialEnrollmentPremium` (第1種) as `rate`.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION` (m not a multiple of 5 or out of range), `INVALID_RATE`
 *   (also when r is below the 非業務災害率), `UNKNOWN_INDUSTRY`; {@link RateTableError} `NO_RATE_TABLE`.
 *
 * @example
 * ```ts
 * import { meritRate } from 'jp-labor-insurance';
 * console.log(meritRate({ rate: '5.5', fiscalYear: 2025, adjustmentPercent: 35 }).rate); //=> '7.215'
 * console.log(meritRate({ industry: '98', fiscalYear: 2025, adjustmentPercent: -40 }).rate); //=> '2.04'
 * console.log(meritRate({ rate: '8', nonOccupationalRate: '0.9', adjustmentPercent: -40 }).rate); //=> '5.16'
 * ```
 */
export function meritRate(input: MeritRateInput): MeritRate {
  const o = assertObject(input, 'meritRate');
  const scheme = assertScheme(o['scheme']);
  const ctx = rateContext(o);
  const data = meritFor(ctx.fiscalYear, o['rates'] as RatesOption | undefined); // a custom table's merit block overrides
  const limit = data.limits[scheme];
  const m = o['adjustmentPercent'];
  if (typeof m !== 'number' || !Number.isInteger(m) || m % 5 !== 0 || Math.abs(m) > limit) {
    throw new InvalidInputError('INVALID_OPTION', `adjustmentPercent must be a multiple of 5 from −${limit} to +${limit} for the ${scheme} scheme (got ${formatValue(m)})`, { field: 'adjustmentPercent', value: m, limit });
  }
  const r = dec(ctx.rate);
  const n = dec(ctx.nonOccupationalRate);
  if (r.lt(n)) {
    throw new InvalidInputError('INVALID_RATE', `rate ${ctx.rate} is below the 非業務災害率 ${ctx.nonOccupationalRate}`, { field: 'rate', value: ctx.rate });
  }
  const occupational = r.minus(n);
  const adjusted = occupational.times(100 + m).div(100);
  const result = adjusted.plus(n);
  const trace: TraceStep[] = [
    step('merit.occupational', occupational.toString(), `労災保険率 ${ctx.rate} − 非業務災害率 ${ctx.nonOccupationalRate} = ${occupational.toString()}/1000`, `rate ${ctx.rate} − non-occupational rate ${ctx.nonOccupationalRate} = ${occupational.toString()}/1000`, '徴収法12条3項'),
    step('merit.adjust', adjusted.toString(), `${occupational.toString()} × (100 ${m >= 0 ? '+' : '−'} ${Math.abs(m)})/100 = ${adjusted.toString()}`, `${occupational.toString()} × (100 ${m >= 0 ? '+' : '−'} ${Math.abs(m)})/100 = ${adjusted.toString()}`, '徴収法12条3項'),
    step('merit.rate', result.toString(), `${adjusted.toString()} + 非業務災害率 ${ctx.nonOccupationalRate} = メリット改定後の労災保険率 ${result.toString()}/1000`, `${adjusted.toString()} + ${ctx.nonOccupationalRate} = merit-adjusted rate ${result.toString()}/1000`, '徴収法12条3項'),
  ];
  const out: MeritRate = {
    rate: result.toString(),
    baseRate: ctx.rate,
    nonOccupationalRate: ctx.nonOccupationalRate,
    adjustmentPercent: m,
    scheme,
    legalBasis: '徴収法12条3項',
    sources: [...new Set([...ctx.sources, ...meritSources(['mhlw_2004_formula', ...data.limits.sources], data)])],
    trace,
  };
  if (ctx.industry) out.industry = ctx.industry;
  if (ctx.fiscalYear !== undefined) out.fiscalYear = ctx.fiscalYear;
  return out;
}

/**
 * A メリット収支率 in percent: a decimal string (`'75'`, `'74.99'`), a safe integer, or an exact ratio
 * `{ numerator, denominator }` whose value × 100 is the percent (benefits ÷ adjusted premium).
 */
export type BalanceRatioInput = string | number | { numerator: string | number | bigint; denominator: string | number | bigint };

/** Result of {@link meritAdjustmentFromBalanceRatio}. */
export interface MeritAdjustment {
  /** メリット増減率 (%). */
  adjustmentPercent: number;
  /** The 収支率 in percent as a decimal string (display; a ratio is shown to 30 decimals). */
  ratioPercent: string;
  /** The row: `over` < ratio ≤ `upTo` (percent; `null` for the open ends). */
  interval: { overPercent: string | null; upToPercent: string | null };
  legalBasis: string;
  status: string;
  sources: string[];
  trace: TraceStep[];
}

function exactNonNegative(v: unknown, field: string): Decimal {
  if (typeof v === 'bigint' && v >= 0n) return dec(v);
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return dec(v);
  if (isDecimalString(v)) return dec(v);
  throw new InvalidInputError('INVALID_OPTION', `${field} must be a non-negative decimal string, safe integer or bigint (got ${formatValue(v)})`, { field, value: v });
}

/**
 * メリット増減率 for a メリット収支率 (継続事業 table, 徴収則 別表第3): rows are "超 … まで", so a ratio
 * exactly on a bound takes the lower row (75% → −5, 85% → 0, 10% → −40). The comparison is exact; give
 * the ratio as a decimal string or as `{ numerator, denominator }` rather than a float.
 *
 * @example
 * ```ts
 * import { meritAdjustmentFromBalanceRatio } from 'jp-labor-insurance';
 * console.log(meritAdjustmentFromBalanceRatio('75').adjustmentPercent, meritAdjustmentFromBalanceRatio('85').adjustmentPercent); //=> -5 0
 * console.log(meritAdjustmentFromBalanceRatio({ numerator: 3, denominator: 4 }).adjustmentPercent); //=> -5
 * console.log(meritAdjustmentFromBalanceRatio('150.01').adjustmentPercent); //=> 40
 * ```
 */
export function meritAdjustmentFromBalanceRatio(ratio: BalanceRatioInput): MeritAdjustment {
  let num: Decimal;
  let den: Decimal;
  if (typeof ratio === 'object' && ratio !== null) {
    ratio = assertObject(ratio, 'meritAdjustmentFromBalanceRatio') as unknown as BalanceRatioInput; // guard: read once
    num = exactNonNegative((ratio as { numerator: unknown }).numerator, 'numerator').times(100);
    den = exactNonNegative((ratio as { denominator: unknown }).denominator, 'denominator');
    if (den.eq(0)) throw new InvalidInputError('INVALID_OPTION', 'denominator must not be 0', { field: 'denominator' });
  } else {
    num = exactNonNegative(ratio, 'ratio');
    den = dec(1);
  }
  const table = meritData.continuous;
  let over: string | null = null;
  let chosen = table.rows[table.rows.length - 1]!;
  for (const row of table.rows) {
    if (row.upToPercent === null || num.lte(dec(row.upToPercent).times(den))) {
      chosen = row;
      break;
    }
    over = row.upToPercent;
  }
  const ratioPercent = den.eq(1) ? num.toString() : num.div(den).toString();
  const range = `${over === null ? '' : `${over}%超`}${chosen.upToPercent === null ? '' : `${chosen.upToPercent}%まで`}`;
  const trace = [
    step('merit.ratio', chosen.adjustmentPercent, `メリット収支率 ${ratioPercent}% は「${range}」→ 増減率 ${chosen.adjustmentPercent}%`, `balance ratio ${ratioPercent}% is in (${over ?? '−∞'}, ${chosen.upToPercent ?? '∞'}] → adjustment ${chosen.adjustmentPercent}%`, table.legalBasis),
  ];
  return {
    adjustmentPercent: chosen.adjustmentPercent,
    ratioPercent,
    interval: { overPercent: over, upToPercent: chosen.upToPercent },
    legalBasis: table.legalBasis,
    status: table.status,
    sources: meritSources(table.sources),
    trace,
  };
}

/** Input of {@link meritEligibility}. */
export interface MeritEligibilityInput {
  /** Number of workers (労働者数) in the year. */
  workers: number;
  /** 業種番号 (with `fiscalYear` / `date`), or the 労災保険率 per 1000 as `rate`. */
  industry?: string;
  rate?: string;
  nonOccupationalRate?: string;
  fiscalYear?: number;
  date?: DateInput;
  rates?: RatesOption;
}

/** Result of {@link meritEligibility}. */
export interface MeritEligibility {
  eligible: boolean;
  /** Why: `workers` (≥ 100), `disasterCoefficient` (20–99 and 災害度係数 ≥ 0.4), `tooFew` (< 20), `lowCoefficient`. */
  reason: 'workers' | 'disasterCoefficient' | 'tooFew' | 'lowCoefficient';
  workers: number;
  /** 災害度係数 = workers × (r − 非業務災害率) / 1000, exact. */
  disasterCoefficient: string;
  rate: string;
  nonOccupationalRate: string;
  legalBasis: string;
  /** What this test does not check: three consecutive years and three years of 保険関係. */
  note: string;
  sources: string[];
  trace: TraceStep[];
}

/**
 * One year's メリット制 size test for a 継続事業: 100 workers or more; or 20–99 workers with
 * 災害度係数 = workers × (労災保険率 − 非業務災害率) ≥ 0.4 (rates as fractions). The business must meet
 * it in each of 3 consecutive 保険年度, with the 保険関係 in place for 3 years at the last one's 31 March —
 * call it once per year; those conditions are the caller's.
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
  const ctx = rateContext(o);
  const data = meritFor(ctx.fiscalYear, o['rates'] as RatesOption | undefined); // a custom table's merit block overrides
  const e = data.eligibility;
  const occupational = dec(ctx.rate).minus(dec(ctx.nonOccupationalRate));
  if (occupational.lt(0)) throw new InvalidInputError('INVALID_RATE', `rate ${ctx.rate} is below the 非業務災害率 ${ctx.nonOccupationalRate}`, { field: 'rate', value: ctx.rate });
  const coefficient = dec(w).times(occupational).div(1000);
  const threshold = dec(e.disasterCoefficientMin);
  let reason: MeritEligibility['reason'];
  if (w >= e.workersAlways) reason = 'workers';
  else if (w < e.workersMin) reason = 'tooFew';
  else reason = coefficient.gte(threshold) ? 'disasterCoefficient' : 'lowCoefficient';
  const eligible = reason === 'workers' || reason === 'disasterCoefficient';
  const trace: TraceStep[] = [
    step('merit.coefficient', coefficient.toString(), `災害度係数 = ${w} × (${ctx.rate} − ${ctx.nonOccupationalRate})/1000 = ${coefficient.toString()}`, `disaster coefficient = ${w} × (${ctx.rate} − ${ctx.nonOccupationalRate})/1000 = ${coefficient.toString()}`, e.legalBasis),
    step(
      'merit.eligibility',
      String(eligible),
      reason === 'workers' ? `労働者数 ${w} ≥ 100 → 適用` : reason === 'tooFew' ? `労働者数 ${w} < 20 → 非適用` : `労働者数 20〜99、災害度係数 ${coefficient.toString()} ${eligible ? '≥' : '<'} 0.4 → ${eligible ? '適用' : '非適用'}`,
      reason === 'workers' ? `${w} workers ≥ 100 → eligible` : reason === 'tooFew' ? `${w} workers < 20 → not eligible` : `20–99 workers, coefficient ${coefficient.toString()} ${eligible ? '≥' : '<'} 0.4 → ${eligible ? 'eligible' : 'not eligible'}`,
      e.legalBasis,
    ),
  ];
  return {
    eligible,
    reason,
    workers: w,
    disasterCoefficient: coefficient.toString(),
    rate: ctx.rate,
    nonOccupationalRate: ctx.nonOccupationalRate,
    legalBasis: e.legalBasis,
    note: e.note,
    sources: [...new Set([...ctx.sources, ...meritSources(e.sources, data)])],
    trace,
  };
}
