import { nonPositiveDivisor } from './nonPositiveDivisor.js';
import type { Rational } from './types.js';

/**
 * 厘未満切捨て — the amount truncated (on its magnitude) to 0.001 yen, as the rational `k / 1000`:
 * 550.5005 → 550.500. The compatibility step of `truncateToRinFirst` (software that reads
 * "50銭以下切捨て" at 厘 precision, so that 550.5005 then rounds half down to 550 rather than 551).
 *
 * @throws {@link InvalidInputError} `INVALID_RATE` when the denominator is not positive
 * @internal
 */
export function truncateToRin(value: Rational): Rational {
  if (value.denominator <= 0n) throw nonPositiveDivisor('denominator');
  return { numerator: (value.numerator * 1000n) / value.denominator, denominator: 1000n };
}
