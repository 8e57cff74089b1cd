import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laborInsurancePremium, InvalidInputError, ratesFor } from '../../src/index.js';
import type { TraceStep } from '../../src/core/trace.js';
import { RULES } from '../../src/rules/index.js';
import { renderRule } from '../../src/rules/render.js';

const rendered = (s: TraceStep) => renderRule(RULES[s.rule], 'ja', s.value, s.params);

// FY2022 (令和4年度): 雇用保険率 一般 9.5‰ (2022-04-01..09-30) then 13.5‰ (2022-10-01..2023-03-31);
// 農林水産・清酒 11.5‰ / 15.5‰; 建設 12.5‰ / 16.5‰. 労災 98 (小売業等) 3‰. Rules and sources: docs/fy2022.md.

describe('FY2022 雇用保険分: each period exact, only the sum truncated', () => {
  it('the issue-10 defect: exact "210335" now beside amount 210335 (was 210334)', () => {
    // 9,145,000 × 9.5/1000 = 86,877.5; 9,145,000 × 13.5/1000 = 123,457.5; sum 210,335.0 → 210,335.
    // Truncating each half first gives 86,877 + 123,457 = 210,334 — 1 yen low, the old result.
    const p = laborInsurancePremium({ fiscalYear: 2022, coverage: 'employmentInsurance', category: 'general', wages: { employmentInsurance: [9_145_000, 9_145_000] } });
    const e = p.employmentInsurance!;
    expect(e.periods.map((x) => x.exact)).toEqual(['86877.5', '123457.5']);
    expect([e.exact, e.amount, p.amount]).toEqual(['210335', 210_335, 210_335]);
  });

  it('office-matsuda.jp worked example (前期 27,076千円 × 9.5‰ + 後期 27,075千円 × 13.5‰ = 622,734.5 → 622,734)', () => {
    // https://office-matsuda.jp/blog_articles/nendokoushin.html : "27,076千円×1000分の9.5=257,222円 /
    // 27,075千円×1000分の13.5=365,512.5円 / 合算して 622,734.5円 → 622,734円"
    const p = laborInsurancePremium({ fiscalYear: 2022, coverage: 'employmentInsurance', category: 'general', wages: { employmentInsurance: [27_076_000, 27_075_000] } });
    expect(p.employmentInsurance!.periods.map((x) => x.exact)).toEqual(['257222', '365512.5']);
    expect([p.employmentInsurance!.exact, p.employmentInsurance!.amount]).toEqual(['622734.5', 622_734]);
  });

  it('advance-news.co.jp worked example: 労災 234,249 + 雇用 897,952 = 1,132,201', () => {
    // https://www.advance-news.co.jp/column/2022/06/post-1785.html : 78,083千円 × 3/1,000 = 234,249円;
    // 39,042千円 × 9.5/1,000 = 370,899円; 39,041千円 × 13.5/1,000 = 527,053.5円; 合計 897,952円 (端数切り捨て);
    // 労働保険料 1,132,201円.
    const p = laborInsurancePremium({
      fiscalYear: 2022,
      industry: '98',
      category: 'general',
      wages: { workersCompensation: 78_083_000, employmentInsurance: [39_042_000, 39_041_000] },
    });
    expect(p.workersCompensation!.amount).toBe(234_249);
    expect([p.employmentInsurance!.exact, p.employmentInsurance!.amount]).toEqual(['897952.5', 897_952]);
    expect([p.amount, p.combinedRate]).toEqual([1_132_201, false]);
  });

  it('the trace shows the kept fractions and the single truncation, citing the instruction; sources list it', () => {
    const p = laborInsurancePremium({ fiscalYear: 2022, coverage: 'employmentInsurance', category: 'general', wages: { employmentInsurance: [9_145_000, 9_145_000] } });
    const s = p.trace.find((t) => t.id === 'ei.premium')!;
    expect(s.value).toBe('210335');
    expect(rendered(s).law).toContain('端数計算法2条1項');
    expect(rendered(p.trace.find((t) => t.id === 'ei.0.premium')!).text).toContain('1円未満の端数は切り捨てず');
    expect(p.sources).toContain('https://sr.gracelaw.jp/?p=888');
  });

  it('other categories: 建設 12.5‰ / 16.5‰ — 1,001,000 × 12.5 = 12,512.5; 1,001,000 × 16.5 = 16,516.5; sum 29,029 → 29,029', () => {
    const p = laborInsurancePremium({ fiscalYear: 2022, coverage: 'employmentInsurance', category: 'construction', wages: { employmentInsurance: [1_001_999, 1_001_000] } });
    expect(p.employmentInsurance!.periods.map((x) => [x.base, x.exact, x.amount])).toEqual([
      [1_001_000, '12512.5', 12_512],
      [1_001_000, '16516.5', 16_516],
    ]);
    expect(p.employmentInsurance!.amount).toBe(29_029); // per-period truncation would give 29,028
  });

  it('a single 雇用 total is still refused (RATE_PERIOD_SPLIT): the 確定 needs the wages of each period; the 概算 halving is annualRenewal’s', () => {
    expect(() => laborInsurancePremium({ fiscalYear: 2022, industry: '98', category: 'general', wages: 3_301_400 })).toThrowError(
      expect.objectContaining({ code: 'RATE_PERIOD_SPLIT' }),
    );
  });
});

describe('FY2022 確定 of a 一元適用事業: 労災 also per period (令和5年度 年度更新)', () => {
  it('労災 base per period: 1,500,500 → 1,500,000 and 1,800,900 → 1,800,000 (3,300,000, not the annual 3,301,000)', () => {
    // officekodama-sr.com (令和5年度の変更点): 労災 is totalled per half-year, the 一般拠出金 over the year, so the
    // bases can differ by 1,000 — "問題ありません".
    // 労災 (1,500,000 + 1,800,000) × 3‰ = 4,500 + 5,400 = 9,900; 雇用 1,500,000 × 9.5‰ = 14,250 + 1,800,000 × 13.5‰ =
    // 24,300 → 38,550; equal bases in both periods → 9,900 + 38,550 = 48,450 truncated once.
    const p = laborInsurancePremium({
      fiscalYear: 2022,
      industry: '98',
      category: 'general',
      wages: { workersCompensation: [1_500_500, 1_800_900], employmentInsurance: [1_500_500, 1_800_900] },
    });
    expect(p.workersCompensation).toMatchObject({ wages: 3_301_400, base: 3_300_000, amount: 9_900 });
    expect(p.workersCompensation!.periods!.map((x) => [x.from, x.base, x.exact])).toEqual([
      ['2022-04-01', 1_500_000, '4500'],
      ['2022-10-01', 1_800_000, '5400'],
    ]);
    expect([p.employmentInsurance!.amount, p.amount, p.combinedRate, p.displayAdjustment]).toEqual([38_550, 48_450, true, 0]);
    // the same wages as one 労災 total keep the annual base (the existing vector): 3,301,000 × 3‰ = 9,903 → 48,453
    expect(
      laborInsurancePremium({ fiscalYear: 2022, industry: '98', category: 'general', wages: { workersCompensation: 3_301_400, employmentInsurance: [1_500_500, 1_800_900] } })
        .amount,
    ).toBe(48_453);
  });

  it('equal bases per period, the fractions add to a yen: it goes to the 労災 column', () => {
    // merit rate 2.5‰: 労災 (1,001,000 + 1,000,000) × 2.5 = 2,502.5 + 2,500 = 5,002.5;
    // 雇用 1,001,000 × 9.5 = 9,509.5, 1,000,000 × 13.5 = 13,500 → 23,009.5;
    // total 5,002.5 + 23,009.5 = 28,012 → 28,012; columns 5,002 + 23,009 = 28,011 → +1 to 労災 → 5,003.
    const p = laborInsurancePremium({
      fiscalYear: 2022,
      industry: '98',
      category: 'general',
      workersCompensationRate: '2.5',
      wages: { workersCompensation: [1_001_000, 1_000_000], employmentInsurance: [1_001_000, 1_000_000] },
    });
    expect([p.amount, p.displayAdjustment, p.workersCompensation!.amount, p.employmentInsurance!.amount]).toEqual([28_012, 1, 5_003, 23_009]);
  });

  it('unequal bases: each insurance summed then truncated on its own', () => {
    // 労災 (1,001,000 + 1,000,000) × 2.5 = 5,002.5 → 5,002; 雇用 1,000,000 × 9.5 = 9,500 + 1,001,000 × 13.5 = 13,513.5
    // → 23,013.5 → 23,013; total 28,015
    const p = laborInsurancePremium({
      fiscalYear: 2022,
      industry: '98',
      category: 'general',
      workersCompensationRate: '2.5',
      wages: { workersCompensation: [1_001_000, 1_000_000], employmentInsurance: [1_000_000, 1_001_000] },
    });
    expect([p.workersCompensation!.amount, p.employmentInsurance!.amount, p.amount, p.combinedRate]).toEqual([5_002, 23_013, 28_015, false]);
  });

  it('二元適用事業 (労災 only): the 確定 is as usual, on the annual total even if given per period', () => {
    // 3,301,400 → 3,301,000 × 3‰ = 9,903
    const p = laborInsurancePremium({ fiscalYear: 2022, industry: '98', coverage: 'workersCompensation', wages: { workersCompensation: [1_500_500, 1_800_900] } });
    expect([p.workersCompensation!.base, p.amount, p.workersCompensation!.periods]).toEqual([3_301_000, 9_903, undefined]);
  });

  it('a 労災 list must have one total per rate period', () => {
    expect(() =>
      laborInsurancePremium({ fiscalYear: 2022, industry: '98', category: 'general', wages: { workersCompensation: [1, 2, 3], employmentInsurance: [1, 2] } }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: { workersCompensation: [1, 2], employmentInsurance: 3 } })).toThrowError(
      InvalidInputError,
    );
    // a one-element list is the ordinary annual total: 3,300,000 × 17.5‰ = 57,750 (P1)
    expect(
      laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: { workersCompensation: [3_300_000], employmentInsurance: 3_300_000 } }).amount,
    ).toBe(57_750);
  });
});

describe('FY2022 properties', () => {
  const rateTenths = (r: string): bigint => {
    const [i = '0', f = ''] = r.split('.');
    return BigInt(i) * 10n + BigInt((f + '0')[0]!);
  };
  const periods = ratesFor(2022).employmentInsurance;

  it('雇用保険分 = ⌊Σ base_i × rate_i⌋ (BigInt oracle), amount === ⌊exact⌋, exact === Σ period exacts, total = 労災 + 雇用', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 11n }),
        fc.bigInt({ min: 0n, max: 10n ** 11n }),
        fc.bigInt({ min: 0n, max: 10n ** 11n }),
        fc.constantFrom('general', 'agriculture', 'construction'),
        (a, b, w, category) => {
          const p = laborInsurancePremium({ fiscalYear: 2022, industry: '98', category, wages: { workersCompensation: w, employmentInsurance: [a, b] } });
          const e = p.employmentInsurance!;
          // oracle in tenths of a yen: base in 千円 × rate in tenths of ‰ = tenths of a yen
          const tenths = (a / 1000n) * rateTenths(periods[0]!.categories[category].total) + (b / 1000n) * rateTenths(periods[1]!.categories[category].total);
          expect(BigInt(e.amount)).toBe(tenths / 10n);
          expect(BigInt(e.amount)).toBe(BigInt(e.exact.split('.')[0]!));
          const sumTenths = e.periods.reduce((s, x) => s + BigInt(x.exact.replace('.', '')) * (x.exact.includes('.') ? 1n : 10n), 0n);
          expect(sumTenths).toBe(tenths);
          expect(p.amount).toBe(p.workersCompensation!.amount + e.amount);
          expect(BigInt(p.workersCompensation!.amount)).toBe(((w / 1000n) * 30n) / 10n); // 3‰
        },
      ),
      { numRuns: 500 },
    );
  });

  it('労災 per period: equal bases → total = ⌊all exact⌋ with the 労災 column adjusted; always amount === ⌊exact⌋ for 雇用', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 10n }), fc.bigInt({ min: 0n, max: 10n ** 10n }), fc.constantFrom('2.5', '3', '4.5', '0.5'), (a, b, rate) => {
        const p = laborInsurancePremium({
          fiscalYear: 2022,
          industry: '98',
          category: 'general',
          workersCompensationRate: rate,
          wages: { workersCompensation: [a, b], employmentInsurance: [a, b] },
        });
        const ka = a / 1000n;
        const kb = b / 1000n;
        const wcTenths = (ka + kb) * rateTenths(rate);
        const eiTenths = ka * 95n + kb * 135n;
        expect(BigInt(p.amount)).toBe((wcTenths + eiTenths) / 10n);
        expect(BigInt(p.employmentInsurance!.amount)).toBe(eiTenths / 10n);
        expect(p.workersCompensation!.amount + p.employmentInsurance!.amount).toBe(p.amount);
        expect(p.displayAdjustment).toBe(Number((wcTenths + eiTenths) / 10n - wcTenths / 10n - eiTenths / 10n));
      }),
      { numRuns: 500 },
    );
  });
});
