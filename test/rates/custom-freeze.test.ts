/**
 * A custom table is checked ONCE, by defineRateTable: validated completely, deep-copied, deep-frozen and
 * registered. The `rates` option of a calculation accepts only such a checked copy (or a `ratesFor` view),
 * so an edit the caller makes afterwards to the object they defined it from cannot change a result, and a
 * raw object is UNCHECKED_RATE_TABLE (issue 9 item 6).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  careBenefit,
  createEmployeeDeduction,
  defineRateTable,
  employeeDeduction,
  ERROR_CATALOGUE,
  laborInsurancePremium,
  ratesFor,
  RateTableError,
  type RateTable,
} from '../../src/index.js';

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

function caught(f: () => unknown): RateTableError {
  try {
    f();
  } catch (e) {
    return e as RateTableError;
  }
  throw new Error('did not throw');
}

const at = { category: 'general', closingDate: '2024-05-31' } as const;

describe('defineRateTable validates at definition and returns a deep-frozen copy', () => {
  it("the copy equals the table, is deep-frozen, is never the caller's object, and is accepted as rates as is", () => {
    const t = copyOf(2024);
    const r = defineRateTable(t);
    expect(r).not.toBe(t);
    expect(r).toEqual(t);
    expect(isDeepFrozen(r)).toBe(true);
    expect(Object.isFrozen(t)).toBe(false); // the caller's object is left alone
    expect(ratesFor(2024, { rates: r })).toBe(r);
    expect(ratesFor(2024, { rates: [r] })).toBe(r);
    expect(defineRateTable(r)).toBe(r); // defining a checked copy again costs nothing
    // 200,000 × 6/1000 = 1,200
    expect(employeeDeduction({ wage: 200_000, ...at, rates: r }).amount).toBe(1200);
  });

  it('an invalid table is rejected at definition (INVALID_RATE_TABLE with its issues), before any calculation', () => {
    const t = copyOf(2024);
    t.employmentInsurance[0]!.categories.general.worker = '50'; // 50 + 9.5 ≠ 15.5
    const e = caught(() => defineRateTable(t));
    expect(e).toBeInstanceOf(RateTableError);
    expect(e.code).toBe('INVALID_RATE_TABLE');
    expect((e.details['issues'] as { path: string; code: string }[]).some((i) => i.path === 'employmentInsurance[0].categories.general' && i.code === 'sum')).toBe(true);
    const c = copyOf(2025);
    c.careBenefit[1]!.constant.max = -5;
    expect(caught(() => defineRateTable(c)).code).toBe('INVALID_RATE_TABLE');
  });

  it('a getter is rejected from its descriptor, never called', () => {
    const t = copyOf(2024);
    let reads = 0;
    Object.defineProperty(t.employmentInsurance[0]!.categories.general, 'worker', { get: () => (reads++ === 0 ? '6' : '50'), enumerable: true });
    const e = caught(() => defineRateTable(t));
    expect(e.code).toBe('INVALID_RATE_TABLE');
    expect((e.details['issues'] as { code: string }[]).some((i) => i.code === 'accessor')).toBe(true);
    expect(reads).toBe(0);
  });

  it('an array: every table checked, a frozen array of copies; two tables for one year are an error at definition', () => {
    const list = defineRateTable([copyOf(2024), copyOf(2023)]);
    expect(Object.isFrozen(list)).toBe(true);
    expect(list.every(isDeepFrozen)).toBe(true);
    // FY2023 general worker 6‰: 100,000 × 6/1000 = 600
    expect(employeeDeduction({ wage: 100_000, category: 'general', closingDate: '2023-06-30', rates: list }).amount).toBe(600);
    expect(employeeDeduction({ wage: 200_000, ...at, rates: list }).amount).toBe(1200);
    const e = caught(() => defineRateTable([copyOf(2024), copyOf(2024)]));
    expect(e.code).toBe('INVALID_RATE_TABLE');
    expect((e.details['issues'] as unknown[])[0]).toEqual({
      path: '[1].fiscalYear',
      code: 'duplicate-fiscal-year',
      message: 'FY2024 is also given by the table at [0]; give one table per fiscal year',
    });
    // two separately defined tables of one year in one rates array: also an error, at the call
    const a = defineRateTable(copyOf(2024));
    const b = defineRateTable(copyOf(2024));
    expect(caught(() => ratesFor(2024, { rates: [a, b] })).code).toBe('INVALID_RATE_TABLE');
    // an issue inside the second table is reported with its index
    const bad = copyOf(2023);
    bad.medicalCopayment.standard = -200;
    expect((caught(() => defineRateTable([copyOf(2024), bad])).details['issues'] as { path: string }[])[0]!.path).toBe('[1].medicalCopayment.standard');
  });
});

describe('a raw table is UNCHECKED_RATE_TABLE', () => {
  it('every calculation rejects a table that did not go through defineRateTable, even a valid one', () => {
    const raw = copyOf(2024);
    const e = caught(() => employeeDeduction({ wage: 200_000, ...at, rates: raw }));
    expect(e).toBeInstanceOf(RateTableError);
    expect(e.code).toBe('UNCHECKED_RATE_TABLE');
    expect(e.message).toContain('defineRateTable()');
    expect(e.message).toContain('docs/custom-rates.md');
    expect(ERROR_CATALOGUE.UNCHECKED_RATE_TABLE.errorClass).toBe('RateTableError');
    expect(caught(() => createEmployeeDeduction({ ...at, rates: raw })).code).toBe('UNCHECKED_RATE_TABLE');
    expect(caught(() => ratesFor(2024, { rates: raw })).code).toBe('UNCHECKED_RATE_TABLE');
    expect(caught(() => laborInsurancePremium({ fiscalYear: 2024, industry: '98', category: 'general', wages: 1000, rates: raw })).code).toBe('UNCHECKED_RATE_TABLE');
    expect(caught(() => careBenefit({ month: '2025-04', level: 'constant', expense: 0, familyCare: true, rates: copyOf(2025) })).code).toBe('UNCHECKED_RATE_TABLE');
    // in an array, the offending item is named
    const e2 = caught(() => ratesFor(2024, { rates: [defineRateTable(copyOf(2023)), raw] }));
    expect(e2.code).toBe('UNCHECKED_RATE_TABLE');
    expect(e2.details['field']).toBe('rates[1]');
    // a deep-frozen raw table is not checked either: freezing is not validating
    expect(caught(() => ratesFor(2024, { rates: Object.freeze(copyOf(2024)) })).code).toBe('UNCHECKED_RATE_TABLE');
    // non-objects and proxies are unchecked, never a TypeError
    for (const v of [null, 1, 'FY2024', Proxy.revocable({}, {}).proxy]) expect(caught(() => ratesFor(2024, { rates: v as never })).code).toBe('UNCHECKED_RATE_TABLE');
    // a huge sparse array is refused at its first hole, not read to its length
    const sparse: RateTable[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(caught(() => ratesFor(2024, { rates: sparse })).details['field']).toBe('rates[0]');
    // an item behind a getter that throws is unchecked, not a raw error
    const trap = [defineRateTable(copyOf(2024))];
    Object.defineProperty(trap, 0, {
      get: () => {
        throw new Error('boom');
      },
    });
    expect(caught(() => ratesFor(2024, { rates: trap })).code).toBe('UNCHECKED_RATE_TABLE');
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    expect(caught(() => ratesFor(2024, { rates: revoked.proxy as never })).code).toBe('UNCHECKED_RATE_TABLE');
  });

  it('the bundled views of ratesFor are checked tables', () => {
    const v = ratesFor(2024);
    expect(ratesFor(2024, { rates: v })).toBe(v);
    expect(defineRateTable(v)).toBe(v);
  });
});

describe('edits after definition have no effect', () => {
  it('a worker rate edited to 50 in the original after definition: still 1,200 yen, not 10,000', () => {
    const t = copyOf(2024);
    const checked = defineRateTable(t);
    t.employmentInsurance[0]!.categories.general.worker = '50';
    // 200,000 × 6/1000 = 1,200 (the figure as defined)
    expect(employeeDeduction({ wage: 200_000, ...at, rates: checked }).amount).toBe(1200);
    setWorker(t, '7'); // a valid edit to the original does not take effect either
    expect(employeeDeduction({ wage: 200_000, ...at, rates: checked }).amount).toBe(1200);
    // the edited original has to be defined again to be used: 200,000 × 7/1000 = 1,400
    expect(employeeDeduction({ wage: 200_000, ...at, rates: defineRateTable(t) }).amount).toBe(1400);
  });

  it('the checked copy itself cannot be edited (frozen: an assignment throws in strict mode and changes nothing)', () => {
    const checked = defineRateTable(copyOf(2024)) as RateTable & Record<string, any>;
    expect(() => {
      checked.employmentInsurance[0]!.categories.general.worker = '50';
    }).toThrowError(TypeError);
    expect(checked.employmentInsurance[0]!.categories.general.worker).toBe('6');
    expect(() => {
      (checked.workersCompensation[0]!.industries as unknown[]).push({});
    }).toThrowError(TypeError);
  });

  it('a care cap edited to -5 in the original after definition: the benefit keeps the defined cap', () => {
    const t = copyOf(2025);
    const checked = defineRateTable(t);
    const before = careBenefit({ month: '2025-10', level: 'constant', expense: 500_000, familyCare: false, rates: checked });
    t.careBenefit[1]!.constant.max = -5;
    const after = careBenefit({ month: '2025-10', level: 'constant', expense: 500_000, familyCare: false, rates: checked });
    // 常時介護 cap from August 2025: 186,050 yen (the bundled figure), not -5
    expect(before.amount).toBe(186_050);
    expect(after.amount).toBe(186_050);
  });

  it('an array given to defineRateTable: pushing to the original array later changes nothing', () => {
    const original = [copyOf(2024)];
    const list = defineRateTable(original);
    original.push(copyOf(2023));
    expect(list.length).toBe(1);
  });
});

describe('createEmployeeDeduction and employeeDeduction never disagree', () => {
  it('both read the same frozen copy', () => {
    const t = copyOf(2024);
    const checked = defineRateTable(t);
    const deduct = createEmployeeDeduction({ ...at, rates: checked });
    t.employmentInsurance[0]!.categories.general.worker = '50';
    // 200,000 × 6/1000 = 1,200 for both, whatever happens to the original
    expect(deduct(200_000)).toBe(1200);
    expect(employeeDeduction({ wage: 200_000, ...at, rates: checked }).amount).toBe(1200);
  });

  it('property: for any valid worker rate, the two agree on every wage (50銭以下切捨て oracle)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 8 }), (w10, wages) => {
        const t = copyOf(2024);
        setWorker(t, (w10 / 10).toString());
        const checked = defineRateTable(t);
        const f = createEmployeeDeduction({ ...at, rates: checked });
        setWorker(t, '20'); // edits after definition: no effect on either
        for (const wage of wages) {
          // wage × w10/10,000 with 50銭以下切捨て
          const num = BigInt(wage) * BigInt(w10);
          const whole = num / 10_000n;
          const expected = Number((num % 10_000n) * 2n > 10_000n ? whole + 1n : whole);
          if (f(wage) !== expected || employeeDeduction({ wage, ...at, rates: checked }).amount !== expected) return false;
        }
        return true;
      }),
      { numRuns: 100 },
    );
  });
});
