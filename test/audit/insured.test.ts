// DeductionAuditor with insured: false — not a 被保険者 (雇用保険法4条1項・6条: 役員, 週20時間未満 …),
// so no worker's share (徴収法31条1項 charges 被保険者 only): the expected deduction is 0.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DeductionAuditor } from '../../src/index.js';

describe('DeductionAuditor: insured', () => {
  it('not insured and nothing deducted → match, 0 expected, the statute as legal basis, no rate', () => {
    const a = new DeductionAuditor();
    const r = a.check({ id: '役員', wage: '800000', closingDate: '2025-04-20', category: 'general', deducted: '0', insured: false });
    expect([r.outcome, r.expected, r.difference, r.insured, r.rate]).toEqual(['match', 0, 0, false, undefined]);
    expect(r.legalBasis).toEqual(['雇用保険法4条1項・6条', '徴収法31条1項']);
    expect(r.trace.map((s) => s.rule)).toEqual(['audit.notInsured', 'audit.match']);
  });
  it('not insured but 1,100 deducted → mismatch +1,100; insured: true is the default computation (200,000 × 5.5‰ = 1,100)', () => {
    const a = new DeductionAuditor();
    expect(a.check({ wage: '200000', closingDate: '2025-04-20', category: 'general', deducted: '1100', insured: false })).toMatchObject({
      outcome: 'mismatch',
      expected: 0,
      difference: 1100,
    });
    expect(a.check({ wage: '200000', closingDate: '2025-04-20', category: 'general', deducted: '1100', insured: true })).toMatchObject({ outcome: 'match', expected: 1100 });
    expect(a.summary).toMatchObject({ rows: 2, matched: 1, mismatched: 1, totalDeducted: 2200, totalExpected: 1100 });
  });
  it('the cells are still checked; a non-boolean insured is INVALID_OPTION (the library stays strict)', () => {
    const a = new DeductionAuditor();
    expect(a.check({ wage: '200,000', closingDate: '2025-04-20', category: 'general', deducted: '0', insured: false }).error?.code).toBe('AMOUNT_MALFORMED');
    expect(a.check({ wage: '1', closingDate: '2025-04-20', category: 'general', deducted: '0', insured: '対象外' }).error).toMatchObject({
      code: 'INVALID_OPTION',
      field: 'insured',
    });
  });
  it('property: a non-insured row matches exactly when nothing is deducted', () => {
    const a = new DeductionAuditor();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000 }), (wage, deducted) => {
        const r = a.check({ wage, closingDate: '2025-06-30', category: 'construction', deducted, insured: false });
        expect(r.outcome).toBe(deducted === 0 ? 'match' : 'mismatch');
        expect(r.difference).toBe(deducted);
      }),
    );
  });
});
