/** 介護の程度: 常時介護 (`constant`) or 随時介護 (`occasional`). */
export type CareLevel = 'constant' | 'occasional';

/**
 * The levels of {@link CareLevel} that {@link careBenefit} takes, in documentation order. Frozen.
 *
 * @example
 * ```ts
 * import { CARE_LEVELS } from 'jp-labor-insurance';
 * console.log(CARE_LEVELS); //=> [ 'constant', 'occasional' ]
 * ```
 */
export const CARE_LEVELS: readonly CareLevel[] = Object.freeze(['constant', 'occasional']);

/**
 * True when `value` is one of {@link CARE_LEVELS}.
 *
 * @example
 * ```ts
 * import { isCareLevel } from 'jp-labor-insurance';
 * console.log(isCareLevel('constant'), isCareLevel('always')); //=> true false
 * ```
 * @group Type guards
 */
export function isCareLevel(value: unknown): value is CareLevel {
  return value === 'constant' || value === 'occasional';
}
