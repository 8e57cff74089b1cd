import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import type { EmploymentCategory } from '../rates/types.js';

export type { EmploymentCategory };

/**
 * The business categories (事業の区分) of employment insurance, the `category` of its calculations: `'general'` (一般の事業),
 * `'agriculture'` (農林水産・清酒製造の事業), `'construction'` (建設の事業) — frozen.
 *
 * @example
 * ```ts
 * import { EMPLOYMENT_CATEGORIES } from 'jp-labor-insurance';
 * console.log(EMPLOYMENT_CATEGORIES, Object.isFrozen(EMPLOYMENT_CATEGORIES)); //=> [ 'general', 'agriculture', 'construction' ] true
 * ```
 */
export const EMPLOYMENT_CATEGORIES: readonly EmploymentCategory[] = Object.freeze(['general', 'agriculture', 'construction'] as const);

/**
 * True when `value` is one of {@link EMPLOYMENT_CATEGORIES}.
 *
 * @example
 * ```ts
 * import { isEmploymentCategory } from 'jp-labor-insurance';
 * console.log(isEmploymentCategory('construction'), isEmploymentCategory('建設')); //=> true false
 * ```
 * @group Type guards
 */
export function isEmploymentCategory(value: unknown): value is EmploymentCategory {
  return value === 'general' || value === 'agriculture' || value === 'construction';
}

/** Validates a 雇用保険 category: 'general' (一般の事業), 'agriculture' (農林水産・清酒製造), 'construction' (建設の事業). @internal */
export function assertCategory(value: unknown): EmploymentCategory {
  if (isEmploymentCategory(value)) return value;
  throw new InvalidInputError(
    'UNKNOWN_CATEGORY',
    `category must be 'general' (一般の事業), 'agriculture' (農林水産・清酒製造の事業) or 'construction' (建設の事業) (got ${formatValue(value)})`,
    { field: 'category', value, expected: "'general', 'agriculture' or 'construction'" },
  );
}

/** Japanese name of each category. @internal */
export const CATEGORY_NAMES: Readonly<Record<EmploymentCategory, string>> = Object.freeze({
  general: '一般の事業',
  agriculture: '農林水産・清酒製造の事業',
  construction: '建設の事業',
});
