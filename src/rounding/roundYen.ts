import type { Decimal } from '../core/decimal.js';
import { assertBoolean } from '../core/options.js';
import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { yenToNumber } from '../core/yen.js';
import { ceilYen, floorYen } from './floor.js';
import { roundHalfDownYen, roundHalfUpYen } from './half.js';
import { assertRoundingMode, type RoundingMode } from './modes.js';
import { type ExactInput } from './exact.js';
import { toScaled } from './scaled.js';
import { divideAwayFromZero } from '../kernel/divideAwayFromZero.js';
import { divideHalfDown } from '../kernel/divideHalfDown.js';
import { divideHalfUp } from '../kernel/divideHalfUp.js';
import { divideTruncate } from '../kernel/divideTruncate.js';

export { ROUNDING_MODES, isRoundingMode, assertRoundingMode } from './modes.js';
export type { RoundingMode } from './modes.js';
export type { ExactInput } from './exact.js';

/** Options of {@link roundYen}. */
export interface RoundYenOptions {
  /**
   * Compatibility with software that first truncates the exact amount to 厘 (0.001 yen) and then
   * applies the rule ("50銭以下切捨て" read at 厘 precision). Gives 550 instead of 551 for 550.5005.
   * Off by default: the statute rounds the net payment, which gives 551 (rules.md §2.2).
   */
  truncateToRinFirst?: boolean;
}

/** One function per mode, each acting on the magnitude (symmetric in sign). */
const ROUNDERS: Readonly<Record<RoundingMode, (x: Decimal) => Decimal>> = /* @__PURE__ */ Object.freeze({
  halfDown: roundHalfDownYen,
  halfUp: roundHalfUpYen,
  floor: floorYen,
  ceil: ceilYen,
});

/** Applies a rounding mode to an exact private decimal (厘 truncation toward zero first when asked). @internal */
export function applyRounding(x: Decimal, mode: RoundingMode, truncateToRinFirst = false): Decimal {
  const value = truncateToRinFirst ? x.round(3, 0) : x;
  return ROUNDERS[mode](value);
}

/**
 * Rounds an exact yen amount to whole yen with the given mode (端数処理). Every mode acts on the
 * magnitude, so a negative amount (a refund) is the mirror image of the positive one:
 * `roundYen('-5.5')` is −5 as `roundYen('5.5')` is 5 (docs/rounding.md).
 *
 * @param value - the exact amount: a signed decimal string (`"550.5005"`), a big.js value of any
 *   constructor, a bigint or a safe-integer number
 * @param mode - a {@link RoundingMode}; default `halfDown`
 * @returns whole yen as a number
 * @throws {@link InvalidInputError} `INVALID_ROUNDING_MODE`, `INVALID_OPTION` (options), `AMOUNT_*`,
 *   `RESULT_UNSAFE_INTEGER`
 *
 * @example
 * ```ts
 * import { roundYen } from 'jp-labor-insurance';
 * console.log(roundYen('1600.5', 'halfDown'), roundYen('1600.5', 'halfUp'), roundYen('1600.5', 'floor'), roundYen('1600.5', 'ceil'));
 * //=> 1600 1601 1600 1601
 * console.log(roundYen('550.5005'), roundYen('550.5005', 'halfDown', { truncateToRinFirst: true }));
 * //=> 551 550
 * console.log(roundYen('5.5'), roundYen('-5.5'), roundYen('-1600.5', 'floor'), roundYen('-1600.5', 'ceil')); //=> 5 -5 -1600 -1601
 * ```
 */
export function roundYen(value: ExactInput, mode: RoundingMode = 'halfDown', options: RoundYenOptions = {}): number {
  const rounding = assertRoundingMode(mode, 'mode');
  if (typeof options !== 'object' || options === null) {
    throw new InvalidInputError('INVALID_OPTION', `roundYen options must be an object (got ${formatValue(options)})`, { field: 'options', value: options, expected: 'an object' });
  }
  let rin: unknown;
  try {
    rin = options.truncateToRinFirst;
  } catch {
    throw new InvalidInputError('INVALID_OPTION', 'options.truncateToRinFirst could not be read', { field: 'options.truncateToRinFirst' });
  }
  const truncate = assertBoolean(rin, 'options.truncateToRinFirst', false);
  // Exact integer arithmetic (no big.js): value = n / 10^scale, rounded by the mode's division kernel.
  const { n, scale } = toScaled(value, 'value');
  let num = n;
  let den = 10n ** BigInt(scale);
  if (truncate && scale > 3) {
    num = divideTruncate(n, 10n ** BigInt(scale - 3)); // 厘 (0.001 yen), toward zero
    den = 1000n;
  }
  // the kernels of DIVIDE_BY_MODE (src/kernel/divideByMode.ts), named here so that a bundle takes only these
  const divide = rounding === 'halfDown' ? divideHalfDown : rounding === 'halfUp' ? divideHalfUp : rounding === 'floor' ? divideTruncate : divideAwayFromZero;
  return yenToNumber(divide(num, den));
}
