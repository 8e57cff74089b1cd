/**
 * Kind of 保険給付 paid for an accident (for {@link costRecoveryEstimate}). 療養 (`medical`), 介護 (`care`)
 * and 二次健康診断等給付 (`secondaryHealthCheck`) are never subject to 費用徴収 for an unregistered business.
 */
export type BenefitKind = 'medical' | 'care' | 'secondaryHealthCheck' | 'absence' | 'injuryDisease' | 'disability' | 'survivors' | 'funeral' | 'other';

/**
 * The kinds of 保険給付 ({@link BenefitKind}) that {@link costRecoveryEstimate} takes, in documentation order. Frozen.
 *
 * @example
 * ```ts
 * import { BENEFIT_KINDS } from 'jp-labor-insurance';
 * console.log(BENEFIT_KINDS.length, BENEFIT_KINDS[0]); //=> 9 'medical'
 * ```
 */
export const BENEFIT_KINDS: readonly BenefitKind[] = Object.freeze([
  'medical',
  'care',
  'secondaryHealthCheck',
  'absence',
  'injuryDisease',
  'disability',
  'survivors',
  'funeral',
  'other',
]);

/**
 * True when `value` is one of {@link BENEFIT_KINDS}.
 *
 * @example
 * ```ts
 * import { isBenefitKind } from 'jp-labor-insurance';
 * console.log(isBenefitKind('absence'), isBenefitKind('bonus')); //=> true false
 * ```
 * @group Type guards
 */
export function isBenefitKind(value: unknown): value is BenefitKind {
  return typeof value === 'string' && (BENEFIT_KINDS as readonly string[]).includes(value);
}
