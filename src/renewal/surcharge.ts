import { weakestStatus } from '../core/status.js';
import { groupDigits, traceStep, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { divideTruncate } from '../kernel/divideTruncate.js';
import { multiplyYen } from '../kernel/multiplyYen.js';
import { ratioFromPercent } from '../kernel/ratioFromPercent.js';
import { truncateToUnit } from '../kernel/truncateToUnit.js';
import type { SourceStatus } from '../rates/types.js';
import { PROCEDURES, assertBoolean, assertObject, oneOf, procedureSources } from './shared.js';

/**
 * The premiums a 追徴金 is charged on: 労働保険料 (10%) or 印紙保険料 (25%).
 *
 * @example
 * ```ts
 * import { SURCHARGE_KINDS } from 'jp-labor-insurance';
 * console.log(SURCHARGE_KINDS, Object.isFrozen(SURCHARGE_KINDS)); //=> [ 'premium', 'stampPremium' ] true
 * ```
 */
export const SURCHARGE_KINDS = Object.freeze(['premium', 'stampPremium'] as const);

/** One of {@link SURCHARGE_KINDS}. */
export type SurchargeKind = (typeof SURCHARGE_KINDS)[number];

/**
 * True for a {@link SurchargeKind}.
 *
 * @example
 * ```ts
 * import { isSurchargeKind } from 'jp-labor-insurance';
 * console.log(isSurchargeKind('stampPremium'), isSurchargeKind('bonus')); //=> true false
 * ```
 * @group Type guards
 */
export function isSurchargeKind(value: unknown): value is SurchargeKind {
  return typeof value === 'string' && (SURCHARGE_KINDS as readonly string[]).includes(value);
}

/** Input of {@link surcharge}. */
export interface SurchargeInput {
  /** 追徴金の基礎: the premium fixed by the 認定決定 of the 確定保険料 (the premium, or its 不足額), yen. */
  assessedPremium: YenInput;
  /** `'premium'` (労働保険料, 10%, default) or `'stampPremium'` (印紙保険料, 25%, 徴収法25条2項). */
  kind?: SurchargeKind;
  /** 天災その他やむを得ない理由 (not ignorance of the law, poor business or lack of funds): no 追徴金. Default false. */
  excused?: boolean;
}

/** Result of {@link surcharge}. */
export interface Surcharge {
  /** 追徴金, yen: always a multiple of 100. */
  amount: number;
  /** The assessed premium truncated to 千円. */
  base: number;
  percent: string;
  /** Why no 追徴金 is due, when `amount` is 0 for a reason other than a zero base. */
  reason?: string;
  /** The statutes applied: 徴収法21条, and 25条2項 for 印紙保険料. */
  legalBasis: string[];
  sources: string[];
  /** The status of the surcharge data (percent, minimum). */
  status: SourceStatus;
  trace: TraceStep[];
}

/** The exact 追徴金 (internal core of {@link surcharge}). @internal */
export interface SurchargeCore {
  amount: bigint;
  base: bigint;
  percent: string;
  reason?: string;
  legalBasis: string[];
  sources: string[];
  status: SourceStatus;
  steps: TraceStep[];
}

const BASE_LAW = '徴収法21条1項';

/**
 * 追徴金 on an assessed premium, on the kernels: ⌊assessed⌋₁₀₀₀ × percent / 100, truncated to the yen
 * (徴収法21条1項; a multiple of 100 since the base is whole thousands and the percents whole numbers).
 * None when excused or when the assessed premium is under the minimum. Composite calculations (the
 * 認定決定 estimate) call this with the bigint premium. @internal
 */
export function computeSurcharge(assessedPremium: bigint, kind: SurchargeKind, excused: boolean): SurchargeCore {
  const data = PROCEDURES.surcharge;
  const percent = kind === 'premium' ? data.percent : data.stampPremiumPercent;
  const law = kind === 'premium' ? '徴収法21条' : '徴収法25条2項';
  const base = truncateToUnit(assessedPremium, BigInt(data.baseUnit));
  const steps = [traceStep('surcharge.base', 'renewal.surchargeBase', base, { amount: String(assessedPremium) })];
  const legalBasis = kind === 'premium' ? ['徴収法21条'] : ['徴収法21条', '徴収法25条2項'];
  const common = { base, percent, legalBasis, sources: procedureSources(data.sources), status: weakestStatus(data.status) };
  const none = (reason: string, step: TraceStep): SurchargeCore => {
    steps.push(step);
    return { amount: 0n, ...common, reason, steps };
  };
  if (excused) return none('天災その他やむを得ない理由: no surcharge', traceStep('surcharge.amount', 'renewal.surchargeExcused', 0n, { legalBasis: law }));
  const minimum = BigInt(data.minimumAmount);
  if (assessedPremium < minimum) {
    return none(
      `amount due ${groupDigits(assessedPremium)} is under ${groupDigits(minimum)} yen: no surcharge`,
      traceStep('surcharge.amount', 'renewal.surchargeUnderMinimum', 0n, { amount: String(assessedPremium), minimum: String(minimum), legalBasis: law }),
    );
  }
  const product = multiplyYen(base, ratioFromPercent(percent));
  const amount = divideTruncate(product.numerator, product.denominator);
  const amountLaw = kind === 'premium' ? BASE_LAW : law;
  steps.push(traceStep('surcharge.amount', 'renewal.surchargeAmount', amount, { base: String(base), percent, legalBasis: amountLaw }));
  return { amount, ...common, steps };
}

/**
 * 追徴金 (徴収法21条) on a 確定保険料 fixed by 認定決定: ⌊assessed premium⌋₁₀₀₀ × 10/100, none when the
 * assessed premium is under 1,000 yen or the delay was due to 天災その他やむを得ない理由. Never charged on
 * a 概算保険料 認定決定. The result is always a multiple of 100 yen.
 *
 * @throws {@link InvalidInputError} `AMOUNT_*`, `INVALID_OPTION`.
 *
 * @example
 * ```ts
 * import { surcharge } from 'jp-labor-insurance';
 * console.log(surcharge({ assessedPremium: 28_300 }).amount, surcharge({ assessedPremium: 999 }).amount, surcharge({ assessedPremium: 1_234_567 }).amount);
 * //=> 2800 0 123400
 * const s = surcharge({ assessedPremium: 28_300 });
 * console.log(s.legalBasis, s.status, s.trace[1]); //=> [ '徴収法21条' ] 'confirmed' { id: 'surcharge.amount', rule: 'renewal.surchargeAmount', value: '2800', params: { base: '28000', percent: '10', legalBasis: '徴収法21条1項' } }
 * ```
 */
export function surcharge(input: SurchargeInput): Surcharge {
  const o = assertObject(input, 'surcharge');
  const assessed = parseYen(o['assessedPremium'], 'assessedPremium');
  const kind = oneOf(o['kind'], SURCHARGE_KINDS, 'kind', 'premium');
  const excused = assertBoolean(o['excused'], 'excused', false);
  return surchargeToNumbers(computeSurcharge(assessed, kind, excused));
}

/** The public {@link Surcharge} of a {@link SurchargeCore}. @internal */
export function surchargeToNumbers(c: SurchargeCore): Surcharge {
  const result: Surcharge = {
    amount: yenToNumber(c.amount, 'amount'),
    base: yenToNumber(c.base, 'base'),
    percent: c.percent,
    legalBasis: c.legalBasis,
    sources: c.sources,
    status: c.status,
    trace: c.steps,
  };
  if (c.reason !== undefined) result.reason = c.reason;
  return result;
}
