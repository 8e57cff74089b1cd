import type { DateInput } from '../core/dates.js';
import { assertBoolean, assertObject } from '../core/options.js';
import { InvalidInputError } from '../core/errors.js';
import { isDecimalString } from '../core/rate.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { DIVIDE_BY_MODE } from '../kernel/divideByMode.js';
import { multiplyYen } from '../kernel/multiplyYen.js';
import { ratioFromPerMille } from '../kernel/ratioFromPerMille.js';
import { rationalToDecimal } from '../kernel/rationalToDecimal.js';
import { truncateToRin } from '../kernel/truncateToRin.js';
import type { Rational } from '../kernel/types.js';
import type { RatesOption } from '../rates/registry.js';
import type { SourceStatus } from '../rates/types.js';
import { assertRoundingMode, type RoundingMode } from '../rounding/roundYen.js';
import { EMPLOYMENT_RULES } from '../rules/employment.js';
import { assertCategory, type EmploymentCategory } from './category.js';
import { employmentRateFor, type EmploymentRateInForce } from './rates.js';
import { employmentRatesInForce } from '../rates/areas/employmentRates.js';

/**
 * Which rate applies: the 賃金締切日 of the payment (the rate in force on that date; a rate change
 * applies to wages whose closing date is on or after it), or a fiscal year that has one rate throughout
 * (not FY2022). Both may be given when they agree. Written as a union, so that one of them is required
 * (also under `exactOptionalPropertyTypes`).
 */
export type DeductionTime =
  | {
      /** 賃金締切日 of the payment: `'YYYY-MM-DD'` or a Date (its UTC calendar day). */
      closingDate: DateInput;
      /** Optional check: the fiscal year the closing date must fall in. */
      fiscalYear?: number;
    }
  | {
      /** 保険年度 whose single rate applies (a year whose rate changed needs `closingDate`). */
      fiscalYear: number;
    };

/** Everything of a deduction but the wage and the date: what {@link createEmployeeDeduction} resolves once. */
export interface DeductionSettings {
  /** 事業区分: 'general' | 'agriculture' | 'construction' ({@link EMPLOYMENT_CATEGORIES}). */
  category: EmploymentCategory;
  /** Rounding of the fraction of a yen; default `halfDown` (withheld from wages). */
  rounding?: RoundingMode;
  /** Compatibility: truncate to 厘 before rounding (550.5005 → 550). Default false. */
  truncateToRinFirst?: boolean;
  /** Custom rate table(s). */
  rates?: RatesOption;
}

/** Input of {@link employeeDeduction}: one payment's `wage`, its settings, and `closingDate` or `fiscalYear`. */
export type EmployeeDeductionInput = DeductionSettings &
  DeductionTime & {
    /** This payment's gross wage in yen (monthly pay and a bonus are separate payments). */
    wage: YenInput;
  };

/** Result of {@link employeeDeduction}. */
export interface EmployeeDeduction {
  /** 被保険者負担額 in whole yen (the headline figure). */
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
  /** 保険年度 whose rate applied. */
  fiscalYear: number;
  /** The rate period used. */
  period: { from: string; to: string };
  /**
   * Statutes and notices, deduplicated: first the rate period's (e.g. `徴収法12条4項・31条1項`), then
   * the worker's share (`徴収法31条1項・32条1項`, `徴収則60条`), then the rounding rule's.
   */
  legalBasis: string[];
  /** Citations for the rate. */
  sources: string[];
  /** Status of the rate in the data. */
  status: SourceStatus;
  /** Structured steps; render them with {@link explain}. */
  trace: TraceStep[];
}

/** The laws of the share and of each rounding rule, after the rate's: built once per mode, on first use (so the rule catalogue stays out of bundles that never build a result). */
const SHARE_LAWS = ['徴収法31条1項・32条1項', '徴収則60条'] as const;
let lawsAfterRate: Readonly<Record<RoundingMode, readonly string[]>> | undefined;
function lawsAfterRateOf(mode: RoundingMode): readonly string[] {
  lawsAfterRate ??= {
    halfDown: [...SHARE_LAWS, EMPLOYMENT_RULES['employment.round.halfDown'].law],
    halfUp: [...SHARE_LAWS, EMPLOYMENT_RULES['employment.round.halfUp'].law],
    floor: [...SHARE_LAWS, EMPLOYMENT_RULES['employment.round.floor'].law],
    ceil: [...SHARE_LAWS, EMPLOYMENT_RULES['employment.round.ceil'].law],
  };
  return lawsAfterRate[mode];
}
const ROUND_RULE = {
  halfDown: 'employment.round.halfDown',
  halfUp: 'employment.round.halfUp',
  floor: 'employment.round.floor',
  ceil: 'employment.round.ceil',
} as const;

/** Worker rates parsed once (a bounded cache: the bundled data has a handful of distinct rates). */
const RATIOS = /* @__PURE__ */ new Map<string, Rational>();
function workerRatio(rate: string): Rational {
  let q = RATIOS.get(rate);
  if (q === undefined) {
    q = ratioFromPerMille(rate, 'worker rate');
    if (RATIOS.size < 256) RATIOS.set(rate, q);
  }
  return q;
}

/** The exact deduction: every figure as bigint / rational, with the structured steps. @internal */
export interface DeductionCore {
  readonly wage: bigint;
  readonly product: Rational;
  readonly amount: bigint;
  readonly trace: TraceStep[];
  readonly legalBasis: string[];
}

/**
 * 被保険者負担額 of one payment on the kernels, for composite calculations: wage × worker rate kept
 * exact (徴収法31条1項), optionally cut to 厘, then rounded to the yen by the mode. @internal
 */
export function computeDeduction(wage: bigint, r: EmploymentRateInForce, rounding: RoundingMode, truncateToRinFirst: boolean): DeductionCore {
  const rate = r.rates.worker;
  const product = multiplyYen(wage, workerRatio(rate));
  const exact = rationalToDecimal(product);
  const trace: TraceStep[] = [
    traceStep('rate', 'employment.rate', rate, { rate, from: r.period.from, to: r.period.to, legalBasis: r.legalBasis }),
    traceStep('exact', 'employment.exact', exact, { wage: String(wage), rate }),
  ];
  let rounded = product;
  if (truncateToRinFirst) {
    rounded = truncateToRin(product);
    trace.push(traceStep('rin', 'employment.rin', rationalToDecimal(rounded)));
  }
  const amount = DIVIDE_BY_MODE[rounding](rounded.numerator, rounded.denominator);
  trace.push(traceStep('round', ROUND_RULE[rounding], amount));
  const after = lawsAfterRateOf(rounding);
  const legalBasis = r.legalBasis === '' ? [...after] : after.includes(r.legalBasis) ? [...after] : [r.legalBasis, ...after];
  return { wage, product, amount, trace, legalBasis };
}

/**
 * 雇用保険 被保険者負担額 (雇用保険料の労働者負担分) — the worker's employment-insurance share deducted from one wage payment:
 * wage × worker rate, rounded to whole yen. The rate is the one in force on the 賃金締切日.
 *
 * @throws {@link InvalidInputError} for an input that is not an object, a bad wage, category, date or
 *   rounding mode, and `RATE_PERIOD_SPLIT` for a fiscalYear whose rate changed mid-year;
 *   {@link RateTableError} `NO_RATE_TABLE` for a date with no table.
 *
 * @example
 * ```ts
 * import { employeeDeduction } from 'jp-labor-insurance';
 * const d = employeeDeduction({ wage: 100_091, category: 'general', closingDate: '2025-05-31' });
 * console.log(d.amount, d.exact, d.rate, d.status); //=> 551 '550.5005' '5.5' 'confirmed'
 * console.log(d.legalBasis); //=> [ '徴収法12条4項・31条1項', '徴収法31条1項・32条1項', '徴収則60条', '通貨法3条1項 applied to the net pay (厚生労働省パンフレット)' ]
 * console.log(employeeDeduction({ wage: 266_750, category: 'general', fiscalYear: 2024, rounding: 'halfUp' }).amount);
 * //=> 1601
 * ```
 */
export function employeeDeduction(input: EmployeeDeductionInput): EmployeeDeduction {
  const o = assertObject(input, 'employeeDeduction'); // guard: an object, read once
  const category = assertCategory(o['category']);
  const rounding = assertRoundingMode(o['rounding'] ?? 'halfDown');
  const truncateToRinFirst = assertBoolean(o['truncateToRinFirst'], 'truncateToRinFirst', false);
  const wage = parseYen(o['wage'], 'wage');
  const r = employmentRateFor(timeOf(o), category);
  const core = computeDeduction(wage, r, rounding, truncateToRinFirst);
  return {
    amount: yenToNumber(core.amount, 'amount'),
    exact: rationalToDecimal(core.product),
    wage: yenToNumber(wage, 'wage'),
    rate: r.rates.worker,
    rounding,
    truncateToRinFirst,
    category,
    fiscalYear: r.fiscalYear,
    period: r.period,
    legalBasis: core.legalBasis,
    sources: r.sources,
    status: r.status,
    trace: core.trace,
  };
}

/** The date / year / rates fields of a checked input object, for {@link employmentRateFor}. */
function timeOf(o: Record<string, unknown>): { closingDate?: DateInput; fiscalYear?: number; rates?: RatesOption } {
  return o as { closingDate?: DateInput; fiscalYear?: number; rates?: RatesOption };
}

/** Options of {@link createEmployeeDeduction}: everything but the wage. */
export type EmployeeDeductionOptions = DeductionSettings & DeductionTime;

/**
 * Resolves the rate and rounding once and returns a fast `(wage) => yen` function for payroll runs
 * over many workers. It returns exactly `employeeDeduction({ wage, ...options }).amount` for every
 * wage (proved by property tests): one exact floating division for safe-integer wages below the
 * fast-path limit, exact bigint arithmetic beyond it and for bigint or digit-string wages.
 *
 * @throws {@link InvalidInputError} as {@link employeeDeduction} (options not an object, bad category,
 *   date, rounding mode); the returned function throws the `AMOUNT_*` codes for a bad wage.
 *
 * @example
 * ```ts
 * import { createEmployeeDeduction } from 'jp-labor-insurance';
 * const deduct = createEmployeeDeduction({ category: 'general', closingDate: '2025-06-30' });
 * console.log([200_000, 450_000, 100_091, 101_000].map(deduct)); //=> [1100, 2475, 551, 555]
 * ```
 */
export function createEmployeeDeduction(options: EmployeeDeductionOptions): (wage: YenInput) => number {
  const o = assertObject(options, 'createEmployeeDeduction'); // guard: an object, read once
  const category = assertCategory(o['category']);
  const rounding = assertRoundingMode(o['rounding'] ?? 'halfDown');
  const truncateToRinFirst = assertBoolean(o['truncateToRinFirst'], 'truncateToRinFirst', false);
  const rates = employmentRatesInForce(timeOf(o), category); // rates only: the function returns a number, no provenance
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
  //
  // Measured on Node 20 (V8 11.3), bench section 1c, docs/benchmark.md: V8 keeps one feedback
  // vector per function literal, shared by every function returned here. Once any of them has
  // passed a bigint, a digit string or a number beyond the limit to `checked`, a loop compiled
  // afterwards around any of them contains that call (parseYen, BigInt arithmetic), and Turbofan
  // then keeps the loop's own sum and index in stack slots: 1.4–2.1 ms more per million calls. One
  // literal per mode, a slow path kept out of line or a fast path that multiplies small integers
  // only did not remove that, and every extra test tried here cost 3–17 % before any such input.
  if (BigInt(UINT32_MAX) * N + rule.c < 2n ** 31n * D) {
    return (wage: YenInput): number => (typeof wage === 'number' && wage >>> 0 === wage ? ((wage * n + c) / d) | 0 : checked(wage));
  }
  return (wage: YenInput): number => (typeof wage === 'number' && wage >>> 0 === wage ? Math.floor((wage * n + c) / d) : checked(wage));
}
