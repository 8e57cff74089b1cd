import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualRenewal, laborInsurancePremium, ratesFor, explain } from '../../src/index.js';

// FY2022 (令和4年度) 年度更新 rules and sources: docs/fy2022.md.

describe('令和4年度 年度更新 (fiscalYear 2022): the 概算 from one annual base is halved', () => {
  it('office-matsuda.jp worked example: 54,151千円 → 前期 27,076千円 (切上げ) / 後期 27,075千円 (切捨て) → 622,734', () => {
    // https://office-matsuda.jp/blog_articles/nendokoushin.html : "前年度の雇用保険対象分の賃金総額 54,151千円 …
    // 前期見込額 27,076千円 後期見込額 27,075千円 … 257,222円+365,512.5円=622,734.5円 → 622,734円"
    const r = annualRenewal({ renewalYear: 2022, coverage: 'employmentInsurance', category: 'general', previousYearWages: 54_151_000, declaredEstimate: 0 });
    const e = r.estimatedPremium.employmentInsurance!;
    expect(e.periods.map((p) => [p.from, p.base, p.rate, p.exact])).toEqual([
      ['2022-04-01', 27_076_000, '9.5', '257222'],
      ['2022-10-01', 27_075_000, '13.5', '365512.5'],
    ]);
    expect([e.exact, e.amount, r.estimatedPremium.amount]).toEqual(['622734.5', 622_734, 622_734]);
    // the FY2021 確定 is as usual: 54,151,000 × 9/1000 = 487,359
    expect(r.finalPremium.amount).toBe(487_359);
    // the form prints the annual base (54,151千円) and one line per period with its own rate:
    // 27,076千円 × 9.5/1000 = 257,222; 27,075千円 × 13.5/1000 = 365,512.5 (shown 365,512); the sum 622,734.5 → 622,734
    expect(r.form.estimate.employmentInsurance).toEqual({
      baseThousands: 54_151,
      amount: 622_734,
      periods: [
        { baseThousands: 27_076, rate: '9.5', amount: 257_222 },
        { baseThousands: 27_075, rate: '13.5', amount: 365_512 },
      ],
    });
    const halves = r.trace.filter((t) => t.id.startsWith('ei.estimate.half.'));
    expect(halves.map((t) => t.value)).toEqual(['27076000', '27075000']);
    expect(explain(halves.slice(0, 1))).toContain('前期は切り上げ、後期は切り捨て');
  });

  it('advance-news.co.jp worked example (小売業 3‰): 78,083千円 → 234,249 + 897,952 = 1,132,201', () => {
    // https://www.advance-news.co.jp/column/2022/06/post-1785.html : "78,083千円 ÷ 2 = 39,042千円(端数切り上げ)+
    // 39,041千円(端数切り捨て) … 370,899円 + 527,053.5円=897,952円(端数切り捨て) … 労働保険料 1,132,201円"
    const r = annualRenewal({ renewalYear: 2022, industry: '98', category: 'general', previousYearWages: 78_083_456, declaredEstimate: 0 });
    expect(r.estimatedPremium.workersCompensation!.amount).toBe(234_249);
    expect(r.estimatedPremium.employmentInsurance!.periods.map((p) => p.base)).toEqual([39_042_000, 39_041_000]);
    expect(r.estimatedPremium.employmentInsurance!.amount).toBe(897_952);
    expect(r.estimatedPremium.amount).toBe(1_132_201);
    // 確定 FY2021 (equal bases, combined 3 + 9 = 12‰): 78,083,000 × 12/1000 = 936,996
    expect(r.finalPremium.amount).toBe(936_996);
  });

  it('finexus.jp halving example: 15,999,999 → 15,999,000 → 7,999,500 → 上期 8,000,000 / 下期 7,999,000', () => {
    // https://finexus.jp/2022/05/27/2022rouhonendokoshin/ : "①千円未満の端数を切り捨て → 15,999,000円
    // ② 15,999,000円 ÷ 2 = 7,999,500円" (上期 切り上げ, 下期 切り捨て). Premium by hand:
    // 8,000,000 × 9.5‰ = 76,000; 7,999,000 × 13.5‰ = 107,986.5; 183,986.5 → 183,986
    const r = annualRenewal({ renewalYear: 2022, coverage: 'employmentInsurance', category: 'general', previousYearWages: 15_999_999, declaredEstimate: 0 });
    expect(r.estimatedPremium.employmentInsurance!.periods.map((p) => p.base)).toEqual([8_000_000, 7_999_000]);
    expect(r.estimatedPremium.amount).toBe(183_986);
  });

  it('the halving of an annual 見込額 outside 50–200% equals giving the halves by hand', () => {
    // previous 10,000,000; estimate 30,000,999 → 30,000,000 (> 200%) → 15,000,000 / 15,000,000:
    // 労災 30,000,000 × 3‰ = 90,000; 雇用 142,500 + 202,500 = 345,000 → 435,000 (as the per-period vector in details.test.ts)
    const one = annualRenewal({ renewalYear: 2022, industry: '98', category: 'general', previousYearWages: 10_000_000, declaredEstimate: 0, estimatedWages: 30_000_999 });
    expect(one.estimateBasis.employmentInsurance?.use).toBe('estimate');
    expect(one.estimatedPremium.amount).toBe(435_000);
    // an odd number of 千円: 30,001,000 → 15,001,000 / 15,000,000: 142,509.5 + 202,500 = 345,009.5 → 345,009; + 90,003 = 435,012
    const odd = annualRenewal({ renewalYear: 2022, industry: '98', category: 'general', previousYearWages: 10_000_000, declaredEstimate: 0, estimatedWages: 30_001_000 });
    expect(odd.estimatedPremium.employmentInsurance!.periods.map((p) => p.base)).toEqual([15_001_000, 15_000_000]);
    expect([odd.estimatedPremium.employmentInsurance!.amount, odd.estimatedPremium.amount]).toEqual([345_009, 435_012]);
  });

  it('a per-period estimate within 50–200% gives way to the previous base, halved', () => {
    // previous 20,000,000; estimate [10,000,000, 12,000,000] = 22,000,000 (110%) → previous: 10,000,000 / 10,000,000
    // 雇用 95,000 + 135,000 = 230,000
    const r = annualRenewal({
      renewalYear: 2022,
      coverage: 'employmentInsurance',
      category: 'general',
      previousYearWages: 20_000_000,
      declaredEstimate: 0,
      estimatedWages: { employmentInsurance: [10_000_000, 12_000_000] },
    });
    expect(r.estimateBasis.employmentInsurance?.use).toBe('previous');
    expect(r.estimatedPremium.employmentInsurance!.periods.map((p) => p.base)).toEqual([10_000_000, 10_000_000]);
    expect(r.estimatedPremium.amount).toBe(230_000);
  });

  it('property: for any previous base, the 概算 = ⌊⌈k/2⌉ × r₁ + ⌊k/2⌋ × r₂⌋ (k in 千円, one truncation), halves add up to the base', () => {
    const periods = ratesFor(2022).employmentInsurance;
    const tenths = (r: string): bigint => BigInt(r.replace('.', '')) * (r.includes('.') ? 1n : 10n);
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 11n }), fc.constantFrom('general', 'agriculture', 'construction'), (wages, category) => {
        const r = annualRenewal({ renewalYear: 2022, coverage: 'employmentInsurance', category, previousYearWages: wages, declaredEstimate: 0 });
        const e = r.estimatedPremium.employmentInsurance!;
        const k = wages / 1000n;
        const first = (k + 1n) / 2n;
        const second = k / 2n;
        expect(e.periods.map((p) => BigInt(p.base))).toEqual([first * 1000n, second * 1000n]);
        expect(BigInt(e.base)).toBe(k * 1000n);
        const oracle = (first * tenths(periods[0]!.categories[category].total) + second * tenths(periods[1]!.categories[category].total)) / 10n;
        expect(BigInt(e.amount)).toBe(oracle);
        expect(BigInt(e.amount)).toBe(BigInt(e.exact.split('.')[0]!));
        expect(r.estimatedPremium.amount).toBe(e.amount);
        // the same halves given by hand give the same premium
        expect(laborInsurancePremium({ fiscalYear: 2022, coverage: 'employmentInsurance', category, wages: { employmentInsurance: [first * 1000n, second * 1000n] } }).amount).toBe(
          e.amount,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('令和5年度 年度更新 (fiscalYear 2023): the 令和4年度 確定 per period', () => {
  it('sum first: 9,145,000 per half → 雇用 210,335 (not 210,334); 労災 18,290,000 × 3‰ = 54,870; 265,205', () => {
    // 9,145,000 × 9.5‰ = 86,877.5 + 9,145,000 × 13.5‰ = 123,457.5 = 210,335.0 → 210,335
    const r = annualRenewal({
      renewalYear: 2023,
      industry: '98',
      category: 'general',
      previousYearWages: { workersCompensation: 18_290_000, employmentInsurance: [9_145_000, 9_145_000] },
      declaredEstimate: 265_000,
    });
    expect(r.finalPremium.employmentInsurance!.amount).toBe(210_335);
    expect(r.finalPremium.amount).toBe(265_205);
    expect(r.shortfall).toBe(205);
  });

  it('from payment records: 労災 per half-year (3,300,000), 一般拠出金 over the year (3,301,000)', () => {
    // officekodama-sr.com: the 労災 base per period and the 一般拠出金 base over the year may differ by 1,000 ("問題ありません").
    // 労災 1,500,000 × 3‰ + 1,800,000 × 3‰ = 9,900; 雇用 14,250 + 24,300 = 38,550; equal bases → 48,450.
    // 一般拠出金 3,301,400 → 3,301,000 × 0.02/1000 = 66.02 → 66.
    const r = annualRenewal({
      renewalYear: 2023,
      industry: '98',
      category: 'general',
      declaredEstimate: 0,
      previousYearPayroll: [
        { workerId: 'A', closingDate: '2022-09-30', wage: 1_500_500 },
        { workerId: 'A', closingDate: '2022-10-31', wage: 1_800_900 },
      ],
    });
    expect(r.ledger!.premiumWages).toEqual({ workersCompensation: [1_500_500, 1_800_900], employmentInsurance: [1_500_500, 1_800_900] });
    expect(r.finalPremium.workersCompensation!.base).toBe(3_300_000);
    expect([r.finalPremium.workersCompensation!.amount, r.finalPremium.employmentInsurance!.amount, r.finalPremium.amount]).toEqual([9_900, 38_550, 48_450]);
    expect([r.generalContribution.base, r.generalContribution.amount]).toEqual([3_301_000, 66]);
    expect(r.form.final.workersCompensation).toEqual({ baseThousands: 3_300, rate: '3', amount: 9_900 });
  });

  it('one previous-year total cannot be split for the 確定 (it needs each period’s actual wages) → RATE_PERIOD_SPLIT', () => {
    expect(() => annualRenewal({ renewalYear: 2023, industry: '98', category: 'general', previousYearWages: 3_301_400, declaredEstimate: 0 })).toThrowError(
      expect.objectContaining({ code: 'RATE_PERIOD_SPLIT' }),
    );
  });
});
