/** 業種36 (機械装置の組立て又は据付けの事業) is split: `assembly` 組立て又は取付け (36a), `other` その他 (36b). */
export type MachineryWork = 'assembly' | 'other';

/**
 * The two rows of 業種36 in the 労務費率表 ({@link constructionWageBase} `work`): 組立て又は取付け
 * (`assembly`, 36a) and その他 (`other`, 36b). Frozen.
 *
 * @example
 * ```ts
 * import { MACHINERY_WORKS } from 'jp-labor-insurance';
 * console.log(MACHINERY_WORKS); //=> [ 'assembly', 'other' ]
 * ```
 */
export const MACHINERY_WORKS: readonly MachineryWork[] = Object.freeze(['assembly', 'other']);

/**
 * True when `value` is one of {@link MACHINERY_WORKS}.
 *
 * @example
 * ```ts
 * import { isMachineryWork } from 'jp-labor-insurance';
 * console.log(isMachineryWork('assembly'), isMachineryWork('install')); //=> true false
 * ```
 * @group Type guards
 */
export function isMachineryWork(value: unknown): value is MachineryWork {
  return value === 'assembly' || value === 'other';
}
