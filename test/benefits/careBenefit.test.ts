import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { careBenefit, defineRateTable, ratesFor, InvalidInputError, RateTableError, type CareLevel, type RateTable } from '../../src/index.js';

describe('careBenefit — rules.md §10.2 / §12.10 vectors (CMP)', () => {
  // Limits: 2025-04..07 常時 max 177,950 / 随時 max 88,980; from 2025-08-01 186,050 / 92,980;
  // minimums 85,490 / 42,700 throughout FY2025.
  it.each<[string, CareLevel, string, number, boolean, boolean, number, string]>([
    ['1 常時 2025-05 200,000 > cap 177,950 → cap', 'constant', '2025-05', 200_000, false, false, 177_950, 'cap'],
    ['2 常時 2025-09 200,000 > cap 186,050 (from 2025-08-01) → cap', 'constant', '2025-09', 200_000, false, false, 186_050, 'cap'],
    ['3 常時 2025-05 family care only, 0 ≤ 85,490 → minimum', 'constant', '2025-05', 0, true, false, 85_490, 'minimum'],
    ['4 常時 2025-05 family care, 50,000 ≤ 85,490 → minimum', 'constant', '2025-05', 50_000, true, false, 85_490, 'minimum'],
    ['5 常時 2025-05 family care, 100,000 > minimum, ≤ cap → expense', 'constant', '2025-05', 100_000, true, false, 100_000, 'expense'],
    ['6 常時 2025-05 first month, family care, 0 paid → 0 (no minimum)', 'constant', '2025-05', 0, true, true, 0, 'firstMonth'],
    ['7 常時 2025-05 first month, 30,000 paid → 30,000', 'constant', '2025-05', 30_000, true, true, 30_000, 'firstMonth'],
    ['8 常時 2025-05 professional care only, 50,000 → 50,000 (no minimum without family care)', 'constant', '2025-05', 50_000, false, false, 50_000, 'expense'],
    ['9 随時 2025-05 100,000 > cap 88,980 → cap', 'occasional', '2025-05', 100_000, false, false, 88_980, 'cap'],
    ['10 随時 2025-09 100,000 > cap 92,980 → cap', 'occasional', '2025-09', 100_000, false, false, 92_980, 'cap'],
    ['11 随時 2025-05 family care only, 0 → minimum 42,700', 'occasional', '2025-05', 0, true, false, 42_700, 'minimum'],
  ])('vector %s', (_name, level, month, expense, familyCare, firstMonth, amount, reason) => {
    const r = careBenefit({ month, level, expense, familyCare, firstMonth });
    expect(r.amount).toBe(amount);
    expect(r.reason).toBe(reason);
    expect(r.trace.length).toBeGreaterThanOrEqual(2);
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it('takes the limits of the period containing the first day of the month (July vs August 2025)', () => {
    const jul = careBenefit({ month: '2025-07', level: 'constant', expense: 999_999, familyCare: false });
    const aug = careBenefit({ month: '2025-08', level: 'constant', expense: 999_999, familyCare: false });
    expect([jul.cap, jul.minimum, jul.period.to]).toEqual([177_950, 85_490, '2025-07-31']);
    expect([aug.cap, aug.minimum, aug.period.from]).toEqual([186_050, 85_490, '2025-08-01']);
  });

  it('accepts a date string or a Date for the month, and bigint / digit-string expenses', () => {
    const a = careBenefit({ month: '2025-09-30', level: 'occasional', expense: '100000', familyCare: false });
    const b = careBenefit({ month: new Date(2025, 8, 15), level: 'occasional', expense: 100_000n, familyCare: false });
    expect([a.month, a.amount, b.month, b.amount]).toEqual(['2025-09-01', 92_980, '2025-09-01', 92_980]);
  });

  it("uses earlier years' tables (FY2024: minimum 81,290 / 40,600)", () => {
    expect(careBenefit({ month: '2025-03', level: 'constant', expense: 0, familyCare: true }).amount).toBe(81_290);
    expect(careBenefit({ month: '2024-04', level: 'occasional', expense: 0, familyCare: true }).amount).toBe(40_600);
  });

  it('expense exactly at the minimum with family care → the minimum; exactly at the cap → the cap, reason expense', () => {
    expect(careBenefit({ month: '2025-05', level: 'constant', expense: 85_490, familyCare: true })).toMatchObject({ amount: 85_490, reason: 'minimum' });
    expect(careBenefit({ month: '2025-05', level: 'constant', expense: 177_950, familyCare: false })).toMatchObject({ amount: 177_950, reason: 'expense' });
    expect(careBenefit({ month: '2025-05', level: 'constant', expense: 177_951, familyCare: true })).toMatchObject({ amount: 177_950, reason: 'cap' });
  });

  it("a month with no known amount (FY2021, FY2026) is RATE_NOT_KNOWN, never another year's figure", () => {
    for (const month of ['2021-06', '2026-04', '2027-01']) {
      let err: unknown;
      try {
        careBenefit({ month, level: 'constant', expense: 1, familyCare: false });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RateTableError);
      expect((err as RateTableError).code).toBe('RATE_NOT_KNOWN'); // 2027-01 is in FY2026
    }
    expect(() => careBenefit({ month: '2010-05', level: 'constant', expense: 1, familyCare: false })).toThrowError(expect.objectContaining({ code: 'NO_RATE_TABLE' }));
  });

  it('a custom table can supply a year the package does not know (FY2026), and is then used', () => {
    const t = structuredClone(ratesFor(2026)) as RateTable;
    const src = Object.keys(t.sources)[0]!;
    t.careBenefit = [
      {
        from: '2026-04-01',
        to: '2027-03-31',
        constant: { max: 190_000, min: 90_000 },
        occasional: { max: 95_000, min: 45_000 },
        legalBasis: 'test',
        sources: [src],
        status: 'unconfirmed',
      },
    ];
    const r = careBenefit({ month: '2026-04', level: 'occasional', expense: 0, familyCare: true, rates: defineRateTable(t) });
    expect([r.amount, r.status]).toEqual([45_000, 'unconfirmed']);
    expect(() => careBenefit({ month: '2026-04', level: 'occasional', expense: 0, familyCare: true })).toThrowError(expect.objectContaining({ code: 'RATE_NOT_KNOWN' }));
  });

  it('validates input with typed errors', () => {
    const ok = { month: '2025-05', level: 'constant', expense: 1, familyCare: false } as const;
    const bad: [Record<string, unknown>, string][] = [
      [{ ...ok, month: '2025-13' }, 'INVALID_DATE'],
      [{ ...ok, month: '2025/05' }, 'INVALID_DATE'],
      [{ ...ok, month: 202505 }, 'INVALID_DATE'],
      [{ ...ok, level: 'always' }, 'INVALID_OPTION'],
      [{ ...ok, expense: -1 }, 'AMOUNT_NEGATIVE'],
      [{ ...ok, expense: 1.5 }, 'AMOUNT_NOT_INTEGER'],
      [{ ...ok, expense: Number.NaN }, 'AMOUNT_NOT_FINITE'],
      [{ ...ok, familyCare: 'yes' }, 'INVALID_OPTION'],
      [{ ...ok, familyCare: undefined }, 'INVALID_OPTION'],
      [{ ...ok, firstMonth: 1 }, 'INVALID_OPTION'],
    ];
    for (const [input, code] of bad) {
      expect(() => careBenefit(input as never), JSON.stringify(input)).toThrowError(expect.objectContaining({ code }));
      expect(() => careBenefit(input as never)).toThrowError(InvalidInputError);
    }
    expect(() => careBenefit(null as never)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('careBenefit — properties', () => {
  const months: string[] = [];
  for (const fy of [2018, 2019, 2020, 2022, 2023, 2024, 2025]) {
    for (let i = 0; i < 12; i++) {
      const y = i < 9 ? fy : fy + 1;
      const m = ((i + 3) % 12) + 1;
      months.push(`${y}-${String(m).padStart(2, '0')}`);
    }
  }
  const arb = fc.record({
    month: fc.constantFrom(...months),
    level: fc.constantFrom<CareLevel>('constant', 'occasional'),
    expense: fc.oneof(fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
    familyCare: fc.boolean(),
    firstMonth: fc.boolean(),
  });

  it('never above the cap; never below the minimum with family care outside the first month; otherwise min(expense, cap)', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const r = careBenefit(input);
        expect(r.amount).toBeLessThanOrEqual(r.cap);
        expect(r.minimum).toBeLessThanOrEqual(r.cap);
        if (input.familyCare && !input.firstMonth) expect(r.amount).toBeGreaterThanOrEqual(r.minimum);
        // Oracle: rules.md §10.1 pseudo-code.
        const expected = input.familyCare && !input.firstMonth && input.expense <= r.minimum ? r.minimum : Math.min(input.expense, r.cap);
        expect(r.amount).toBe(expected);
        expect(Number.isSafeInteger(r.amount)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never more than the expense, except the minimum guarantee', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const r = careBenefit(input);
        if (r.reason !== 'minimum') expect(r.amount).toBeLessThanOrEqual(input.expense);
        if (input.firstMonth) expect(r.reason === 'firstMonth' || r.reason === 'cap').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
