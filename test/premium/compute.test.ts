// The internal premium core: exact on bigints beyond the number range, the same from a RateTable as from
// the area data, and equal to the public wrapper (which only converts to numbers at the end).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laborInsurancePremium, ratesFor } from '../../src/index.js';
import { computePremium, premiumRatesFor, premiumRatesOf } from '../../src/premium/compute.js';

describe('computePremium (internal core)', () => {
  it('MHLW pamphlet 小売業 FY2025: 3,300,000 × (3 + 14.5)‰ = 57,750 as bigints, the combined rate exact', () => {
    const c = computePremium({ rates: premiumRatesFor(2025), industry: '98', category: 'general', wages: 3_300_000n });
    expect([c.amount, c.workersCompensation!.amount, c.employmentInsurance!.amount, c.displayAdjustment]).toEqual([57_750n, 9_900n, 47_850n, 0n]);
    expect(c.workersCompensation!.exact).toEqual({ numerator: 3_300_000n * 3n, denominator: 1000n });
    expect(c.combinedRate).toBe(true);
  });

  it('stays exact beyond 2^53: 10^20 yen × 17.5‰ = 1.75 × 10^18 (the wrapper refuses the number result)', () => {
    const c = computePremium({ rates: premiumRatesFor(2025), industry: '98', category: 'general', wages: 10n ** 20n + 999n });
    expect(c.amount).toBe(175n * 10n ** 16n); // base 10^20 (999 truncated), × 175/10000
    expect(() => laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 10n ** 20n })).toThrowError(
      expect.objectContaining({ code: 'RESULT_UNSAFE_INTEGER' }),
    );
  });

  it('a RateTable, its premiumRatesOf and premiumRatesFor give the same result', () => {
    const input = { industry: '94', category: 'agriculture', wages: { workersCompensation: 12_345_678n, employmentInsurance: 10_000_999n } } as const;
    const a = computePremium({ ...input, rates: ratesFor(2024) });
    expect(computePremium({ ...input, rates: premiumRatesOf(ratesFor(2024)) })).toEqual(a);
    expect(computePremium({ ...input, rates: premiumRatesFor(2024) })).toEqual(a);
  });

  it('property: the wrapper is the core converted to numbers (amounts, bases, exact strings)', () => {
    fc.assert(
      fc.property(fc.constantFrom(2019, 2022, 2025), fc.nat({ max: 1e10 }), fc.nat({ max: 1e10 }), (fy, a, b) => {
        const wages = fy === 2022 ? { workersCompensation: [a, b], employmentInsurance: [b, a] } : { workersCompensation: a, employmentInsurance: b };
        const core = computePremium({
          rates: premiumRatesFor(fy),
          industry: '31',
          category: 'general',
          wages:
            fy === 2022
              ? { workersCompensation: [BigInt(a), BigInt(b)], employmentInsurance: [BigInt(b), BigInt(a)] }
              : { workersCompensation: BigInt(a), employmentInsurance: BigInt(b) },
        });
        const p = laborInsurancePremium({ fiscalYear: fy, industry: '31', category: 'general', wages });
        expect(BigInt(p.amount)).toBe(core.amount);
        expect(BigInt(p.workersCompensation!.base)).toBe(core.workersCompensation!.base);
        expect(BigInt(p.employmentInsurance!.amount)).toBe(core.employmentInsurance!.amount);
        expect(p.trace).toEqual(core.trace);
        expect([p.status, p.legalBasis, p.sources]).toEqual([core.status, core.legalBasis, core.sources]);
      }),
      { numRuns: 200 },
    );
  });

  it('validates what it is given with the public codes', () => {
    const rates = premiumRatesFor(2025);
    expect(() => computePremium({ rates, industry: '00', category: 'general', wages: 1n })).toThrowError(expect.objectContaining({ code: 'UNKNOWN_INDUSTRY' }));
    expect(() => computePremium({ rates, industry: '98', category: 'retail', wages: 1n })).toThrowError(expect.objectContaining({ code: 'UNKNOWN_CATEGORY' }));
    expect(() => computePremium({ rates, industry: '98', category: 'general', wages: 1n, workersCompensationRate: 2 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_RATE' }),
    );
    expect(() => computePremium({ rates, industry: '98', category: 'general', wages: 1n, coverage: 'all' as never })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    expect(() => computePremium({ rates: premiumRatesFor(2022), industry: '98', category: 'general', wages: 1n })).toThrowError(
      expect.objectContaining({ code: 'RATE_PERIOD_SPLIT' }),
    );
  });
});
