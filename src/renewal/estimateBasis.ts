import { dec, toBigInt } from '../core/decimal.js';
import { groupDigits, step, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { floorToThousand } from '../rounding/units.js';
import { PROCEDURES, assertObject } from './shared.js';

/** Input of {@link estimateBasis}. */
export interface EstimateBasisInput {
  /** The previous fiscal year's wage total (確定 basis), yen. */
  previousWages: YenInput;
  /** This year's estimated wage total (見込額); omit when there is no estimate. */
  estimatedWages?: YenInput;
}

/** Result of {@link estimateBasis}. */
export interface EstimateBasis {
  /** `'previous'` when the estimate is within 50%–200% of the previous base (or not given), else `'estimate'`. */
  use: 'previous' | 'estimate';
  /** The base to apply this year's rates to (千円未満切捨て). */
  base: number;
  previousBase: number;
  estimateBase?: number;
  /** Why, in English. */
  reason: string;
  trace: TraceStep[];
}

/**
 * 徴収則24条: the 概算保険料 uses the previous year's 賃金総額 when this year's estimate is at least 50% and
 * at most 200% of it (both bounds inclusive, compared on the 千円-truncated bases, exactly), otherwise the
 * estimate. A zero previous base always takes the estimate (a business in its first year).
 *
 * @throws {@link InvalidInputError} `AMOUNT_*`.
 *
 * @example
 * ```ts
 * import { estimateBasis } from 'jp-labor-insurance';
 * console.log(estimateBasis({ previousWages: 30_125_000, estimatedWages: 60_250_000 }).use); //=> 'previous'
 * console.log(estimateBasis({ previousWages: 30_125_000, estimatedWages: 60_251_000 }).use); //=> 'estimate'
 * ```
 */
export function estimateBasis(input: EstimateBasisInput): EstimateBasis {
  const o = assertObject(input, 'estimateBasis');
  const prev = toBigInt(floorToThousand(dec(parseYen(o['previousWages'], 'previousWages'))));
  const rule = PROCEDURES.renewal.estimateRule;
  const trace: TraceStep[] = [];
  if (o['estimatedWages'] === undefined) {
    const reason = 'no estimate given: the previous year’s base is used';
    trace.push(step('estimate.basis', prev, `見込額なし → 前年度の賃金総額 ${groupDigits(prev)} を使用`, reason, rule.legalBasis));
    return { use: 'previous', base: yenToNumber(prev, 'base'), previousBase: yenToNumber(prev, 'previousBase'), reason, trace };
  }
  const est = toBigInt(floorToThousand(dec(parseYen(o['estimatedWages'], 'estimatedWages'))));
  // lower% × prev ≤ 100 × est ≤ upper% × prev, in integers.
  const within = prev > 0n && BigInt(rule.lowerPercent) * prev <= 100n * est && 100n * est <= BigInt(rule.upperPercent) * prev;
  const use = within ? 'previous' : 'estimate';
  const reason = prev === 0n ? 'no previous base: the estimate is used' : within ? `estimate ${groupDigits(est)} is within ${rule.lowerPercent}%–${rule.upperPercent}% of the previous base ${groupDigits(prev)}` : `estimate ${groupDigits(est)} is outside ${rule.lowerPercent}%–${rule.upperPercent}% of the previous base ${groupDigits(prev)}`;
  const base = within ? prev : est;
  trace.push(step('estimate.basis', base, `見込額 ${groupDigits(est)} / 前年度 ${groupDigits(prev)}: ${within ? '50%以上200%以下 → 前年度の額' : '50%未満又は200%超 → 見込額'} ${groupDigits(base)}`, reason, rule.legalBasis));
  return { use, base: yenToNumber(base, 'base'), previousBase: yenToNumber(prev, 'previousBase'), estimateBase: yenToNumber(est, 'estimateBase'), reason, trace };
}
