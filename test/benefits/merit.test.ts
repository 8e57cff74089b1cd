import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { meritRate, meritAdjustmentFromBalanceRatio, meritEligibility, laborInsurancePremium, ratesFor, Decimal, InvalidInputError } from '../../src/index.js';

describe('meritRate — rules.md §12.8 vectors', () => {
  it('M1 (OFF MHLW 2004) r 8, n 0.9, m −40: (8 − 0.9) × 60/100 + 0.9 = 5.16', () => {
    const m = meritRate({ rate: '8', nonOccupationalRate: '0.9', adjustmentPercent: '-40' });
    expect(m.rate).toBe('5.16');
    expect(m.trace.map((s) => s.value)).toEqual(['7.1', '4.26', '5.16']);
  });

  it('M2 (CMP) 小売 3‰, n 0.6, m −40: 2.4 × 0.6 + 0.6 = 2.04', () => {
    expect(meritRate({ rate: '3', fiscalYear: 2025, adjustmentPercent: '-40' }).rate).toBe('2.04');
    const m = meritRate({ industry: '98', fiscalYear: 2025, adjustmentPercent: '-40' });
    expect([m.rate, m.baseRate, m.nonOccupationalRate, m.industry?.number]).toEqual(['2.04', '3', '0.6', '98']);
  });

  it('M3 (CMP) 3‰, m +40: 2.4 × 1.4 + 0.6 = 3.96', () => {
    expect(meritRate({ rate: '3', fiscalYear: 2025, adjustmentPercent: '40' }).rate).toBe('3.96');
  });

  it('M4 (CMP) 5.5‰, m +35: 4.9 × 1.35 + 0.6 = 7.215', () => {
    expect(meritRate({ rate: '5.5', fiscalYear: 2025, adjustmentPercent: '35' }).rate).toBe('7.215');
    expect(meritRate({ rate: '5.5', nonOccupationalRate: '0.6', adjustmentPercent: '35' }).rate).toBe('7.215');
  });

  it('M7 (CMP) wages 500,000,000 at merit 2.04‰ + 雇用 14.5‰ (equal bases) → ⌊500,000,000 × 16.54/1000⌋ = 8,270,000 (労災 1,020,000)', () => {
    const rate = meritRate({ industry: '98', fiscalYear: 2025, adjustmentPercent: '-40' }).rate;
    const p = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 500_000_000, workersCompensationRate: rate });
    expect(p.amount).toBe(8_270_000);
    expect(p.workersCompensation).toMatchObject({ rate: '2.04', amount: 1_020_000, meritAdjusted: true });
  });

  it('m 0 returns the rate itself; schemes bound m (±40, ±35, ±30, ±45)', () => {
    expect(meritRate({ rate: '9.5', fiscalYear: 2025, adjustmentPercent: '0' }).rate).toBe('9.5');
    expect(() => meritRate({ rate: '3', fiscalYear: 2025, adjustmentPercent: '45' })).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(meritRate({ rate: '3', fiscalYear: 2025, adjustmentPercent: '45', scheme: 'special' }).rate).toBe('4.08'); // 2.4 × 1.45 + 0.6
    expect(() => meritRate({ rate: '52', fiscalYear: 2025, adjustmentPercent: '-40', scheme: 'timber' })).toThrowError(InvalidInputError);
    expect(meritRate({ rate: '52', fiscalYear: 2025, adjustmentPercent: '-35', scheme: 'timber' }).rate).toBe('34.01'); // 51.4 × 0.65 + 0.6
    expect(() => meritRate({ rate: '17', fiscalYear: 2025, adjustmentPercent: '35', scheme: 'lumpSumSmall' })).toThrowError(InvalidInputError);
  });

  it('typed errors', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ rate: '3', fiscalYear: 2025, adjustmentPercent: '7' }, 'INVALID_OPTION'],
      [{ rate: '3', fiscalYear: 2025, adjustmentPercent: 5 }, 'INVALID_OPTION'],
      [{ rate: '3', fiscalYear: 2025, adjustmentPercent: Number.NaN }, 'INVALID_OPTION'],
      [{ rate: 3, fiscalYear: 2025, adjustmentPercent: '5' }, 'INVALID_RATE'],
      [{ rate: '0.5', fiscalYear: 2025, adjustmentPercent: '5' }, 'INVALID_RATE'],
      [{ rate: '3', adjustmentPercent: '5' }, 'INVALID_OPTION'],
      [{ industry: '98', adjustmentPercent: '5' }, 'INVALID_OPTION'],
      [{ industry: '98', rate: '3', fiscalYear: 2025, adjustmentPercent: '5' }, 'INVALID_OPTION'],
      [{ adjustmentPercent: '5', fiscalYear: 2025 }, 'INVALID_OPTION'],
      [{ rate: '3', fiscalYear: 2025, adjustmentPercent: '5', scheme: 'other' }, 'INVALID_OPTION'],
      [{ industry: '00', fiscalYear: 2025, adjustmentPercent: '5' }, 'UNKNOWN_INDUSTRY'],
    ];
    for (const [input, code] of cases) expect(() => meritRate(input as never), JSON.stringify(input)).toThrowError(expect.objectContaining({ code }));
  });

  it('property: exact — 1000 × result = (R − N)(100 + m) + 100N with R, N in tenths (every FY2025 業種, every m)', () => {
    const industries = ratesFor(2025).workersCompensation[0]!.industries;
    fc.assert(
      fc.property(fc.constantFrom(...industries), fc.integer({ min: -8, max: 8 }), (row, k) => {
        const m = k * 5;
        const r = meritRate({ rate: row.rate, fiscalYear: 2025, adjustmentPercent: String(m) });
        const R = BigInt(new Decimal(row.rate).times(10).toString());
        const N = 6n;
        expect(new Decimal(r.rate).times(1000).toString()).toBe(((R - N) * BigInt(100 + m) + 100n * N).toString());
        expect(r.rate).not.toMatch(/e/);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: monotone in m and equal to the rate at m = 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 1000 }), fc.integer({ min: -8, max: 7 }), (tenths, k) => {
        const rate = new Decimal(tenths).div(10).toString();
        const lo = meritRate({ rate, fiscalYear: 2025, adjustmentPercent: String(k * 5) });
        const hi = meritRate({ rate, fiscalYear: 2025, adjustmentPercent: String((k + 1) * 5) });
        expect(new Decimal(lo.rate).lte(hi.rate)).toBe(true);
        expect(meritRate({ rate, fiscalYear: 2025, adjustmentPercent: '0' }).rate).toBe(rate);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('meritAdjustmentFromBalanceRatio — 継続事業 table ("超…まで")', () => {
  it('M8 (3RD Tome) exactly 75% → −5; exactly 85% → 0', () => {
    expect(meritAdjustmentFromBalanceRatio('75').adjustmentPercent).toBe('-5');
    expect(meritAdjustmentFromBalanceRatio(85).adjustmentPercent).toBe('0');
    expect(meritAdjustmentFromBalanceRatio('75.0001').adjustmentPercent).toBe('0');
    expect(meritAdjustmentFromBalanceRatio('85.0001').adjustmentPercent).toBe('5');
  });

  it('every row and its bounds', () => {
    const cases: [string, number][] = [
      ['0', -40],
      ['10', -40],
      ['10.01', -35],
      ['20', -35],
      ['30', -30],
      ['40', -25],
      ['50', -20],
      ['60', -15],
      ['70', -10],
      ['70.5', -5],
      ['80', 0],
      ['90', 5],
      ['100', 10],
      ['110', 15],
      ['120', 20],
      ['130', 25],
      ['140', 30],
      ['150', 35],
      ['150.000001', 40],
      ['1000', 40],
    ];
    for (const [ratio, adj] of cases) expect(meritAdjustmentFromBalanceRatio(ratio).adjustmentPercent, ratio).toBe(String(adj));
    expect(meritAdjustmentFromBalanceRatio('75').interval).toEqual({ overPercent: '70', upToPercent: '75' });
    expect(meritAdjustmentFromBalanceRatio('0').interval).toEqual({ overPercent: null, upToPercent: '10' });
  });

  it('exact rationals: 3/4 → 75% → −5; 17/20 → 85% → 0; 1/3 → 33.3…% → −25', () => {
    expect(meritAdjustmentFromBalanceRatio({ numerator: 3, denominator: 4 }).adjustmentPercent).toBe('-5');
    expect(meritAdjustmentFromBalanceRatio({ numerator: '1700000', denominator: 2_000_000n }).adjustmentPercent).toBe('0');
    expect(meritAdjustmentFromBalanceRatio({ numerator: 1, denominator: 3 }).adjustmentPercent).toBe('-25');
  });

  it('typed errors for floats, negatives, zero denominators', () => {
    for (const bad of [75.5, -1, '-1', '7e1', null, { numerator: 1, denominator: 0 }, { numerator: 1.5, denominator: 2 }]) {
      expect(() => meritAdjustmentFromBalanceRatio(bad as never), String(bad)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    }
  });

  it('property: agrees with "number of bounds strictly below the ratio" (exact bigint comparison)', () => {
    const bounds = [10n, 20n, 30n, 40n, 50n, 60n, 70n, 75n, 85n, 90n, 100n, 110n, 120n, 130n, 140n, 150n];
    const adj = [-40, -35, -30, -25, -20, -15, -10, -5, 0, 5, 10, 15, 20, 25, 30, 35, 40];
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 10n }), (num, den) => {
        // bound b is strictly below num/den × 100 ⇔ b × den < num × 100
        const k = bounds.filter((b) => b * den < num * 100n).length;
        expect(meritAdjustmentFromBalanceRatio({ numerator: num, denominator: den }).adjustmentPercent).toBe(String(adj[k]));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('meritEligibility', () => {
  it('M5 (CMP) 30 workers, r 15‰: 30 × (0.015 − 0.0006) = 0.432 ≥ 0.4 → eligible', () => {
    const e = meritEligibility({ workers: 30, rate: '15', fiscalYear: 2025 });
    expect([e.eligible, e.reason, e.disasterCoefficient]).toEqual([true, 'disasterCoefficient', '0.432']);
  });

  it('M6 (CMP) 50 workers, r 3‰: 50 × 0.0024 = 0.12 < 0.4 → not eligible; 100 workers → eligible regardless', () => {
    expect(meritEligibility({ workers: 50, rate: '3', fiscalYear: 2025 })).toMatchObject({ eligible: false, reason: 'lowCoefficient', disasterCoefficient: '0.12' });
    expect(meritEligibility({ workers: 100, rate: '3', fiscalYear: 2025 })).toMatchObject({ eligible: true, reason: 'workers', disasterCoefficient: '0.24' });
  });

  it('boundaries: 19 workers never; exactly 0.4 is eligible', () => {
    // 19 × (52 − 0.6)/1000 = 0.9766 but fewer than 20 workers
    expect(meritEligibility({ workers: 19, industry: '02', fiscalYear: 2025 })).toMatchObject({ eligible: false, reason: 'tooFew' });
    // 25 × (16.6 − 0.6)/1000 = 0.4 exactly
    expect(meritEligibility({ workers: 25, rate: '16.6', nonOccupationalRate: '0.6' })).toMatchObject({ eligible: true, disasterCoefficient: '0.4' });
    expect(meritEligibility({ workers: 25, rate: '16.5', nonOccupationalRate: '0.6' }).eligible).toBe(false);
  });

  it('typed errors', () => {
    for (const workers of [-1, 1.5, '30', Number.NaN])
      expect(() => meritEligibility({ workers, rate: '3', fiscalYear: 2025 } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => meritEligibility({ workers: 30, rate: '3' } as never)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });

  it('property: eligible ⇔ workers ≥ 100 or (20 ≤ workers and workers × (R − 6) ≥ 4000), R in tenths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 6, max: 900 }), (workers, R) => {
        const rate = new Decimal(R).div(10).toString();
        const e = meritEligibility({ workers, rate, fiscalYear: 2025 });
        // coefficient = workers × (R − 6)/10/1000 ≥ 0.4 ⇔ workers × (R − 6) ≥ 4000
        expect(e.eligible).toBe(workers >= 100 || (workers >= 20 && workers * (R - 6) >= 4000));
      }),
      { numRuns: 1000 },
    );
  });
});
