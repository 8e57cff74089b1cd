import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';

/**
 * How a fraction of a yen is settled. Every mode acts on the magnitude, so a negative amount (a
 * refund) rounds as the mirror image of the positive one (docs/rounding.md).
 * - `halfDown` — 50銭以下切捨て・50銭超切上げ; the legal result when withheld from wages (default).
 * - `halfUp` — 50銭未満切捨て・50銭以上切上げ; the worker pays in cash (通貨法3条1項).
 * - `floor` — always truncate (切捨て, toward zero); an agreed custom (特約).
 * - `ceil` — always round up (切上げ, away from zero); an agreed custom (特約).
 */
export type RoundingMode = 'halfDown' | 'halfUp' | 'floor' | 'ceil';

/**
 * All rounding modes (端数処理の方法), in documentation order. Frozen.
 *
 * @example
 * ```ts
 * import { ROUNDING_MODES, roundYen } from 'jp-labor-insurance';
 * console.log(ROUNDING_MODES.map((mode) => roundYen('555.5', mode))); //=> [ 555, 556, 555, 556 ]
 * console.log(ROUNDING_MODES.map((mode) => roundYen('-555.5', mode))); //=> [ -555, -556, -555, -556 ]
 * ```
 */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze(['halfDown', 'halfUp', 'floor', 'ceil']);

/**
 * True when `value` is one of {@link ROUNDING_MODES}.
 *
 * @example
 * ```ts
 * import { isRoundingMode } from 'jp-labor-insurance';
 * console.log(isRoundingMode('halfUp'), isRoundingMode('bankers')); //=> true false
 * ```
 * @group Type guards
 */
export function isRoundingMode(value: unknown): value is RoundingMode {
  return value === 'halfDown' || value === 'halfUp' || value === 'floor' || value === 'ceil';
}

/** Validates a rounding mode name. @internal */
export function assertRoundingMode(mode: unknown, field = 'rounding'): RoundingMode {
  if (isRoundingMode(mode)) return mode;
  throw new InvalidInputError('INVALID_ROUNDING_MODE', `${field} must be one of ${ROUNDING_MODES.join(', ')} (got ${formatValue(mode)})`, { field, value: mode });
}
