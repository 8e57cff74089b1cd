import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { costRecoveryEstimate, medicalCopayment } from '../../src/index.js';

describe('costRecoveryEstimate — rules.md §12.7 T10/T11 (山梨労働局 standard)', () => {
  const benefits = [
    { kind: 'absence', amount: 600_000 },
    { kind: 'medical', amount: 1_000_000 },
  ] as const;

  it('T10 故意: 100% of 休業 600,000 (療養 1,000,000 excluded) = 600,000', () => {
    const e = costRecoveryEstimate({ culpability: 'intentional', benefits });
    expect([e.amount, e.percent, e.subjectTotal, e.excludedTotal, e.estimate]).toEqual([600_000, '100', 600_000, 1_000_000, true]);
    expect(e.disclaimer).toMatch(/Estimate only/);
  });

  it('T11 重大な過失: 40% × 600,000 = 240,000', () => {
    expect(costRecoveryEstimate({ culpability: 'grossNegligence', benefits }).amount).toBe(240_000);
  });

  it('benefits beyond 3 years, 介護 and 二次健診 are left out; the 労基法 cap limits the amount; fractions truncated', () => {
    const e = costRecoveryEstimate({
      culpability: 'grossNegligence',
      benefits: [
        { kind: 'disability', amount: 1_000_001 },
        { kind: 'absence', amount: 500_000, withinThreeYears: false },
        { kind: 'care', amount: 300_000 },
        { kind: 'secondaryHealthCheck', amount: 20_000 },
      ],
    });
    // 1,000,001 × 40% = 400,000.4 → 400,000
    expect([e.subjectTotal, e.excludedTotal, e.amount]).toEqual([1_000_001, 820_000, 400_000]);
    const c = costRecoveryEstimate({ culpability: 'intentional', benefits: [{ kind: 'survivors', amount: 9_000_000 }], laborStandardsCap: 8_000_000 });
    expect([c.amount, c.capped]).toEqual([8_000_000, true]);
  });

  it('typed errors', () => {
    expect(() => costRecoveryEstimate({ culpability: 'negligence', benefits } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => costRecoveryEstimate({ culpability: 'intentional', benefits: [{ kind: 'bonus', amount: 1 }] } as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    expect(() => costRecoveryEstimate({ culpability: 'intentional', benefits: [{ kind: 'absence', amount: -1 }] })).toThrowError(
      expect.objectContaining({ code: 'AMOUNT_NEGATIVE' }),
    );
    expect(() => costRecoveryEstimate({ culpability: 'intentional', benefits: 'x' } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });

  it('property: amount = ⌊subject × percent / 100⌋ ≤ subject, never NaN', () => {
    const kinds = ['medical', 'care', 'secondaryHealthCheck', 'absence', 'injuryDisease', 'disability', 'survivors', 'funeral', 'other'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom('intentional' as const, 'grossNegligence' as const),
        fc.array(fc.record({ kind: fc.constantFrom(...kinds), amount: fc.integer({ min: 0, max: 10 ** 12 }), withinThreeYears: fc.boolean() }), { maxLength: 6 }),
        (culpability, list) => {
          const e = costRecoveryEstimate({ culpability, benefits: list });
          const subject = list.filter((b) => b.withinThreeYears && !['medical', 'care', 'secondaryHealthCheck'].includes(b.kind)).reduce((a, b) => a + BigInt(b.amount), 0n);
          expect(BigInt(e.subjectTotal)).toBe(subject);
          expect(BigInt(e.amount)).toBe((subject * BigInt(e.percent)) / 100n);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('medicalCopayment (療養給付 一部負担金)', () => {
  it('200 yen; 100 yen for a 日雇特例被保険者; never above the cost of treatment; with sources', () => {
    const a = medicalCopayment({ fiscalYear: 2025 });
    expect([a.amount, a.standard, a.dayLaborer, a.status]).toEqual([200, 200, 100, 'confirmed']);
    expect(a.sources.length).toBeGreaterThan(0);
    expect(a.legalBasis).toEqual([expect.stringMatching(/労災法31条/)]);
    expect(medicalCopayment({ date: '2018-04-01', dayLaborer: true }).amount).toBe(100);
    expect(medicalCopayment({ fiscalYear: 2025, medicalCost: 150 }).amount).toBe(150);
    expect(medicalCopayment({ fiscalYear: 2025, dayLaborer: true, medicalCost: 150 }).amount).toBe(100);
    expect(medicalCopayment({ fiscalYear: 2026, medicalCost: 0 }).amount).toBe(0);
  });

  it('typed errors', () => {
    expect(() => medicalCopayment({} as never)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => medicalCopayment({ fiscalYear: 2025, dayLaborer: 'no' } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => medicalCopayment({ fiscalYear: 2025, medicalCost: -1 })).toThrowError(expect.objectContaining({ code: 'AMOUNT_NEGATIVE' }));
    expect(() => medicalCopayment({ fiscalYear: 2010 })).toThrowError(expect.objectContaining({ code: 'NO_RATE_TABLE' }));
  });
});
