/**
 * A custom table is validated, then deep-copied and frozen; calculations read the copy only. Edits the
 * caller makes afterwards are detected at the next use (the table is compared with the checked copy)
 * and re-validated, so no result is ever computed from unchecked figures (issue 9 item 6).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmployeeDeduction, employeeDeduction, ratesFor, RateTableError, type RateTable } from '../../src/index.js';

function copyOf(fy: number): RateTable & Record<string, any> {
  return JSON.parse(JSON.stringify(ratesFor(fy)));
}

/** Sets FY2024's general rates to worker w‰ and 二事業 3.5‰ (consistent: 徴収法31条). */
function setWorker(t: RateTable, w: string) {
  const g = t.employmentInsurance[0]!.categories.general;
  const w10 = Math.round(Number(w) * 10); // test helper only: w has one decimal
  Object.assign(g, { worker: w, employerBenefitPart: w, employerTwoProjectsPart: '3.5', employer: ((w10 + 35) / 10).toString(), total: ((2 * w10 + 35) / 10).toString() });
}

function isDeepFrozen(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return true;
  return Object.isFrozen(v) && Object.values(v).every(isDeepFrozen);
}

const at = { category: 'general', closingDate: '2024-05-31' } as const;

describe('custom tables are copied and frozen', () => {
  it('ratesFor returns a deep-frozen copy, equal to the table, never the caller\'s object', () => {
    const t = copyOf(2024);
    const r = ratesFor(2024, { rates: t });
    expect(r).not.toBe(t);
    expect(r).toEqual(t);
    expect(isDeepFrozen(r)).toBe(true);
    expect(Object.isFrozen(t)).toBe(false); // the caller's object is left alone
    // unchanged table: the same checked copy is reused
    expect(ratesFor(2024, { rates: t })).toBe(r);
    expect(ratesFor(2024, { rates: [t] })).toBe(r);
    // a checked copy passed back in is accepted as is
    expect(ratesFor(2024, { rates: r })).toBe(r);
  });

  it('valid → other valid edit after the first use: the next call uses the new value', () => {
    const t = copyOf(2024);
    // 200,000 × 6/1000 = 1,200
    expect(employeeDeduction({ wage: 200_000, ...at, rates: t }).amount).toBe(1200);
    setWorker(t, '7');
    // 200,000 × 7/1000 = 1,400
    expect(employeeDeduction({ wage: 200_000, ...at, rates: t }).amount).toBe(1400);
    expect(ratesFor(2024, { rates: t }).employmentInsurance[0]!.categories.general.worker).toBe('7');
  });

  it('valid → invalid edit throws; undoing the edit makes the table usable again', () => {
    const t = copyOf(2024);
    expect(employeeDeduction({ wage: 200_000, ...at, rates: t }).amount).toBe(1200);
    t.employmentInsurance[0]!.categories.general.worker = '50';
    expect(() => employeeDeduction({ wage: 200_000, ...at, rates: t })).toThrowError(RateTableError);
    t.employmentInsurance[0]!.categories.general.worker = '6';
    expect(employeeDeduction({ wage: 200_000, ...at, rates: t }).amount).toBe(1200);
  });

  it('an edit deep inside (one 業種 row, a source citation) is seen; replacing an object by an accessor is rejected', () => {
    const t = copyOf(2025);
    const first = ratesFor(2025, { rates: t });
    t.sources['egov_repo'] = 'changed citation';
    const second = ratesFor(2025, { rates: t });
    expect(second).not.toBe(first);
    expect(second.sources['egov_repo']).toBe('changed citation');
    Object.defineProperty(t, 'medicalCopayment', { get: () => first.medicalCopayment, enumerable: true, configurable: true });
    const e = (() => {
      try {
        ratesFor(2025, { rates: t });
      } catch (err) {
        return err as RateTableError;
      }
    })();
    expect(e).toBeInstanceOf(RateTableError);
    expect((e!.details['issues'] as { code: string; path: string }[]).some((i) => i.code === 'accessor' && i.path === 'medicalCopayment')).toBe(true);
  });

  it('a table that changes while it is read is read once: a getter is never trusted', () => {
    const t = copyOf(2024);
    let reads = 0;
    Object.defineProperty(t.employmentInsurance[0]!.categories.general, 'worker', { get: () => (reads++ === 0 ? '6' : '50'), enumerable: true });
    expect(() => employeeDeduction({ wage: 200_000, ...at, rates: t })).toThrowError(expect.objectContaining({ code: 'INVALID_RATE_TABLE' }));
    expect(reads).toBe(0); // rejected from its descriptor, never called
  });

  it('the rates array is read at each call: a table added later is used, a duplicate year is an error', () => {
    const list: RateTable[] = [copyOf(2024)];
    expect(employeeDeduction({ wage: 200_000, ...at, rates: list }).amount).toBe(1200);
    const fy2023 = copyOf(2023);
    list.push(fy2023);
    // FY2023 general worker 6‰: 100,000 × 6/1000 = 600
    expect(employeeDeduction({ wage: 100_000, category: 'general', closingDate: '2023-06-30', rates: list }).amount).toBe(600);
    list.push(copyOf(2024));
    expect(() => ratesFor(2023, { rates: list })).toThrowError(expect.objectContaining({ code: 'INVALID_RATE_TABLE' }));
  });

  it('a deep-frozen table is accepted and its copy reused', () => {
    const deepFreeze = (v: any): any => {
      if (typeof v === 'object' && v !== null) {
        Object.values(v).forEach(deepFreeze);
        Object.freeze(v);
      }
      return v;
    };
    const t = deepFreeze(copyOf(2024));
    const r = ratesFor(2024, { rates: t });
    expect(ratesFor(2024, { rates: t })).toBe(r);
    expect(employeeDeduction({ wage: 200_000, ...at, rates: t }).amount).toBe(1200);
  });
});

describe('createEmployeeDeduction and employeeDeduction never disagree', () => {
  it('createEmployeeDeduction resolves the rate at creation; employeeDeduction at each call', () => {
    const t = copyOf(2024);
    const atSix = createEmployeeDeduction({ ...at, rates: t });
    setWorker(t, '7');
    const atSeven = createEmployeeDeduction({ ...at, rates: t });
    // 200,000 × 6/1000 = 1,200 (table at creation); 200,000 × 7/1000 = 1,400 (table now)
    expect(atSix(200_000)).toBe(1200);
    expect(atSeven(200_000)).toBe(1400);
    expect(employeeDeduction({ wage: 200_000, ...at, rates: t }).amount).toBe(1400);
    t.employmentInsurance[0]!.categories.general.worker = '50';
    expect(() => createEmployeeDeduction({ ...at, rates: t })).toThrowError(RateTableError);
    expect(() => employeeDeduction({ wage: 200_000, ...at, rates: t })).toThrowError(RateTableError);
    expect(atSix(200_000)).toBe(1200); // created from the table as it was then
  });

  it('property: for any sequence of valid edits, each agrees with the other for the table state it saw', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 5_000_000 })), { minLength: 1, maxLength: 8 }), (steps) => {
        const t = copyOf(2024);
        const made: { f: (w: number) => number; w10: number }[] = [];
        for (const [w10, wage] of steps) {
          setWorker(t, (w10 / 10).toString());
          made.push({ f: createEmployeeDeduction({ ...at, rates: t }), w10 });
          const now = employeeDeduction({ wage, ...at, rates: t }).amount;
          if (made[made.length - 1]!.f(wage) !== now) return false;
          // every earlier function keeps its own rate: wage × w10/10,000 with 50銭以下切捨て
          for (const m of made) {
            const num = BigInt(wage) * BigInt(m.w10);
            const whole = num / 10_000n;
            const expected = Number((num % 10_000n) * 2n > 10_000n ? whole + 1n : whole);
            if (m.f(wage) !== expected) return false;
          }
        }
        return true;
      }),
      { numRuns: 100 },
    );
  });
});
