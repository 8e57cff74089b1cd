import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';

/** Which insurances the declaration covers: both, or one of them (二元適用事業 declare each separately). */
export type Coverage = 'both' | 'workersCompensation' | 'employmentInsurance';

/**
 * The coverages of a labour insurance declaration: `'both'` (一元適用事業, both insurances),
 * `'workersCompensation'` (労災 only) and `'employmentInsurance'` (employment insurance only) — frozen.
 *
 * @example
 * ```ts
 * import { COVERAGES } from 'jp-labor-insurance';
 * console.log(COVERAGES, Object.isFrozen(COVERAGES)); //=> [ 'both', 'workersCompensation', 'employmentInsurance' ] true
 * ```
 */
export const COVERAGES: readonly Coverage[] = Object.freeze(['both', 'workersCompensation', 'employmentInsurance'] as const);

/**
 * True when `value` is one of {@link COVERAGES}.
 *
 * @example
 * ```ts
 * import { isCoverage } from 'jp-labor-insurance';
 * console.log(isCoverage('workersCompensation'), isCoverage('wc')); //=> true false
 * ```
 * @group Type guards
 */
export function isCoverage(value: unknown): value is Coverage {
  return value === 'both' || value === 'workersCompensation' || value === 'employmentInsurance';
}

/** Validates a coverage; `undefined` is `'both'`. @internal */
export function assertCoverage(value: unknown): Coverage {
  if (value === undefined) return 'both';
  if (isCoverage(value)) return value;
  throw new InvalidInputError('INVALID_OPTION', `coverage must be 'both', 'workersCompensation' or 'employmentInsurance' (got ${formatValue(value)})`, {
    field: 'coverage',
    value,
    expected: "'both', 'workersCompensation' or 'employmentInsurance'",
  });
}
