import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { specialEnrollmentPremium, ratesFor, InvalidInputError, RateTableError } from '../../src/index.js';

describe('specialEnrollmentPremium — rules.md §12.9 vectors', () => {
  it('K1 (3RD office-k-sr) 第1種 日額 10,000 at 14‰: 10,000 × 365 = 3,650,000 × 14/1000 = 51,100', () => {
    const p = specialEnrollmentPremium({ kind: 1, rate: '14', fiscalYear: 2025, members: [{ dailyBase: 10_000 }] });
    expect([p.baseTotal, p.base, p.amount]).toEqual([3_650_000, 3_650_000, 51_100]);
    expect(p.rateSource.type).toBe('given');
  });

  it('K2 (3RD tokai-lm) 第2種 建設 17‰, 日額 25,000: 9,125,000 × 17/1000 = 155,125', () => {
    const p = specialEnrollmentPremium({ kind: 2, workType: 'construction', fiscalYear: 2025, members: [{ dailyBase: 25_000 }] });
    expect([p.rate, p.base, p.amount]).toEqual(['17', 9_125_000, 155_125]);
    expect(p.rateSource).toMatchObject({ type: 'workType', code: 'construction', status: 'confirmed' });
  });

  it('K3 (CMP) 日額 3,500 alone, 17‰: 1,277,500 → 1,277,000 × 17/1000 = 21,709 (untruncated 21,717.5 → 21,717)', () => {
    const p = specialEnrollmentPremium({ kind: 2, workType: 'construction', fiscalYear: 2024, members: [{ dailyBase: 3500 }] });
    expect([p.baseTotal, p.base, p.amount, p.premiumWithoutTruncation]).toEqual([1_277_500, 1_277_000, 21_709, 21_717]);
    expect(p.members[0]).toMatchObject({ base: 1_277_500, exact: '21717.5', amount: 21_717 });
  });

  it('K4 (CMP vs 3RD oyakata.jp) 日額 3,500 at 18‰ (建設 before FY2024): the 申告 gives 22,986; 22,995 is the untruncated per-member figure', () => {
    // 1,277,500 → 1,277,000 × 18/1000 = 22,986 (千円未満切捨て on the total, 徴収則 / 事務組合 source).
    // oyakata.jp publishes 1,277,500 × 18/1000 = 22,995 — a per-member allocation without the truncation.
    // The library's premium is the truncated 申告 amount; the published figure is premiumWithoutTruncation.
    const p = specialEnrollmentPremium({ kind: 2, workType: 'construction', fiscalYear: 2023, members: [{ dailyBase: 3500 }] });
    expect(p.rate).toBe('18');
    expect(p.amount).toBe(22_986);
    expect(p.premiumWithoutTruncation).toBe(22_995);
    expect(p.members[0]!.amount).toBe(22_995);
  });

  it('K5 (CMP) 第1種 小売 3‰, 日額 10,000, 承認 2025-10-15 → 6 months: ⌈3,650,000/12⌉ = 304,167 × 6 = 1,825,002 → 1,825,000 × 3/1000 = 5,475', () => {
    const p = specialEnrollmentPremium({ kind: 1, industry: '98', fiscalYear: 2025, date: '2025-10-15', members: [{ dailyBase: 10_000, months: 6 }] });
    expect(p.members[0]).toMatchObject({ annualBase: 3_650_000, monthlyBase: 304_167, base: 1_825_002, months: 6 });
    expect([p.rate, p.baseTotal, p.base, p.amount]).toEqual(['3', 1_825_002, 1_825_000, 5_475]);
    expect(p.rateSource).toMatchObject({ type: 'industry', code: '98' });
  });

  it('K6 (CMP) two 第1種 members 10,000 + 3,500 full year at 3‰: 3,650,000 + 1,277,500 = 4,927,500 → 4,927,000 × 3/1000 = 14,781', () => {
    const p = specialEnrollmentPremium({
      kind: 1,
      industry: '98',
      fiscalYear: 2025,
      members: [
        { dailyBase: 10_000, name: '代表' },
        { dailyBase: 3500, name: '役員' },
      ],
    });
    expect([p.baseTotal, p.base, p.amount]).toEqual([4_927_500, 4_927_000, 14_781]);
    // Allocations untruncated: 10,950 + 3,832.5
    expect(p.members.map((m) => [m.name, m.exact])).toEqual([
      ['代表', '10950'],
      ['役員', '3832.5'],
    ]);
  });

  it('K7 (CMP) 日額 3,500, 17‰, 7 months: ⌈1,277,500/12⌉ = 106,459 × 7 = 745,213 → 745,000 × 17/1000 = 12,665', () => {
    const p = specialEnrollmentPremium({ kind: 2, workType: 'construction', fiscalYear: 2025, members: [{ dailyBase: 3500, months: 7 }] });
    expect([p.members[0]!.monthlyBase, p.baseTotal, p.base, p.amount]).toEqual([106_459, 745_213, 745_000, 12_665]);
  });

  it('K8 (3RD office-yoshizawa) 日額 9,000 at 19‰ (an older rate, given): 3,285,000 × 19/1000 = 62,415', () => {
    const p = specialEnrollmentPremium({ kind: 2, rate: '19', fiscalYear: 2025, members: [{ dailyBase: 9000 }] });
    expect([p.base, p.amount]).toEqual([3_285_000, 62_415]);
  });
});

describe('specialEnrollmentPremium — categories, rates, validation', () => {
  it('特定フリーランス事業 exists from 2024-11-01 (3‰), not before', () => {
    expect(() => specialEnrollmentPremium({ kind: 2, workType: 'specified-freelance', fiscalYear: 2024, members: [{ dailyBase: 10_000, months: 5 }] })).toThrowError(
      expect.objectContaining({ code: 'CATEGORY_NOT_IN_FORCE' }),
    );
    expect(() => specialEnrollmentPremium({ kind: 2, workType: 'specified-freelance', fiscalYear: 2024, date: '2024-10-31', members: [{ dailyBase: 10_000 }] })).toThrowError(
      RateTableError,
    );
    // 2024-11 .. 2025-03 = 5 months: ⌈3,650,000/12⌉ = 304,167 × 5 = 1,520,835 → 1,520,000 × 3/1000 = 4,560
    const p = specialEnrollmentPremium({ kind: 2, workType: 'specified-freelance', fiscalYear: 2024, date: '2024-11-01', members: [{ dailyBase: 10_000, months: 5 }] });
    expect([p.rate, p.base, p.amount]).toEqual(['3', 1_520_000, 4_560]);
    expect(specialEnrollmentPremium({ kind: 2, workType: 'specified-freelance', fiscalYear: 2025, members: [{ dailyBase: 10_000 }] }).amount).toBe(10_950);
  });

  it('第3種 uses the table rate 3‰; 第1種 takes a merit-adjusted rate', () => {
    const p = specialEnrollmentPremium({ kind: 3, fiscalYear: 2025, members: [{ dailyBase: 20_000 }] });
    expect([p.rate, p.base, p.amount]).toEqual(['3', 7_300_000, 21_900]);
    const m = specialEnrollmentPremium({ kind: 1, industry: '98', rate: '2.04', fiscalYear: 2025, members: [{ dailyBase: 10_000 }] });
    expect([m.rate, m.amount, m.rateSource.type, m.rateSource.code]).toEqual(['2.04', 7446, 'given', '98']); // 3,650,000 × 2.04/1000
  });

  it('only the listed 日額 levels; 2,000–3,000 for 家内労働者等 only', () => {
    expect(() => specialEnrollmentPremium({ kind: 2, workType: 'construction', fiscalYear: 2025, members: [{ dailyBase: 11_000 }] })).toThrowError(
      expect.objectContaining({ code: 'DAILY_BASE_NOT_LISTED' }),
    );
    expect(() => specialEnrollmentPremium({ kind: 2, workType: 'construction', fiscalYear: 2025, members: [{ dailyBase: 3000 }] })).toThrowError(
      expect.objectContaining({ code: 'DAILY_BASE_NOT_LISTED' }),
    );
    // 3,000 × 365 = 1,095,000 × 14/1000 = 15,330
    expect(specialEnrollmentPremium({ kind: 2, workType: 'homework-metal', fiscalYear: 2025, members: [{ dailyBase: 3000 }] }).amount).toBe(15_330);
    expect(() => specialEnrollmentPremium({ kind: 2, workType: 'construction', fiscalYear: 2025, members: [{ dailyBase: 2 ** 60 }] as never })).toThrowError(InvalidInputError);
  });

  it('months: 12 is the whole year (not ⌈annual/12⌉ × 12), 1–12 only', () => {
    const a = specialEnrollmentPremium({ kind: 2, workType: 'construction', fiscalYear: 2025, members: [{ dailyBase: 3500, months: 12 }] });
    expect(a.baseTotal).toBe(1_277_500);
    for (const months of [0, 13, 1.5, '6']) {
      expect(() => specialEnrollmentPremium({ kind: 2, workType: 'construction', fiscalYear: 2025, members: [{ dailyBase: 3500, months }] } as never)).toThrowError(
        expect.objectContaining({ code: 'INVALID_OPTION' }),
      );
    }
  });

  it('typed errors for bad kind, category, rate, date, members', () => {
    const ok = { kind: 2, workType: 'construction', fiscalYear: 2025, members: [{ dailyBase: 3500 }] };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...ok, kind: 4 }, 'INVALID_OPTION'],
      [{ ...ok, workType: 'fishing-boats' }, 'UNKNOWN_CATEGORY'],
      [{ ...ok, workType: 7 }, 'UNKNOWN_CATEGORY'],
      [{ ...ok, rate: 17 }, 'INVALID_RATE'],
      [{ ...ok, date: '2026-04-01' }, 'INVALID_OPTION'],
      [{ ...ok, date: '2025-02-30' }, 'INVALID_DATE'],
      [{ ...ok, members: [] }, 'INVALID_OPTION'],
      [{ ...ok, members: [{ dailyBase: -1 }] }, 'AMOUNT_NEGATIVE'],
      [{ ...ok, industry: '98' }, 'INVALID_OPTION'],
      [{ kind: 1, fiscalYear: 2025, members: [{ dailyBase: 3500 }] }, 'INVALID_OPTION'],
      [{ kind: 1, industry: '00', fiscalYear: 2025, members: [{ dailyBase: 3500 }] }, 'UNKNOWN_INDUSTRY'],
      [{ kind: 3, workType: 'construction', fiscalYear: 2025, members: [{ dailyBase: 3500 }] }, 'INVALID_OPTION'],
      [{ ...ok, fiscalYear: 2010 }, 'NO_RATE_TABLE'],
    ];
    for (const [input, code] of cases) expect(() => specialEnrollmentPremium(input as never), JSON.stringify(input)).toThrowError(expect.objectContaining({ code }));
  });
});

describe('specialEnrollmentPremium — properties', () => {
  const t = ratesFor(2025);
  const standard = t.specialEnrollment.dailyBenefitBases.standard;
  const codes = t.specialEnrollment.secondClass[0]!.rows.map((r) => r.code).filter((c) => !c.startsWith('homework-'));
  const member = fc.record({ dailyBase: fc.constantFrom(...standard), months: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }) });
  const arb = fc.record({ code: fc.constantFrom(...codes), members: fc.array(member, { minLength: 1, maxLength: 8 }) });

  it('the total base is a multiple of 1,000 before the rate; premium = ⌊base × rate⌋ (integer oracle)', () => {
    fc.assert(
      fc.property(arb, ({ code, members }) => {
        const p = specialEnrollmentPremium({ kind: 2, workType: code, fiscalYear: 2025, members });
        expect(p.base % 1000).toBe(0);
        // Oracle in bigint: annual = d × 365; partial = ⌈annual/12⌉ × months.
        const sum = members.reduce((a, m) => {
          const annual = BigInt(m.dailyBase) * 365n;
          return a + (m.months === undefined || m.months === 12 ? annual : ((annual + 11n) / 12n) * BigInt(m.months));
        }, 0n);
        expect(BigInt(p.baseTotal)).toBe(sum);
        expect(BigInt(p.base)).toBe((sum / 1000n) * 1000n);
        const [i, f = ''] = p.rate.split('.');
        const num = BigInt(i! + f);
        const den = 1000n * 10n ** BigInt(f.length);
        expect(BigInt(p.amount)).toBe((BigInt(p.base) * num) / den);
        expect(BigInt(p.premiumWithoutTruncation)).toBe((sum * num) / den);
        expect(p.amount).toBeLessThanOrEqual(p.premiumWithoutTruncation);
      }),
      { numRuns: 1000 },
    );
  });
});
