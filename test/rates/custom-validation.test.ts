/**
 * Custom rate tables are validated completely, once, by defineRateTable (issue 9 item 6): one test
 * per defect found in 0.1.0, each with its expected value computed by hand, plus fast-check properties
 * over mutations of a bundled table. A calculation only accepts the checked copy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  careBenefit,
  defineRateTable,
  employeeDeduction,
  laborInsurancePremium,
  medicalCopayment,
  ratesFor,
  specialEnrollmentPremium,
  validateRateTable,
  RateTableError,
  type RateTable,
} from '../../src/index.js';
import { inspectRateTable, obj, rate, sources, type ExtraBlock } from '../../src/rates/validate.js';

/** A plain, editable copy of a bundled table. */
function copyOf(fy: number): RateTable & Record<string, any> {
  return JSON.parse(JSON.stringify(ratesFor(fy)));
}

/** Runs `f` and returns what it threw (fails when it does not throw). */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

function expectInvalid(f: () => unknown, pathPrefix?: string, code?: string) {
  const e = thrown(f);
  expect(e).toBeInstanceOf(RateTableError);
  expect((e as RateTableError).code).toBe('INVALID_RATE_TABLE');
  const issues = (e as RateTableError).details['issues'] as { path: string; code: string; message: string }[];
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(typeof i.code).toBe('string');
    expect(typeof i.message).toBe('string');
  }
  if (pathPrefix !== undefined)
    expect(
      issues.some((i) => i.path.startsWith(pathPrefix) && (code === undefined || i.code === code)),
      JSON.stringify(issues),
    ).toBe(true);
  return issues;
}

describe('0.1.0 defects, each reproduced', () => {
  it('a worker rate edited to 50 after the first use cannot reach a result (not 10,000 yen)', () => {
    const t = copyOf(2024);
    const checked = defineRateTable(t);
    // FY2024 general worker rate 6‰: 200,000 × 6/1000 = 1,200
    expect(employeeDeduction({ wage: 200_000, category: 'general', closingDate: '2024-05-31', rates: checked }).amount).toBe(1200);
    t.employmentInsurance[0]!.categories.general.worker = '50'; // 50 + 9.5 ≠ 15.5: invalid
    // 0.1.0 answered 200,000 × 50/1000 = 10,000; the checked copy is frozen and keeps 6‰
    expect(employeeDeduction({ wage: 200_000, category: 'general', closingDate: '2024-05-31', rates: checked }).amount).toBe(1200);
    expectInvalid(() => defineRateTable(t), 'employmentInsurance[0].categories.general', 'sum');
    expect(thrown(() => employeeDeduction({ wage: 200_000, category: 'general', closingDate: '2024-05-31', rates: t }))).toMatchObject({ code: 'UNCHECKED_RATE_TABLE' });
  });

  it('a care cap edited to -5 after the first use cannot reach a result (not a benefit of -5 yen)', () => {
    const t = copyOf(2025);
    const input = { month: '2025-10', level: 'constant', expense: 200_000, familyCare: false, rates: defineRateTable(t) } as const;
    // FY2025 from August: 常時介護 cap 186,050; expense 200,000 > cap → 186,050
    expect(careBenefit(input).amount).toBe(186_050);
    t.careBenefit[1]!.constant.max = -5;
    expect(careBenefit(input).amount).toBe(186_050); // the frozen copy keeps the cap
    expectInvalid(() => defineRateTable(t), 'careBenefit[1].constant.max', 'range');
  });

  it('specialEnrollment is validated: a missing block is a RateTableError, not a TypeError', () => {
    const t = copyOf(2025);
    delete (t as any).specialEnrollment;
    expectInvalid(() => specialEnrollmentPremium({ kind: 3, fiscalYear: 2025, members: [{ dailyBase: 10_000 }], rates: defineRateTable(t) }), 'specialEnrollment', 'required');
  });

  it('specialEnrollment rates, dates and daily bases are validated', () => {
    const cases: [string, (t: any) => void, string, string][] = [
      ['a 第2種 rate of 2000‰', (t) => (t.specialEnrollment.secondClass[0].rows[0].rate = '2000'), 'specialEnrollment.secondClass[0].rows[0].rate', 'range'],
      ['a 第2種 rate as a number', (t) => (t.specialEnrollment.secondClass[0].rows[1].rate = 17), 'specialEnrollment.secondClass[0].rows[1].rate', 'type'],
      ['a 第3種 rate that is not a decimal', (t) => (t.specialEnrollment.thirdClass[0].rate = '3,0'), 'specialEnrollment.thirdClass[0].rate', 'format'],
      ['a 第3種 period outside the year', (t) => (t.specialEnrollment.thirdClass[0].to = '2026-04-30'), 'specialEnrollment.thirdClass[0]', 'outside-year'],
      [
        'a 第2種 category starting outside its period',
        (t) => {
          // split the year into two periods; a category of the first may not start in the second
          const second = structuredClone(t.specialEnrollment.secondClass[0]);
          t.specialEnrollment.secondClass[0].to = '2025-09-30';
          second.from = '2025-10-01';
          t.specialEnrollment.secondClass.push(second);
          t.specialEnrollment.secondClass[0].rows[0].from = '2025-11-01';
        },
        'specialEnrollment.secondClass[0].rows[0].from',
        'outside-period',
      ],
      [
        'a 第2種 category starting outside the year',
        (t) => (t.specialEnrollment.secondClass[0].rows[0].from = '2024-11-01'),
        'specialEnrollment.secondClass[0].rows[0].from',
        'outside-year',
      ],
      [
        'a duplicate 第2種 code',
        (t) => (t.specialEnrollment.secondClass[0].rows[1].code = t.specialEnrollment.secondClass[0].rows[0].code),
        'specialEnrollment.secondClass[0].rows[1].code',
        'duplicate',
      ],
      ['a negative daily base', (t) => (t.specialEnrollment.dailyBenefitBases.standard[0] = -3500), 'specialEnrollment.dailyBenefitBases.standard[0]', 'range'],
      ['daily bases out of order', (t) => t.specialEnrollment.dailyBenefitBases.standard.reverse(), 'specialEnrollment.dailyBenefitBases.standard', 'order'],
      ['a fractional daily base', (t) => (t.specialEnrollment.dailyBenefitBases.homeworkersOnly[0] = 2000.5), 'specialEnrollment.dailyBenefitBases.homeworkersOnly[0]', 'type'],
      ['a partial-year rule without sources', (t) => (t.specialEnrollment.partialYear.sources = []), 'specialEnrollment.partialYear.sources', 'empty'],
      ['an unknown source key', (t) => (t.specialEnrollment.secondClass[0].rows[0].sources = ['nowhere']), 'specialEnrollment.secondClass[0].rows[0].sources[0]', 'source'],
    ];
    for (const [name, breakIt, path, code] of cases) {
      const t = copyOf(2025);
      breakIt(t);
      const issues = validateRateTable(t);
      expect(
        issues.some((i) => i.path.startsWith(path) && i.code === code),
        `${name}: ${JSON.stringify(issues)}`,
      ).toBe(true);
    }
  });

  it('medicalCopayment is validated: a -200 copayment is rejected (not -200 yen)', () => {
    const t = copyOf(2025);
    // FY2025 一部負担金 200 yen (労災則44条の2)
    expect(medicalCopayment({ fiscalYear: 2025, rates: defineRateTable(t) }).amount).toBe(200);
    const bad = copyOf(2025);
    bad.medicalCopayment.standard = -200;
    expectInvalid(() => defineRateTable(bad), 'medicalCopayment.standard', 'range');
    const missing = copyOf(2025);
    delete (missing as any).medicalCopayment;
    expectInvalid(() => defineRateTable(missing), 'medicalCopayment', 'required');
    // 労災法31条2項: at most 200 yen; the 日雇特例被保険者 amount is the smaller one
    const high = copyOf(2025);
    high.medicalCopayment.standard = 300;
    expect(validateRateTable(high).some((i) => i.path === 'medicalCopayment.standard' && i.code === 'range')).toBe(true);
    const swapped = copyOf(2025);
    swapped.medicalCopayment.dayLaborer = 200;
    swapped.medicalCopayment.standard = 100;
    expect(validateRateTable(swapped).some((i) => i.path === 'medicalCopayment.dayLaborer' && i.code === 'order')).toBe(true);
  });

  it('an array with a hole is rejected', () => {
    const t = copyOf(2025);
    delete t.workersCompensation[0]!.industries[3];
    expect(Object.keys(t.workersCompensation[0]!.industries).length).toBe(t.workersCompensation[0]!.industries.length - 1);
    expectInvalid(() => defineRateTable(t), 'workersCompensation[0].industries[3]', 'sparse-array');
    const sparseBases = copyOf(2025);
    sparseBases.specialEnrollment.dailyBenefitBases.standard.length = 20; // 16 levels + 4 holes
    expect(validateRateTable(sparseBases).some((i) => i.code === 'sparse-array' && i.path.startsWith('specialEnrollment.dailyBenefitBases.standard'))).toBe(true);
  });

  it('a 2000‰ rate is rejected', () => {
    const t = copyOf(2025);
    t.workersCompensation[0]!.industries.find((r) => r.number === '98')!.rate = '2000';
    // 0.1.0 computed 3,300,000 × (2000 + 14.5)/1000 = 6,647,850
    expectInvalid(() => defineRateTable(t), 'workersCompensation[0].industries[', 'range');
  });

  it('two tables for one fiscal year are an error (0.1.0: the first silently won)', () => {
    const a = copyOf(2024);
    const b = copyOf(2024);
    const g = b.employmentInsurance[0]!.categories.general;
    Object.assign(g, { total: '17.5', worker: '7', employer: '10.5', employerBenefitPart: '7' });
    // each alone: 200,000 × 6/1000 = 1,200 and 200,000 × 7/1000 = 1,400
    expect(employeeDeduction({ wage: 200_000, category: 'general', fiscalYear: 2024, rates: defineRateTable(a) }).amount).toBe(1200);
    expect(employeeDeduction({ wage: 200_000, category: 'general', fiscalYear: 2024, rates: defineRateTable(b) }).amount).toBe(1400);
    const issues = expectInvalid(() => defineRateTable([a, b]), '[1].fiscalYear', 'duplicate-fiscal-year');
    expect(issues).toHaveLength(1);
    // the same object twice is two tables for one year too, at definition and in a rates array
    expectInvalid(() => defineRateTable([a, a]), '[1].fiscalYear', 'duplicate-fiscal-year');
    const ca = defineRateTable(a);
    expectInvalid(() => ratesFor(2024, { rates: [ca, ca] }), '[1].fiscalYear', 'duplicate-fiscal-year');
  });
});

describe('every block, every key', () => {
  it('unknown keys are reported, at every level', () => {
    const t = copyOf(2025);
    t.extra = 1;
    (t.employmentInsurance[0]!.categories.general as any).workerr = '5.5';
    (t.careBenefit[0] as any).constnat = { max: 1, min: 0 };
    (t.medicalCopayment as any).standrd = 200;
    const issues = validateRateTable(t).filter((i) => i.code === 'unknown-key');
    expect(issues.map((i) => i.path).sort()).toEqual(['careBenefit[0].constnat', 'employmentInsurance[0].categories.general.workerr', 'extra', 'medicalCopayment.standrd']);
  });

  it('bounds: rates per 1000 within the documented ceilings, amounts non-negative safe integers', () => {
    const cases: [string, (t: any) => void, string, string][] = [
      [
        '雇用保険 total above 50‰',
        (t) => Object.assign(t.employmentInsurance[0].categories.general, { total: '103.5', worker: '50', employer: '53.5', employerBenefitPart: '50' }),
        'employmentInsurance[0].categories.general.total',
        'range',
      ],
      ['労災 rate above 200‰', (t) => (t.workersCompensation[0].industries[0].rate = '250'), 'workersCompensation[0].industries[0].rate', 'range'],
      ['一般拠出金率 above 1‰', (t) => (t.generalContribution[0].rate = '2'), 'generalContribution[0].rate', 'range'],
      ['労務費率 above 100%', (t) => (t.laborCostRatio[0].rows[0].percent = '230'), 'laborCostRatio[0].rows[0].percent', 'range'],
      ['労務費率 of 0%', (t) => (t.laborCostRatio[0].rows[0].percent = '0'), 'laborCostRatio[0].rows[0].percent', 'range'],
      ['a rate with 5 decimals', (t) => (t.workersCompensation[0].nonOccupationalRate.rate = '0.60001'), 'workersCompensation[0].nonOccupationalRate.rate', 'format'],
      ['a negative rate', (t) => (t.generalContribution[0].rate = '-0.02'), 'generalContribution[0].rate', 'format'],
      ['a care minimum that is not an integer', (t) => (t.careBenefit[0].occasional.min = 42700.5), 'careBenefit[0].occasional.min', 'type'],
      ['a care amount beyond 2^53', (t) => (t.careBenefit[0].occasional.max = 2 ** 53), 'careBenefit[0].occasional.max', 'type'],
      ['a care amount as a string', (t) => (t.careBenefit[0].constant.max = '177950'), 'careBenefit[0].constant.max', 'type'],
      ['a care cap below the minimum', (t) => (t.careBenefit[0].constant.max = 1000), 'careBenefit[0].constant', 'order'],
      ['NaN yen', (t) => (t.medicalCopayment.dayLaborer = Number.NaN), 'medicalCopayment.dayLaborer', 'type'],
    ];
    for (const [name, breakIt, path, code] of cases) {
      const t = copyOf(2025);
      breakIt(t);
      const issues = validateRateTable(t);
      expect(
        issues.some((i) => i.path === path && i.code === code),
        `${name}: ${JSON.stringify(issues)}`,
      ).toBe(true);
    }
  });

  it('dates must be real and inside the fiscal year, in every block', () => {
    const t = copyOf(2025);
    t.specialEnrollment.secondClass[0]!.from = '2025-02-29';
    t.careBenefit[1]!.to = '2026-04-01';
    const issues = validateRateTable(t);
    expect(issues.some((i) => i.path === 'specialEnrollment.secondClass[0].from' && i.code === 'date')).toBe(true);
    expect(issues.some((i) => i.path === 'careBenefit[1].to' && i.code === 'outside-year')).toBe(true);
  });

  it('non-plain values, cycles and accessors get coded issues, never a raw TypeError', () => {
    const make: [string, (t: any) => void, string, string][] = [
      ['a Date for a period', (t) => (t.careBenefit[0] = new Date()), 'careBenefit[0]', 'not-plain'],
      ['a Map for the sources', (t) => (t.sources = new Map()), 'sources', 'not-plain'],
      [
        'a class instance',
        (t) =>
          (t.medicalCopayment = new (class Copay {
            standard = 200;
          })()),
        'medicalCopayment',
        'not-plain',
      ],
      ['a function', (t) => (t.name = () => 'x'), 'name', 'not-plain'],
      ['a cycle', (t) => (t.specialEnrollment.partialYear.self = t.specialEnrollment), 'specialEnrollment.partialYear.self', 'cycle'],
      [
        'a getter',
        (t) =>
          Object.defineProperty(t.employmentInsurance[0].categories.general, 'worker', {
            get: () => '5.5',
            enumerable: true,
          }),
        'employmentInsurance[0].categories.general.worker',
        'accessor',
      ],
      ['a symbol key', (t) => (t.medicalCopayment[Symbol('x')] = 1), 'medicalCopayment', 'not-plain'],
      [
        'a throwing proxy',
        (t) =>
          (t.laborCostRatio = new Proxy([], {
            ownKeys: () => {
              throw new TypeError('boom');
            },
          })),
        'laborCostRatio',
        'unreadable',
      ],
    ];
    for (const [name, breakIt, path, code] of make) {
      const t = copyOf(2025);
      breakIt(t);
      const issues = validateRateTable(t);
      expect(
        issues.some((i) => i.path === path && i.code === code),
        `${name}: ${JSON.stringify(issues)}`,
      ).toBe(true);
      expectInvalid(() => defineRateTable(t), path, code);
    }
  });

  it('a revoked proxy, as a table or as an array of tables, is unreadable (not a TypeError)', () => {
    const { proxy, revoke } = Proxy.revocable(copyOf(2025), {});
    revoke();
    expect(validateRateTable(proxy)).toEqual([expect.objectContaining({ path: '', code: 'unreadable' })]);
    expectInvalid(() => defineRateTable(proxy as RateTable), '', 'unreadable');
    const list = Proxy.revocable([copyOf(2025)], {});
    list.revoke();
    expectInvalid(() => defineRateTable(list.proxy as RateTable[]), '', 'unreadable');
    // as the rates option of a calculation: not a checked table
    expect(thrown(() => medicalCopayment({ fiscalYear: 2025, rates: list.proxy as RateTable[] }))).toMatchObject({ code: 'UNCHECKED_RATE_TABLE' });
  });

  it('every issue has a path, a short code and a message; non-objects are coded too', () => {
    expect(validateRateTable(null)).toEqual([{ path: '', code: 'type', message: 'a rate table must be an object' }]);
    expect(validateRateTable(ratesFor(2025))).toEqual([]);
    expectInvalid(() => defineRateTable('FY2025' as unknown as RateTable), '', 'type');
    expectInvalid(() => defineRateTable([copyOf(2025), 42] as unknown as RateTable[]), '[1]', 'type');
  });
});

/** Every leaf of a plain value, as a path of keys. */
function leaves(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (typeof v === 'object' && v !== null) return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return [path];
}
function setAt(root: any, path: (string | number)[], value: unknown) {
  let o = root;
  for (const k of path.slice(0, -1)) o = o[k];
  o[path[path.length - 1]!] = value;
}

describe('optional override blocks (merit, procedures) plug into one list', () => {
  it('a block no validator is registered for is an unknown key', () => {
    const t = copyOf(2025);
    t.penalties = { rates: [] };
    expect(validateRateTable(t)).toEqual([expect.objectContaining({ path: 'penalties', code: 'unknown-key' })]);
  });

  it('a registered block validator is called on its block with the shared checks, and its issues are listed', () => {
    // built from the same checks as the fiscal-year blocks
    const toy: ExtraBlock = { key: 'toy', check: obj({ factor: rate('1000'), sources }) };
    const t = copyOf(2025);
    t.toy = { factor: '5000', sources: ['nowhere'] };
    expect(inspectRateTable(t, [toy]).issues.map((i) => [i.path, i.code])).toEqual([
      ['toy.factor', 'range'],
      ['toy.sources[0]', 'source'],
    ]);
    t.toy = { factor: '50', sources: ['egov_repo'] };
    expect(inspectRateTable(t, [toy]).issues).toEqual([]);
    const ok = copyOf(2025);
    expect(inspectRateTable(ok, [toy]).issues).toEqual([]); // absent block: not validated
  });
});

describe('properties', () => {
  const base = copyOf(2025);
  const rateLeaves = leaves(base).filter(
    (p) => /^(total|worker|employer|employerBenefitPart|employerTwoProjectsPart|rate|percent)$/.test(String(p[p.length - 1])) && p[0] !== 'sources',
  );
  const yenLeaves = leaves(base).filter(
    (p) =>
      (p.includes('careBenefit') && /^(max|min)$/.test(String(p[p.length - 1]))) ||
      (p[0] === 'medicalCopayment' && /^(standard|dayLaborer)$/.test(String(p[p.length - 1]))) ||
      (p.includes('dailyBenefitBases') && typeof p[p.length - 1] === 'number'),
  );
  const allLeaves = leaves(base).filter((p) => p[0] !== '$schema');

  it('valid employment-rate mutations: the deduction follows the table (worker share, 50銭以下切捨て)', () => {
    fc.assert(
      // worker ≤ 23‰ and 二事業 ≤ 4‰ keep the total within the 50‰ ceiling
      fc.property(fc.integer({ min: 0, max: 230 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10_000_000 }), (w10, p10, wage) => {
        const t = copyOf(2025);
        const worker = (w10 / 10).toString();
        const two = (p10 / 10).toString();
        // 徴収法31条: worker = employer's benefit part; employer = benefit part + 二事業; total = worker + employer
        Object.assign(t.employmentInsurance[0]!.categories.general, {
          worker,
          employerBenefitPart: worker,
          employerTwoProjectsPart: two,
          employer: ((w10 + p10) / 10).toString(),
          total: ((2 * w10 + p10) / 10).toString(),
        });
        // oracle: wage × w10 / 10,000 in integers; a fraction ≤ ½ yen is dropped, > ½ rounded up
        const num = BigInt(wage) * BigInt(w10);
        const whole = num / 10_000n;
        const rem = num % 10_000n;
        const expected = Number(rem * 2n > 10_000n ? whole + 1n : whole);
        return employeeDeduction({ wage, category: 'general', closingDate: '2025-06-30', rates: defineRateTable(t) }).amount === expected;
      }),
      { numRuns: 150 },
    );
  });

  it('valid 労災 and care mutations: the premium and the benefit follow the table', () => {
    const industries = base.workersCompensation[0]!.industries.length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: industries - 1 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 300 }), (row, r10, k) => {
        const t = copyOf(2025);
        const ind = t.workersCompensation[0]!.industries[row]!;
        ind.rate = (r10 / 10).toString();
        const wages = k * 10_000;
        // 労災分: wages × rate/1000 = k × 10,000 × r10/10,000 = k × r10 (exact, no rounding)
        const p = laborInsurancePremium({ fiscalYear: 2025, industry: ind.number.split('/')[0]!, coverage: 'workersCompensation', wages, rates: defineRateTable(t) });
        return p.workersCompensation!.amount === k * r10;
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 2_000_000 }), (a, b, expense) => {
        const t = copyOf(2025);
        const [min, max] = a <= b ? [a, b] : [b, a];
        t.careBenefit[1]!.constant = { max, min };
        // no care by a relative: the expense, capped at max (労災則18条の3の4)
        return careBenefit({ month: '2025-12', level: 'constant', expense, familyCare: false, rates: defineRateTable(t) }).amount === Math.min(expense, max);
      }),
      { numRuns: 100 },
    );
  });

  const invalidRate = fc.oneof(
    fc.constantFrom('2000', '1000', '-1', '', 'abc', '5.5.5', ' 5', '05', '1e3', '0x10', '5.12345', 'Infinity'),
    fc.double(),
    fc.constantFrom(null, true, undefined, {}, [], 5n),
  );
  const invalidYen = fc.oneof(
    fc.integer({ min: -1_000_000, max: -1 }),
    fc.double({ noInteger: true }),
    fc.constantFrom(2 ** 53, Number.NaN, Infinity, '200', null, undefined, {}, 200n),
  );
  const junk = fc.oneof(
    fc.constantFrom(new Date(0), new Map(), () => 1, Symbol('s'), Number.NaN),
    fc.anything().filter((v) => v !== undefined),
  );

  it('invalid mutations always give RateTableError INVALID_RATE_TABLE at definition, never another error; a copy defined before keeps working', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('rate' as const), at: fc.constantFrom(...rateLeaves), value: invalidRate }),
      fc.record({ kind: fc.constant('yen' as const), at: fc.constantFrom(...yenLeaves), value: invalidYen }),
      // optional keys (notes, labels, ids) and the source map's entries may be deleted validly
      fc.record({
        kind: fc.constant('delete' as const),
        at: fc.constantFrom(...allLeaves.filter((p) => p[0] !== 'sources' && !['note', 'label', 'id', 'benefitPartName', 'reportedNumber'].includes(String(p[p.length - 1])))),
      }),
      fc.record({ kind: fc.constant('unknown' as const), at: fc.constantFrom(...allLeaves.filter((p) => p[0] !== 'sources')), value: junk }),
    );
    fc.assert(
      fc.property(mutation, fc.boolean(), (m, usedBefore) => {
        const t = copyOf(2025);
        const before = usedBefore ? defineRateTable(t) : undefined; // defined and used first, edited afterwards
        // 一部負担金 FY2025: 200 yen (労災則44条の2)
        if (before) expect(medicalCopayment({ fiscalYear: 2025, rates: before }).amount).toBe(200);
        if (m.kind === 'delete') {
          const parent = m.at.slice(0, -1).reduce((o: any, k) => o[k], t);
          delete parent[m.at[m.at.length - 1]!];
        } else if (m.kind === 'unknown') {
          const parent = m.at.slice(0, -1).reduce((o: any, k) => o[k], t);
          if (Array.isArray(parent)) (parent as any).extraKey = m.value;
          else parent['extraKey'] = m.value;
        } else setAt(t, m.at, m.value);
        expect(validateRateTable(t).length).toBeGreaterThan(0);
        let caught: unknown;
        try {
          defineRateTable(t);
        } catch (e) {
          caught = e;
        }
        expect(caught).toBeInstanceOf(RateTableError);
        expect((caught as RateTableError).code).toBe('INVALID_RATE_TABLE');
        if (before) expect(medicalCopayment({ fiscalYear: 2025, rates: before }).amount).toBe(200);
      }),
      { numRuns: 300 },
    );
  });
});
