// The audit's internal steps, each checked against a hand computation or an independent oracle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LaborInsuranceError } from '../../src/core/errors.js';
import { deductionAmount, expectedDeduction, RateLookup, rateEntry, RuleCache } from '../../src/audit/expectedDeduction.js';
import { legalBasisList } from '../../src/audit/legalBasis.js';
import { shiftDay } from '../../src/audit/likelyCauses.js';
import { normaliseCategory, normaliseDate, readRow } from '../../src/audit/rowInput.js';
import { employmentRateFor } from '../../src/employment/rates.js';
import { employeeDeduction, ROUNDING_MODES } from '../../src/index.js';

describe('shiftDay', () => {
  it('crosses month, year and leap-day boundaries (calendar by hand)', () => {
    expect(shiftDay('2025-04-01', -1)).toBe('2025-03-31');
    expect(shiftDay('2026-03-31', 1)).toBe('2026-04-01');
    expect(shiftDay('2024-03-01', -1)).toBe('2024-02-29'); // 2024 is a leap year
    expect(shiftDay('2023-03-01', -1)).toBe('2023-02-28');
    expect(shiftDay('2022-12-31', 1)).toBe('2023-01-01');
  });
  it('equals Date arithmetic on any day of 2018–2030 (oracle: Date.UTC)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(2018, 0, 2)), max: new Date(Date.UTC(2030, 11, 30)), noInvalidDate: true }), fc.constantFrom(-1, 1), (d, n) => {
        const iso = d.toISOString().slice(0, 10);
        const expected = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n)).toISOString().slice(0, 10);
        expect(shiftDay(iso, n)).toBe(expected);
      }),
    );
  });
});

describe('row spellings', () => {
  it('normaliseDate: year-first slashes only; normaliseCategory: the Japanese names', () => {
    expect([normaliseDate('2025/4/20'), normaliseDate(' 2025/04/20 '), normaliseDate('4/20/2025'), normaliseDate(7)]).toEqual(['2025-04-20', '2025-04-20', '4/20/2025', 7]);
    expect(['一般', '農林水産・清酒製造の事業', ' 建設 ', 'general', 'retail', 1].map(normaliseCategory)).toEqual([
      'general',
      'agriculture',
      'construction',
      'general',
      'retail',
      1,
    ]);
    expect(normaliseCategory('toString')).toBe('toString'); // own aliases only
  });
  it('readRow: an id only when a string or finite number; unreadable rows carry their typed error', () => {
    expect(readRow({ id: 'A', wage: 1 }).id).toBe('A');
    expect(readRow({ id: Number.NaN }).id).toBeUndefined();
    expect(readRow(null).error?.code).toBe('INVALID_OPTION');
    expect(
      readRow(
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('boom');
            },
          },
        ),
      ).error?.code,
    ).toBe('INVALID_OPTION');
  });
});

describe('legalBasisList', () => {
  it('deduplicates, keeps the order and drops empty citations', () => {
    expect(legalBasisList('徴収法31条1項', ['徴収則60条', '', '徴収法31条1項'], undefined, '')).toEqual(['徴収法31条1項', '徴収則60条']);
    expect(legalBasisList()).toEqual([]);
  });
});

describe('the expected deduction on the kernel', () => {
  const rules = new RuleCache();
  it('equals employeeDeduction for any wage, rate period, mode and 厘 variant (oracle: the public API)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.constantFrom('2018-05-31', '2022-04-30', '2022-10-31', '2025-06-30', '2026-04-30'),
        fc.constantFrom('general', 'agriculture', 'construction' as const),
        fc.constantFrom(...ROUNDING_MODES),
        fc.boolean(),
        (wage, closingDate, category, rounding, rin) => {
          const rate = employmentRateFor({ closingDate }, category);
          const rule = rules.get(rate.rates.worker, rounding, rin);
          const e = expectedDeduction(wage, rateEntry(rate, rounding), rule, rounding, rin);
          const d = employeeDeduction({ wage, closingDate, category, rounding, truncateToRinFirst: rin });
          expect([e.amount, e.exact]).toEqual([BigInt(d.amount), d.exact]);
          expect(deductionAmount(wage, rule)).toBe(e.amount);
        },
      ),
      { numRuns: 500 },
    );
  });
  it('W6 by hand: 100,091 × 5.5/1000 = 550.5005 → 551 (halfDown), 550 with the 厘 step (550.500 ≤ ½)', () => {
    const rate = employmentRateFor({ closingDate: '2025-05-31' }, 'general');
    expect(expectedDeduction(100_091n, rateEntry(rate, 'halfDown'), rules.get('5.5', 'halfDown', false), 'halfDown', false).amount).toBe(551n);
    const rin = expectedDeduction(100_091n, rateEntry(rate, 'halfDown'), rules.get('5.5', 'halfDown', true), 'halfDown', true);
    expect([rin.amount, rin.trace.find((s) => s.id === 'rin')?.value]).toEqual([550n, '550.5']);
  });
  it('RateLookup: a date without a rate is a typed error on on(), undefined on tryOn(), and is remembered', () => {
    let calls = 0;
    const lookup = new RateLookup((closingDate, category) => {
      calls++;
      return employmentRateFor({ closingDate }, category);
    }, 'halfDown');
    const isTyped = (e: unknown) => e instanceof LaborInsuranceError;
    expect(() => lookup.on('2010-04-30', 'general')).toThrow(LaborInsuranceError);
    expect(lookup.tryOn('2010-04-30', 'general', isTyped)).toBeUndefined();
    expect(lookup.tryOn('2010-04-30', 'general', isTyped)).toBeUndefined();
    expect(calls).toBe(2); // on() once, tryOn() once, then the remembered answer
    expect(lookup.on('2025-04-30', 'general')).toBe(lookup.tryOn('2025-04-30', 'general', isTyped));
    expect(() => lookup.tryOn('2010-04-30', 'x' as never, () => false)).toThrow();
  });
});
