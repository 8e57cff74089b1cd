// How annualRenewal reads its input, on either path (docs/contract.md §3): like every entry point, it copies the
// input once (own and inherited enumerable fields, in key order, each read once) and both the fast and the exact
// path work on that copy; the trace of a fast result is computed from a null-prototype snapshot, so neither a
// later edit of the input nor a key added to Object.prototype changes it. The oracle is exactRenewal on the same
// input (a review found each of these cases differing before the fix of 2026-12-02).
import { afterEach, describe, expect, it } from 'vitest';
import { annualRenewal, type AnnualRenewalInput } from '../../src/index.js';
import { exactRenewal } from '../../src/renewal/renewalExact.js';
import { outcome } from './outcome.js';

/** annualRenewal and exactRenewal, each on a fresh input from `make` (so stateful getters start afresh). */
function expectSame(make: () => unknown): void {
  const a = outcome(() => annualRenewal(make() as AnnualRenewalInput));
  const b = outcome(() => exactRenewal(make() as AnnualRenewalInput));
  expect(a).toEqual(b);
}

const base = { renewalYear: 2025, industry: '98', category: 'general' as const, previousYearWages: 30_125_678, declaredEstimate: 520_000 };

describe('annualRenewal sees exactly the fields the exact path sees (own and inherited enumerable, via for-in)', () => {
  it('a non-enumerable own declaredEstimate is not seen (AMOUNT_TYPE on both paths)', () => {
    expectSame(() => {
      const { declaredEstimate, ...rest } = base;
      return Object.defineProperty(rest, 'declaredEstimate', { value: declaredEstimate, enumerable: false });
    });
  });

  it('a non-enumerable own estimatedWages is not seen (565,101 on both paths, not 1,787,914)', () => {
    expectSame(() => Object.defineProperty({ ...base }, 'estimatedWages', { value: 100_000_000, enumerable: false }));
  });

  it('a Proxy with only a get trap over {} has no keys (refused on both paths)', () => {
    expectSame(() => new Proxy({}, { get: (_t, k) => (base as Record<PropertyKey, unknown>)[k] }));
  });

  it('a Proxy over an array claiming Object.prototype is not an input object (refused on both paths)', () => {
    expectSame(() => new Proxy([], { getPrototypeOf: () => Object.prototype, get: (_t, k) => (base as Record<PropertyKey, unknown>)[k] }));
  });
});

describe('each field is read once, in key order, also when the fast path declines the input', () => {
  it('a getter is read once when the fast path declines (bigint estimatedWages): its first value counts', () => {
    expectSame(() => {
      let n = 0;
      const o: Record<string, unknown> = { renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 30_125_678, estimatedWages: 40_000_000n };
      return Object.defineProperty(o, 'declaredEstimate', { enumerable: true, get: () => (++n === 1 ? 520_000 : 9_999_999) });
    });
  });

  it('a getter that may be read only once is read once (FY2022 確定: the fast path declines)', () => {
    expectSame(() => {
      let n = 0;
      const o: Record<string, unknown> = { ...base, renewalYear: 2023 }; // FY2022 確定: the fast path bails after reading every field
      return Object.defineProperty(o, 'declaredEstimate', {
        enumerable: true,
        get: () => {
          if (n++ > 0) throw new Error('read twice');
          return 520_000;
        },
      });
    });
  });

  it('each field is read exactly once by annualRenewal (as by exactRenewal)', () => {
    const reads: string[] = [];
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries({ ...base, renewalYear: 2023 })) Object.defineProperty(o, k, { enumerable: true, get: () => (reads.push(k), v) });
    // FY2022 確定 from one total: RATE_PERIOD_SPLIT (the fast path declines this year, the exact path refuses it)
    expect(() => annualRenewal(o as unknown as AnnualRenewalInput)).toThrowError(expect.objectContaining({ code: 'RATE_PERIOD_SPLIT' }));
    for (const k of Object.keys(base)) expect(reads.filter((r) => r === k)).toHaveLength(1);
  });

  it('getters sharing state are read in key order on both paths', () => {
    expectSame(() => {
      let n = 0;
      const o: Record<string, unknown> = { renewalYear: 2025, industry: '98', category: 'general' };
      Object.defineProperty(o, 'declaredEstimate', { enumerable: true, get: () => ++n * 100_000 });
      Object.defineProperty(o, 'previousYearWages', { enumerable: true, get: () => ++n * 10_000_000 });
      return o;
    });
  });
});

describe('the trace of a fast result does not depend on Object.prototype when it is read', () => {
  const P = Object.prototype as Record<string, unknown>;
  afterEach(() => {
    delete P['estimatedWages'];
    delete P['previousYearPayroll'];
  });

  it('an enumerable Object.prototype.estimatedWages added after the call does not change the trace', () => {
    const expected = exactRenewal(base).trace;
    const r = annualRenewal(base);
    P['estimatedWages'] = 100_000_000;
    const trace = r.trace;
    delete P['estimatedWages'];
    expect(trace).toEqual(expected);
  });

  it('an Object.prototype.previousYearPayroll added after the call does not make reading the trace throw', () => {
    const r = annualRenewal(base);
    P['previousYearPayroll'] = [];
    let threw: unknown;
    try {
      void r.trace;
    } catch (e) {
      threw = e;
    }
    delete P['previousYearPayroll'];
    expect(threw).toBeUndefined();
  });
});

describe('assigning trace on a frozen result', () => {
  it('throws a TypeError on both paths, as on any frozen object in strict mode', () => {
    const exact = Object.freeze(exactRenewal(base));
    const fast = Object.freeze(annualRenewal(base));
    const assign = (r: { trace: unknown }) => {
      try {
        r.trace = [];
        return 'no error';
      } catch (e) {
        return (e as Error).constructor.name;
      }
    };
    expect(assign(fast)).toBe(assign(exact));
  });
});
