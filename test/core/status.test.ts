import { describe, expect, it } from 'vitest';
import { weakestStatus } from '../../src/core/status.js';

describe('weakestStatus (contract §2: confirmed > single-source > derived > unconfirmed)', () => {
  it('picks the weakest', () => {
    expect(weakestStatus(['confirmed', 'derived', 'single-source'])).toBe('derived');
    expect(weakestStatus(['single-source', 'confirmed'])).toBe('single-source');
    expect(weakestStatus(['confirmed', 'unconfirmed'])).toBe('unconfirmed');
  });
  it('no figure used is confirmed; an unknown string is unconfirmed', () => {
    expect(weakestStatus([])).toBe('confirmed');
    expect(weakestStatus(['confirmed', 'bogus'])).toBe('unconfirmed');
  });
});
