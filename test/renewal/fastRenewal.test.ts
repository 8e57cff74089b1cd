// The fast path of annualRenewal (src/renewal/fastRenewal.ts) against the exact path (src/renewal/renewalExact.ts):
// the oracle is the exact path itself — every step on the bigint kernels, the full trace built eagerly — and the
// property is equality of the whole result, traces included, for any input in or out of the fast domain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualRenewal, explain, InvalidInputError, ratesFor, type AnnualRenewalInput } from '../../src/index.js';
import { scaledToDecimal } from '../../src/kernel/scaledToDecimal.js';
import { rationalToDecimal } from '../../src/kernel/rationalToDecimal.js';
import { exactRenewal } from '../../src/renewal/renewalExact.js';
import { TracedResult } from '../../src/renewal/tracedResult.js';
import { outcome, plain } from './outcome.js';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const industriesOf = (year: number) => ratesFor(year).workersCompensation[0]!.industries.map((r) => r.number);
const CATEGORIES = ['general', 'agriculture', 'construction'] as const;
const CHOICES = ['both', 'premium', 'generalContribution', 'refund'] as const;

// Wages around the thresholds that matter: 千円 boundaries, 0, and up to the fast path's limit (10^12) and beyond.
const wages = fc.oneof(
  fc.integer({ min: 0, max: 600_000_000 }),
  fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(0, 1, 999)).map(([k, r]) => k * 1000 + r),
  fc.constantFrom(0, 999, 1000, 1_000_000_000_000, 1_000_000_000_001, 4_503_599_627_370_496),
  fc.integer({ min: 0, max: 1_000_000_000_000 }),
);

/** An input of the fast domain (or just outside it, by the year, the 業種 or an amount). */
const input: fc.Arbitrary<AnnualRenewalInput> = fc
  .record({
    year: fc.constantFrom(...YEARS),
    pick: fc.nat(),
    category: fc.constantFrom(...CATEGORIES),
    previous: wages,
    declaredPerMille: fc.integer({ min: 0, max: 90 }),
    estimate: fc.option(
      fc.oneof(
        wages,
        fc.integer({ min: 0, max: 250 }).map((p) => -p),
      ),
      { nil: undefined },
    ),
    commissioned: fc.option(fc.boolean(), { nil: undefined }),
    applyInstallments: fc.option(fc.boolean(), { nil: undefined }),
    appropriation: fc.option(fc.constantFrom(...CHOICES), { nil: undefined }),
  })
  .map((r) => {
    const industries = industriesOf(r.year - 1 >= 2018 ? r.year - 1 : r.year);
    const x: AnnualRenewalInput = {
      renewalYear: r.year,
      industry: industries[r.pick % industries.length]!,
      category: r.category,
      previousYearWages: r.previous,
      declaredEstimate: Math.floor(r.previous / 1000) * r.declaredPerMille,
    };
    // A negative estimate means "this percentage of the previous wages": both sides of 50% and 200%, and the bounds.
    if (r.estimate !== undefined) x.estimatedWages = r.estimate >= 0 ? r.estimate : Math.floor((Math.floor(r.previous / 1000) * 1000 * -r.estimate) / 100);
    if (r.commissioned !== undefined) x.commissioned = r.commissioned;
    if (r.applyInstallments !== undefined) x.applyInstallments = r.applyInstallments;
    if (r.appropriation !== undefined) x.appropriation = r.appropriation;
    return x;
  });

describe('annualRenewal: the fast path equals the exact path', () => {
  it('for any input, the whole result (every figure, text, citation and trace) or the error is the same', () => {
    let fast = 0;
    fc.assert(
      fc.property(input, (x) => {
        const a = outcome(() => annualRenewal(x));
        const b = outcome(() => exactRenewal(x));
        expect(a).toEqual(b);
        try {
          if (annualRenewal(x) instanceof TracedResult) fast++;
        } catch {
          // refused by both paths alike (checked above)
        }
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: most of these inputs take the fast path (FY2022/2023, and amounts over 10^12, do not).
    expect(fast).toBeGreaterThan(1500);
  });

  it('the 50%–200% bounds, both inclusive (徴収則24条): 50% and 200% keep the previous base, one 千円 beyond takes the estimate', () => {
    // previous base 30,125,000: 50% = 15,062,500 → the estimate's base 15,062,000 is below, 15,063,000 above;
    // 200% = 60,250,000 exactly is within, 60,251,000 is outside.
    const base = { renewalYear: 2025, industry: '98', category: 'general' as const, previousYearWages: 30_125_678, declaredEstimate: 520_000 };
    const use = (estimatedWages: number) => annualRenewal({ ...base, estimatedWages }).estimateBasis.workersCompensation!.use;
    expect([use(15_062_999), use(15_063_000), use(60_250_999), use(60_251_000)]).toEqual(['estimate', 'previous', 'previous', 'estimate']);
    for (const e of [15_062_999, 15_063_000, 60_250_999, 60_251_000])
      expect(plain(annualRenewal({ ...base, estimatedWages: e }))).toEqual(plain(exactRenewal({ ...base, estimatedWages: e })));
  });

  it('rules.md §5.4 Example A on the fast path, by hand', () => {
    // FY2024 小売業 (業種98: 労災 3/1000, 雇用 一般 15.5/1000): base 30,125,000 × 18.5/1000 = 557,312.5 → 557,312;
    // 不足額 557,312 − 520,000 = 37,312; 一般拠出金 30,125,000 × 0.02/1000 = 602.5 → 602; FY2025 概算 at 17.5/1000
    // = 527,187.5 → 527,187; 延納 (≥ 400,000): 527,187 = 3 × 175,729, so 175,729 each;
    // 第1期 = 175,729 + 37,312 + 602 = 213,643; total 213,643 + 2 × 175,729 = 565,101.
    const r = annualRenewal({ renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 30_125_678, declaredEstimate: 520_000 });
    expect(r).toBeInstanceOf(TracedResult);
    expect([r.finalPremium.amount, r.shortfall, r.generalContribution.amount, r.estimatedPremium.amount]).toEqual([557_312, 37_312, 602, 527_187]);
    expect(r.finalPremium.workersCompensation?.exact).toBe('90375');
    expect(r.finalPremium.employmentInsurance?.exact).toBe('466937.5');
    expect(r.generalContribution.exact).toBe('602.5');
    expect(r.installments.map((i) => i.amount)).toEqual([213_643, 175_729, 175_729]);
    expect(r.amount).toBe(565_101);
  });

  it('inputs outside the fast domain take the exact path and return plain objects', () => {
    const base = { renewalYear: 2025, industry: '98', category: 'general' as const, previousYearWages: 30_125_678, declaredEstimate: 520_000 };
    const outside: AnnualRenewalInput[] = [
      { ...base, previousYearWages: 30_125_678n as unknown as number },
      { ...base, previousYearWages: '30125678' },
      { ...base, previousYearWages: { workersCompensation: 30_125_678, employmentInsurance: 20_000_000 } },
      { ...base, coverage: 'workersCompensation' },
      { ...base, appropriationOrder: ['generalContribution', 'installment1', 'installment2', 'installment3'] },
      { ...base, workersCompensationRate: '2.5' },
      { ...base, renewalYear: 2023, previousYearWages: { workersCompensation: [15_000_000, 15_125_678], employmentInsurance: [15_000_000, 15_125_678] } },
      { ...base, previousYearWages: 1_000_000_000_001 },
    ];
    for (const x of outside) {
      const r = annualRenewal(x);
      expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
      expect(plain(r)).toEqual(plain(exactRenewal(x)));
    }
  });

  it('bad input gives the exact path’s coded error, never a raw one', () => {
    const base = { renewalYear: 2025, industry: '98', category: 'general' as const, previousYearWages: 30_125_678, declaredEstimate: 520_000 };
    const cases: unknown[] = [
      { ...base, industry: '00' },
      { ...base, category: 'retail' },
      { ...base, previousYearWages: -1 },
      { ...base, previousYearWages: 1.5 },
      { ...base, previousYearWages: Number.NaN },
      { ...base, declaredEstimate: Infinity },
      { ...base, estimatedWages: -5 },
      { ...base, commissioned: 'yes' },
      { ...base, appropriation: 'cash' },
      { ...base, renewalYear: 1990 },
      { ...base, renewalYear: 2025.5 },
      null,
      [],
    ];
    for (const x of cases) {
      let fastError: unknown;
      let exactError: unknown;
      try {
        annualRenewal(x as AnnualRenewalInput);
      } catch (e) {
        fastError = e;
      }
      try {
        exactRenewal(x as AnnualRenewalInput);
      } catch (e) {
        exactError = e;
      }
      expect(fastError).toBeInstanceOf(Error);
      expect((fastError as { code?: string }).code).toBeTypeOf('string');
      expect((fastError as Error).constructor).toBe((exactError as Error).constructor);
      expect((fastError as { code?: string }).code).toBe((exactError as { code?: string }).code);
      expect(fastError instanceof InvalidInputError || (fastError as Error).name === 'RateTableError').toBe(true);
    }
  });
});

describe('annualRenewal: the trace of a fast result is built on first read', () => {
  const x = { renewalYear: 2025, industry: '98', category: 'general' as const, previousYearWages: 30_125_678, declaredEstimate: 600_000, estimatedWages: 40_000_000 };

  it('is absent from the own keys until read, then an own property equal to the exact trace; JSON always has it', () => {
    const r = annualRenewal(x);
    const exact = exactRenewal(x);
    expect(Object.keys(r)).not.toContain('trace');
    expect(JSON.parse(JSON.stringify(r))).toEqual(JSON.parse(JSON.stringify(exact)));
    expect(r.trace).toEqual(exact.trace);
    expect(Object.keys(r)).toContain('trace');
    expect(r.trace).toBe(r.trace); // kept, not rebuilt
    expect(r.finalPremium.trace).toEqual(exact.finalPremium.trace);
    expect(r.estimateBasis.employmentInsurance!.trace).toEqual(exact.estimateBasis.employmentInsurance!.trace);
    expect(explain(r)).toEqual(explain(exact));
  });

  it('is computed from the input as it was at the call: editing the caller’s object afterwards changes nothing', () => {
    const input = { ...x };
    const r = annualRenewal(input);
    input.previousYearWages = 1;
    input.declaredEstimate = 0;
    expect(r.trace).toEqual(exactRenewal(x).trace);
  });

  it('can be read on a frozen result (no TypeError) and replaced by assignment', () => {
    const frozen = Object.freeze(annualRenewal(x));
    expect(frozen.trace).toEqual(exactRenewal(x).trace);
    const r = annualRenewal(x);
    r.trace = [];
    expect(r.trace).toEqual([]);
    expect(Object.keys(r)).toContain('trace');
  });
});

describe('scaledToDecimal (the fast path’s exact strings)', () => {
  it('equals rationalToDecimal(p / 10^k) for every safe p and k = 0 … 15', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.integer({ min: 0, max: 15 }), (p, k) => {
        expect(scaledToDecimal(p, k)).toBe(rationalToDecimal({ numerator: BigInt(p), denominator: 10n ** BigInt(k) }));
      }),
      { numRuns: 20_000 },
    );
  });

  it('worked examples', () => {
    expect([scaledToDecimal(5_573_125, 1), scaledToDecimal(903_750, 4), scaledToDecimal(6_025, 1), scaledToDecimal(0, 5), scaledToDecimal(12, 3)]).toEqual([
      '557312.5',
      '90.375',
      '602.5',
      '0',
      '0.012',
    ]);
  });
});
