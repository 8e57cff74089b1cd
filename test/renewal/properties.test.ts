import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualRenewal, estimateBasis, generalContribution, installments, lateFee, surcharge, wageLedger } from '../../src/index.js';

const RUNS = { numRuns: 1000 };
const yen = fc.bigInt({ min: 0n, max: 10n ** 12n });

describe('properties', () => {
  it('installments: the parts sum to the amount; the first ≥ the others, which are equal, and exceeds them by less than n', () => {
    fc.assert(
      fc.property(
        yen,
        fc.boolean(),
        fc.constantFrom<'both' | 'workersCompensation' | 'employmentInsurance'>('both', 'workersCompensation', 'employmentInsurance'),
        fc.option(fc.integer({ min: 0, max: 364 }), { nil: undefined }),
        (amount, commissioned, coverage, offset) => {
          const establishedOn = offset === undefined ? undefined : new Date(Date.UTC(2025, 3, 1 + offset)).toISOString().slice(0, 10);
          const n = installments({ estimatedPremium: amount, fiscalYear: 2025, commissioned, coverage, ...(establishedOn ? { establishedOn } : {}) });
          const parts = n.installments.map((i) => BigInt(i.amount));
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(amount);
          const [first, ...rest] = parts;
          for (const r of rest) {
            expect(first! >= r).toBe(true);
            expect(r).toBe(rest[0]);
            expect(first! - r < BigInt(parts.length)).toBe(true);
          }
          expect(parts.length).toBe(n.count);
          const threshold = coverage === 'both' ? 400_000n : 200_000n;
          const eligible = (amount >= threshold || commissioned) && (establishedOn === undefined || establishedOn < '2025-10-01');
          expect(n.installmentsAllowed).toBe(eligible);
          // due dates ascend and the schedule covers the year to 3/31
          expect(n.installments.map((i) => i.dueDate)).toEqual([...n.installments.map((i) => i.dueDate)].sort());
          expect(n.installments[n.installments.length - 1]?.to).toBe('2026-03-31');
        },
      ),
      RUNS,
    );
  });

  it('50–200% rule: the previous base is used exactly when 50% × P ≤ E ≤ 200% × P (bounds inclusive)', () => {
    const thousands = fc.bigInt({ min: 1n, max: 10n ** 9n });
    fc.assert(
      fc.property(thousands, fc.integer({ min: -3, max: 3 }), fc.constantFrom('half', 'double', 'any'), fc.bigInt({ min: 0n, max: 10n ** 10n }), (p, delta, where, any) => {
        const P = p * 1000n;
        // around each bound, in steps of 1,000 yen (the estimate is truncated to 千円 too)
        const E = where === 'half' ? (P / 2n / 1000n + BigInt(delta)) * 1000n : where === 'double' ? 2n * P + BigInt(delta) * 1000n : any * 1000n;
        if (E < 0n) return;
        const b = estimateBasis({ previousYearWages: P, estimatedWages: E + 999n });
        const within = 2n * E >= P && E <= 2n * P;
        expect(b.use).toBe(within ? 'previous' : 'estimate');
        expect(BigInt(b.amount)).toBe(within ? P : E);
      }),
      RUNS,
    );
    // exactly at the bounds
    expect(estimateBasis({ previousYearWages: 2_000, estimatedWages: 1_000 }).use).toBe('previous');
    expect(estimateBasis({ previousYearWages: 2_000, estimatedWages: 999 }).use).toBe('estimate');
    expect(estimateBasis({ previousYearWages: 2_000, estimatedWages: 4_999 }).use).toBe('previous');
    expect(estimateBasis({ previousYearWages: 2_000, estimatedWages: 5_000 }).use).toBe('estimate');
  });

  it('追徴金 is a multiple of 100: ⌊D/1000⌋ × 100 for D ≥ 1,000, else 0', () => {
    fc.assert(
      fc.property(yen, (d) => {
        const s = BigInt(surcharge({ assessedPremium: d }).amount);
        expect(s % 100n).toBe(0n);
        expect(s).toBe(d < 1000n ? 0n : (d / 1000n) * 100n);
      }),
      RUNS,
    );
  });

  it('一般拠出金 = ⌊⌊W⌋₁₀₀₀ × 2 / 100000⌋ (integer oracle)', () => {
    fc.assert(
      fc.property(yen, (w) => {
        expect(BigInt(generalContribution({ fiscalYear: 2025, wages: w }).amount)).toBe(((w / 1000n) * 1000n * 2n) / 100000n);
      }),
      RUNS,
    );
  });

  it('延滞金: a multiple of 100, never decreasing with a later payment, equal to the integer oracle for one calendar year', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 10n }), fc.integer({ min: 0, max: 170 }), fc.integer({ min: 0, max: 100 }), (p, days, more) => {
        const paid = new Date(Date.UTC(2025, 6, 10 + days)).toISOString().slice(0, 10);
        const later = new Date(Date.UTC(2025, 6, 10 + days + more)).toISOString().slice(0, 10);
        const a = lateFee({ unpaidPremium: p, dueDate: '2025-07-10', paidOn: paid });
        const b = lateFee({ unpaidPremium: p, dueDate: '2025-07-10', paidOn: later });
        expect(a.amount % 100).toBe(0);
        expect(b.amount).toBeGreaterThanOrEqual(a.amount);
        // oracle: 2025 only (paid by 2025-12-27): d1 ≤ 62 days at 2.4%, the rest at 8.7%
        const d = BigInt(Math.max(0, days - 1));
        const d1 = d < 62n ? d : 62n;
        const d2 = d - d1;
        const base = (p / 1000n) * 1000n;
        let fee = ((base * (24n * d1 + 87n * d2)) / 365000n / 100n) * 100n;
        if (p < 1000n || fee < 100n) fee = 0n;
        expect(BigInt(a.amount)).toBe(fee);
      }),
      RUNS,
    );
  });

  it('年度更新: payments add up to 概算 + 不足額 + 一般拠出金 − 充当額; none negative; the refund is what no target absorbed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.constantFrom<'premium' | 'generalContribution' | 'both' | 'refund'>('premium', 'generalContribution', 'both', 'refund'),
        fc.boolean(),
        (wages, declared, appropriation, commissioned) => {
          const r = annualRenewal({ renewalYear: 2025, industry: '98', category: 'general', previousYearWages: wages, declaredEstimate: declared, appropriation, commissioned });
          const applied = r.excess - r.appropriation.refund;
          expect(r.amount).toBe(r.estimatedPremium.amount + r.shortfall + r.generalContribution.amount - applied);
          expect(r.installments.every((p) => p.amount >= 0)).toBe(true);
          expect(r.appropriation.toPremium + r.appropriation.toGeneralContribution).toBe(applied);
          if (appropriation === 'refund') expect(r.appropriation.refund).toBe(r.excess);
          if (appropriation === 'generalContribution') expect(r.appropriation.toPremium).toBe(0);
          if (appropriation === 'premium') expect(r.appropriation.toGeneralContribution).toBe(0);
          expect(r.shortfall === 0 || r.excess === 0).toBe(true);
          expect(r.finalPremium.amount - r.declaredEstimate).toBe(r.shortfall - r.excess);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('wageLedger: the months and the bonus row add up to the totals; every record is counted or listed as excluded', () => {
    const record = fc.record({
      worker: fc.constantFrom('A', 'B', 'C', 'D'),
      day: fc.integer({ min: -60, max: 420 }),
      amount: fc.integer({ min: 0, max: 2_000_000 }),
      workersCompensation: fc.boolean(),
      employmentInsurance: fc.boolean(),
      bonus: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (rows) => {
        const records = rows.map((r) => ({
          workerId: r.worker,
          closingDate: new Date(Date.UTC(2025, 3, 1 + r.day)).toISOString().slice(0, 10),
          wage: r.amount,
          workersCompensation: r.workersCompensation,
          employmentInsurance: r.employmentInsurance,
          kind: r.bonus ? ('bonus' as const) : ('salary' as const),
        }));
        const l = wageLedger({ fiscalYear: 2025, records });
        const inYear = records.filter((r) => r.closingDate >= '2025-04-01' && r.closingDate <= '2026-03-31');
        expect(l.excluded.length).toBe(records.length - inYear.length);
        const wc = inYear.filter((r) => r.workersCompensation).reduce((a, r) => a + r.wage, 0);
        const ei = inYear.filter((r) => r.employmentInsurance).reduce((a, r) => a + r.wage, 0);
        expect([l.totals.workersCompensation, l.totals.employmentInsurance]).toEqual([wc, ei]);
        expect(l.rows.reduce((a, r) => a + r.workersCompensation, 0)).toBe(wc);
        expect(l.rows.reduce((a, r) => a + r.employmentInsurance, 0)).toBe(ei);
        expect(l.bases.workersCompensation).toBe(Math.floor(wc / 1000) * 1000);
      }),
      { numRuns: 1000 },
    );
  });
});
