import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { truncateToUnit } from '../kernel/truncateToUnit.js';
import type { SourceStatus } from '../rates/types.js';
import type { ProceduresData } from '../rates/types.js';
import { PROCEDURES, assertObject, procedureSources } from './shared.js';

/** Input of {@link estimateBasis}. */
export interface EstimateBasisInput {
  /** The wage total of the year just ended (the 確定 basis), yen. */
  previousYearWages: YenInput;
  /** This year's estimated wage total (見込額); omit when there is no estimate. */
  estimatedWages?: YenInput;
}

/** Result of {@link estimateBasis}. */
export interface EstimateBasis {
  /** `'previous'` when the estimate is within 50%–200% of the previous base (or not given), else `'estimate'`. */
  use: 'previous' | 'estimate';
  /** The base to apply this year's rates to (千円未満切捨て): the headline yen. */
  amount: number;
  previousBase: number;
  estimateBase?: number;
  /** Why, in English. */
  reason: string;
  trace: TraceStep[];
  sources: string[];
  legalBasis: string[];
  status: SourceStatus;
}

/** The kernel-level outcome of the 50%–200% rule (bigint yen). @internal */
export interface EstimateBasisOf {
  use: 'previous' | 'estimate';
  amount: bigint;
  previousBase: bigint;
  estimateBase?: bigint;
  reason: string;
  trace: TraceStep[];
}

/** The 50%–200% rule of one procedure data block (the bundled one, or a custom table's), with its citations. @internal */
export interface EstimateRule {
  readonly lower: number;
  readonly upper: number;
  readonly legalBasis: string;
  readonly cited: { readonly sources: readonly string[]; readonly legalBasis: readonly string[]; readonly status: SourceStatus };
}

function ruleOf(P: ProceduresData): EstimateRule {
  const r = P.renewal.estimateRule;
  return Object.freeze({
    lower: r.lowerPercent,
    upper: r.upperPercent,
    legalBasis: r.legalBasis,
    cited: Object.freeze({ sources: Object.freeze(procedureSources(r.sources, P)), legalBasis: Object.freeze([r.legalBasis]), status: r.status as SourceStatus }),
  });
}

const BUNDLED_RULE = ruleOf(PROCEDURES);
const RULES = new WeakMap<ProceduresData, EstimateRule>([[PROCEDURES, BUNDLED_RULE]]);

/** The rule of a procedure data block, the bundled one by default (looked up once per block; blocks are frozen). @internal */
export function estimateRuleOf(P: ProceduresData = PROCEDURES): EstimateRule {
  let r = RULES.get(P);
  if (r === undefined) RULES.set(P, (r = ruleOf(P)));
  return r;
}

/** `reason` when no estimate is given. @internal */
export const NO_ESTIMATE_REASON = 'no estimate given: the previous year’s base is used';
/** `reason` when there is no previous base. @internal */
export const NO_PREVIOUS_REASON = 'no previous base: the estimate is used';
/** `reason` of the 50%–200% comparison (bases in yen, bigint or safe-integer number: the same digits). @internal */
export function basisReason(within: boolean, estimateBase: bigint | number, previousBase: bigint | number, rule: EstimateRule = BUNDLED_RULE): string {
  return `estimate ${estimateBase} is ${within ? 'within' : 'outside'} ${rule.lower}%–${rule.upper}% of the previous base ${previousBase}`;
}

/**
 * 徴収則24条 on bigint yen: both totals truncated to 千円, then `lower% × prev ≤ 100 × est ≤ upper% × prev`
 * (inclusive) keeps the previous base; a zero previous base always takes the estimate. @internal
 */
export function estimateBasisOf(previousYearWages: bigint, estimatedWages: bigint | undefined, rule: EstimateRule = BUNDLED_RULE): EstimateBasisOf {
  const prev = truncateToUnit(previousYearWages, 1000n);
  const law = { legalBasis: rule.legalBasis };
  if (estimatedWages === undefined) {
    return {
      use: 'previous',
      amount: prev,
      previousBase: prev,
      reason: NO_ESTIMATE_REASON,
      trace: [traceStep('estimate.basis', 'renewal.estimatePrevious', prev, law)],
    };
  }
  const est = truncateToUnit(estimatedWages, 1000n);
  const within = prev > 0n && BigInt(rule.lower) * prev <= 100n * est && 100n * est <= BigInt(rule.upper) * prev;
  const amount = within ? prev : est;
  const params = { estimate: String(est), previous: String(prev), lower: String(rule.lower), upper: String(rule.upper), legalBasis: rule.legalBasis };
  if (prev === 0n) {
    return {
      use: 'estimate',
      amount,
      previousBase: prev,
      estimateBase: est,
      reason: NO_PREVIOUS_REASON,
      trace: [traceStep('estimate.basis', 'renewal.estimateNoPrevious', amount, law)],
    };
  }
  const reason = basisReason(within, est, prev, rule);
  return {
    use: within ? 'previous' : 'estimate',
    amount,
    previousBase: prev,
    estimateBase: est,
    reason,
    trace: [traceStep('estimate.basis', within ? 'renewal.estimateWithin' : 'renewal.estimateOutside', amount, params)],
  };
}

/** The public result of an {@link estimateBasisOf} outcome. @internal */
export function toEstimateBasis(b: EstimateBasisOf, rule: EstimateRule = BUNDLED_RULE): EstimateBasis {
  const r: EstimateBasis = {
    use: b.use,
    amount: yenToNumber(b.amount, 'amount'),
    previousBase: yenToNumber(b.previousBase, 'previousBase'),
    reason: b.reason,
    trace: b.trace,
    sources: [...rule.cited.sources],
    legalBasis: [...rule.cited.legalBasis],
    status: rule.cited.status,
  };
  if (b.estimateBase !== undefined) r.estimateBase = yenToNumber(b.estimateBase, 'estimateBase');
  return r;
}

/**
 * 概算保険料の算定基礎額 (徴収則24条): the 概算保険料 uses the previous year's 賃金総額 when this year's estimate is
 * at least 50% and at most 200% of it (both bounds inclusive, compared on the 千円-truncated bases, exactly),
 * otherwise the estimate. A zero previous base always takes the estimate (a business in its first year).
 * `amount` is the base to apply this year's rates to.
 *
 * @throws {@link InvalidInputError} `AMOUNT_*`.
 *
 * @example
 * ```ts
 * import { estimateBasis } from 'jp-labor-insurance';
 * console.log(estimateBasis({ previousYearWages: 30_125_000, estimatedWages: 60_250_000 }).use); //=> 'previous'
 * const b = estimateBasis({ previousYearWages: 30_125_000, estimatedWages: 60_251_000 });
 * console.log(b.use, b.amount, b.status); //=> 'estimate' 60251000 'confirmed'
 * ```
 */
export function estimateBasis(input: EstimateBasisInput): EstimateBasis {
  const o = assertObject(input, 'estimateBasis');
  const prev = parseYen(o['previousYearWages'], 'previousYearWages');
  const est = o['estimatedWages'] === undefined ? undefined : parseYen(o['estimatedWages'], 'estimatedWages');
  return toEstimateBasis(estimateBasisOf(prev, est));
}
