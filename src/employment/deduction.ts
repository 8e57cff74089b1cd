import { toBigInt, dec } from '../core/decimal.js';
import type { DateInput } from '../core/dates.js';
import { assertBoolean } from '../core/options.js';
import { perMille, perMilleRatio } from '../core/rate.js';
import { step, groupDigits, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import type { RatesOption } from '../rates/registry.js';
import type { SourceStatus } from '../rates/types.js';
import { applyRounding, assertRoundingMode, type RoundingMode } from '../rounding/roundYen.js';
import { assertCategory, type EmploymentCategory } from './category.js';
import { employmentRateFor } from './rates.js';

/** Input of {@link employeeDeduction}. */
export interface EmployeeDeductionInput {
  /** This payment's gross wage in yen (monthly pay and a bonus are separate payments). */
  wage: YenInput;
  /** 雇用保険 category: 'general' | 'agriculture' | 'construction'. */
  category: EmploymentCategory;
  /**
   * 賃金締切日 of the payment: the rate in force on this date applies (a rate change applies to
   * wages whose closing date is on or after the change). Give this or `fiscalYear`.
   */
  closingDate?: DateInput;
  /** Fiscal year, when the year has one rate throughout (not FY2022). */
  fiscalYear?: number;
  /** Rounding of the fraction of a yen; default `halfDown` (withheld from wages). */
  rounding?: RoundingMode;
  /** Compatibility: truncate to 厘 before rounding (550.5005 → 550). Default false. */
  truncateToRinFirst?: boolean;
  /** Custom rate table(s). */
  rates?: RatesOption;
}

/** Result of {@link employeeDeduction}. */
export interface EmployeeDeduction {
  /** 被保険者負担額 in whole yen. */
  amount: number;
  /** Exact product wage × rate as a decimal string ("550.5005"). */
  exact: string;
  /** The wage the share was computed on. */
  wage: number;
  /** Worker's rate per 1000 ("5.5"). */
  rate: string;
  rounding: RoundingMode;
  truncateToRinFirst: boolean;
  category: EmploymentCategory;
  fiscalYear: number;
  /** The rate period used. */
  period: { from: string; to: string };
  legalBasis: string;
  /** Citations for the rate. */
  sources: string[];
  status: SourceStatus;
  trace: TraceStep[];
}

const RULES: Record<RoundingMode, { ja: string; en: string; law: string }> = {
  halfDown: { ja: '50銭以下切捨て・50銭超切上げ (源泉控除)', en: 'fraction ≤ 0.5 down, > 0.5 up (withheld from wages)', law: '通貨法3条1項 applied to the net pay (厚生労働省パンフレット)' },
  halfUp: { ja: '50銭未満切捨て・50銭以上切上げ (現金払い)', en: 'fraction < 0.5 down, ≥ 0.5 up (paid in cash)', law: '通貨法3条1項' },
  floor: { ja: '1円未満切捨て (特約)', en: 'truncate (agreed custom)', law: '通貨法3条1項ただし書 (特約)' },
  ceil: { ja: '1円未満切上げ (特約)', en: 'round up (agreed custom)', law: '通貨法3条1項ただし書 (特約)' },
};

/**
 * 雇用保険 被保険者負担額 — the worker's employment-insurance share deducted from one wage payment:
 * wage × worker rate, rounded to whole yen. The rate is the one in force on the 賃金締切日.
 *
 * @throws {@link InvalidInputError} for a bad wage, category, date or rounding mode;
 *   {@link RateTableError} `NO_RATE_TABLE` for a date with no table, `RATE_PERIOD_SPLIT` for a
 *   fiscalYear whose rate changed mid-year.
 *
 * @example
 * ```ts
 * import { employeeDeduction } from 'jp-labor-insurance';
 * const d = employeeDeduction({ wage: 100_091, category: 'general', closingDate: '2025-05-31' });
 * console.log(d.amount, d.exact, d.rate); //=> 551 '550.5005' '5.5'
 * console.log(employeeDeduction({ wage: 266_750, category: 'general', fiscalYear: 2024, rounding: 'halfUp' }).amount);
 * //=> 1601
 * ```
 */
export function employeeDeduction(input: EmployeeDeductionInput): EmployeeDeduction {
  const category = assertCategory(input.category);
  const rounding = assertRoundingMode(input.rounding ?? 'halfDown');
  const truncateToRinFirst = assertBoolean(input.truncateToRinFirst, 'truncateToRinFirst', false);
  const wage = parseYen(input.wage, 'wage');
  const r = employmentRateFor(input, category);
  const exact = dec(wage).times(perMille(r.rates.worker));
  const amount = applyRounding(exact, rounding, truncateToRinFirst);
  const rule = RULES[rounding];
  const trace: TraceStep[] = [
    step('rate', r.rates.worker, `被保険者負担率 ${r.rates.worker}/1000 (${r.period.from}〜${r.period.to}, 賃金締切日基準)`, `worker rate ${r.rates.worker}/1000 (${r.period.from}..${r.period.to}, by closing date)`, r.legalBasis),
    step('exact', exact.toString(), `賃金 ${groupDigits(wage)} × ${r.rates.worker}/1000 = ${groupDigits(exact.toString())}`, `wage ${groupDigits(wage)} × ${r.rates.worker}/1000 = ${groupDigits(exact.toString())}`, '徴収法31条1項・32条1項; 徴収則60条'),
  ];
  if (truncateToRinFirst) {
    trace.push(step('rin', exact.round(3, 0).toString(), `厘未満切捨て ${exact.round(3, 0).toString()} (互換オプション)`, `truncate to 厘: ${exact.round(3, 0).toString()} (compatibility option)`));
  }
  trace.push(step('round', amount.toString(), `${rule.ja} → ${groupDigits(amount.toString())}円`, `${rule.en} → ¥${groupDigits(amount.toString())}`, rule.law));
  return {
    amount: yenToNumber(toBigInt(amount), 'amount'),
    exact: exact.toString(),
    wage: yenToNumber(wage, 'wage'),
    rate: r.rates.worker,
    rounding,
    truncateToRinFirst,
    category,
    fiscalYear: r.fiscalYear,
    period: r.period,
    legalBasis: r.legalBasis,
    sources: r.sources,
    status: r.status,
    trace,
  };
}

/** Options of {@link createEmployeeDeduction}: everything but the wage. */
export type EmployeeDeductionOptions = Omit<EmployeeDeductionInput, 'wage'>;

/**
 * Resolves the rate and rounding once and returns a fast `(wage) => yen` function for payroll runs
 * over many workers. It returns exactly `employeeDeduction({ wage, ...options }).amount` for every
 * wage (proved by property tests), using exact integer arithmetic on safe integers and the big.js
 * path beyond them.
 *
 * @example
 * ```ts
 * import { createEmployeeDeduction } from 'jp-labor-insurance';
 * const deduct = createEmployeeDeduction({ category: 'general', closingDate: '2025-06-30' });
 * console.log([200_000, 450_000, 100_091, 101_000].map(deduct)); //=> [1100, 2475, 551, 555]
 * ```
 */
export function createEmployeeDeduction(options: EmployeeDeductionOptions): (wage: YenInput) => number {
  const category = assertCategory(options.category);
  const rounding = assertRoundingMode(options.rounding ?? 'halfDown');
  const truncateToRinFirst = assertBoolean(options.truncateToRinFirst, 'truncateToRinFirst', false);
  const r = employmentRateFor(options, category);
  const { numerator, denominator } = perMilleRatio(r.rates.worker);
  const exactRate = perMille(r.rates.worker);
  const rinUnit = denominator / 1000; // remainder units per 厘
  const limit = numerator === 0 ? Number.MAX_SAFE_INTEGER : Math.floor(Number.MAX_SAFE_INTEGER / numerator);
  const slow = (wage: YenInput): number => {
    const parsed = parseYen(wage, 'wage');
    yenToNumber(parsed, 'wage'); // same range as employeeDeduction, whose result reports the wage as a number
    const exact = dec(parsed).times(exactRate);
    return yenToNumber(toBigInt(applyRounding(exact, rounding, truncateToRinFirst)), 'amount');
  };
  return (wage: YenInput): number => {
    if (typeof wage !== 'number' || !(wage >= 0 && wage <= limit) || !Number.isInteger(wage)) return slow(wage);
    // wage × numerator < 2^53, so every operation below is exact integer arithmetic on doubles.
    const product = wage * numerator;
    let rem = product % denominator;
    const whole = (product - rem) / denominator;
    if (truncateToRinFirst) rem -= rem % rinUnit;
    switch (rounding) {
      case 'halfDown':
        return rem * 2 > denominator ? whole + 1 : whole;
      case 'halfUp':
        return rem * 2 >= denominator ? whole + 1 : whole;
      case 'floor':
        return whole;
      case 'ceil':
        return rem > 0 ? whole + 1 : whole;
    }
  };
}

