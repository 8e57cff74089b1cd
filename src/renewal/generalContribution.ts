import { assertFiscalYear } from '../core/dates.js';
import { InvalidInputError } from '../core/errors.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { divideTruncate } from '../kernel/divideTruncate.js';
import { multiplyYen } from '../kernel/multiplyYen.js';
import { ratioFromPerMille } from '../kernel/ratioFromPerMille.js';
import { rationalToDecimal } from '../kernel/rationalToDecimal.js';
import { truncateToUnit } from '../kernel/truncateToUnit.js';
import { generalContributionFor } from '../rates/areas/generalContribution.js';
import { citations, onlyPeriod } from '../rates/periods.js';
import type { GeneralContributionPeriod, RatesOption, SourceStatus } from '../rates/types.js';
import type { Rational } from '../kernel/types.js';
import type { Coverage } from '../premium/premium.js';
import { assertObject, oneOf } from './shared.js';

/** Input of {@link generalContribution}. */
export interface GeneralContributionInput {
  /**
   * The fiscal year whose wages are the base and whose rate applies — the year of the 確定保険料 (for the
   * 年度更新 filed in FY2025, pass 2024).
   */
  fiscalYear: number;
  /** That year's 労災保険 wage total (all workers), or `{ workersCompensation }`. */
  wages: YenInput | { workersCompensation?: YenInput };
  /**
   * Default `'both'`. `'employmentInsurance'` (a 雇用保険のみ declaration) owes no 一般拠出金: the result is
   * 0 with `applicable: false` and a reason.
   */
  coverage?: Coverage;
  rates?: RatesOption;
}

/** Result of {@link generalContribution}. */
export interface GeneralContribution {
  fiscalYear: number;
  /** False for a 雇用保険のみ declaration (nothing is declared). */
  applicable: boolean;
  /** Why nothing is owed, when `applicable` is false. */
  reason?: string;
  /** 労災 wage total as given (0 when not applicable). */
  wages: number;
  /** 算定基礎額: wages truncated to 千円. */
  base: number;
  /** 一般拠出金率 per 1000 ("0.02"). */
  rate: string;
  /** Exact base × rate. */
  exact: string;
  /** 一般拠出金 (円未満切捨て). Paid in full with the 確定保険料 — never by instalments. */
  amount: number;
  legalBasis: string[];
  sources: string[];
  /** The status of the 一般拠出金率 used. */
  status: SourceStatus;
  trace: TraceStep[];
}

/** The 一般拠出金 on bigint yen, with the public result. @internal */
export interface GeneralContributionOf {
  amount: bigint;
  base: bigint;
  result: GeneralContribution;
}

const GC_BASE_LAW = '石綿法38条 (徴収法15条1項1号の準用)';
const GC_NONE_LAW = '福島労働局「一般拠出金の申告・納付」';

interface RateOf {
  period: GeneralContributionPeriod;
  sources: readonly string[];
  ratio: Rational;
}

// The bundled data is frozen: its rate, citations and ratio are looked up once per year.
const BUNDLED = new Map<number, RateOf>();

function rateOf(fiscalYear: number, rates: RatesOption | undefined): RateOf {
  const cached = rates === undefined ? BUNDLED.get(fiscalYear) : undefined;
  if (cached !== undefined) return cached;
  const table = generalContributionFor(fiscalYear, rates);
  const period = onlyPeriod(table.value, '一般拠出金率', fiscalYear, 'give a custom table with one 一般拠出金 period');
  const r: RateOf = { period, sources: Object.freeze(citations(table, period.sources)), ratio: ratioFromPerMille(period.rate, 'generalContribution.rate') };
  if (rates === undefined) BUNDLED.set(fiscalYear, r);
  return r;
}

/**
 * ⌊⌊wages⌋₁₀₀₀ × rate⌋ on the kernels, for the composite 年度更新 (which passes the bigint 労災 wages of the
 * 確定保険料). @internal
 */
export function generalContributionOf(fiscalYear: number, wages: bigint, coverage: Coverage, rates: RatesOption | undefined): GeneralContributionOf {
  const { period, sources: cited, ratio } = rateOf(fiscalYear, rates);
  const sources = [...cited];
  if (coverage === 'employmentInsurance') {
    const reason = '雇用保険のみ成立の事業主は一般拠出金の申告・納付の対象外 (employment-insurance-only declarations owe no general contribution)';
    const result: GeneralContribution = {
      fiscalYear,
      applicable: false,
      reason,
      wages: 0,
      base: 0,
      rate: period.rate,
      exact: '0',
      amount: 0,
      legalBasis: [period.legalBasis, GC_NONE_LAW],
      sources,
      status: period.status,
      trace: [traceStep('gc.notApplicable', 'renewal.gcNotApplicable', '0')],
    };
    return { amount: 0n, base: 0n, result };
  }
  const base = truncateToUnit(wages, 1000n);
  const product = multiplyYen(base, ratio);
  const amount = divideTruncate(product.numerator, product.denominator);
  const exact = rationalToDecimal(product);
  const baseS = String(base);
  const result: GeneralContribution = {
    fiscalYear,
    applicable: true,
    wages: yenToNumber(wages, 'wages'),
    base: yenToNumber(base, 'base'),
    rate: period.rate,
    exact,
    amount: yenToNumber(amount, 'amount'),
    legalBasis: period.legalBasis === GC_BASE_LAW ? [GC_BASE_LAW] : [period.legalBasis, GC_BASE_LAW],
    sources,
    status: period.status,
    trace: [
      traceStep('gc.base', 'renewal.gcBase', baseS, { wages: String(wages) }),
      traceStep('gc.amount', 'renewal.gcAmount', amount, { base: baseS, rate: period.rate, exact, legalBasis: period.legalBasis }),
    ],
  };
  return { amount, base, result };
}

/**
 * 一般拠出金 (石綿健康被害救済法) = ⌊⌊労災 wage total⌋₁₀₀₀ × 0.02/1000⌋, on the 労災保険 確定 wage base of
 * the year just ended, declared and paid with the 確定保険料 at the 年度更新 (no 概算, no 延納, no
 * メリット). 特別加入 bases are not included. A 雇用保険のみ declaration owes none (福島労働局).
 *
 * @throws {@link InvalidInputError} `AMOUNT_*`, `INVALID_OPTION`; {@link RateTableError} `NO_RATE_TABLE`.
 *
 * @example
 * ```ts
 * import { generalContribution } from 'jp-labor-insurance';
 * const g = generalContribution({ fiscalYear: 2024, wages: 10_129_569 });
 * console.log(g.base, g.exact, g.amount, g.status); //=> 10129000 '202.58' 202 'confirmed'
 * console.log(generalContribution({ fiscalYear: 2024, wages: 0, coverage: 'employmentInsurance' }).applicable); //=> false
 * ```
 */
export function generalContribution(input: GeneralContributionInput): GeneralContribution {
  const o = assertObject(input, 'generalContribution');
  const fiscalYear = assertFiscalYear(o['fiscalYear']);
  const coverage = oneOf<Coverage>(o['coverage'], ['both', 'workersCompensation', 'employmentInsurance'], 'coverage', 'both');
  const rates = o['rates'] as RatesOption | undefined;
  if (coverage === 'employmentInsurance') return generalContributionOf(fiscalYear, 0n, coverage, rates).result;
  const raw = o['wages'];
  let wagesInput: unknown = raw;
  if (typeof raw === 'object' && raw !== null) {
    wagesInput = (raw as { workersCompensation?: unknown }).workersCompensation;
    if (wagesInput === undefined) throw new InvalidInputError('INVALID_OPTION', 'wages.workersCompensation is required', { field: 'wages.workersCompensation' });
  }
  return generalContributionOf(fiscalYear, parseYen(wagesInput, 'wages'), coverage, rates).result;
}
