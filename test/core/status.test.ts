import { describe, expect, it } from 'vitest';
import { weakestStatus } from '../../src/core/status.js';

describe('weakestStatus — confirmed > single-source > derived > unconfirmed', () => {
  it('takes the weakest, whatever the order', () => {
    expect(weakestStatus()).toBe('confirmed');
    expect(weakestStatus('confirmed', 'single-source')).toBe('single-source');
    expect(weakestStatus('derived', 'single-source', 'confirmed')).toBe('derived');
    expect(weakestStatus('confirmed', 'unconfirmed', 'derived')).toBe('unconfirmed');
  });
});
