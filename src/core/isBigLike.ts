/**
 * True when `value` looks like a big.js value of any constructor or copy of big.js (digits array
 * `c`, exponent `e`, sign `s`). Never throws. @internal
 */
export function isBigLike(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const v = value as { c?: unknown; e?: unknown; s?: unknown; toFixed?: unknown };
    return Array.isArray(v.c) && typeof v.e === 'number' && (v.s === 1 || v.s === -1) && typeof v.toFixed === 'function';
  } catch {
    return false;
  }
}
