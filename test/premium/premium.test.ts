import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { employeeDeduction, employerShare, laborInsurancePremium, InvalidInputError } from '../../src/index.js';
import type { TraceStep } from '../../src/core/trace.js';
import { RULES } from '../../src/rules/index.js';
import { renderRule } from '../../src/rules/render.js';

const rendered = (s: TraceStep) => renderRule(RULES[s.rule], 'ja', s.value, s.params);

describe('laborInsurancePremium — rules.md §12.1 vectors', () => {
  it('P1 (OFF S-P) 小売業 FY2025: 3,300,000 × (3 + 14.5)/1000 = 57,750', () => {
    const p = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000 });
    expect(p.amount).toBe(57_750);
    expect(p.combinedRate).toBe(true);
    expect(p.workersCompensation).toMatchObject({ base: 3_300_000, rate: '3', amount: 9_900 }); // 3,300,000 × 3/1000
    expect(p.employmentInsurance).toMatchObject({ base: 3_300_000, rate: '14.5', amount: 47_850 }); // × 14.5/1000
    expect(p.displayAdjustment).toBe(0);
  });

  it('P2 wages 10,129,569 → base 10,129,000 × 18.5/1000 = 187,386.5 → 187,386 (FY2024 小売 3 + 15.5)', () => {
    const p = laborInsurancePremium({ fiscalYear: 2024, industry: '98', category: 'general', wages: 10_129_569 });
    expect(p.workersCompensation!.base).toBe(10_129_000);
    expect(p.amount).toBe(187_386);
  });

  it('P3 equal bases 18,291,000 at 3.5 + 15.5: total 347,529; columns 64,019 + 283,510 (1 yen to 労災)', () => {
    // 印刷又は製本業 (46) 3.5‰, FY2024 一般 15.5‰. Combined: 18,291,000 × 19/1000 = 347,529.
    // Separate: 64,018.5 → 64,018 and 283,510.5 → 283,510, sum 347,528 → +1 on the 労災 column.
    const p = laborInsurancePremium({ fiscalYear: 2024, industry: '46', category: 'general', wages: 18_291_000 });
    expect(p.amount).toBe(347_529);
    expect(p.workersCompensation!.amount).toBe(64_019);
    expect(p.employmentInsurance!.amount).toBe(283_510);
    expect(p.displayAdjustment).toBe(1);
    expect(p.workersCompensation!.exact).toBe('64018.5');
  });

  it('P4 separate bases: 12,345,000 × 3/1000 = 37,035 and 10,000,000 × 14.5/1000 = 145,000 → 182,035', () => {
    const p = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: { workersCompensation: 12_345_678, employmentInsurance: 10_000_999 } });
    expect(p.combinedRate).toBe(false);
    expect([p.workersCompensation!.amount, p.employmentInsurance!.amount, p.amount]).toEqual([37_035, 145_000, 182_035]);
  });

  it.each([
    ['P5 wages 0', 0, 0],
    ['P6 wages 999 → base 0', 999, 0],
    ['P7 9,876,543,210 → 9,876,543,000 × 17.5/1000 = 172,839,502.5 → 172,839,502', 9_876_543_210, 172_839_502],
    ['P8 1,201,092 → 1,201,000 × 17.5/1000 = 21,017.5 → 21,017', 1_201_092, 21_017],
  ])('%s', (_n, wages, total) => {
    expect(laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages }).amount).toBe(total);
  });

  it('accepts bigint and digit-string wages', () => {
    expect(laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000n }).amount).toBe(57_750);
    expect(laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: '3300000' }).amount).toBe(57_750);
  });

  it('FY2022 needs employment wages per rate period', () => {
    // 労災 3,301,400 → 3,301,000 × 3/1000 = 9,903
    // 雇用 Apr–Sep 1,500,500 → 1,500,000 × 9.5/1000 = 14,250; Oct–Mar 1,800,900 → 1,800,000 × 13.5/1000 = 24,300
    const p = laborInsurancePremium({
      fiscalYear: 2022,
      industry: '98',
      category: 'general',
      wages: { workersCompensation: 3_301_400, employmentInsurance: [1_500_500, 1_800_900] },
    });
    expect(p.employmentInsurance!.periods.map((x) => [x.from, x.base, x.rate, x.amount])).toEqual([
      ['2022-04-01', 1_500_000, '9.5', 14_250],
      ['2022-10-01', 1_800_000, '13.5', 24_300],
    ]);
    expect(p.employmentInsurance!.amount).toBe(38_550);
    expect(p.amount).toBe(48_453);
    expect(() => laborInsurancePremium({ fiscalYear: 2022, industry: '98', category: 'general', wages: 3_301_400 })).toThrowError(
      expect.objectContaining({ code: 'RATE_PERIOD_SPLIT' }),
    );
    expect(() => laborInsurancePremium({ fiscalYear: 2022, industry: '98', category: 'general', wages: { workersCompensation: 1, employmentInsurance: [1, 2, 3] } })).toThrowError(
      InvalidInputError,
    );
  });

  it('労災-only and 雇用-only declarations (二元適用)', () => {
    // 建設 その他の建設事業 (37) 15‰ FY2025: 10,000,500 → 10,000,000 × 15/1000 = 150,000
    const wc = laborInsurancePremium({ fiscalYear: 2025, industry: '37', coverage: 'workersCompensation', wages: 10_000_500 });
    expect([wc.amount, wc.employmentInsurance]).toEqual([150_000, undefined]);
    // 建設 雇用 17.5‰: 10,000,000 × 17.5/1000 = 175,000
    const ei = laborInsurancePremium({ fiscalYear: 2025, category: 'construction', coverage: 'employmentInsurance', wages: 10_000_500 });
    expect([ei.amount, ei.workersCompensation]).toEqual([175_000, undefined]);
  });

  it('applies a メリット-adjusted 労災 rate (M7: 500,000,000 × (2.04 + 14.5)/1000 = 8,270,000)', () => {
    const p = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 500_000_000, workersCompensationRate: '2.04' });
    expect(p.amount).toBe(8_270_000);
    expect(p.workersCompensation).toMatchObject({ amount: 1_020_000, meritAdjusted: true });
  });

  it('explains every step with its legal basis', () => {
    const p = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000 });
    const s = p.trace.find((t) => t.id === 'wc.base')!;
    expect([s.value, rendered(s).law]).toEqual(['3300000', '徴収法15条1項1号']);
    expect(rendered(s).text).toContain('賃金総額 3,300,000 → 千円未満切捨て 3,300,000');
  });

  it('rejects bad input', () => {
    const base = { fiscalYear: 2025, industry: '98', category: 'general' as const };
    // UNKNOWN_INDUSTRY belongs to InvalidInputError only (ERROR_CATALOGUE, docs/errors.md): the caller
    // named a 業種番号 that is not in the table; it used to be thrown under both classes.
    expect(() => laborInsurancePremium({ ...base, industry: '00', wages: 1 })).toThrowError(InvalidInputError);
    expect(() => laborInsurancePremium({ ...base, industry: '00', wages: 1 })).toThrowError(expect.objectContaining({ code: 'UNKNOWN_INDUSTRY' }));
    expect(() => laborInsurancePremium({ ...base, industry: 98 as unknown as string, wages: 1 })).toThrowError(expect.objectContaining({ code: 'UNKNOWN_INDUSTRY' }));
    expect(() => laborInsurancePremium({ ...base, wages: -1 })).toThrowError(expect.objectContaining({ code: 'AMOUNT_NEGATIVE' }));
    expect(() => laborInsurancePremium({ ...base, wages: Number.POSITIVE_INFINITY })).toThrowError(expect.objectContaining({ code: 'AMOUNT_NOT_FINITE' }));
    expect(() => laborInsurancePremium({ ...base, fiscalYear: 2016, wages: 1 })).toThrowError(expect.objectContaining({ code: 'NO_RATE_TABLE' }));
    expect(() => laborInsurancePremium({ ...base, wages: { workersCompensation: 1 } })).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => laborInsurancePremium({ ...base, wages: 1, workersCompensationRate: 2.04 as unknown as string })).toThrowError(expect.objectContaining({ code: 'INVALID_RATE' }));
    expect(() => laborInsurancePremium({ ...base, wages: 1, coverage: 'all' as 'both' })).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('laborInsurancePremium — properties', () => {
  const fy = fc.constantFrom(2018, 2019, 2020, 2021, 2023, 2024, 2025, 2026);
  const industry = fc.constantFrom('98', '94', '37', '02', '03', '46', '90', '31');
  const category = fc.constantFrom('general' as const, 'agriculture' as const, 'construction' as const);

  it('equal bases: the columns add up to the total, which is the single truncation of the combined rate', () => {
    fc.assert(
      fc.property(fy, industry, category, fc.maxSafeNat(), (fiscalYear, ind, cat, wages) => {
        const p = laborInsurancePremium({ fiscalYear, industry: ind, category: cat, wages });
        const base = BigInt(wages) - (BigInt(wages) % 1000n);
        const rate = (s: string) => {
          const [i, f = ''] = s.split('.');
          return { n: BigInt(i + f), d: 1000n * 10n ** BigInt(f.length) };
        };
        const wc = rate(p.workersCompensation!.rate);
        const ei = rate(p.employmentInsurance!.rate!);
        // oracle: ⌊base × (wc + ei)⌋ with integer arithmetic on a common denominator
        const d = wc.d * ei.d;
        const expected = (base * (wc.n * ei.d + ei.n * wc.d)) / d;
        return BigInt(p.amount) === expected && p.workersCompensation!.amount + p.employmentInsurance!.amount === p.amount && p.displayAdjustment >= 0 && p.displayAdjustment <= 1;
      }),
      { numRuns: 5_000 },
    );
  });

  it('separate bases: the total is monotone in each base', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 12 }), fc.nat({ max: 10 ** 12 }), fc.nat({ max: 10 ** 6 }), (a, b, extra) => {
        const prem = (wc: number, ei: number) =>
          laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: { workersCompensation: wc, employmentInsurance: ei } }).amount;
        return prem(a, b) <= prem(a + extra, b) && prem(a, b) <= prem(a, b + extra);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('employerShare — rules.md §12.3', () => {
  it('E1 (OFF S-P): 57,750 − 18,150 = 39,600, with worker shares from employeeDeduction', () => {
    const shares = [...Array(12).fill(200_000), 450_000, 450_000].map((wage) => employeeDeduction({ wage, category: 'general', fiscalYear: 2025 }).amount);
    const premium = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000 });
    const s = employerShare({ premium, workerDeductions: shares });
    expect([s.premium, s.workerShares, s.amount]).toEqual([57_750, 18_150, 39_600]);
  });

  it('E2: 12 × 100,091 at 小売 3 + 14.5: premium 21,017, shares 551 × 12 = 6,612, employer 14,405', () => {
    const share = employeeDeduction({ wage: 100_091, category: 'general', fiscalYear: 2025 }).amount;
    const premium = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 100_091 * 12 });
    const s = employerShare({ premium: premium.amount, workerDeductions: Array(12).fill(share) });
    expect([premium.amount, s.workerShares, s.amount]).toEqual([21_017, 6_612, 14_405]);
  });

  it('refuses shares above the premium and bad amounts', () => {
    expect(() => employerShare({ premium: 100, workerDeductions: 101 })).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => employerShare({ premium: 100, workerDeductions: [1, -1] })).toThrowError(expect.objectContaining({ code: 'AMOUNT_NEGATIVE' }));
  });
});
