import { dec, toBigInt } from '../core/decimal.js';
import { InvalidInputError } from '../core/errors.js';
import { assertFiscalYear } from '../core/dates.js';
import { perMille } from '../core/rate.js';
import { groupDigits, step, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { generalContributionFor } from '../rates/areas/generalContribution.js';
import { citations, onlyPeriod } from '../rates/periods.js';
import type { RatesOption } from '../rates/types.js';
import { floorYen } from '../rounding/floor.js';
import { floorToThousand } from '../rounding/units.js';
import type { Coverage } from '../premium/premium.js';
import { assertObject, oneOf } from './shared.js';

/** Input of {@link generalContribution}. */
export interface GeneralContributionInput {
  /**
   * The fiscal year whose wages are the base — the year of the 確定保険料 (for the 年度更新 of FY2025,
   * pass 2024). Its table gives the rate.
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
  legalBasis: string;
  sources: string[];
  trace: TraceStep[];
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
 * console.log(g.base, g.exact, g.amount); //=> 10129000 '202.58' 202
 * console.log(generalContribution({ fiscalYear: 2024, wages: 0, coverage: 'employmentInsurance' }).applicable); //=> false
 * ```
 */
export function generalContribution(input: GeneralContributionInput): GeneralContribution {
  const o = assertObject(input, 'generalContribution');
  const fiscalYear = assertFiscalYear(o['fiscalYear']);
  const coverage = oneOf<Coverage>(o['coverage'], ['both', 'workersCompensation', 'employmentInsurance'], 'coverage', 'both');
  const table = generalContributionFor(fiscalYear, o['rates'] as RatesOption | undefined);
  const period = onlyPeriod(table.value, '一般拠出金率', fiscalYear, 'give a custom table with one 一般拠出金 period');
  const sources = citations(table, period.sources);
  if (coverage === 'employmentInsurance') {
    const reason = '雇用保険のみ成立の事業主は一般拠出金の申告・納付の対象外 (employment-insurance-only declarations owe no general contribution)';
    return {
      fiscalYear,
      applicable: false,
      reason,
      wages: 0,
      base: 0,
      rate: period.rate,
      exact: '0',
      amount: 0,
      legalBasis: period.legalBasis,
      sources,
      trace: [step('gc.notApplicable', 0, '雇用保険のみの申告: 一般拠出金なし', 'employment-insurance-only declaration: no general contribution', '福島労働局「一般拠出金の申告・納付」')],
    };
  }
  const raw = o['wages'];
  let wagesInput: unknown = raw;
  if (typeof raw === 'object' && raw !== null) {
    wagesInput = (raw as { workersCompensation?: unknown }).workersCompensation;
    if (wagesInput === undefined) throw new InvalidInputError('INVALID_OPTION', 'wages.workersCompensation is required', { field: 'wages.workersCompensation' });
  }
  const wages = parseYen(wagesInput, 'wages');
  const base = floorToThousand(dec(wages));
  const exact = base.times(perMille(period.rate, 'generalContribution.rate'));
  const amount = floorYen(exact);
  const trace: TraceStep[] = [
    step('gc.base', base.toString(), `労災保険 確定賃金総額 ${groupDigits(wages)} → 千円未満切捨て ${groupDigits(base.toString())}`, `workers' compensation wages ${groupDigits(wages)} → truncated to ¥1,000: ${groupDigits(base.toString())}`, '石綿法38条 (徴収法15条1項1号の準用)'),
    step('gc.amount', amount.toString(), `${groupDigits(base.toString())} × ${period.rate}/1000 = ${groupDigits(exact.toString())} → 円未満切捨て ${groupDigits(amount.toString())}`, `${groupDigits(base.toString())} × ${period.rate}/1000 = ${groupDigits(exact.toString())} → truncated to the yen: ${groupDigits(amount.toString())}`, period.legalBasis),
  ];
  return {
    fiscalYear,
    applicable: true,
    wages: yenToNumber(wages, 'wages'),
    base: yenToNumber(toBigInt(base), 'base'),
    rate: period.rate,
    exact: exact.toString(),
    amount: yenToNumber(toBigInt(amount), 'amount'),
    legalBasis: period.legalBasis,
    sources,
    trace,
  };
}
