// splitRemainderFirst: 端数計算法3条 — the instalments are equal, the remainder of the division on the first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitRemainderFirst } from '../../src/kernel/index.js';

describe('splitRemainderFirst', () => {
  it('hand cases: 350,000 / 3 = 116,666 each, first 116,668; 100 / 1 = 100; 2 / 3 = 0 each, first 2', () => {
    expect(splitRemainderFirst(350_000n, 3n)).toEqual({ first: 116_668n, each: 116_666n });
    expect(splitRemainderFirst(100n, 1n)).toEqual({ first: 100n, each: 100n });
    expect(splitRemainderFirst(2n, 3n)).toEqual({ first: 2n, each: 0n });
  });

  it('property: first + each × (n − 1) = amount, each = ⌊amount / n⌋, each ≤ first < each + n', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 21n }), fc.bigInt({ min: 1n, max: 12n }), (amount, n) => {
        const { first, each } = splitRemainderFirst(amount, n);
        expect(first + each * (n - 1n)).toBe(amount);
        expect(each * n <= amount && amount < (each + 1n) * n).toBe(true);
        expect(each <= first && first < each + n).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('a count of 0 is a coded error, not a RangeError', () => {
    expect(() => splitRemainderFirst(1n, 0n)).toThrow(expect.objectContaining({ code: 'INVALID_RATE' }));
  });
});
