import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { truncateToUnit } from '../kernel/truncateToUnit.js';
import type { SourceStatus } from '../rates/types.js';
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

const RULE = PROCEDURES.renewal.estimateRule;
const LOWER = BigInt(RULE.lowerPercent);
const UPPER = BigInt(RULE.upperPercent);
const LAW = Object.freeze({ legalBasis: RULE.legalBasis });
const SOURCES: readonly string[] = Object.freeze(procedureSources(RULE.sources));
const LOWER_S = String(RULE.lowerPercent);
const UPPER_S = String(RULE.upperPercent);

/** The 50%–200% rule's bounds in percent (徴収則24条), from the procedure data. @internal */
export const ESTIMATE_RULE_PERCENT: { readonly lower: number; readonly upper: number } = Object.freeze({ lower: RULE.lowerPercent, upper: RULE.upperPercent });
/** `reason` when no estimate is given. @internal */
export const NO_ESTIMATE_REASON = 'no estimate given: the previous year’s base is used';
/** `reason` when there is no previous base. @internal */
export const NO_PREVIOUS_REASON = 'no previous base: the estimate is used';
/** The rule's citations, legal basis and status (every {@link EstimateBasis} carries copies of them). @internal */
export const ESTIMATE_BASIS_CITED: { readonly sources: readonly string[]; readonly legalBasis: readonly string[]; readonly status: SourceStatus } = Object.freeze({
  sources: SOURCES,
  legalBasis: Object.freeze([RULE.legalBasis]),
  status: RULE.status as SourceStatus,
});

/** `reason` of the 50%–200% comparison (bases in yen, bigint or safe-integer number: the same digits). @internal */
export function basisReason(within: boolean, estimateBase: bigint | number, previousBase: bigint | number): string {
  return `estimate ${estimateBase} is ${within ? 'within' : 'outside'} ${RULE.lowerPercent}%–${RULE.upperPercent}% of the previous base ${previousBase}`;
}

/**
 * 徴収則24条 on bigint yen: both totals truncated to 千円, then `lower% × prev ≤ 100 × est ≤ upper% × prev`
 * (inclusive) keeps the previous base; a zero previous base always takes the estimate. @internal
 */
export function estimateBasisOf(previousYearWages: bigint, estimatedWages: bigint | undefined): EstimateBasisOf {
  const prev = truncateToUnit(previousYearWages, 1000n);
  if (estimatedWages === undefined) {
    return {
      use: 'previous',
      amount: prev,
      previousBase: prev,
      reason: NO_ESTIMATE_REASON,
      trace: [traceStep('estimate.basis', 'renewal.estimatePrevious', prev, LAW)],
    };
  }
  const est = truncateToUnit(estimatedWages, 1000n);
  const within = prev > 0n && LOWER * prev <= 100n * est && 100n * est <= UPPER * prev;
  const amount = within ? prev : est;
  const params = { estimate: String(est), previous: String(prev), lower: LOWER_S, upper: UPPER_S, legalBasis: RULE.legalBasis };
  if (prev === 0n) {
    return {
      use: 'estimate',
      amount,
      previousBase: prev,
      estimateBase: est,
      reason: NO_PREVIOUS_REASON,
      trace: [traceStep('estimate.basis', 'renewal.estimateNoPrevious', amount, LAW)],
    };
  }
  const reason = basisReason(within, est, prev);
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
export function toEstimateBasis(b: EstimateBasisOf): EstimateBasis {
  const r: EstimateBasis = {
    use: b.use,
    amount: yenToNumber(b.amount, 'amount'),
    previousBase: yenToNumber(b.previousBase, 'previousBase'),
    reason: b.reason,
    trace: b.trace,
    sources: [...ESTIMATE_BASIS_CITED.sources],
    legalBasis: [...ESTIMATE_BASIS_CITED.legalBasis],
    status: ESTIMATE_BASIS_CITED.status,
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
