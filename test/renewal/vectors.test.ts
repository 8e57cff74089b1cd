import { describe, expect, it } from 'vitest';
import {
  annualRenewal,
  costRecoveryEstimate,
  estimateBasis,
  generalContribution,
  increasedEstimate,
  installments,
  laborInsurancePremium,
  lateFee,
  surcharge,
} from '../../src/index.js';

describe('一般拠出金 — rules.md §12.4', () => {
  it('G1: 10,129,569 → base 10,129,000 × 0.02/1000 = 202.58 → 202', () => {
    const g = generalContribution({ fiscalYear: 2024, wages: 10_129_569 });
    expect([g.base, g.rate, g.exact, g.amount, g.applicable]).toEqual([10_129_000, '0.02', '202.58', 202, true]);
  });
  it('G2: 3,300,000 × 0.02/1000 = 66', () => {
    expect(generalContribution({ fiscalYear: 2025, wages: 3_300_000 }).amount).toBe(66);
  });
  it('G3: 49,999 → base 49,000 → 0.98 → 0', () => {
    const g = generalContribution({ fiscalYear: 2024, wages: 49_999 });
    expect([g.base, g.exact, g.amount]).toEqual([49_000, '0.98', 0]);
  });
  it('G4: 50,000 → 1.00 → 1', () => {
    expect(generalContribution({ fiscalYear: 2024, wages: '50000' }).amount).toBe(1);
  });
  it('G5: 30,125,678 → 30,125,000 × 0.02/1000 = 602.5 → 602', () => {
    const g = generalContribution({ fiscalYear: 2024, wages: { workersCompensation: 30_125_678n } });
    expect([g.exact, g.amount]).toEqual(['602.5', 602]);
  });
  it('G6: 雇用保険のみ → 0, not declared (福島労働局)', () => {
    const g = generalContribution({ fiscalYear: 2024, wages: 30_125_678, coverage: 'employmentInsurance' });
    expect(g.applicable).toBe(false);
    expect(g.amount).toBe(0);
    expect(g.reason).toMatch(/employment-insurance-only/);
    // and in the renewal of a 雇用のみ declaration
    const r = annualRenewal({ renewalYear: 2025, coverage: 'employmentInsurance', category: 'general', previousYearWages: 30_125_678, declaredEstimate: 0 });
    expect(r.generalContribution.amount).toBe(0);
    expect(r.installments[0]?.generalContribution).toBe(0);
  });
});

const exampleA = { renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 30_125_678, declaredEstimate: 520_000 } as const;

describe('年度更新 — rules.md §12.5', () => {
  it('Y1: FY2024 30,125,678 at 3 + 15.5 → 30,125,000 × 18.5/1000 = 557,312.5 → 557,312', () => {
    const r = annualRenewal(exampleA);
    expect(r.finalPremium.fiscalYear).toBe(2024);
    expect(r.finalPremium.amount).toBe(557_312);
    expect(r.finalPremium.combinedRate).toBe(true);
    expect(r.finalPremium.workersCompensation?.base).toBe(30_125_000);
  });
  it('Y2: declared 520,000 → 不足額 557,312 − 520,000 = 37,312', () => {
    const r = annualRenewal(exampleA);
    expect([r.shortfall, r.excess]).toEqual([37_312, 0]);
  });
  it('Y3: declared 600,000 → 超過額 600,000 − 557,312 = 42,688', () => {
    const r = annualRenewal({ ...exampleA, declaredEstimate: 600_000 });
    expect([r.shortfall, r.excess]).toEqual([0, 42_688]);
  });
  it('Y4: FY2025 概算 30,125,000 × 17.5/1000 = 527,187.5 → 527,187', () => {
    const r = annualRenewal(exampleA);
    expect(r.estimatedPremium.amount).toBe(527_187);
    expect(r.estimateBasis.workersCompensation?.use).toBe('previous');
    expect(laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 30_125_000 }).amount).toBe(527_187);
  });
  it('Y5: estimate 15,062,000 / 30,125,000 = 49.998% < 50% → estimate', () => {
    expect(estimateBasis({ previousYearWages: 30_125_000, estimatedWages: 15_062_000 }).use).toBe('estimate');
    const r = annualRenewal({ ...exampleA, estimatedWages: 15_062_000 });
    expect(r.estimatedPremium.amount).toBe(263_585); // 15,062,000 × 17.5/1000
  });
  it('Y6: estimate 15,063,000 (50.0002%) → previous', () => {
    expect(estimateBasis({ previousYearWages: 30_125_000, estimatedWages: 15_063_000 }).use).toBe('previous');
  });
  it('Y7: estimate 60,250,000 = exactly 200% → previous (inclusive)', () => {
    const b = estimateBasis({ previousYearWages: 30_125_678, estimatedWages: 60_250_000 });
    expect([b.use, b.amount]).toEqual(['previous', 30_125_000]);
  });
  it('Y8: estimate 60,251,000 > 200% → estimate', () => {
    const b = estimateBasis({ previousYearWages: 30_125_000, estimatedWages: 60_251_000 });
    expect([b.use, b.amount]).toEqual(['estimate', 60_251_000]);
  });
  it('Y9: Example A — 1st 175,729 + 37,312 + 602 = 213,643; 2nd, 3rd 175,729 (527,187 / 3 = 175,729 exactly)', () => {
    const r = annualRenewal(exampleA);
    expect(r.installments.map((p) => p.amount)).toEqual([213_643, 175_729, 175_729]);
    expect(r.installments.map((p) => p.dueDate)).toEqual(['2025-07-10', '2025-10-31', '2026-01-31']);
    expect(r.installments[2]?.nonBusinessDay).toBe(true); // 2026-01-31 is a Saturday; date not moved
    expect(r.generalContribution.amount).toBe(602);
    expect(r.amount).toBe(527_187 + 37_312 + 602);
  });
  it('Y10: Example B — 超過 42,688 充当 to 保険料: 1st 175,729 − 42,688 + 602 = 133,643', () => {
    const r = annualRenewal({ ...exampleA, declaredEstimate: 600_000, appropriation: 'premium' });
    expect(r.installments.map((p) => p.amount)).toEqual([133_643, 175_729, 175_729]);
    expect(r.appropriation).toMatchObject({ toPremium: 42_688, toGeneralContribution: 0, refund: 0 });
    // the default choice 'both' gives the same here (the first 期 absorbs it all)
    expect(annualRenewal({ ...exampleA, declaredEstimate: 600_000 }).installments[0]?.amount).toBe(133_643);
  });
  it('Y11: 増加概算 filed 20,000,000 (350,000), new 40,001,000 → 700,017 (700,017.5), diff 350,017 → required', () => {
    const x = increasedEstimate({ fiscalYear: 2025, industry: '98', category: 'general', declaredWages: 20_000_000, revisedWages: 40_001_000, expectedOn: '2025-09-01' });
    expect([x.required, x.declaredEstimate, x.revisedEstimate.amount, x.amount]).toEqual([true, 350_000, 700_017, 350_017]);
    expect(x.dueDate).toBe('2025-10-01'); // 9/2 = day 1, day 30 = 10/1
  });
  it('Y12: new 40,000,000 = exactly 200% → not required', () => {
    const x = increasedEstimate({ fiscalYear: 2025, industry: '98', category: 'general', declaredWages: 20_000_000, revisedWages: 40_000_000 });
    expect([x.required, x.ratioExceeded]).toEqual([false, false]);
  });
  it('Y13: filed 5,000,000 (87,500), new 10,001,000 → 175,017, diff 87,517 < 130,000 → not required', () => {
    const x = increasedEstimate({ fiscalYear: 2025, industry: '98', category: 'general', declaredWages: 5_000_000, declaredEstimate: 87_500, revisedWages: 10_001_000 });
    expect([x.required, x.ratioExceeded, x.revisedEstimate.amount, x.amount]).toEqual([false, true, 175_017, 87_517]);
  });
});

describe('延納 — rules.md §12.6', () => {
  const amounts = (n: ReturnType<typeof installments>) => n.installments.map((i) => i.amount);
  it('N1: 1,000,000 → 333,334 / 333,333 / 333,333', () => {
    expect(amounts(installments({ estimatedPremium: 1_000_000, fiscalYear: 2025 }))).toEqual([333_334, 333_333, 333_333]);
  });
  it('N2: 2,000,000 → 666,668 / 666,666 / 666,666', () => {
    expect(amounts(installments({ estimatedPremium: 2_000_000, fiscalYear: 2025 }))).toEqual([666_668, 666_666, 666_666]);
  });
  it('N3: 400,001 → 133,333 each, remainder 2 on the first: 133,335 / 133,333 / 133,333', () => {
    expect(amounts(installments({ estimatedPremium: 400_001, fiscalYear: 2025 }))).toEqual([133_335, 133_333, 133_333]);
  });
  it('N4: 399,999, both insurances, not commissioned → no 延納', () => {
    const n = installments({ estimatedPremium: 399_999, fiscalYear: 2025 });
    expect([n.installmentsAllowed, n.count, n.threshold]).toEqual([false, 1, 400_000]);
    expect(n.installments[0]).toMatchObject({ amount: 399_999, dueDate: '2025-07-10', from: '2025-04-01', to: '2026-03-31' });
  });
  it('N5: 200,000 労災のみ → threshold 200,000: 66,668 / 66,666 / 66,666', () => {
    const n = installments({ estimatedPremium: 200_000, fiscalYear: 2025, coverage: 'workersCompensation' });
    expect(amounts(n)).toEqual([66_668, 66_666, 66_666]);
    expect(installments({ estimatedPremium: 199_999, fiscalYear: 2025, coverage: 'employmentInsurance' }).count).toBe(1);
  });
  it('N6: 150,000, 事務組合委託 → 50,000 × 3, due 7/10, 11/14, 2/14 (twincities-sr.com/20181012, sr-gorogoro.blogspot.com/2015/11)', () => {
    const n = installments({ estimatedPremium: 150_000, fiscalYear: 2025, commissioned: true });
    expect(amounts(n)).toEqual([50_000, 50_000, 50_000]);
    expect(n.installments.map((i) => i.dueDate)).toEqual(['2025-07-10', '2025-11-14', '2026-02-14']);
    expect(n.installments.map((i) => i.dueDateBasis)).toEqual(['statutory', 'commissioned', 'commissioned']);
    expect(n.installments.map((i) => i.dueDateStatus)).toEqual(['confirmed', 'confirmed', 'confirmed']);
  });
  it('N7: 成立 2025-06-15, 525,000 → 262,500 / 262,500; 1st due 2025-08-04 (6/16 = day 1), 2nd 2026-01-31 (事務組合 2026-02-14)', () => {
    const n = installments({ estimatedPremium: 525_000, fiscalYear: 2025, establishedOn: '2025-06-15' });
    expect(n.installments.map((i) => [i.number, i.amount, i.dueDate, i.from, i.to])).toEqual([
      [1, 262_500, '2025-08-04', '2025-06-15', '2025-11-30'],
      [2, 262_500, '2026-01-31', '2025-12-01', '2026-03-31'],
    ]);
    expect(installments({ estimatedPremium: 525_000, fiscalYear: 2025, establishedOn: '2025-06-15', commissioned: true }).installments[1]?.dueDate).toBe('2026-02-14');
  });
  it('N8: 成立 2025-05-10 → 3 instalments; 1st due 2025-06-29 (a Sunday: flagged, not moved), 10/31, 1/31', () => {
    const n = installments({ estimatedPremium: 525_000, fiscalYear: 2025, establishedOn: '2025-05-10' });
    expect(n.count).toBe(3);
    expect(n.installments.map((i) => [i.dueDate, i.nonBusinessDay])).toEqual([
      ['2025-06-29', true],
      ['2025-10-31', false],
      ['2026-01-31', true],
    ]);
  });
  it('N9: 成立 2025-10-01, 1,000,000 → single payment (no 延納), due 50 days later', () => {
    const n = installments({ estimatedPremium: 1_000_000, fiscalYear: 2025, establishedOn: '2025-10-01' });
    expect([n.installmentsAllowed, n.count]).toEqual([false, 1]);
    expect(n.installments[0]).toMatchObject({ amount: 1_000_000, dueDate: '2025-11-20' });
  });
  it('N10: 不足 37,312 but 概算 380,000 → no 延納 (不足額 not added to the threshold; MHLW FAQ Q2)', () => {
    const n = installments({ estimatedPremium: 380_000, fiscalYear: 2025 });
    expect([n.installmentsAllowed, n.count]).toEqual([false, 1]);
    // In a renewal: FY2024 21,600,000 × 18.5‰ = 399,600 vs declared 362,288 → 不足 37,312;
    // 概算 21,600,000 × 17.5‰ = 378,000 < 400,000 → one payment 378,000 + 37,312 + 432 (一般拠出金) = 415,744.
    const r = annualRenewal({ renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 21_600_000, declaredEstimate: 362_288 });
    expect([r.shortfall, r.estimatedPremium.amount, r.installmentPlan.count]).toEqual([37_312, 378_000, 1]);
    expect(r.installments.map((p) => p.amount)).toEqual([415_744]);
  });
});

describe('追徴金・延滞金・費用徴収 — rules.md §12.7', () => {
  it('T1: 不足額 28,300 → 28,000 × 10% = 2,800', () => {
    const s = surcharge({ assessedPremium: 28_300 });
    expect([s.base, s.amount]).toEqual([28_000, 2_800]);
  });
  it('T2: 999 → 0 (under 1,000)', () => {
    const s = surcharge({ assessedPremium: 999 });
    expect(s.amount).toBe(0);
    expect(s.reason).toMatch(/under 1,000/);
  });
  it('T3: 1,000 → 100', () => expect(surcharge({ assessedPremium: 1_000 }).amount).toBe(100));
  it('T4: 1,999 → 1,000 × 10% = 100', () => expect(surcharge({ assessedPremium: 1_999 }).amount).toBe(100));
  it('T5: 1,234,567 → 1,234,000 × 10% = 123,400', () => expect(surcharge({ assessedPremium: '1234567' }).amount).toBe(123_400));
  it('T6: 1,234,567 due 2025-07-10, paid 2025-10-20 at 2.4/8.7%: 1,234,000 × (2.4×62 + 8.7×39)/36,500 = 16,501.79 → 16,500', () => {
    const f = lateFee({ unpaidPremium: 1_234_567, dueDate: '2025-07-10', paidOn: '2025-10-20' });
    expect(f.amount).toBe(16_500);
    expect(f.reducedUntil).toBe('2025-09-10');
    expect(f.segments.map((s) => [s.from, s.to, s.days, s.base, s.percent])).toEqual([
      ['2025-07-11', '2025-09-10', 62, 1_234_000, '2.4'],
      ['2025-09-11', '2025-10-19', 39, 1_234_000, '8.7'],
    ]);
    expect(f.unrounded).toBe('16501.7917');
  });
  it('T7: same at statutory 7.3/14.6%: 1,234,000 × (7.3×62 + 14.6×39)/36,500 = 34,552 → 34,500', () => {
    const f = lateFee({ unpaidPremium: 1_234_567, dueDate: '2025-07-10', paidOn: '2025-10-20', rateBasis: 'statutory' });
    expect([f.unrounded, f.amount]).toEqual(['34552', 34_500]);
  });
  it('T8: 50,000 at 2.4% for 30 days = 98.63 → under 100 → 0', () => {
    const f = lateFee({ unpaidPremium: 50_000, dueDate: '2025-07-10', paidOn: '2025-08-10' });
    expect([f.days, f.unrounded, f.amount]).toEqual([30, '98.6301', 0]);
  });
  it('T9: 労働保険料 999 → 0 (under 1,000)', () => {
    const f = lateFee({ unpaidPremium: 999, dueDate: '2025-07-10', paidOn: '2026-07-10' });
    expect(f.amount).toBe(0);
    expect(f.reason).toMatch(/under 1,000/);
  });
  const benefits = [
    { kind: 'absence', amount: 600_000 },
    { kind: 'medical', amount: 1_000_000 },
  ] as const;
  it('T10: 費用徴収 休業 600,000 (+療養 1,000,000 excluded), 故意 100% → 600,000', () => {
    expect(costRecoveryEstimate({ culpability: 'intentional', benefits }).amount).toBe(600_000);
  });
  it('T11: same, 重大な過失 40% → 240,000', () => {
    expect(costRecoveryEstimate({ culpability: 'grossNegligence', benefits }).amount).toBe(240_000);
  });
});
