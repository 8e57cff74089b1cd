import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusesOf } from '../../src/benefits/shared.js';
import { weakestStatus } from '../../src/core/status.js';

describe('weakestStatus over statusesOf (the benefits area)', () => {
  it('takes the weakest status; caller figures (undefined) do not count; an unknown string is unconfirmed; nothing is confirmed', () => {
    expect(weakestStatus(...statusesOf([]))).toBe('confirmed');
    expect(weakestStatus(...statusesOf([undefined]))).toBe('confirmed');
    expect(weakestStatus(...statusesOf(['confirmed', 'derived', undefined]))).toBe('derived');
    expect(weakestStatus(...statusesOf(['single-source', 'confirmed']))).toBe('single-source');
    expect(weakestStatus(...statusesOf(['confirmed', 'provisional']))).toBe('unconfirmed');
  });
  it('property: equals the maximum of the ranks, in any order', () => {
    const order = ['confirmed', 'single-source', 'derived', 'unconfirmed'] as const;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...order)), (list) => {
        const expected = list.length === 0 ? 'confirmed' : order[Math.max(...list.map((s) => order.indexOf(s)))];
        expect(weakestStatus(...statusesOf(list))).toBe(expected);
        expect(weakestStatus(...statusesOf([...list].reverse()))).toBe(expected);
      }),
    );
  });
});
