import { Decimal, dec, toBigInt } from '../core/decimal.js';
import { InvalidInputError } from '../core/errors.js';
import { isDecimalString } from '../core/rate.js';
import { yenToNumber } from '../core/yen.js';
import { ceilYen, floorYen } from './floor.js';
import { roundHalfDownYen, roundHalfUpYen } from './half.js';

/**
 * How a fraction of a yen is settled.
 * - `halfDown` — 50銭以下切捨て・50銭超切上げ; the legal result when withheld from wages (default).
 * - `halfUp` — 50銭未満切捨て・50銭以上切上げ; the worker pays in cash (通貨法3条1項).
 * - `floor` — always truncate; an agreed custom (特約).
 * - `ceil` — always round up; an agreed custom (特約).
 */
export type RoundingMode = 'halfDown' | 'halfUp' | 'floor' | 'ceil';

/**
 * All rounding modes, in documentation order.
 *
 * @example
 * ```ts
 * import { ROUNDING_MODES, roundYen } from 'jp-labor-insurance';
 * console.log(ROUNDING_MODES.map((mode) => roundYen('555.5', mode))); //=> [ 555, 556, 555, 556 ]
 * ```
 */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze(['halfDown', 'halfUp', 'floor', 'ceil']);

/** Options of {@link roundYen}. */
export interface RoundYenOptions {
  /**
   * Compatibility with software that first truncates the exact amount to 厘 (0.001 yen) and then
   * applies the rule ("50銭以下切捨て" read at 厘 precision). Gives 550 instead of 551 for 550.5005.
   * Off by default: the statute rounds the net payment, which gives 551 (rules.md §2.2).
   */
  truncateToRinFirst?: boolean;
}

const ROUNDERS: Readonly<Record<RoundingMode, (x: Decimal) => Decimal>> = {
  halfDown: roundHalfDownYen,
  halfUp: roundHalfUpYen,
  floor: floorYen,
  ceil: ceilYen,
};

/** Validates a rounding mode name. @internal */
export function assertRoundingMode(mode: unknown): RoundingMode {
  if (typeof mode === 'string' && Object.prototype.hasOwnProperty.call(ROUNDERS, mode)) return mode as RoundingMode;
  throw new InvalidInputError('INVALID_ROUNDING_MODE', `rounding must be one of ${ROUNDING_MODES.join(', ')} (got ${JSON.stringify(mode)})`, { value: mode });
}

/** Applies a rounding mode to an exact decimal. @internal */
export function applyRounding(x: Decimal, mode: RoundingMode, truncateToRinFirst = false): Decimal {
  const value = truncateToRinFirst ? x.round(3, 0) : x;
  return ROUNDERS[mode](value);
}

/**
 * Rounds an exact yen amount to whole yen with the given mode.
 *
 * @param value - the exact amount: a decimal string (`"550.5005"`), a {@link Decimal}, a bigint or an integer number
 * @param mode - a {@link RoundingMode}; default `halfDown`
 * @returns whole yen as a number
 *
 * @example
 * ```ts
 * import { roundYen } from 'jp-labor-insurance';
 * console.log(roundYen('1600.5', 'halfDown'), roundYen('1600.5', 'halfUp'), roundYen('1600.5', 'floor'), roundYen('1600.5', 'ceil'));
 * //=> 1600 1601 1600 1601
 * console.log(roundYen('550.5005'), roundYen('550.5005', 'halfDown', { truncateToRinFirst: true }));
 * //=> 551 550
 * ```
 */
export function roundYen(value: string | Decimal | bigint | number, mode: RoundingMode = 'halfDown', options: RoundYenOptions = {}): number {
  const x = toExact(value);
  const rounded = applyRounding(x, assertRoundingMode(mode), options.truncateToRinFirst ?? false);
  return yenToNumber(toBigInt(rounded));
}

function toExact(value: unknown): Decimal {
  if (value instanceof Decimal) return value;
  if (typeof value === 'bigint') return dec(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new InvalidInputError('AMOUNT_NOT_INTEGER', `a number passed to roundYen must be a safe integer; pass fractions as a decimal string (got ${value})`, { value });
    }
    return dec(value);
  }
  if (typeof value === 'string') {
    const negative = value.startsWith('-');
    if (isDecimalString(negative ? value.slice(1) : value)) return dec(value);
  }
  throw new InvalidInputError('AMOUNT_MALFORMED', `roundYen expects a decimal string such as "550.5005" (got ${JSON.stringify(value)})`, { value: String(value) });
}
