const DECIMAL = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/**
 * Longest decimal string accepted (rates, percents, exact amounts given to `roundYen`): 64 characters
 * hold any amount below 10^21 yen with 40 decimal places; the length is checked before the pattern. @internal
 */
export const MAX_DECIMAL_LENGTH = 64;

/**
 * True when `s` is a plain non-negative decimal string such as `"5.5"` or `"0.02"`, at most
 * {@link MAX_DECIMAL_LENGTH} characters long. @internal
 */
export function isDecimalString(s: unknown): s is string {
  return typeof s === 'string' && s.length <= MAX_DECIMAL_LENGTH && DECIMAL.test(s);
}
