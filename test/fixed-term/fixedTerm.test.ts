import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { explain, fixedTermEstimate, fixedTermFinal, lumpSumFixedTermReport, type FixedTermWork } from '../../src/index.js';
import { FIXED_TERM, FIXED_TERM_SOURCES } from '../../src/fixed-term/parameters.js';
import { fixedTermPlan } from '../../src/fixed-term/plan.js';

const code = (c: string) => expect.objectContaining({ code: c });

describe('単独有期事業の延納 (徴収則28条) — official examples', () => {
  it('社労士試験 (徴収法, livedoor_r28 / 徴収則28条): 成立 7/1, over six months, 概算 ≥ 75万円 → first 期 7/1–11/30, due 7/21', () => {
    const p = fixedTermPlan(900_000n, '2025-07-01', '2026-03-31', false, true);
    expect(p.allowed).toBe(true);
    expect(p.installments[0]).toMatchObject({ from: '2025-07-01', to: '2025-11-30', dueDate: '2025-07-21' });
    // then 12/1–3/31, due 1/31 (徴収則28条2項)
    expect(p.installments.map((i) => [i.from, i.to, i.dueDate])).toEqual([
      ['2025-07-01', '2025-11-30', '2025-07-21'],
      ['2025-12-01', '2026-03-31', '2026-01-31'],
    ]);
  });

  it('社労士試験 S58 (gokaku_rsh2709b, 徴収法15条2項): work begun 4/15 → 概算 due 5/5 (20 days, 翌日起算)', () => {
    const e = fixedTermEstimate({ industry: '35', startDate: '2025-04-15', endDate: '2025-06-30', wages: 10_000_000 });
    expect(e.dueDate).toBe('2025-05-05');
    // ≤ six months: no 延納, one payment of 10,000,000 × 9.5/1000 = 95,000
    expect([e.installmentsAllowed, e.reason, e.amount, e.installments.length]).toEqual([false, 'fixedTermShort', 95_000, 1]);
  });

  it('awaisora_50days (徴収法19条2項, 5条): 廃止 6/30 → 消滅 7/1 → 確定 due 8/19', () => {
    const f = fixedTermFinal({ industry: '37', startDate: '2025-04-01', endDate: '2025-06-30', wages: 5_000_000, declaredEstimate: 0 });
    expect([f.terminatedOn, f.dueDate]).toEqual(['2025-07-01', '2025-08-19']);
  });

  it('bridge2n_yuki: commissioned to a 事務組合 → 延納 at any amount, and no later due dates for 有期事業', () => {
    const p = fixedTermPlan(300_000n, '2025-04-01', '2025-12-31', true, true);
    expect(p.allowed).toBe(true);
    expect(p.reason).toBe('commissioned');
    // 4/1–7/31 (4 months > 2: not merged), 8/1–11/30 due 10/31, 12/1–3/31 due 1/31
    expect(p.installments.map((i) => i.dueDate)).toEqual(['2025-04-21', '2025-10-31', '2026-01-31']);
    // 300,000 / 3 = 100,000 each
    expect(p.installments.map((i) => i.amount)).toEqual([100_000, 100_000, 100_000]);
    expect(fixedTermPlan(300_000n, '2025-04-01', '2025-12-31', false, true).reason).toBe('fixedTermBelow');
  });
});

describe('単独有期事業の延納 — hand computations', () => {
  it('a first 期 of exactly two months is merged; of two months and a day it is not (徴収則28条1項)', () => {
    // 6/1–7/31 is exactly two months → merged with 8/1–11/30
    expect(fixedTermPlan(1_000_000n, '2025-06-01', '2026-06-30', false, true).installments[0]).toMatchObject({ from: '2025-06-01', to: '2025-11-30' });
    // 5/31–7/31 is two months and one day → its own 期
    expect(fixedTermPlan(1_000_000n, '2025-05-31', '2026-06-30', false, true).installments[0]).toMatchObject({ from: '2025-05-31', to: '2025-07-31' });
    // 2/1–3/31 of the 12/1 期: two months → merged with 4/1–7/31, whose own due date 3/31 is not used for the first
    const p = fixedTermPlan(1_000_000n, '2026-02-01', '2027-01-15', false, true);
    expect(p.installments.map((i) => [i.from, i.to, i.dueDate])).toEqual([
      ['2026-02-01', '2026-07-31', '2026-02-21'],
      ['2026-08-01', '2026-11-30', '2026-10-31'],
      ['2026-12-01', '2027-03-31', '2027-01-31'],
    ]);
  });

  it('six months exactly is not "over six months"; six months and a day is (民法143条)', () => {
    // 4/1 + 6 months ends 9/30
    expect(fixedTermPlan(1_000_000n, '2025-04-01', '2025-09-30', false, true).reason).toBe('fixedTermShort');
    expect(fixedTermPlan(1_000_000n, '2025-04-01', '2025-10-01', false, true).reason).toBe('fixedTermAmount');
    // 749,999 is below the threshold, 750,000 reaches it
    expect(fixedTermPlan(749_999n, '2025-04-01', '2026-03-31', false, true).allowed).toBe(false);
    expect(fixedTermPlan(750_000n, '2025-04-01', '2026-03-31', false, true).allowed).toBe(true);
    expect(fixedTermPlan(750_000n, '2025-04-01', '2026-03-31', false, false).reason).toBe('notApplied');
  });

  it('the remainder goes to the first 期: 1,000,000 over 3 → 333,334 + 333,333 + 333,333 (端数計算法3条)', () => {
    const p = fixedTermPlan(1_000_000n, '2025-04-01', '2026-03-31', false, true);
    expect(p.installments.map((i) => i.amount)).toEqual([333_334, 333_333, 333_333]);
  });

  it('the estimate from a contract: 道路新設 450,000,000 × 19% = 85,500,000 × 11/1000 = 940,500 over four 期', () => {
    const e = fixedTermEstimate({ industry: '32', startDate: '2025-07-01', endDate: '2026-09-30', contractAmount: 450_000_000 });
    expect([e.wages, e.laborCostPercent, e.rate, e.amount]).toEqual([85_500_000, '19', '11', 940_500]);
    expect(e.installments.map((i) => i.amount)).toEqual([235_125, 235_125, 235_125, 235_125]);
    expect(explain(e)).toContain('940,500');
  });

  it('the final premium: shortfall or excess (徴収法19条)', () => {
    // 470,000,000 × 19% = 89,300,000 × 11/1000 = 982,300; paid 940,500 → shortfall 41,800
    const f = fixedTermFinal({ industry: '32', startDate: '2025-07-01', endDate: '2026-06-30', contractAmount: 470_000_000, declaredEstimate: 940_500 });
    expect([f.amount, f.shortfall, f.excess]).toEqual([982_300, 41_800, 0]);
    // 400,000,000 × 19% = 76,000,000 × 11/1000 = 836,000; paid 940,500 → excess 104,500
    const g = fixedTermFinal({ industry: '32', startDate: '2025-07-01', endDate: '2026-06-30', contractAmount: 400_000_000, declaredEstimate: 940_500 });
    expect([g.amount, g.shortfall, g.excess]).toEqual([836_000, 0, 104_500]);
  });

  it('a メリット rate may be given; 立木の伐採 by volume × 労務費の額', () => {
    // 10,000,000 × 7.6/1000 = 76,000
    expect(fixedTermEstimate({ industry: '35', startDate: '2025-04-01', endDate: '2025-05-31', wages: 10_000_000, workersCompensationRate: '7.6' }).amount).toBe(76_000);
    // 812.5 m³ × 6,001 = 4,875,812.5 → 4,875,000 × 52/1000 = 253,500
    const t = fixedTermEstimate({ industry: '02/03', startDate: '2025-04-01', endDate: '2025-05-31', timberVolume: '812.5', laborCostPerCubicMetre: 6_001 });
    expect([t.wages, t.rate, t.amount, t.method]).toEqual([4_875_000, '52', 253_500, 'timber']);
  });
});

const W = (industry: string, startDate: string, endDate: string, contractAmount: number, extra: Partial<FixedTermWork> = {}): FixedTermWork => ({
  industry,
  startDate,
  endDate,
  contractAmount,
  ...extra,
});

describe('一括有期事業報告書・総括表 — hand computations (東京労働局「一括有期事業報告書及び一括有期事業総括表の作成及び記入について」: 事業の種類ごと、事業開始時期ごとに請負金額を集計し、労務費率を乗じる)', () => {
  const works: FixedTermWork[] = [
    W('35', '2025-05-01', '2025-09-30', 8_000_000),
    W('37', '2025-04-10', '2025-07-31', 3_333_333),
    W('35', '2025-06-10', '2026-02-28', 4_500_000),
    W('35', '2024-02-01', '2025-06-30', 10_000_000, { suppliedMaterials: 500_000 }),
    W('36', '2025-08-01', '2025-12-31', 6_000_000, { work: 'assembly', suppliedMachinery: 2_000_000 }),
    W('37', '2025-10-01', '2026-01-31', 1_111_111),
  ];
  const r = lumpSumFixedTermReport({ fiscalYear: 2025, works });

  it('groups by 事業の種類 and 事業開始時期, aggregated 請負金額 × 労務費率, 千円未満切捨て per row, then × rate', () => {
    expect(r.groups.map((g) => [g.industry, g.laborCostTable, g.works, g.contractTotal, g.wages, g.premium])).toEqual([
      // H30 period: 10,500,000 × 23% = 2,415,000 × 9.5/1000 = 22,942.5 → 22,942
      ['35', 'H30', [3], 10_500_000, 2_415_000, 22_942],
      // R6: (8,000,000 + 4,500,000) × 23% = 2,875,000 × 9.5/1000 = 27,312.5 → 27,312
      ['35', 'R6', [0, 2], 12_500_000, 2_875_000, 27_312],
      // 36 組立て: 6,000,000 (the 機械装置 is not added) × 38% = 2,280,000 × 6/1000 = 13,680
      ['36a', 'R6', [4], 6_000_000, 2_280_000, 13_680],
      // 37: (3,333,333 + 1,111,111) × 23% = 1,022,222.12 → 1,022,000 × 15/1000 = 15,330
      ['37', 'R6', [1, 5], 4_444_444, 1_022_000, 15_330],
    ]);
    expect(r.groups[3]?.exactWages).toBe('1022222.12');
    // 22,942 + 27,312 + 13,680 + 15,330 = 79,264
    expect(r.amount).toBe(79_264);
    expect(r.wages).toBe(2_415_000 + 2_875_000 + 2_280_000 + 1_022_000);
    expect(r.byIndustry).toEqual([
      { industry: '35', wages: 5_290_000, premium: 50_254 },
      { industry: '36', wages: 2_280_000, premium: 13_680 },
      { industry: '37', wages: 1_022_000, premium: 15_330 },
    ]);
    expect(r.works[4]).toMatchObject({ group: 2, contractTotal: 6_000_000 });
  });

  it('the row is truncated once: not the sum of per-work truncations', () => {
    // 37: per work 3,333,333 × 23% = 766,666.59 → 766,000 and 1,111,111 × 23% = 255,555.53 → 255,000 would give 1,021,000
    expect(r.groups[3]?.wages).toBe(1_022_000);
  });

  it('actual wages and 立木の伐採 rows', () => {
    const a = lumpSumFixedTermReport({
      fiscalYear: 2025,
      works: [
        { industry: '35', startDate: '2025-04-01', endDate: '2025-05-31', wages: 1_234_567 },
        { industry: '35', startDate: '2025-04-01', endDate: '2025-05-31', wages: 2_000_500 },
        { industry: '02/03', startDate: '2025-05-01', endDate: '2025-08-30', timberVolume: '812.5', laborCostPerCubicMetre: 6_000 },
      ],
    });
    // 02/03: 812.5 × 6,000 = 4,875,000 × 52/1000 = 253,500; 35 actual: 3,235,067 → 3,235,000 × 9.5/1000 = 30,732.5 → 30,732
    expect(a.groups.map((g) => [g.industry, g.method, g.wages, g.premium])).toEqual([
      ['02/03', 'timber', 4_875_000, 253_500],
      ['35', 'actual', 3_235_000, 30_732],
    ]);
    expect(a.amount).toBe(284_232);
  });

  it('rejects works outside the year, reversed dates, other 業種 and incomplete works with coded errors', () => {
    expect(() => lumpSumFixedTermReport({ fiscalYear: 2025, works: [W('35', '2025-04-01', '2026-04-01', 1)] })).toThrowError(code('INVALID_OPTION'));
    expect(() => lumpSumFixedTermReport({ fiscalYear: 2025, works: [W('35', '2025-06-01', '2025-05-01', 1)] })).toThrowError(code('INVALID_OPTION'));
    expect(() => lumpSumFixedTermReport({ fiscalYear: 2025, works: [W('94', '2025-04-01', '2025-05-01', 1)] })).toThrowError(code('UNKNOWN_INDUSTRY'));
    expect(() => lumpSumFixedTermReport({ fiscalYear: 2025, works: [{ industry: '35', startDate: '2025-04-01', endDate: '2025-05-01' }] })).toThrowError(code('INVALID_OPTION'));
    expect(() => lumpSumFixedTermReport({ fiscalYear: 2025, works: [{ industry: '02/03', startDate: '2025-04-01', endDate: '2025-05-01', contractAmount: 1 }] })).toThrowError(
      code('INVALID_OPTION'),
    );
    expect(() => lumpSumFixedTermReport({ fiscalYear: 2025, works: [] })).toThrowError(code('INVALID_OPTION'));
    expect(() => lumpSumFixedTermReport({ fiscalYear: 2025, works: [null as never] })).toThrowError(code('INVALID_OPTION'));
    expect(() => fixedTermEstimate({ industry: '02/03', startDate: '2025-04-01', endDate: '2025-05-01', timberVolume: '-1', laborCostPerCubicMetre: 1 })).toThrowError(
      code('INVALID_RATE'),
    );
  });
});

const industries = ['31', '32', '33', '34', '35', '37', '38'] as const;
const arbWork = fc.record({
  industry: fc.constantFrom(...industries),
  start: fc.integer({ min: 0, max: 700 }),
  length: fc.integer({ min: 0, max: 300 }),
  contractAmount: fc.integer({ min: 0, max: 179_999_999 }),
});
function toWork(w: { industry: string; start: number; length: number; contractAmount: number }): FixedTermWork {
  const day = (n: number) => new Date(Date.UTC(2024, 3, 1) + n * 86_400_000).toISOString().slice(0, 10);
  // every work ends in FY2025 (2025-04-01..2026-03-31): end = 2025-04-01 + (start mod 365), start before it
  const end = 365 + (w.start % 365);
  return { industry: w.industry, startDate: day(Math.max(0, end - w.length)), endDate: day(end), contractAmount: w.contractAmount };
}

describe('一括有期・延納 — properties', () => {
  it('grouping and totals are invariant under the order of works; totals are the sums of the rows', () => {
    fc.assert(
      fc.property(fc.array(arbWork, { minLength: 1, maxLength: 12 }), fc.integer(), (ws, seed) => {
        const works = ws.map(toWork);
        const shuffled = works
          .map((w, i) => ({ w, k: (i * 7919 + seed) % 1009 }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.w);
        const a = lumpSumFixedTermReport({ fiscalYear: 2025, works });
        const b = lumpSumFixedTermReport({ fiscalYear: 2025, works: shuffled });
        const strip = (r: typeof a) => r.groups.map((g) => [g.industry, g.laborCostTable, g.contractTotal, g.wages, g.premium, g.works.length]);
        expect(strip(b)).toEqual(strip(a));
        expect(b.amount).toBe(a.amount);
        expect(a.amount).toBe(a.groups.reduce((s, g) => s + g.premium, 0));
        expect(a.wages).toBe(a.groups.reduce((s, g) => s + g.wages, 0));
        expect(a.byIndustry.reduce((s, t) => s + t.premium, 0)).toBe(a.amount);
        // every work is in exactly one row, and a row's 請負金額 is the sum of its works'
        expect(a.groups.flatMap((g) => g.works).sort((x, y) => x - y)).toEqual(works.map((_, i) => i));
        for (const g of a.groups) expect(g.contractTotal).toBe(g.works.reduce((s, i) => s + Number(works[i]!.contractAmount), 0));
        // a row's wages are its exact wages truncated to 千円 (Number is exact below 2^53 here)
        for (const g of a.groups) expect(g.wages).toBe(Math.floor(Number(g.exactWages) / 1000) * 1000);
      }),
    );
  });

  it('instalments sum to the 概算, the remainder is on the first, the 期 tile the work', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 2000 }), fc.boolean(), (amount, s, len, commissioned) => {
        const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        const start = day(s);
        const end = day(s + len);
        const p = fixedTermPlan(amount, start, end, commissioned, true);
        const sum = p.amounts.reduce((x, y) => x + y, 0n);
        expect(sum).toBe(amount);
        const n = BigInt(p.amounts.length);
        const each = amount / n;
        expect(p.amounts.slice(1).every((a) => a === each)).toBe(true);
        expect(p.amounts[0]! - each).toBe(amount % n);
        expect(p.installments[0]!.from).toBe(start);
        expect(p.installments.at(-1)!.to >= end).toBe(true);
        for (let i = 1; i < p.installments.length; i++) {
          const prev = new Date(`${p.installments[i - 1]!.to}T00:00:00Z`).getTime();
          expect(new Date(`${p.installments[i]!.from}T00:00:00Z`).getTime() - prev).toBe(86_400_000);
          expect(p.installments[i]!.dueDate > p.installments[0]!.dueDate || i === 0).toBe(true);
        }
        // 延納 only for works over six months, ≥ 750,000 or commissioned
        if (p.allowed) expect(amount >= 750_000n || commissioned).toBe(true);
        else expect(p.installments).toHaveLength(1);
      }),
    );
  });
});

describe('parameters', () => {
  it('the URLs of src/fixed-term/parameters.ts are the "有期事業" block of sources.yaml', () => {
    const y = parse(readFileSync('rates/parameters/sources.yaml', 'utf8')) as { sources: Record<string, string> };
    for (const [k, v] of Object.entries(FIXED_TERM_SOURCES)) expect(y.sources[`ft_${k}`], k).toBe(v);
    expect(FIXED_TERM.installments.threshold).toBe(750_000);
  });
});
