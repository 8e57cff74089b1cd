import { toBigInt, dec } from '../core/decimal.js';
import type { DateInput } from '../core/dates.js';
import { assertBoolean } from '../core/options.js';
import { InvalidInputError } from '../core/errors.js';
import { isDecimalString, perMille } from '../core/rate.js';
import { step, groupDigits, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import type { RatesOption } from '../rates/registry.js';
import type { SourceStatus } from '../rates/types.js';
import { applyRounding, assertRoundingMode, type RoundingMode } from '../rounding/roundYen.js';
import { assertCategory, type EmploymentCategory } from './category.js';
import { employmentRateFor } from './rates.js';
import { employmentRatesInForce } from '../rates/areas/employmentRates.js';

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
  halfDown: {
    ja: '50銭以下切捨て・50銭超切上げ (源泉控除)',
    en: 'fraction ≤ 0.5 down, > 0.5 up (withheld from wages)',
    law: '通貨法3条1項 applied to the net pay (厚生労働省パンフレット)',
  },
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
    step(
      'rate',
      r.rates.worker,
      `被保険者負担率 ${r.rates.worker}/1000 (${r.period.from}〜${r.period.to}, 賃金締切日基準)`,
      `worker rate ${r.rates.worker}/1000 (${r.period.from}..${r.period.to}, by closing date)`,
      r.legalBasis,
    ),
    step(
      'exact',
      exact.toString(),
      `賃金 ${groupDigits(wage)} × ${r.rates.worker}/1000 = ${groupDigits(exact.toString())}`,
      `wage ${groupDigits(wage)} × ${r.rates.worker}/1000 = ${groupDigits(exact.toString())}`,
      '徴収法31条1項・32条1項; 徴収則60条',
    ),
  ];
  if (truncateToRinFirst) {
    trace.push(
      step(
        'rin',
        exact.round(3, 0).toString(),
        `厘未満切捨て ${exact.round(3, 0).toString()} (互換オプション)`,
        `truncate to 厘: ${exact.round(3, 0).toString()} (compatibility option)`,
      ),
    );
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
 * wage (proved by property tests): one exact floating division for safe-integer wages below the
 * fast-path limit, exact bigint arithmetic beyond it and for bigint or digit-string wages.
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
  const rates = employmentRatesInForce(options, category); // rates only: the function returns a number, no provenance
  return deductionKernel(rates.worker, rounding, truncateToRinFirst);
}

const TWO_53 = 2n ** 53n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const UINT32_MAX = 0xffff_ffff;

/**
 * The exact integer form of one deduction rule. With the worker rate as `n / d` (rate per mille
 * "5.5" → 55 / 10,000, so `d = 1000 · 10^k` for `k` decimals, always even) and `u = d / 1000` (the
 * remainder units in one 厘), write the product `p = wage · n = q·d + r` with `0 ≤ r < d`. Every mode
 * adds one yen to `q` exactly when the remainder reaches a threshold `t`:
 *
 * | mode | `t` | `t` with truncateToRinFirst (`r` first cut to a multiple of `u`) |
 * |---|---|---|
 * | halfDown (50銭以下切捨て) | `d/2 + 1` (r > d/2) | `d/2 + u` (⌊r/u⌋ > 500 ⇔ r ≥ 501u) |
 * | halfUp (50銭以上切上げ) | `d/2` | `d/2` (d/2 = 500u is a multiple of u) |
 * | floor | `d` (never) | `d` |
 * | ceil | `1` (r > 0) | `u` (⌊r/u⌋ ≥ 1) |
 *
 * so the deduction is `⌊(p + c) / d⌋` with `c = d − t`, `0 ≤ c ≤ d − 1` (as `r + c < 2d`, the floor
 * is `q + 1` iff `r ≥ t`).
 * @internal
 */
export interface DeductionRule {
  /** Rate numerator (55 for 5.5‰). */
  n: bigint;
  /** Rate denominator, 1000 · 10^k (10,000 for 5.5‰). */
  d: bigint;
  /** Offset added before the floor division, d − t. */
  c: bigint;
}

/** Builds the {@link DeductionRule} of a rate per mille (a validated decimal string) and a rounding. @internal */
export function deductionRule(rate: string, rounding: RoundingMode, truncateToRinFirst: boolean): DeductionRule {
  if (!isDecimalString(rate)) throw new InvalidInputError('INVALID_RATE', 'worker rate must be a decimal string per 1000', { value: String(rate) });
  const [intPart = '0', frac = ''] = rate.split('.');
  const n = BigInt(intPart + frac);
  let u = 1n;
  for (let i = 0; i < frac.length; i++) u *= 10n;
  const d = 1000n * u;
  const half = d / 2n;
  const t = rounding === 'halfDown' ? (truncateToRinFirst ? half + u : half + 1n) : rounding === 'halfUp' ? half : rounding === 'floor' ? d : truncateToRinFirst ? u : 1n;
  return { n, d, c: d - t };
}

/**
 * The largest wage for which the floating form ⌊(wage·n + c) / d⌋ is exact, or −1 when there is none.
 *
 * Claim: for integers `0 ≤ wage ≤ limit`, i.e. `wage·n ≤ 2^53 − 2d`, `Math.floor((wage * n + c) / d)`
 * equals ⌊(wage·n + c) / d⌋. Proof:
 * 1. `wage·n`, `x = wage·n + c` and `d` are integers below 2^53 (c ≤ d − 1 and 2d ≤ 2^53), so the
 *    double multiplication and addition that compute them are exact; also `x + d ≤ 2^53 − 1`.
 * 2. Let `x = m·d + s` with `0 ≤ s < d`. If `s = 0`, `x / d = m`, an integer below 2^53: exact.
 * 3. If `s ≥ 1`, the true quotient `t = m + s/d` lies in `(m, m + 1)` and `m + 1 − t = (d − s)/d ≥ 1/d`.
 *    With `2^e ≤ m + 1 < 2^(e+1)` (and `m + 1 ≤ 2^53`), the double just below `m + 1` is at most
 *    `2^(e−52) ≤ (m + 1)·2^−52` away, so round-to-nearest gives `m + 1` only if
 *    `m + 1 − t ≤ (m + 1)·2^−53`, which needs `1/d ≤ (m + 1)·2^−53`, i.e. `(m + 1)·d ≥ 2^53`. But
 *    `(m + 1)·d = x − s + d < x + d < 2^53`. So the rounded quotient is below `m + 1`, and, rounding
 *    being monotone and `m` a double, at least `m`: `Math.floor` returns `m`.
 *
 * All intermediates are thus integers < 2^53 until the one division, whose floor is exact.
 * test/employment/fastpath.test.ts checks the lemma by property (Math.floor(x / d) against bigint
 * division for x + d ≤ 2^53) and the fast path against {@link employeeDeduction} on both sides of
 * the limit.
 */
function fastLimit({ n, d }: DeductionRule): number {
  if (2n * d > TWO_53 || n > TWO_53) return -1;
  if (n === 0n) return Number.MAX_SAFE_INTEGER;
  const limit = (TWO_53 - 2n * d) / n;
  return Number(limit < MAX_SAFE ? limit : MAX_SAFE);
}

/**
 * The deduction function of one rate and rounding: {@link createEmployeeDeduction} without the rate
 * lookup. Exported for the tests. @internal
 */
export function deductionKernel(rate: string, rounding: RoundingMode, truncateToRinFirst: boolean): (wage: YenInput) => number {
  const rule = deductionRule(rate, rounding, truncateToRinFirst);
  const N = rule.n;
  const D = rule.d;
  const T = D - rule.c;
  // Exact path: any wage employeeDeduction accepts, same checks in the same order, same errors.
  const exact = (wage: YenInput): number => {
    const w = parseYen(wage, 'wage');
    const p = w * N;
    const q = p / D;
    const amount = yenToNumber(p % D >= T ? q + 1n : q, 'amount');
    yenToNumber(w, 'wage'); // employeeDeduction reports the wage as a number
    return amount;
  };
  const limit = fastLimit(rule);
  if (limit < 0) return exact;
  // Small safe integers (Smi on V8) as numbers; `+ c` also turns a −0 wage into +0.
  const n = Number(N);
  const c = Number(rule.c);
  const d = Number(D);
  const checked = (wage: YenInput): number => (typeof wage === 'number' && wage >= 0 && wage <= limit && Number.isInteger(wage) ? Math.floor((wage * n + c) / d) : exact(wage));
  if (limit < UINT32_MAX) return checked;
  // Every 32-bit unsigned integer is below the limit, so one cheap test, `(wage >>> 0) === wage`
  // (true exactly for the integers 0 … 2^32 − 1, and +0 for −0), selects the fast path; larger
  // numbers take `checked`. When every such quotient is below 2^31 (any rate under 500‰), `| 0`
  // floors it (the rounded quotient is in [m, m + 1) and non-negative) and gives V8 a small integer
  // (Smi) result, which callers store in arrays without boxing.
  if (BigInt(UINT32_MAX) * N + rule.c < 2n ** 31n * D) {
    return (wage: YenInput): number => (typeof wage === 'number' && wage >>> 0 === wage ? ((wage * n + c) / d) | 0 : checked(wage));
  }
  return (wage: YenInput): number => (typeof wage === 'number' && wage >>> 0 === wage ? Math.floor((wage * n + c) / d) : checked(wage));
}
