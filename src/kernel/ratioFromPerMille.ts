import { ratioFromDecimal } from './ratioFromDecimal.js';
import type { Rational } from './types.js';

/**
 * A rate per mille (‰, the unit of every 労働保険 rate table) as an exact integer ratio of 1:
 * `"5.5"` → `55 / 10000`, `"3"` → `3 / 1000`. Not reduced, so the denominator stays 1000 × 10^k.
 *
 * @throws {@link InvalidInputError} `INVALID_RATE` for anything but a plain decimal string
 * @internal
 */
export function ratioFromPerMille(rate: unknown, field = 'rate'): Rational {
  return ratioFromDecimal(rate, 1000n, field);
}
