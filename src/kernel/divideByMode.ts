import type { RoundingMode } from '../rounding/roundYen.js';
import { divideAwayFromZero, divideAwayFromZeroNumber } from './divideAwayFromZero.js';
import { divideHalfDown, divideHalfDownNumber } from './divideHalfDown.js';
import { divideHalfUp, divideHalfUpNumber } from './divideHalfUp.js';
import { divideTruncate, divideTruncateNumber } from './divideTruncate.js';
import type { DivideKernel, DivideNumberKernel } from './types.js';

/**
 * The division kernel of each public {@link RoundingMode}. Every mode acts on the magnitude, so a
 * negative amount (a refund) rounds as its positive counterpart with the sign restored:
 * `floor` truncates toward zero and `ceil` rounds away from zero.
 * @internal
 */
export const DIVIDE_BY_MODE: Readonly<Record<RoundingMode, DivideKernel>> = Object.freeze({
  halfDown: divideHalfDown,
  halfUp: divideHalfUp,
  floor: divideTruncate,
  ceil: divideAwayFromZero,
});

/** The safe-integer twin of each kernel in {@link DIVIDE_BY_MODE} (same preconditions as the twins). @internal */
export const DIVIDE_NUMBER_BY_MODE: Readonly<Record<RoundingMode, DivideNumberKernel>> = Object.freeze({
  halfDown: divideHalfDownNumber,
  halfUp: divideHalfUpNumber,
  floor: divideTruncateNumber,
  ceil: divideAwayFromZeroNumber,
});
