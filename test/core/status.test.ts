import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSourceStatus, weakestStatus } from '../../src/core/status.js';

// The order is the contract's (docs/contract.md §2): confirmed > single-source > derived > unconfirmed.
const ORDER = ['confirmed', 'single-source', 'derived', 'unconfirmed'] as const;

describe('weakestStatus', () => {
  it('is confirmed for no figures, and the weakest of those given', () => {
    expect(weakestStatus()).toBe('confirmed');
    expect(weakestStatus('confirmed', 'derived', 'single-source')).toBe('derived');
    expect(weakestStatus('single-source', 'unconfirmed', 'confirmed')).toBe('unconfirmed');
  });
  it('property: the result is the given status of highest index in the contract order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ORDER)), (list) => {
        const expected = list.length === 0 ? 'confirmed' : ORDER[Math.max(...list.map((s) => ORDER.indexOf(s)))];
        return weakestStatus(...list) === expected;
      }),
    );
  });
  it('isSourceStatus accepts exactly the four statuses', () => {
    for (const s of ORDER) expect(isSourceStatus(s)).toBe(true);
    for (const v of ['toString', 'Confirmed', '', null, 1]) expect(isSourceStatus(v)).toBe(false);
  });
});
