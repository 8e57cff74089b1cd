import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEmployeeDeduction, employeeDeduction, explain, InvalidInputError, RateTableError, ratesFor } from '../../src/index.js';
import type { EmploymentCategory, RoundingMode } from '../../src/index.js';

// rules.md §12.2. Columns: wage, FY (a fiscal year whose worker rate is the one named), category,
// 源泉 (halfDown), 現金 (halfUp), 特約floor. The arithmetic is in the vector's comment.
const W: [string, number, number, EmploymentCategory, number, number, number][] = [
  ['W1 200,000 @5.5 = 1,100 (OFF S-P)', 200_000, 2025, 'general', 1100, 1100, 1100],
  ['W2 bonus 450,000 @5.5 = 2,475 (OFF S-P)', 450_000, 2025, 'general', 2475, 2475, 2475],
  ['W3 266,750 @6 = 1,600.5', 266_750, 2024, 'general', 1600, 1601, 1600],
  ['W4 250,084 @6 = 1,500.504', 250_084, 2024, 'general', 1501, 1501, 1500],
  ['W5 101,000 @5.5 = 555.5', 101_000, 2025, 'general', 555, 556, 555],
  ['W6 100,091 @5.5 = 550.5005', 100_091, 2025, 'general', 551, 551, 550],
  ['W7 101,909 @5.5 = 560.4995', 101_909, 2025, 'general', 560, 560, 560],
  ['W8 101,182 @5.5 = 556.501', 101_182, 2025, 'general', 557, 557, 556],
  ['W9 100,818 @5.5 = 554.499', 100_818, 2025, 'general', 554, 554, 554],
  ['W10 100,100 @5 (FY2026) = 500.5', 100_100, 2026, 'general', 500, 501, 500],
  ['W11 100,077 @6.5 (建設 FY2025) = 650.5005', 100_077, 2025, 'construction', 651, 651, 650],
  ['W12 0 @5.5 = 0', 0, 2025, 'general', 0, 0, 0],
  ['W13 91 @5.5 = 0.5005', 91, 2025, 'general', 1, 1, 0],
  ['W14 100 @5 (FY2026) = 0.5', 100, 2026, 'general', 0, 1, 0],
  ['W15 bonus 12,345,679 @5.5 = 67,901.2345', 12_345_679, 2025, 'general', 67901, 67901, 67901],
  ['W16 265,300 incl. 通勤手当 @5.5 = 1,459.15', 265_300, 2025, 'general', 1459, 1459, 1459],
  ['W17 300,000 @6.5 (建設) = 1,950', 300_000, 2025, 'construction', 1950, 1950, 1950],
  ['W18 333,333 @6.5 = 2,166.6645', 333_333, 2025, 'construction', 2167, 2167, 2166],
  ['W19 99,999 @5.5 = 549.9945', 99_999, 2025, 'general', 550, 550, 549],
];

describe('employeeDeduction — rules.md §12.2 vectors', () => {
  it.each(W)('%s', (_name, wage, fiscalYear, category, withheld, cash, floor) => {
    expect(employeeDeduction({ wage, fiscalYear, category }).amount).toBe(withheld);
    expect(employeeDeduction({ wage, fiscalYear, category, rounding: 'halfUp' }).amount).toBe(cash);
    expect(employeeDeduction({ wage, fiscalYear, category, rounding: 'floor' }).amount).toBe(floor);
  });

  it('W6 returns the exact product and the rule used', () => {
    const d = employeeDeduction({ wage: 100_091, category: 'general', closingDate: '2025-04-30' });
    expect(d).toMatchObject({
      amount: 551,
      exact: '550.5005',
      rate: '5.5',
      rounding: 'halfDown',
      fiscalYear: 2025,
      period: { from: '2025-04-01', to: '2026-03-31' },
      status: 'confirmed',
    });
    expect(d.sources.length).toBeGreaterThan(0);
    expect(d.trace.map((s) => s.id)).toEqual(['rate', 'exact', 'round']);
    expect(explain(d).split('\n')[1]).toContain('100,091 × 5.5/1000 = 550.5005');
  });

  it('W6 compatibility: truncating to 厘 first gives 550 (rules.md §2.2 point 4)', () => {
    expect(employeeDeduction({ wage: 100_091, category: 'general', fiscalYear: 2025, truncateToRinFirst: true }).amount).toBe(550);
  });

  it('W20/W21 — the rate follows the 賃金締切日, not the pay date', () => {
    // 3/31 締め・4/25 払い → FY2024 rate 6‰: 200,000 × 6/1000 = 1,200
    expect(employeeDeduction({ wage: 200_000, category: 'general', closingDate: '2025-03-31' }).amount).toBe(1200);
    // 4/15 締め・4/25 払い → FY2025 rate 5.5‰: 200,000 × 5.5/1000 = 1,100
    expect(employeeDeduction({ wage: 200_000, category: 'general', closingDate: '2025-04-15' }).amount).toBe(1100);
  });

  it('FY2022 October change: 9/30 締め → 3‰, 10/31 締め → 5‰; the year alone is ambiguous', () => {
    // 300,001 × 3/1000 = 900.003 → 900; 300,001 × 5/1000 = 1,500.005 → 1,500
    expect(employeeDeduction({ wage: 300_001, category: 'general', closingDate: '2022-09-30' }).amount).toBe(900);
    expect(employeeDeduction({ wage: 300_001, category: 'general', closingDate: '2022-10-31' }).amount).toBe(1500);
    expect(() => employeeDeduction({ wage: 300_001, category: 'general', fiscalYear: 2022 })).toThrowError(expect.objectContaining({ code: 'RATE_PERIOD_SPLIT' }));
  });

  it('agriculture rates: FY2025 6.5‰, FY2018 4‰', () => {
    expect(employeeDeduction({ wage: 200_000, category: 'agriculture', fiscalYear: 2025 }).amount).toBe(1300); // 200,000 × 6.5/1000
    expect(employeeDeduction({ wage: 200_000, category: 'agriculture', fiscalYear: 2018 }).amount).toBe(800); // 200,000 × 4/1000
  });

  it('rejects bad input with typed errors', () => {
    const base = { category: 'general' as const, fiscalYear: 2025 };
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as InvalidInputError).code;
      }
      return 'no error';
    };
    expect(code(() => employeeDeduction({ ...base, wage: Number.NaN }))).toBe('AMOUNT_NOT_FINITE');
    expect(code(() => employeeDeduction({ ...base, wage: -100 }))).toBe('AMOUNT_NEGATIVE');
    expect(code(() => employeeDeduction({ ...base, wage: 1000.5 }))).toBe('AMOUNT_NOT_INTEGER');
    expect(code(() => employeeDeduction({ ...base, wage: '1e5' }))).toBe('AMOUNT_MALFORMED');
    expect(code(() => employeeDeduction({ ...base, wage: 1, category: 'retail' as EmploymentCategory }))).toBe('UNKNOWN_CATEGORY');
    expect(code(() => employeeDeduction({ ...base, wage: 1, rounding: 'even' as RoundingMode }))).toBe('INVALID_ROUNDING_MODE');
    expect(code(() => employeeDeduction({ wage: 1, category: 'general', closingDate: '2025-02-30' }))).toBe('INVALID_DATE');
    expect(code(() => employeeDeduction({ wage: 1, category: 'general', closingDate: '2017-12-31' }))).toBe('NO_RATE_TABLE');
    // @ts-expect-error neither closingDate nor fiscalYear: the input type refuses it
    expect(code(() => employeeDeduction({ wage: 1, category: 'general' }))).toBe('INVALID_OPTION');
    expect(code(() => employeeDeduction({ wage: 1, category: 'general', closingDate: '2025-04-30', fiscalYear: 2024 }))).toBe('INVALID_OPTION');
    expect(() => employeeDeduction({ wage: 1, category: 'general', closingDate: '2030-04-30' })).toThrowError(RateTableError);
  });

  it('uses a custom table for a year the package does not ship', () => {
    const fy2027 = structuredClone(ratesFor(2026)) as ReturnType<typeof ratesFor> & { fiscalYear: number };
    const t = JSON.parse(JSON.stringify(fy2027).replaceAll('2026-04-01', '2027-04-01').replaceAll('2027-03-31', '2028-03-31'));
    t.fiscalYear = 2027;
    t.employmentInsurance[0].categories.general = { total: '12.5', worker: '4.5', employer: '8', employerBenefitPart: '4.5', employerTwoProjectsPart: '3.5' };
    // 100,100 × 4.5/1000 = 450.45 → 450
    expect(employeeDeduction({ wage: 100_100, category: 'general', closingDate: '2027-05-31', rates: t }).amount).toBe(450);
    // a malformed custom table is refused with every issue listed
    const bad = structuredClone(t);
    bad.employmentInsurance[0].categories.general.worker = '5';
    expect(() => employeeDeduction({ wage: 1, category: 'general', closingDate: '2027-05-31', rates: bad })).toThrowError(expect.objectContaining({ code: 'INVALID_RATE_TABLE' }));
  });
});

describe('createEmployeeDeduction — the hot path equals the object API', () => {
  const modes: RoundingMode[] = ['halfDown', 'halfUp', 'floor', 'ceil'];
  const settings = fc.record({
    rounding: fc.constantFrom(...modes),
    truncateToRinFirst: fc.boolean(),
    category: fc.constantFrom<EmploymentCategory>('general', 'agriculture', 'construction'),
    closingDate: fc.constantFrom('2018-05-31', '2022-09-30', '2022-10-31', '2024-04-30', '2025-04-30', '2026-04-30', '2027-03-31'),
  });
  const wage = fc.oneof(fc.nat({ max: 2_000_000 }), fc.maxSafeNat(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.nat().map(String));

  it('for every wage, mode, category and period (property, 20,000 runs)', () => {
    fc.assert(
      fc.property(settings, wage, (s, w) => {
        const fast = createEmployeeDeduction(s);
        let expected: number | string;
        try {
          expected = employeeDeduction({ ...s, wage: w }).amount;
        } catch (e) {
          expected = (e as InvalidInputError).code;
        }
        let actual: number | string;
        try {
          actual = fast(w);
        } catch (e) {
          actual = (e as InvalidInputError).code;
        }
        return actual === expected;
      }),
      { numRuns: 20_000 },
    );
  });

  it('throws the same typed errors for bad wages', () => {
    const fast = createEmployeeDeduction({ category: 'general', fiscalYear: 2025 });
    for (const bad of [Number.NaN, -1, 1.5, Number.POSITIVE_INFINITY, 2 ** 53, '1,000', null]) {
      expect(() => fast(bad as number)).toThrowError(InvalidInputError);
    }
  });

  it('is monotone in the wage (property)', () => {
    fc.assert(
      fc.property(settings, fc.nat({ max: 10_000_000 }), fc.nat({ max: 10_000_000 }), (s, a, b) => {
        const f = createEmployeeDeduction(s);
        return a <= b ? f(a) <= f(b) : f(a) >= f(b);
      }),
      { numRuns: 10_000 },
    );
  });

  it('W1/W2/W6/W5 through the hot path', () => {
    const f = createEmployeeDeduction({ category: 'general', closingDate: '2025-06-30' });
    expect([200_000, 450_000, 100_091, 101_000].map(f)).toEqual([1100, 2475, 551, 555]);
  });
});
