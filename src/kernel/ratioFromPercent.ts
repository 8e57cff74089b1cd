import { ratioFromDecimal } from './ratioFromDecimal.js';
import type { Rational } from './types.js';

/**
 * A percentage (労務費率, 追徴金, 費用徴収) as an exact integer ratio of 1: `"23"` → `23 / 100`,
 * `"10.5"` → `105 / 1000`.
 *
 * @throws {@link InvalidInputError} `INVALID_RATE` for anything but a plain decimal string
 * @internal
 */
export function ratioFromPercent(percent: unknown, field = 'percent'): Rational {
  return ratioFromDecimal(percent, 100n, field);
}
