/** 介護の程度: 常時介護 (`constant`) or 随時介護 (`occasional`). */
export type CareLevel = 'constant' | 'occasional';

/**
 * The levels of care (介護の程度) of {@link careBenefit}: 常時介護, 随時介護. Frozen.
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
 */
export function isCareLevel(value: unknown): value is CareLevel {
  return value === 'constant' || value === 'occasional';
}
