/**
 * 特別加入の種類: 1 = 中小事業主等, 2 = 一人親方等・特定作業従事者, 3 = 海外派遣者.
 * @category 特別加入 Special enrollment
 */
export type SpecialEnrollmentKind = 1 | 2 | 3;

/**
 * The kinds of 特別加入 of {@link specialEnrollmentPremium}: 第1種 (中小事業主等), 第2種 (一人親方等・特定作業従事者),
 * 第3種 (海外派遣者). Frozen.
 *
 * @category 特別加入 Special enrollment
 * @example
 * ```ts
 * import { SPECIAL_ENROLLMENT_KINDS } from 'jp-labor-insurance';
 * console.log(SPECIAL_ENROLLMENT_KINDS); //=> [ 1, 2, 3 ]
 * ```
 */
export const SPECIAL_ENROLLMENT_KINDS: readonly SpecialEnrollmentKind[] = Object.freeze([1, 2, 3]);

/**
 * True when `value` is one of {@link SPECIAL_ENROLLMENT_KINDS} (the numbers, not strings).
 *
 * @category 特別加入 Special enrollment
 * @example
 * ```ts
 * import { isSpecialEnrollmentKind } from 'jp-labor-insurance';
 * console.log(isSpecialEnrollmentKind(2), isSpecialEnrollmentKind('2'), isSpecialEnrollmentKind(4)); //=> true false false
 * ```
 * @group Type guards
 */
export function isSpecialEnrollmentKind(value: unknown): value is SpecialEnrollmentKind {
  return value === 1 || value === 2 || value === 3;
}
