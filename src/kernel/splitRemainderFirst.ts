import { divideTruncate } from './divideTruncate.js';

/**
 * Splits `amount` yen into `count` instalments: each ⌊amount / count⌋, the remainder added to the first (端数計算法3条;
 * 徴収則27条・28条 for 延納, the 増加概算's 延納 alike). `first + each × (count − 1) = amount` exactly, and
 * `each ≤ first < each + count`.
 *
 * @param amount - yen, a bigint ≥ 0
 * @param count - a bigint > 0
 * @throws {@link InvalidInputError} `INVALID_RATE` when `count <= 0` (from {@link divideTruncate})
 * @internal
 */
export function splitRemainderFirst(amount: bigint, count: bigint): { first: bigint; each: bigint } {
  const each = divideTruncate(amount, count);
  return { first: amount - each * (count - 1n), each };
}
