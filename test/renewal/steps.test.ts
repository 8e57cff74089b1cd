// The legal steps of the 年度更新, one by one, and the contract fields of its results.
import { describe, expect, it } from 'vitest';
import { annualRenewal, estimateBasis, explain, generalContribution, increasedEstimate, installments } from '../../src/index.js';
import { estimateBasisOf } from '../../src/renewal/estimateBasis.js';
import { halvesForRatePeriods } from '../../src/renewal/estimate.js';
import { countForEstablishment } from '../../src/renewal/installments.js';
import { renewalInstallmentsOf } from '../../src/renewal/renewalInstallments.js';
import { appropriate } from '../../src/renewal/appropriation.js';

describe('steps', () => {
  it('estimateBasisOf (徴収則24条): bounds inclusive on the 千円 bases; zero previous base → the estimate', () => {
    // 30,125,678 → 30,125,000; 200% = 60,250,000 (kept), 60,251,000 (not); 50% = 15,062,500 → 15,063,000 kept, 15,062,000 not
    expect(estimateBasisOf(30_125_678n, 60_250_999n).use).toBe('previous');
    expect(estimateBasisOf(30_125_678n, 60_251_000n).amount).toBe(60_251_000n);
    expect(estimateBasisOf(30_125_000n, 15_063_000n).use).toBe('previous');
    expect(estimateBasisOf(30_125_000n, 15_062_999n).use).toBe('estimate');
    expect(estimateBasisOf(0n, 5_000_999n)).toMatchObject({ use: 'estimate', amount: 5_000_000n, previousBase: 0n });
    expect(estimateBasisOf(3_300_999n, undefined)).toMatchObject({ use: 'previous', amount: 3_300_000n });
  });
  it('halvesForRatePeriods (令和4年度 申告書の書き方 ※1): ⌈k/2⌉ and ⌊k/2⌋ 千円 in FY2022 only', () => {
    // 54,151千円 → 27,076千円 (切上げ) + 27,075千円 (切捨て)
    expect(halvesForRatePeriods(54_151_000n, 2022, { coverage: 'both' })?.wages).toEqual([27_076_000n, 27_075_000n]);
    expect(halvesForRatePeriods(54_150_000n, 2022, { coverage: 'both' })?.wages).toEqual([27_075_000n, 27_075_000n]);
    expect(halvesForRatePeriods(54_151_000n, 2025, { coverage: 'both' })).toBeUndefined();
  });
  it('countForEstablishment (徴収則27条): 4/1–5/31 three 期, 6/1–9/30 two, from 10/1 one', () => {
    expect(['2025-04-01', '2025-05-31', '2025-06-01', '2025-09-30', '2025-10-01', '2026-03-31'].map((d) => countForEstablishment(d))).toEqual([3, 3, 2, 2, 1, 1]);
  });
  it('renewalInstallmentsOf: 第1期 + 不足額 + 一般拠出金 − 充当 (incl. what went to the 一般拠出金); later 期 − 充当', () => {
    const plan = installments({ estimatedPremium: 527_187, fiscalYear: 2025 }).installments; // 175,729 × 3
    // 超過 200,000 applied: 175,729 to 第1期, 602 to 一般拠出金, 23,669 to 第2期
    const ap = appropriate(200_000n, 'both', ['installment1', 'generalContribution', 'installment2', 'installment3'], {
      installment1: 175_729n,
      generalContribution: 602n,
      installment2: 175_729n,
      installment3: 175_729n,
    });
    const due = renewalInstallmentsOf(plan, [175_729n, 175_729n, 175_729n], 0n, 602n, ap);
    // 第1期 175,729 + 0 + 602 − (175,729 + 602) = 0; 第2期 175,729 − 23,669 = 152,060; 第3期 175,729
    expect(due.installments.map((i) => [i.amount, i.estimatedPremium, i.appropriated])).toEqual([
      [0, 175_729, 176_331],
      [152_060, 175_729, 23_669],
      [175_729, 175_729, 0],
    ]);
    expect(due.amount).toBe(527_187n - 200_000n + 602n);
  });
});

describe('contract fields', () => {
  const exampleA = { renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 30_125_678, declaredEstimate: 520_000 } as const;
  it('annualRenewal: amount = Σ installments; finalPremium.fiscalYear is the year before; legalBasis deduplicated; structured trace', () => {
    const r = annualRenewal(exampleA);
    expect(r.amount).toBe(213_643 + 175_729 + 175_729);
    expect(r.finalPremium.fiscalYear).toBe(2024);
    expect(r.renewalYear).toBe(2025);
    expect(new Set(r.legalBasis).size).toBe(r.legalBasis.length);
    expect(r.legalBasis).toContain('徴収則24条 (100分の50以上100分の200以下)');
    expect(new Set(r.sources).size).toBe(r.sources.length);
    expect(r.sources.length).toBeGreaterThan(3);
    expect(r.trace.every((s) => typeof s.rule === 'string')).toBe(true);
    expect(r.installmentPlan.installments.map((i) => i.amount)).toEqual([175_729, 175_729, 175_729]);
    expect(r.installments[0]).toMatchObject({
      number: 1,
      estimatedPremium: 175_729,
      shortfall: 37_312,
      generalContribution: 602,
      appropriated: 0,
      amount: 213_643,
      dueDateBasis: 'statutory',
    });
    expect(r.form.installments).toBe(r.installments);
    // the ids of the composite: the premium parts under final./estimate., the bases labelled per insurance
    expect(explain(r, { lang: 'en' })).toContain("workers' compensation: no estimate given: the previous year’s base is used");
    expect(explain(r, { lang: 'ja' })).toContain('雇用: 見込額なし → 前年度の賃金総額 30,125,000 を使用');
  });
  it("status: the weakest figure — '98' is confirmed in the H30 table, marked derived in R6 (FY2024–); 雇用 rates confirmed", () => {
    // rates/parameters/workers-compensation.yaml: 98 'confirmed' in H30, 'derived' in R6
    const r = annualRenewal(exampleA);
    expect([r.finalPremium.status, r.estimatedPremium.status, r.generalContribution.status, r.installmentPlan.status, r.status]).toEqual([
      'derived',
      'derived',
      'confirmed',
      'confirmed',
      'derived',
    ]);
    const y2024 = annualRenewal({ ...exampleA, renewalYear: 2024 }); // 確定 FY2023 (H30), 概算 FY2024 (R6)
    expect([y2024.finalPremium.status, y2024.estimatedPremium.status, y2024.status]).toEqual(['confirmed', 'derived', 'derived']);
    // 雇用保険のみ: only confirmed figures
    const ei = annualRenewal({ renewalYear: 2025, coverage: 'employmentInsurance', category: 'general', previousYearWages: 30_125_678, declaredEstimate: 0 });
    expect(ei.status).toBe('confirmed');
  });
  it('the parts: estimateBasis, generalContribution, installments, increasedEstimate carry amount, legalBasis[], sources, status', () => {
    const b = estimateBasis({ previousYearWages: 30_125_000 });
    expect([b.amount, b.legalBasis, b.status]).toEqual([30_125_000, ['徴収則24条 (100分の50以上100分の200以下)'], 'confirmed']);
    const g = generalContribution({ fiscalYear: 2024, wages: 30_125_678 });
    expect([g.amount, g.status, g.legalBasis]).toEqual([602, 'confirmed', ['石綿による健康被害の救済に関する法律35条・37条・38条', '石綿法38条 (徴収法15条1項1号の準用)']]);
    const n = installments({ estimatedPremium: 1_000_000, fiscalYear: 2025, commissioned: true });
    expect(n.legalBasis).toContain('徴収則27条2項; 端数計算法3条');
    expect(n.status).toBe('confirmed');
    const x = increasedEstimate({
      fiscalYear: 2025,
      industry: '98',
      category: 'general',
      declaredWages: 20_000_000,
      revisedWages: 40_001_000,
      expectedOn: '2025-09-01',
      installments: true,
    });
    // 350,017 over 第2期 and 第3期: 175,009 + 175,008 (the remainder on the first)
    expect(x.installments?.map((i) => [i.number, i.amount, i.from, i.to, i.dueDateBasis])).toEqual([
      [2, 175_009, '2025-08-01', '2025-11-30', 'statutory'],
      [3, 175_008, '2025-12-01', '2026-03-31', 'statutory'],
    ]);
    expect(x.status).toBe('derived'); // the R6 rate of '98' is marked derived (weaker than the single-source 増加概算 rule)
    const ei = increasedEstimate({ fiscalYear: 2025, coverage: 'employmentInsurance', category: 'general', declaredWages: 20_000_000, revisedWages: 40_001_000 });
    expect(ei.status).toBe('single-source'); // procedures.yaml: increasedEstimate status single-source
    expect(x.legalBasis).toEqual(['徴収法16条; 徴収則25条', '徴収則30条 (single-source)']);
  });
});

describe('traces render completely', () => {
  const placeholder = /\{[A-Za-z][A-Za-z0-9]*(?::(?:n|term))?\}/;
  it('annualRenewal, installments and increasedEstimate in their variants leave no placeholder unfilled', () => {
    const base = { renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 30_125_678 } as const;
    const results = [
      annualRenewal({ ...base, declaredEstimate: 520_000 }),
      annualRenewal({ ...base, declaredEstimate: 800_000, estimatedWages: 90_000_000 }),
      annualRenewal({ ...base, declaredEstimate: 800_000, appropriation: 'refund', applyInstallments: false }),
      annualRenewal({ ...base, declaredEstimate: 0, commissioned: true, previousYearWages: 1_000_000 }),
      annualRenewal({ renewalYear: 2022, coverage: 'employmentInsurance', category: 'general', previousYearWages: 54_151_000, declaredEstimate: 0 }),
      annualRenewal({
        renewalYear: 2023,
        industry: '98',
        category: 'general',
        declaredEstimate: 0,
        previousYearPayroll: [
          { workerId: 'A', closingDate: '2022-09-30', wage: 1_500_500 },
          { workerId: 'A', closingDate: '2022-10-31', wage: 1_800_900 },
        ],
      }),
      installments({ estimatedPremium: 300_000, fiscalYear: 2025, coverage: 'workersCompensation' }),
      installments({ estimatedPremium: 300_000, fiscalYear: 2025, establishedOn: '2025-11-01' }),
      installments({ estimatedPremium: 1_000_000, fiscalYear: 2025, paymentMethod: 'accountTransfer', establishedOn: '2025-06-15' }),
      increasedEstimate({
        fiscalYear: 2025,
        industry: '98',
        category: 'general',
        declaredWages: 20_000_000,
        revisedWages: 40_001_000,
        expectedOn: '2025-09-01',
        installments: true,
        commissioned: true,
      }),
      increasedEstimate({ fiscalYear: 2025, industry: '98', category: 'general', declaredWages: 20_000_000, revisedWages: 40_000_000 }),
    ];
    for (const r of results)
      for (const lang of ['ja', 'en'] as const) {
        const text = explain(r, { lang });
        expect(text, text).not.toMatch(placeholder);
      }
  });
});
