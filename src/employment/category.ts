import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import type { EmploymentCategory } from '../rates/types.js';

export type { EmploymentCategory };

/** Validates a 雇用保険 category: 'general' (一般の事業), 'agriculture' (農林水産・清酒製造), 'construction' (建設の事業). @internal */
export function assertCategory(value: unknown): EmploymentCategory {
  if (value === 'general' || value === 'agriculture' || value === 'construction') return value;
  throw new InvalidInputError('UNKNOWN_CATEGORY', `category must be 'general' (一般の事業), 'agriculture' (農林水産・清酒製造の事業) or 'construction' (建設の事業) (got ${formatValue(value)})`, { value: value });
}

/** Japanese name of each category. @internal */
export const CATEGORY_NAMES: Readonly<Record<EmploymentCategory, string>> = Object.freeze({
  general: '一般の事業',
  agriculture: '農林水産・清酒製造の事業',
  construction: '建設の事業',
});
