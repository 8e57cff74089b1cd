import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weakestStatus } from '../../src/core/status.js';

describe('weakestStatus', () => {
  it('takes the weakest status; caller figures (undefined) do not count; nothing is confirmed', () => {
    expect(weakestStatus([])).toBe('confirmed');
    expect(weakestStatus([undefined])).toBe('confirmed');
    expect(weakestStatus(['confirmed', 'derived', undefined])).toBe('derived');
    expect(weakestStatus(['single-source', 'confirmed'])).toBe('single-source');
    expect(weakestStatus(['derived', 'unconfirmed'])).toBe('unconfirmed');
    expect(weakestStatus(['confirmed', 'provisional'])).toBe('unconfirmed'); // not a SourceStatus
  });
  it('property: equals the maximum of the ranks (order-independent)', () => {
    const order = ['confirmed', 'single-source', 'derived', 'unconfirmed'] as const;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...order)), (list) => {
        const expected = list.length === 0 ? 'confirmed' : order[Math.max(...list.map((s) => order.indexOf(s)))];
        expect(weakestStatus(list)).toBe(expected);
        expect(weakestStatus([...list].reverse())).toBe(expected);
      }),
    );
  });
});
