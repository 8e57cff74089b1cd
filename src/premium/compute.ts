/**
 * The exact premium core (internal): 労働保険料 on bigint yen and integer ratios, with structured steps.
 * {@link laborInsurancePremium} is its public wrapper; composite calculations (年度更新, 増加概算,
 * 認定決定の見込み) call {@link computePremium} directly, so no figure goes bigint → number → bigint.
 * @internal
 * @module
 */
import { InvalidInputError } from '../core/errors.js';
import { weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { addRatios } from '../kernel/addRatios.js';
import { divideTruncate } from '../kernel/divideTruncate.js';
import { multiplyYen } from '../kernel/multiplyYen.js';
import { ratioFromPerMille } from '../kernel/ratioFromPerMille.js';
import { rationalToDecimal } from '../kernel/rationalToDecimal.js';
import { truncateToUnit } from '../kernel/truncateToUnit.js';
import type { Rational } from '../kernel/types.js';
import { employmentFor } from '../rates/areas/employment.js';
import { workersCompensationFor } from '../rates/areas/workersCompensation.js';
import { citations } from '../rates/periods.js';
import type { EmploymentCategory, EmploymentPeriod, RateTable, RatesOption, SourceMap, SourceStatus, WorkersCompensationPeriod } from '../rates/types.js';
import { assertCategory } from '../employment/category.js';
import { industryRateIn } from '../workers-compensation/industry.js';
import { assertCoverage, type Coverage } from './coverage.js';

// ───────────────────────────── inputs ─────────────────────────────

/**
 * The rate data a premium needs for one fiscal year: the 労災保険率表 periods and the 雇用保険率 periods,
 * each with the citations of its source keys. Build it with {@link premiumRatesFor} (bundled data or a
 * custom table, area by area) or {@link premiumRatesOf} (a whole {@link RateTable}). @internal
 */
export interface PremiumRates {
  readonly fiscalYear: number;
  readonly workersCompensation: { readonly periods: readonly WorkersCompensationPeriod[]; readonly sources: SourceMap };
  readonly employmentInsurance: { readonly periods: readonly EmploymentPeriod[]; readonly sources: SourceMap };
}

/**
 * Wages already parsed to bigint yen: one total (equal 労災 and 雇用 bases), or separate totals. A list
 * gives one total per 雇用保険 rate period (FY2022); a 労災 list of more than one total is the FY2022
 * 確定 per-period base (一元適用事業 only; for 労災-only coverage it is summed). @internal
 */
export type PremiumCoreWages =
  | bigint
  | {
      readonly workersCompensation?: bigint | readonly bigint[] | undefined;
      readonly employmentInsurance?: bigint | readonly bigint[] | undefined;
    };

/**
 * Input of {@link computePremium}. `industry`, `category`, `coverage` and `workersCompensationRate`
 * may be unvalidated (they are checked here, with the public codes: `UNKNOWN_INDUSTRY`,
 * `UNKNOWN_CATEGORY`, `INVALID_OPTION`, `INVALID_RATE`); the wages must already be bigints (parse
 * them with `parseYen`, or use {@link parsePremiumWages} in the wrapper). @internal
 */
export interface PremiumCoreInput {
  /** The year's rate data: {@link premiumRatesFor}, {@link premiumRatesOf}, or a {@link RateTable}. */
  readonly rates: PremiumRates | RateTable;
  /** Default `'both'`. */
  readonly coverage?: Coverage | undefined;
  /** 労災 業種番号; needed unless coverage is `'employmentInsurance'`. */
  readonly industry?: unknown;
  /** 雇用保険の事業区分; needed unless coverage is `'workersCompensation'`. */
  readonly category?: unknown;
  readonly wages: PremiumCoreWages;
  /** メリット-adjusted 労災保険率 per 1000 (a decimal string) replacing the table's rate. */
  readonly workersCompensationRate?: unknown;
}

// ───────────────────────────── results ─────────────────────────────

/** One rate period's figures (FY2022 has two): its own base × its rate, kept exact. @internal */
export interface CorePeriodPart {
  readonly from: string;
  readonly to: string;
  readonly wages: bigint;
  /** 算定基礎額 of the period (千円未満切捨て). */
  readonly base: bigint;
  /** Rate per 1000, as in the table. */
  readonly rate: string;
  /** base × rate, exact. */
  readonly exact: Rational;
  /** ⌊exact⌋, for display only (the part's amount truncates the exact sum once). */
  readonly amount: bigint;
}

/** The 労災 part. @internal */
export interface CoreWorkersCompensationPart {
  readonly wages: bigint;
  /** 算定基礎額 (the sum of the period bases when given per period). */
  readonly base: bigint;
  /** Rate per 1000 applied (the メリット rate when given). */
  readonly rate: string;
  readonly ratio: Rational;
  /** base × rate, exact (the sum of the period products when given per period). */
  readonly exact: Rational;
  /** The column's amount, including the display adjustment. */
  readonly amount: bigint;
  readonly industry: { readonly number: string; readonly name: string };
  readonly meritAdjusted: boolean;
  /** Status of the table's rate (see {@link PremiumCore.status}). */
  readonly status: SourceStatus;
  readonly legalBasis: string;
  /** FY2022 確定 with the 労災 wages per rate period. */
  readonly periods?: readonly CorePeriodPart[];
}

/** The 雇用 part. `rate` only when the year has one rate period. @internal */
export interface CoreEmploymentPart {
  readonly category: EmploymentCategory;
  readonly wages: bigint;
  readonly base: bigint;
  /** The single rate of the year; absent when the rate changed during the year (see `periods`). */
  readonly rate?: string;
  readonly exact: Rational;
  readonly amount: bigint;
  readonly periods: readonly CorePeriodPart[];
  readonly status: SourceStatus;
}

/**
 * Result of {@link computePremium}: every figure exact (bigint yen, rationals), the structured steps
 * and the contract fields; {@link laborInsurancePremium} converts it to numbers at the very end. @internal
 */
export interface PremiumCore {
  readonly fiscalYear: number;
  readonly coverage: Coverage;
  /** 労働保険料 (一般保険料), whole yen. */
  readonly amount: bigint;
  /** True when the bases were equal and the combined rate was applied with one truncation. */
  readonly combinedRate: boolean;
  /** Yen added to the 労災 column so the columns add up to the single truncation (0 or 1). */
  readonly displayAdjustment: bigint;
  readonly workersCompensation?: CoreWorkersCompensationPart;
  readonly employmentInsurance?: CoreEmploymentPart;
  readonly trace: TraceStep[];
  /** Citations of every rate used, deduplicated (then the FY2022 instructions for a split year). */
  readonly sources: string[];
  /** Statutes, ordinances and notices, deduplicated. */
  readonly legalBasis: string[];
  /** The weakest status of the rates used (a `derived` 労災 rate makes the premium `derived`). */
  readonly status: SourceStatus;
}

// ───────────────────────────── rate data ─────────────────────────────

/** The rate data of a fiscal year, area by area (a custom table from `rates` when it covers the year). @internal */
export function premiumRatesFor(fiscalYear: number, rates?: RatesOption): PremiumRates {
  const wc = workersCompensationFor(fiscalYear, rates);
  const ei = employmentFor(fiscalYear, rates);
  return { fiscalYear, workersCompensation: { periods: wc.value, sources: wc.sources }, employmentInsurance: { periods: ei.value, sources: ei.sources } };
}

/** The rate data of a whole {@link RateTable}. @internal */
export function premiumRatesOf(table: RateTable): PremiumRates {
  return {
    fiscalYear: table.fiscalYear,
    workersCompensation: { periods: table.workersCompensation, sources: table.sources },
    employmentInsurance: { periods: table.employmentInsurance, sources: table.sources },
  };
}

function ratesOf(rates: PremiumRates | RateTable): PremiumRates {
  return 'schemaVersion' in rates ? premiumRatesOf(rates) : rates;
}

// ───────────────────────────── legal texts ─────────────────────────────

/**
 * Where the FY2022 (令和4年度) period rule is written: the 令和4年度 申告書 instructions (概算保険料(雇用保険分)
 * 算定内訳 ※3: "(ホ)、(へ)については、1円未満の端数が生じた場合であってもその端数は切り捨てず、(ホ)+(へ)に
 * ついては…切り捨て") as quoted by these pages, and for the 令和4年度 確定 (令和5年度 年度更新) "保険料の端数は
 * 原則合算後に切り捨て". See docs/fy2022.md. @internal
 */
export const FY2022_SPLIT_SOURCES: readonly string[] = Object.freeze([
  'https://sr.gracelaw.jp/?p=888',
  'https://office-matsuda.jp/blog_articles/nendokoushin.html',
  'https://faq.freeway-japan.com/faq/show/6421',
  'https://office-sato.jp/archives/5003/law/2022/04',
  'https://www.advance-news.co.jp/column/2022/06/post-1785.html',
  'https://officekodama-sr.com/労働保険年度更新-令和５年度の変更点',
]);

/** The law cited for the single truncation of a multi-period premium. @internal */
export const FY2022_SPLIT_LAW =
  '端数計算法2条1項 (保険料の額に1円未満の端数 → 切捨て; 期間ごとの額は保険料の額ではないので切り捨てない); 厚生労働省『令和4年度 労働保険年度更新 申告書の書き方』概算保険料(雇用保険分)算定内訳 ※3';

/** 一般保険料の額 = 賃金総額 × 一般保険料率 (徴収法11条), 概算 (15条) and 確定 (19条). */
const PREMIUM_LAW = '徴収法11条・15条・19条';
/** 賃金総額の千円未満切捨て. */
const BASE_LAW = '徴収法15条1項1号';
/** 保険料の1円未満切捨て. */
const TRUNCATION_LAW = '端数計算法2条1項';
/** メリット制による労災保険率の改定. */
const MERIT_LAW = '徴収法12条3項';
const SPLIT_PARAMS = Object.freeze({ legalBasis: FY2022_SPLIT_LAW });

// ───────────────────────────── the legal steps ─────────────────────────────

/** Step 1 (労災保険率, 徴収法12条): the table's rate of the 業種, or the メリット-adjusted rate. */
function workersCompensationRate(rates: PremiumRates, industry: unknown, meritRate: unknown, trace: TraceStep[]) {
  const ind = industryRateIn({ fiscalYear: rates.fiscalYear, periods: rates.workersCompensation.periods, sources: rates.workersCompensation.sources }, industry);
  const merit = meritRate !== undefined;
  const rate = merit ? (meritRate as string) : ind.rate;
  const ratio = merit ? ratioFromPerMille(meritRate, 'workersCompensationRate') : ind.ratio;
  const legalBasis = merit ? MERIT_LAW : ind.legalBasis;
  trace.push(
    merit
      ? traceStep('wc.rate', 'premium.wcRateMerit', rate, { rate, industry: ind.number, industryNameJa: ind.name })
      : traceStep('wc.rate', 'premium.wcRate', rate, { rate, industry: ind.number, industryNameJa: ind.name, legalBasis }),
  );
  return { rate, ratio, industry: { number: ind.number, name: ind.name }, meritAdjusted: merit, legalBasis, sources: ind.sources, status: ind.status };
}

interface EiRate {
  from: string;
  to: string;
  rate: string;
  ratio: Rational;
  legalBasis: string;
  sources: string[];
  status: SourceStatus;
}

/** Step 2 (雇用保険率, 徴収法12条4項): the rate of the category in each rate period of the year. */
function employmentRates(rates: PremiumRates, category: EmploymentCategory, trace: TraceStep[]): EiRate[] {
  return rates.employmentInsurance.periods.map((p, i) => {
    const rate = p.categories[category].total;
    trace.push(traceStep(`ei.rate.${i}`, 'premium.eiRate', rate, { rate, from: p.from, to: p.to, legalBasis: p.legalBasis }));
    return {
      from: p.from,
      to: p.to,
      rate,
      ratio: ratioFromPerMille(rate, 'employmentInsurance rate'),
      legalBasis: p.legalBasis,
      sources: citations(rates.employmentInsurance, p.sources),
      status: p.status,
    };
  });
}

/** The wages, arranged: the 労災 total (and per-period totals), one 雇用 total per rate period. */
function arrangeWages(wages: PremiumCoreWages, wantWc: boolean, wantEi: boolean): { wc?: bigint; wcPeriods?: readonly bigint[]; ei?: readonly bigint[] } {
  if (typeof wages === 'bigint') return { ...(wantWc ? { wc: wages } : {}), ...(wantEi ? { ei: [wages] } : {}) };
  const out: { wc?: bigint; wcPeriods?: readonly bigint[]; ei?: readonly bigint[] } = {};
  if (wantWc) {
    const c = wages.workersCompensation;
    if (c === undefined) throw new InvalidInputError('INVALID_OPTION', 'wages.workersCompensation is required for 労災 coverage', { field: 'wages.workersCompensation' });
    if (typeof c === 'bigint') out.wc = c;
    else {
      out.wc = c.reduce((a, x) => a + x, 0n);
      // 二元適用事業 (労災 only): the 令和4年度 確定 is computed as usual, on the annual total.
      if (c.length !== 1 && wantEi) out.wcPeriods = c;
    }
  }
  if (wantEi) {
    const e = wages.employmentInsurance;
    if (e === undefined) throw new InvalidInputError('INVALID_OPTION', 'wages.employmentInsurance is required for 雇用保険 coverage', { field: 'wages.employmentInsurance' });
    out.ei = typeof e === 'bigint' ? [e] : e;
  }
  return out;
}

/** One wage total per 雇用保険 rate period: a single total in a split year is `RATE_PERIOD_SPLIT`. */
function assertPeriodCount(fiscalYear: number, periods: readonly { from: string; to: string }[], given: number, field: 'employmentInsurance' | 'workersCompensation'): void {
  if (given === periods.length) return;
  if (field === 'employmentInsurance' && given === 1 && periods.length > 1) {
    throw new InvalidInputError(
      'RATE_PERIOD_SPLIT',
      `雇用保険率 changed during FY${fiscalYear} (${periods.map((p) => `${p.from}..${p.to}`).join(', ')}): give wages.employmentInsurance as one total per period`,
      {
        fiscalYear,
        periods: periods.map((p) => ({ from: p.from, to: p.to })),
      },
    );
  }
  if (field === 'employmentInsurance')
    throw new InvalidInputError('INVALID_OPTION', `FY${fiscalYear} has ${periods.length} 雇用保険 rate period(s) but ${given} wage totals were given`, { fiscalYear });
  throw new InvalidInputError('INVALID_OPTION', `FY${fiscalYear} has ${periods.length} 雇用保険 rate period(s) but ${given} 労災 wage totals were given`, {
    fiscalYear,
    field: 'wages.workersCompensation',
  });
}

/** Step 3 (算定基礎額, 徴収法15条1項1号): the wage total truncated to 千円. */
function base(id: string, insurance: 'wc' | 'ei', wages: bigint, trace: TraceStep[], period?: { from: string; to: string }): bigint {
  const b = truncateToUnit(wages, 1000n);
  trace.push(
    period === undefined
      ? traceStep(`${id}.base`, 'premium.base', b, { insurance, wages: String(wages) })
      : traceStep(`${id}.base`, 'premium.basePeriod', b, { insurance, wages: String(wages), from: period.from, to: period.to }),
  );
  return b;
}

/** Step 4 (保険料, 端数計算法2条1項): base × rate, truncated to the yen. */
function part(id: string, insurance: 'wc' | 'ei', b: bigint, rate: string, ratio: Rational, trace: TraceStep[]): { exact: Rational; amount: bigint } {
  const exact = multiplyYen(b, ratio);
  const amount = divideTruncate(exact.numerator, exact.denominator);
  trace.push(traceStep(`${id}.premium`, 'premium.part', amount, { insurance, base: String(b), rate, exact: rationalToDecimal(exact) }));
  return { exact, amount };
}

function sumRationals(values: readonly Rational[]): Rational {
  let s: Rational = { numerator: 0n, denominator: 1n };
  for (const v of values) s = addRatios(s, v);
  return s;
}

/**
 * Step 4 in a year with several rate periods (FY2022): each period's base × its rate kept exact (1円未満
 * の端数は切り捨てず), the products added, and only the sum truncated to the yen.
 */
function periodSplit(
  insurance: 'wc' | 'ei',
  periods: readonly { from: string; to: string; wages: bigint; base: bigint; rate: string; ratio: Rational }[],
  trace: TraceStep[],
): { periods: CorePeriodPart[]; exact: Rational; amount: bigint } {
  const parts = periods.map((p, i): CorePeriodPart => {
    const exact = multiplyYen(p.base, p.ratio);
    trace.push(
      traceStep(`${insurance}.${i}.premium`, 'premium.periodExact', rationalToDecimal(exact), {
        insurance,
        from: p.from,
        to: p.to,
        base: String(p.base),
        rate: p.rate,
        ...SPLIT_PARAMS,
      }),
    );
    return { from: p.from, to: p.to, wages: p.wages, base: p.base, rate: p.rate, exact, amount: divideTruncate(exact.numerator, exact.denominator) };
  });
  const exact = sumRationals(parts.map((p) => p.exact));
  const amount = divideTruncate(exact.numerator, exact.denominator);
  trace.push(
    traceStep(`${insurance}.premium`, 'premium.periodSum', amount, {
      insurance,
      exacts: parts.map((p) => rationalToDecimal(p.exact)).join(' + '),
      exact: rationalToDecimal(exact),
      ...SPLIT_PARAMS,
    }),
  );
  return { periods: parts, exact, amount };
}

/** The combined rate per 1000 as a decimal string ('3' + '14.5' → '17.5'). */
function perMilleString(ratio: Rational): string {
  return rationalToDecimal({ numerator: ratio.numerator * 1000n, denominator: ratio.denominator });
}

/** Step 5 (内訳の調整): the 1-yen difference of the columns goes to the 労災 column. */
function displayAdjustment(total: bigint, wcAmount: bigint, eiAmount: bigint, trace: TraceStep[]): bigint {
  const difference = total - wcAmount - eiAmount;
  if (difference !== 0n) trace.push(traceStep('wc.display', 'premium.display', wcAmount + difference, { difference: String(difference) }));
  return difference;
}

// ───────────────────────────── the core ─────────────────────────────

/**
 * 労働保険料 (一般保険料) of a fiscal year, exactly — the core of {@link laborInsurancePremium}, for
 * composite calculations. Legal steps, in order:
 *
 * 1. 労災保険率 of the 業種 (or the メリット-adjusted rate, 徴収法12条3項);
 * 2. 雇用保険率 of the category, per rate period of the year;
 * 3. each 算定基礎額 = wages truncated to 千円 (徴収法15条1項1号), 労災 and 雇用 separately;
 * 4. each premium = base × rate truncated to the yen (端数計算法2条1項). When the 労災 and 雇用 bases
 *    are equal, the combined rate is applied and truncated once (MHLW 労働保険 FAQ Q1). In a year with
 *    several 雇用保険 rate periods (FY2022), each period's product is kept exact and only the sum is
 *    truncated (docs/fy2022.md); with the 労災 wages per period too and equal bases in every period, the
 *    whole premium is truncated once;
 * 5. with a single truncation, the 1-yen difference of the columns goes to the 労災 column (全国労保連).
 *
 * Signature (stable): `computePremium({ rates, coverage?, industry?, category?, wages, workersCompensationRate? })`
 * → {@link PremiumCore}. `rates` is {@link premiumRatesFor}`(fiscalYear, rates?)`, {@link premiumRatesOf}`(table)`
 * or a {@link RateTable}; `wages` are bigints ({@link PremiumCoreWages}). Everything returned is exact
 * (bigint, {@link Rational}); steps are structured ({@link TraceStep}; embed them with `prefixSteps`).
 *
 * @throws {@link InvalidInputError} `UNKNOWN_INDUSTRY`, `UNKNOWN_CATEGORY`, `INVALID_RATE` (merit rate),
 *   `INVALID_OPTION` (coverage, missing wages, period counts), `RATE_PERIOD_SPLIT` (one 雇用 total in a
 *   split year); {@link RateTableError} `RATE_NOT_KNOWN` when the year has no 労災保険率表 period.
 * @internal
 */
export function computePremium(input: PremiumCoreInput): PremiumCore {
  const rates = ratesOf(input.rates);
  const fiscalYear = rates.fiscalYear;
  const coverage = assertCoverage(input.coverage);
  const wages = arrangeWages(input.wages, coverage !== 'employmentInsurance', coverage !== 'workersCompensation');
  const trace: TraceStep[] = [];

  // Steps 1–2: the rates.
  const wc = coverage !== 'employmentInsurance' ? workersCompensationRate(rates, input.industry, input.workersCompensationRate, trace) : undefined;
  const category = coverage !== 'workersCompensation' ? assertCategory(input.category) : undefined;
  const eiRates = category !== undefined ? employmentRates(rates, category, trace) : undefined;
  const tablePeriods = rates.employmentInsurance.periods;
  if (eiRates !== undefined) assertPeriodCount(fiscalYear, tablePeriods, wages.ei!.length, 'employmentInsurance');
  if (wages.wcPeriods !== undefined) assertPeriodCount(fiscalYear, tablePeriods, wages.wcPeriods.length, 'workersCompensation');

  // Step 3: the bases.
  const wcPeriodBases = wc && wages.wcPeriods ? wages.wcPeriods.map((w, i) => base(`wc.${i}`, 'wc', w, trace, tablePeriods[i]!)) : undefined;
  const wcBase = wc ? (wcPeriodBases ? wcPeriodBases.reduce((a, b) => a + b, 0n) : base('wc', 'wc', wages.wc!, trace)) : undefined;
  const split = eiRates !== undefined && eiRates.length > 1;
  const eiBases = eiRates?.map((r, i) => base(`ei.${i}`, 'ei', wages.ei![i]!, trace, split ? r : undefined));

  // Steps 4–5: the premiums.
  const computed = premiums({ wc, wcBase, wcPeriodBases, wcPeriodWages: wages.wcPeriods, eiRates, eiBases, eiWages: wages.ei, tablePeriods }, trace);
  const cited = citationsOf(wc, eiRates, computed.periodRule);
  const eiStatus = weakestStatus(...(eiRates ?? []).map((r) => r.status));
  return {
    fiscalYear,
    coverage,
    amount: computed.total,
    combinedRate: computed.combined,
    displayAdjustment: computed.displayAdjustment,
    ...(wc && computed.wc ? { workersCompensation: workersCompensationPart(wc, wages.wc!, wcBase!, computed.wc) } : {}),
    ...(category !== undefined && computed.ei ? { employmentInsurance: employmentPart(category, computed.ei, eiStatus) } : {}),
    trace,
    sources: cited.sources,
    legalBasis: cited.legalBasis,
    status: weakestStatus(...(wc ? [wc.status] : []), eiStatus),
  };
}

/** The citations and the legal basis of every figure and rule used, deduplicated. */
function citationsOf(
  wc: { sources: readonly string[]; legalBasis: string } | undefined,
  eiRates: readonly EiRate[] | undefined,
  periodRule: boolean,
): { sources: string[]; legalBasis: string[] } {
  const sources = new Set<string>(wc?.sources);
  const legalBasis = new Set<string>([PREMIUM_LAW]);
  if (wc) legalBasis.add(wc.legalBasis);
  for (const r of eiRates ?? []) {
    r.sources.forEach((x) => sources.add(x));
    legalBasis.add(r.legalBasis);
  }
  if (eiRates !== undefined && eiRates.length > 1) FY2022_SPLIT_SOURCES.forEach((x) => sources.add(x));
  legalBasis.add(BASE_LAW);
  legalBasis.add(periodRule ? FY2022_SPLIT_LAW : TRUNCATION_LAW);
  legalBasis.delete('');
  return { sources: [...sources], legalBasis: [...legalBasis] };
}

function workersCompensationPart(wc: ReturnType<typeof workersCompensationRate>, wages: bigint, b: bigint, computed: NonNullable<Premiums['wc']>): CoreWorkersCompensationPart {
  return {
    wages,
    base: b,
    rate: wc.rate,
    ratio: wc.ratio,
    exact: computed.exact,
    amount: computed.amount,
    industry: wc.industry,
    meritAdjusted: wc.meritAdjusted,
    status: wc.status,
    legalBasis: wc.legalBasis,
    ...(computed.periods ? { periods: computed.periods } : {}),
  };
}

function employmentPart(category: EmploymentCategory, e: NonNullable<Premiums['ei']>, status: SourceStatus): CoreEmploymentPart {
  return {
    category,
    wages: e.periods.reduce((a, p) => a + p.wages, 0n),
    base: e.periods.reduce((a, p) => a + p.base, 0n),
    ...(e.periods.length === 1 ? { rate: e.periods[0]!.rate } : {}),
    exact: e.exact,
    amount: e.amount,
    periods: e.periods,
    status,
  };
}

interface PremiumsInput {
  wc: { rate: string; ratio: Rational } | undefined;
  wcBase: bigint | undefined;
  wcPeriodBases: readonly bigint[] | undefined;
  wcPeriodWages: readonly bigint[] | undefined;
  eiRates: readonly EiRate[] | undefined;
  eiBases: readonly bigint[] | undefined;
  eiWages: readonly bigint[] | undefined;
  tablePeriods: readonly { from: string; to: string }[];
}

interface Premiums {
  total: bigint;
  combined: boolean;
  /** True when a period rule (FY2022: truncate only the sum) was applied. */
  periodRule: boolean;
  displayAdjustment: bigint;
  wc?: { exact: Rational; amount: bigint; periods?: CorePeriodPart[] };
  ei?: { exact: Rational; amount: bigint; periods: CorePeriodPart[] };
}

/** Steps 4 and 5: the premium of each part and the total, by the case the bases make. */
function premiums(x: PremiumsInput, trace: TraceStep[]): Premiums {
  const { wc, wcPeriodBases, eiRates, eiBases } = x;
  // FY2022 確定 with the 労災 wages per period too: equal bases in every period → one truncation of the whole.
  if (wc && wcPeriodBases && eiBases && eiRates!.length > 1 && wcPeriodBases.every((b, i) => b === eiBases[i])) return equalBasesPerPeriod(x, trace);
  // Equal bases, one rate period: the combined rate, one truncation.
  if (wc && !wcPeriodBases && eiRates && eiRates.length === 1 && x.wcBase === eiBases![0]) return equalBases(x, trace);
  return separateBases(x, trace);
}

function eiPeriodInputs(x: PremiumsInput) {
  return x.eiRates!.map((r, i) => ({ from: r.from, to: r.to, wages: x.eiWages![i]!, base: x.eiBases![i]!, rate: r.rate, ratio: r.ratio }));
}

function wcPeriodInputs(x: PremiumsInput) {
  return x.wcPeriodBases!.map((b, i) => ({ from: x.tablePeriods[i]!.from, to: x.tablePeriods[i]!.to, wages: x.wcPeriodWages![i]!, base: b, rate: x.wc!.rate, ratio: x.wc!.ratio }));
}

/** FY2022 確定, equal 労災 and 雇用 bases in every period: the exact products of both summed, truncated once. */
function equalBasesPerPeriod(x: PremiumsInput, trace: TraceStep[]): Premiums {
  const w = periodSplit('wc', wcPeriodInputs(x), trace);
  const e = periodSplit('ei', eiPeriodInputs(x), trace);
  const exact = addRatios(w.exact, e.exact);
  const total = divideTruncate(exact.numerator, exact.denominator);
  trace.push(
    traceStep('total', 'premium.combinedTotalPeriods', total, {
      wcExact: rationalToDecimal(w.exact),
      eiExact: rationalToDecimal(e.exact),
      exact: rationalToDecimal(exact),
      ...SPLIT_PARAMS,
    }),
  );
  const adjustment = displayAdjustment(total, w.amount, e.amount, trace);
  return { total, combined: true, periodRule: true, displayAdjustment: adjustment, wc: { exact: w.exact, amount: w.amount + adjustment, periods: w.periods }, ei: e };
}

/** Equal bases, one rate period: base × (労災保険率 + 雇用保険率), truncated once; the columns shown separately. */
function equalBases(x: PremiumsInput, trace: TraceStep[]): Premiums {
  const wc = x.wc!;
  const r = x.eiRates![0]!;
  const b = x.wcBase!;
  const combinedRatio = addRatios(wc.ratio, r.ratio);
  const exact = multiplyYen(b, combinedRatio);
  const total = divideTruncate(exact.numerator, exact.denominator);
  trace.push(traceStep('total', 'premium.combinedTotal', total, { base: String(b), rate: perMilleString(combinedRatio), exact: rationalToDecimal(exact) }));
  const w = part('wc', 'wc', b, wc.rate, wc.ratio, trace);
  const e = part('ei.0', 'ei', b, r.rate, r.ratio, trace);
  const adjustment = displayAdjustment(total, w.amount, e.amount, trace);
  const period: CorePeriodPart = { from: r.from, to: r.to, wages: x.eiWages![0]!, base: b, rate: r.rate, exact: e.exact, amount: e.amount };
  return {
    total,
    combined: true,
    periodRule: false,
    displayAdjustment: adjustment,
    wc: { exact: w.exact, amount: w.amount + adjustment },
    ei: { exact: e.exact, amount: e.amount, periods: [period] },
  };
}

/** Separate bases: each part truncated on its own (a split year's part: only the sum of its periods). */
function separateBases(x: PremiumsInput, trace: TraceStep[]): Premiums {
  const { wc, eiRates } = x;
  const eiSplit = eiRates !== undefined && eiRates.length > 1;
  let wcPart: Premiums['wc'];
  if (wc) wcPart = x.wcPeriodBases ? periodSplit('wc', wcPeriodInputs(x), trace) : part('wc', 'wc', x.wcBase!, wc.rate, wc.ratio, trace);
  let eiPart: Premiums['ei'];
  if (eiRates && eiSplit) eiPart = periodSplit('ei', eiPeriodInputs(x), trace);
  else if (eiRates) {
    const r = eiRates[0]!;
    const b = x.eiBases![0]!;
    const e = part('ei.0', 'ei', b, r.rate, r.ratio, trace);
    eiPart = { exact: e.exact, amount: e.amount, periods: [{ from: r.from, to: r.to, wages: x.eiWages![0]!, base: b, rate: r.rate, exact: e.exact, amount: e.amount }] };
  }
  const total = (wcPart?.amount ?? 0n) + (eiPart?.amount ?? 0n);
  trace.push(traceStep('total', 'premium.total', total));
  return {
    total,
    combined: false,
    periodRule: eiSplit || x.wcPeriodBases !== undefined,
    displayAdjustment: 0n,
    ...(wcPart ? { wc: wcPart } : {}),
    ...(eiPart ? { ei: eiPart } : {}),
  };
}
