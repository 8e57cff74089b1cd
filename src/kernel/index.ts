/**
 * Exact integer kernels (internal): integer yen as bigint, rates as integer ratios, one division per
 * rounding mode. Nothing here is exported from the package; see docs/contract-kernels.md.
 * @internal
 * @module
 */
export type { Rational, DivideKernel, DivideNumberKernel } from './types.js';
export { ratioFromDecimal, MAX_RATE_LENGTH } from './ratioFromDecimal.js';
export { ratioFromPerMille } from './ratioFromPerMille.js';
export { ratioFromPercent } from './ratioFromPercent.js';
export { addRatios } from './addRatios.js';
export { multiplyYen } from './multiplyYen.js';
export { divideTruncate, divideTruncateNumber } from './divideTruncate.js';
export { divideAwayFromZero, divideAwayFromZeroNumber } from './divideAwayFromZero.js';
export { divideHalfDown, divideHalfDownNumber } from './divideHalfDown.js';
export { divideHalfUp, divideHalfUpNumber } from './divideHalfUp.js';
export { DIVIDE_BY_MODE, DIVIDE_NUMBER_BY_MODE } from './divideByMode.js';
export { splitRemainderFirst } from './splitRemainderFirst.js';
export { truncateToUnit } from './truncateToUnit.js';
export { truncateToRin } from './truncateToRin.js';
export { rationalToDecimal } from './rationalToDecimal.js';
export { scaledToDecimal } from './scaledToDecimal.js';
