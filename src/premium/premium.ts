import { assertFiscalYear } from '../core/dates.js';
import { InvalidInputError } from '../core/errors.js';
import { assertObject } from '../core/options.js';
import type { TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { rationalToDecimal } from '../kernel/rationalToDecimal.js';
import type { EmploymentCategory } from '../employment/category.js';
import type { RatesOption } from '../rates/registry.js';
import type { SourceStatus } from '../rates/types.js';
import { computePremium, premiumRatesFor, type CorePeriodPart, type PremiumCore, type PremiumCoreWages } from './compute.js';
import { assertCoverage, type Coverage } from './coverage.js';

export type { Coverage };

/** Wages of the year: one total (same base for both insurances) or separate bases. */
export type PremiumWages =
  | YenInput
  | {
      /**
       * 労災保険 wage total (all workers). For the FY2022 確定 of a 一元適用事業, one total per rate period, in
       * order: the 令和5年度 instructions compute the 労災 base per period too (docs/fy2022.md).
       */
      workersCompensation?: YenInput | readonly YenInput[];
      /**
       * 雇用保険 wage total (insured workers only); in a year whose rate changed (FY2022), one
       * total per rate period, in order.
       */
      employmentInsurance?: YenInput | readonly YenInput[];
    };

/** Input of {@link laborInsurancePremium}. */
export interface PremiumInput {
  /** 保険年度 whose rates apply (the year of the wages: 確定 of last year, 概算 of this year). */
  fiscalYear: number;
  /** 労災 業種番号 ('98' 卸売業・小売業…, '94' その他の各種事業). Not needed for employment-only coverage. */
  industry?: string;
  /** 雇用保険の事業区分. Not needed for 労災-only coverage. */
  category?: EmploymentCategory;
  wages: PremiumWages;
  /** Default 'both'. */
  coverage?: Coverage;
  /** A メリット-adjusted 労災保険率 per 1000 replacing the table's rate for this business. */
  workersCompensationRate?: string;
  rates?: RatesOption;
}

/** One insurance's part of the premium. */
export interface PremiumPart {
  /** Wage total as given. */
  wages: number;
  /** 算定基礎額: wages truncated to 千円. */
  base: number;
  /** Rate per 1000. */
  rate: string;
  /** Exact base × rate. */
  exact: string;
  /** The amount shown for this part (円未満切捨て; with equal bases, may carry the +1 display adjustment). */
  amount: number;
}

/**
 * A rate period's part (FY2022 has two). Its `amount` is its exact product truncated, for display:
 * the part's own amount truncates the exact sum of the periods once (docs/fy2022.md).
 */
export interface EmploymentPeriodPart extends PremiumPart {
  from: string;
  to: string;
}

/** The 労災保険分 of a {@link Premium}. */
export interface WorkersCompensationPremiumPart extends PremiumPart {
  industry: { number: string; name: string };
  meritAdjusted: boolean;
  /** Status of the table's 労災保険率 of the 業種 (`derived` for a rate that follows from a revision's scope). */
  status: SourceStatus;
  /** FY2022 確定 (一元適用) with the 労災 wages given per rate period: each period's base and exact premium. */
  periods?: EmploymentPeriodPart[];
}

/**
 * The employment-insurance part of a {@link Premium}. `rate` is the year's single rate; a year whose rate changed
 * (FY2022) has none: each of its `periods` carries its own.
 */
export interface EmploymentPremiumPart extends Omit<PremiumPart, 'rate'> {
  /** Rate per 1000, when the year has one rate period; absent for a split year. */
  rate?: string;
  category: EmploymentCategory;
  periods: EmploymentPeriodPart[];
  /** Weakest status of the employment-insurance rates used. */
  status: SourceStatus;
}

/** Result of {@link laborInsurancePremium}. */
export interface Premium {
  fiscalYear: number;
  coverage: Coverage;
  /** 労災保険分, absent for employment-only coverage. */
  workersCompensation?: WorkersCompensationPremiumPart;
  /** 雇用保険分, absent for 労災-only coverage. */
  employmentInsurance?: EmploymentPremiumPart;
  /** 労働保険料 (一般保険料), whole yen — the headline figure. */
  amount: number;
  /** True when the bases were equal and the combined rate was applied with one truncation. */
  combinedRate: boolean;
  /** Yen added to the 労災 column so the columns add up to the single-truncation total (0 or 1). */
  displayAdjustment: number;
  /** Citations of every rate used, deduplicated. */
  sources: string[];
  /** Statutes, ordinances and notices the premium rests on, deduplicated. */
  legalBasis: string[];
  /** The weakest status of the rates used: a 労災保険率 marked `derived` in the data makes the premium `derived`. */
  status: SourceStatus;
  /** Structured steps; render them with {@link explain}. */
  trace: TraceStep[];
}

/**
 * 労働保険料 (一般保険料) for a fiscal year = 賃金総額 × (労災保険率 + 雇用保険率), with the legal
 * truncations: each base to 千円 (徴収法15条), each premium to 円 (端数計算法2条). When the 労災 and
 * 雇用 bases are equal the combined rate is applied and truncated once, and the 1-yen difference of
 * the columns goes to the 労災 column (MHLW FAQ; 全国労保連). Use it for 確定保険料 (last year's
 * actual wages) and 概算保険料 (this year's estimate) alike. FY2022: docs/fy2022.md.
 *
 * @throws {@link InvalidInputError} `RATE_PERIOD_SPLIT` when a year with two 雇用保険 rate periods
 *   (FY2022) gets a single 雇用 wage total; `UNKNOWN_INDUSTRY`, `UNKNOWN_CATEGORY`, `INVALID_OPTION`,
 *   the `AMOUNT_*` codes; {@link RateTableError} `NO_RATE_TABLE`.
 *
 * @example
 * ```ts
 * import { laborInsurancePremium } from 'jp-labor-insurance';
 * // MHLW pamphlet, 小売業 FY2025: 200,000 × 12 + 450,000 × 2
 * const p = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000 });
 * console.log(p.amount, p.workersCompensation?.amount, p.employmentInsurance?.amount); //=> 57750 9900 47850
 * // the FY2024+ 労災保険率 of 業種 98 is marked derived in the data, so the premium is too
 * console.log(p.status, p.legalBasis.includes('徴収法15条1項1号')); //=> 'derived' true
 * ```
 */
export function laborInsurancePremium(input: PremiumInput): Premium {
  const o = assertObject(input, 'laborInsurancePremium'); // guard: an object, read once
  const fiscalYear = assertFiscalYear(o['fiscalYear']);
  const coverage = assertCoverage(o['coverage']);
  const rates = premiumRatesFor(fiscalYear, o['rates'] as RatesOption | undefined);
  const wages = parsePremiumWages(o['wages'], coverage);
  const core = computePremium({ rates, coverage, industry: o['industry'], category: o['category'], wages, workersCompensationRate: o['workersCompensationRate'] });
  return premiumToNumbers(core);
}

/**
 * Parses the public {@link PremiumWages} to bigint yen (only the parts the coverage needs; a missing
 * part is `INVALID_OPTION`). @internal
 */
export function parsePremiumWages(wages: unknown, coverage: Coverage): PremiumCoreWages {
  if (typeof wages !== 'object' || wages === null) return parseYen(wages, 'wages');
  const w = wages as { workersCompensation?: unknown; employmentInsurance?: unknown };
  const one = (value: unknown, field: string): bigint | bigint[] | undefined => {
    if (value === undefined)
      throw new InvalidInputError('INVALID_OPTION', `${field} is required for ${field.endsWith('workersCompensation') ? '労災' : '雇用保険'} coverage`, { field });
    return Array.isArray(value) ? value.map((x: unknown, i) => parseYen(x, `${field}[${i}]`)) : parseYen(value, field);
  };
  return {
    ...(coverage !== 'employmentInsurance' ? { workersCompensation: one(w.workersCompensation, 'wages.workersCompensation') } : {}),
    ...(coverage !== 'workersCompensation' ? { employmentInsurance: one(w.employmentInsurance, 'wages.employmentInsurance') } : {}),
  };
}

function periodToNumbers(p: CorePeriodPart, field: string): EmploymentPeriodPart {
  return {
    from: p.from,
    to: p.to,
    wages: yenToNumber(p.wages, field),
    base: yenToNumber(p.base, 'base'),
    rate: p.rate,
    exact: rationalToDecimal(p.exact),
    amount: yenToNumber(p.amount, 'amount'),
  };
}

/** The public, number-typed form of a {@link PremiumCore} (the only bigint → number conversion). @internal */
export function premiumToNumbers(core: PremiumCore): Premium {
  const result: Premium = {
    fiscalYear: core.fiscalYear,
    coverage: core.coverage,
    amount: yenToNumber(core.amount, 'amount'),
    combinedRate: core.combinedRate,
    displayAdjustment: Number(core.displayAdjustment),
    sources: core.sources,
    legalBasis: core.legalBasis,
    status: core.status,
    trace: core.trace,
  };
  const wc = core.workersCompensation;
  if (wc) {
    result.workersCompensation = {
      wages: yenToNumber(wc.wages, 'wages.workersCompensation'),
      base: yenToNumber(wc.base, 'base'),
      rate: wc.rate,
      exact: rationalToDecimal(wc.exact),
      amount: yenToNumber(wc.amount, 'amount'),
      industry: { number: wc.industry.number, name: wc.industry.name },
      meritAdjusted: wc.meritAdjusted,
      status: wc.status,
      ...(wc.periods ? { periods: wc.periods.map((p) => periodToNumbers(p, 'wages.workersCompensation')) } : {}),
    };
  }
  const ei = core.employmentInsurance;
  if (ei) {
    result.employmentInsurance = {
      wages: yenToNumber(ei.wages, 'wages.employmentInsurance'),
      base: yenToNumber(ei.base, 'base'),
      ...(ei.rate !== undefined ? { rate: ei.rate } : {}),
      exact: rationalToDecimal(ei.exact),
      amount: yenToNumber(ei.amount, 'amount'),
      category: ei.category,
      periods: ei.periods.map((p) => periodToNumbers(p, 'wages.employmentInsurance')),
      status: ei.status,
    };
  }
  return result;
}
