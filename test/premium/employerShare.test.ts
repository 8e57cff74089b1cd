import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { employerShare, explain, InvalidInputError, laborInsurancePremium } from '../../src/index.js';

describe('employerShare — the calculation contract', () => {
  it('amount = premium − Σ worker shares (rules.md §3.3 E1: 57,750 − 18,150 = 39,600) with trace, sources, legalBasis, status', () => {
    const s = employerShare({ premium: 57_750, workerDeductions: [...Array(12).fill(1_100), 2_475, 2_475] });
    expect(s).toMatchObject({ amount: 39_600, premium: 57_750, workerShares: 18_150, legalBasis: ['徴収法31条'], status: 'confirmed' });
    expect('employerShare' in s).toBe(false); // the former alias of amount is gone
    expect(s.sources.length).toBeGreaterThan(0);
    expect(s.trace).toEqual([
      { id: 'workerShares', rule: 'premium.workerShares', value: '18150' },
      { id: 'employerShare', rule: 'premium.employerShare', value: '39600', params: { premium: '57750', workerShares: '18150' } },
    ]);
  });
  it('carries a premium result’s sources, legal basis and status', () => {
    const premium = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000 });
    const s = employerShare({ premium, workerDeductions: 18_150 });
    expect(s.amount).toBe(39_600);
    for (const src of premium.sources) expect(s.sources).toContain(src);
    // the FY2024+ 労災保険率 of 業種 98 is marked derived in the data: the premium is derived, and so is the share
    expect([premium.status, s.status]).toEqual(['derived', 'derived']);
    expect(s.legalBasis).toEqual(['徴収法31条', ...premium.legalBasis]);
    const derived = employerShare({ premium: { amount: 1000, status: 'derived', legalBasis: ['徴収法31条', '徴収法11条'], sources: ['x'] }, workerDeductions: 1 });
    expect(derived).toMatchObject({ amount: 999, status: 'derived', legalBasis: ['徴収法31条', '徴収法11条'] });
    expect(derived.sources).toContain('x');
  });
  it('is exact on bigint and digit-string amounts (property: amount + shares = premium)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 ** 9 }), { maxLength: 30 }), fc.integer({ min: 0, max: 10 ** 12 }), (shares, extra) => {
        const total = shares.reduce((a, b) => a + b, 0);
        const s = employerShare({ premium: BigInt(total + extra), workerDeductions: shares.map(String) });
        return s.amount === extra && s.workerShares === total && s.amount + s.workerShares === s.premium;
      }),
    );
  });
  it('renders the texts it built before the structured trace', () => {
    expect(explain(employerShare({ premium: 21_017, workerDeductions: Array(12).fill(551) }), { lang: 'en' })).toBe(
      '1. worker shares withheld 6,612 [徴収法31条1項]\n2. employer share 21,017 − 6,612 = 14,405 [徴収法31条]',
    );
  });
  it('refuses a non-object input, shares above the premium, unsafe results, with coded errors', () => {
    for (const v of [null, undefined, 1, 'x', 1n]) expect(() => employerShare(v as never)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => employerShare({ premium: 100, workerDeductions: 101 })).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => employerShare({ premium: 2n ** 64n, workerDeductions: 0 })).toThrowError(expect.objectContaining({ code: 'RESULT_UNSAFE_INTEGER' }));
    expect(() => employerShare({ premium: { amount: -1 }, workerDeductions: 0 })).toThrowError(expect.objectContaining({ code: 'AMOUNT_NEGATIVE' }));
    expect(() => employerShare({ premium: 1, workerDeductions: [1, null] as never })).toThrow(InvalidInputError);
  });
});
