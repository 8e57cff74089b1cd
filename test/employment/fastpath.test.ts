import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEmployeeDeduction, defineRateTable, employeeDeduction, ratesFor } from '../../src/index.js';
import type { EmploymentCategory, RoundingMode } from '../../src/index.js';
import { deductionKernel, deductionRule } from '../../src/employment/deduction.js';

// The fast path of createEmployeeDeduction computes ⌊(wage·n + c) / d⌋ with one double division
// (src/employment/deduction.ts proves why that is exact while wage·n + 2d ≤ 2^53). These tests check
// (1) the floating-point lemma itself, (2) the threshold table that turns every rounding mode into
// one offset c, against the remainder rule written out independently, and (3) the returned function
// against employeeDeduction (big.js) on both sides of every limit, in every mode.

const TWO_53 = 2n ** 53n;
const MODES: RoundingMode[] = ['halfDown', 'halfUp', 'floor', 'ceil'];
const COMBOS = MODES.flatMap((rounding) => [false, true].map((truncateToRinFirst) => ({ rounding, truncateToRinFirst })));

/** Independent oracle: the remainder rule of rules.md §2 on bigint (r = remainder in units of 1/d yen). */
function oracle(wage: bigint, rate: string, rounding: RoundingMode, rin: boolean): bigint {
  const [i = '0', f = ''] = rate.split('.');
  const n = BigInt(i + f);
  const d = 10n ** BigInt(3 + f.length);
  const u = 10n ** BigInt(f.length); // units of 1/d yen in one 厘 (0.001 yen)
  const p = wage * n;
  const q = p / d;
  let r = p % d;
  if (rin) r -= r % u;
  const up = rounding === 'halfDown' ? 2n * r > d : rounding === 'halfUp' ? 2n * r >= d : rounding === 'ceil' ? r > 0n : false;
  return up ? q + 1n : q;
}

describe('lemma: Math.floor(x / d) is exact for integers with x + d ≤ 2^53', () => {
  const pair = fc.bigInt({ min: 1n, max: 2n ** 52n }).chain((d) => fc.tuple(fc.constant(d), fc.bigInt({ min: 0n, max: TWO_53 - d })));

  it('random x and d (property, 100,000 runs)', () => {
    fc.assert(
      fc.property(pair, ([d, x]) => Math.floor(Number(x) / Number(d)) === Number(x / d)),
      { numRuns: 100_000 },
    );
  });

  it('the hardest cases: x one below a multiple of d, at the top of the range (property)', () => {
    // x = m·d − 1 puts the true quotient 1/d below the integer m, the case rounding could push up.
    const hard = fc.bigInt({ min: 2n, max: 2n ** 52n }).chain((d) =>
      fc
        .tuple(fc.constant(d), fc.bigInt({ min: 1n, max: TWO_53 / d }))
        .map(([dd, m]) => [dd, m * dd - 1n] as const)
        .filter(([dd, x]) => x + dd <= TWO_53),
    );
    fc.assert(
      fc.property(hard, ([d, x]) => Math.floor(Number(x) / Number(d)) === Number(x / d)),
      { numRuns: 100_000 },
    );
    // hand-picked: d = 10,000 and x = 2^53 − 10,001 (x + d = 2^53 − 1); d = 3, x = 2^53 − 4
    for (const [d, x] of [
      [10_000n, TWO_53 - 10_001n],
      [3n, TWO_53 - 4n],
      [100_000n, TWO_53 - 100_000n],
      [7n, TWO_53 - 7n],
    ] as const) {
      expect(Math.floor(Number(x) / Number(d))).toBe(Number(x / d));
    }
  });

  it('beyond the bound the floating form can be wrong (why the limit exists)', () => {
    // d = 3, x = 3·(2^52 + 1) − 1 = 13,510,798,882,111,490: an even integer in [2^53, 2^54), so a double.
    // The true quotient is 2^52 + 1 − 1/3, but doubles there are 1 apart, so x / 3 rounds up to 2^52 + 1.
    const x = 3n * (2n ** 52n + 1n) - 1n;
    expect(x).toBe(13_510_798_882_111_490n);
    expect(BigInt(Number(x))).toBe(x);
    expect(x / 3n).toBe(4_503_599_627_370_496n);
    expect(Math.floor(Number(x) / 3)).toBe(4_503_599_627_370_497); // one too many
  });

  it('`| 0` is the same floor while the quotient is below 2^31', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 20 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.nat({ max: 2 ** 20 }), (d, m, s) => {
        const x = m * d + (s % d);
        if (x + d > 2 ** 53) return true;
        return ((x / d) | 0) === m;
      }),
      { numRuns: 50_000 },
    );
  });
});

describe('deductionRule: one offset c per mode equals the remainder rule', () => {
  it.each(COMBOS)('$rounding, truncateToRinFirst $truncateToRinFirst: every remainder r of wage·n = q·d + r, for 0–3 decimals', ({ rounding, truncateToRinFirst }) => {
    for (const rate of ['6', '5.5', '4.25', '3.125']) {
      const rule = deductionRule(rate, rounding, truncateToRinFirst);
      const d = Number(rule.d);
      const c = Number(rule.c);
      const u = d / 1000; // units of 1/d yen in one 厘
      expect(c >= 0 && c < d).toBe(true);
      const q = 123_457; // any whole part: q·d + r + c stays far below 2^53
      for (let r = 0; r < d; r++) {
        const rr = truncateToRinFirst ? r - (r % u) : r;
        const up = rounding === 'halfDown' ? 2 * rr > d : rounding === 'halfUp' ? 2 * rr >= d : rounding === 'ceil' ? rr > 0 : false;
        if (Math.floor((q * d + r + c) / d) !== (up ? q + 1 : q)) expect.fail(`${rate} ${rounding} rin=${truncateToRinFirst} r=${r}`);
      }
    }
  });

  it('hand values: 5.5‰ → 55/10,000; halfDown c = 4,999, with 厘 truncation c = 4,990; ceil c = 9,999 / 9,990', () => {
    // halfDown: +1 iff r > 5,000, i.e. r ≥ 5,001 = t, c = 10,000 − 5,001 = 4,999.
    expect(deductionRule('5.5', 'halfDown', false)).toEqual({ n: 55n, d: 10_000n, c: 4_999n });
    // with truncation r is cut to a multiple of 10 first: +1 iff r ≥ 5,010, c = 4,990.
    expect(deductionRule('5.5', 'halfDown', true)).toEqual({ n: 55n, d: 10_000n, c: 4_990n });
    expect(deductionRule('5.5', 'halfUp', true)).toEqual({ n: 55n, d: 10_000n, c: 5_000n });
    expect(deductionRule('5.5', 'floor', false)).toEqual({ n: 55n, d: 10_000n, c: 0n });
    expect(deductionRule('5.5', 'ceil', false)).toEqual({ n: 55n, d: 10_000n, c: 9_999n });
    expect(deductionRule('5.5', 'ceil', true)).toEqual({ n: 55n, d: 10_000n, c: 9_990n });
    expect(deductionRule('6', 'halfDown', false)).toEqual({ n: 6n, d: 1_000n, c: 499n });
  });
});

/** a + b for plain decimal strings, by scaled bigint (for building consistent custom tables). */
function addDecimal(a: string, b: string): string {
  const len = Math.max(a.split('.')[1]?.length ?? 0, b.split('.')[1]?.length ?? 0);
  const scaled = (x: string) => {
    const [i = '0', f = ''] = x.split('.');
    return BigInt(i + f.padEnd(len, '0'));
  };
  const s = (scaled(a) + scaled(b)).toString().padStart(len + 1, '0');
  if (len === 0) return s;
  const out = `${s.slice(0, s.length - len)}.${s.slice(s.length - len)}`.replace(/0+$/, '').replace(/\.$/, '');
  return out;
}

/** n and d of a rate string, parsed here independently of the library. */
function ratio(rate: string): { n: bigint; d: bigint } {
  const [i = '0', f = ''] = rate.split('.');
  return { n: BigInt(i + f), d: 10n ** BigInt(3 + f.length) };
}

/** Wages that stress one rate: near 2^53/n (the fast-path limit), near 2^31 and 2^32, on .5 and 厘 boundaries. */
function stressWages(rate: string): fc.Arbitrary<number | bigint | string> {
  const { n, d } = ratio(rate);
  const u = d / 1000n;
  const top = n === 0n ? TWO_53 - 1n : TWO_53 / n; // the library's limit is within 2d/n below this
  const window = (centre: bigint, width: bigint) => fc.bigInt({ min: centre - width < 0n ? 0n : centre - width, max: centre + width });
  const nearTop = window(top, 4n * (d / (n === 0n ? 1n : n)) + 2_000n);
  // wages whose product is just around k·d + d/2 (the 50銭 point) or k·d + d/2 + u (the 厘 point)
  const boundary = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.constantFrom(d / 2n, d / 2n + u, d / 2n - u, 0n, u), fc.integer({ min: -2, max: 2 }))
    .map(([k, off, delta]) => {
      if (n === 0n) return k;
      const w = (k * d + off + n - 1n) / n + BigInt(delta);
      return w < 0n ? 0n : w;
    });
  const wage = fc.oneof(
    nearTop,
    boundary,
    window(2n ** 31n, 3_000n),
    window(2n ** 32n, 3_000n),
    fc.bigInt({ min: 0n, max: 5_000_000n }),
    window(BigInt(Number.MAX_SAFE_INTEGER), 100n),
  );
  // as a number when it is a safe integer, else as a bigint; sometimes as bigint or digit string anyway
  return fc
    .tuple(wage, fc.constantFrom('number', 'number', 'number', 'bigint', 'string'))
    .map(([w, form]) => (form === 'number' && w <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(w) : form === 'string' ? w.toString() : w));
}

function outcome(f: () => number): number | string {
  try {
    return f();
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

describe('createEmployeeDeduction equals employeeDeduction().amount in every mode, on both sides of every limit', () => {
  const periods: { closingDate: string; category: EmploymentCategory }[] = [
    { closingDate: '2025-06-30', category: 'general' }, // 5.5‰
    { closingDate: '2024-06-30', category: 'general' }, // 6‰
    { closingDate: '2025-06-30', category: 'construction' }, // 6.5‰
    { closingDate: '2022-09-30', category: 'general' }, // 3‰
    { closingDate: '2026-06-30', category: 'agriculture' },
  ];
  it.each(COMBOS)('$rounding, truncateToRinFirst $truncateToRinFirst (property, 15,000 runs)', (combo) => {
    for (const p of periods) {
      const s = { ...p, ...combo };
      const rate = employeeDeduction({ ...s, wage: 0 }).rate;
      const fast = createEmployeeDeduction(s);
      fc.assert(
        fc.property(stressWages(rate), (w) => {
          const expected = outcome(() => employeeDeduction({ ...s, wage: w }).amount);
          const actual = outcome(() => fast(w));
          // an independent check as well, for wages employeeDeduction accepts
          if (typeof expected === 'number' && BigInt(expected) !== oracle(BigInt(w), rate, s.rounding, s.truncateToRinFirst)) return false;
          return Object.is(actual, expected);
        }),
        { numRuns: 3_000 },
      );
    }
  });

  it('wages right at the fast-path limit of 5.5‰ (every wage within ±3,000 of ⌊(2^53 − 20,000)/55⌋)', () => {
    // (9,007,199,254,740,992 − 20,000) / 55 = 163,767,259,176,745 rem 17 (163,767,259,176,745 × 55 = 9,007,199,254,720,975)
    const centre = (TWO_53 - 20_000n) / 55n;
    expect(centre).toBe(163_767_259_176_745n);
    for (const combo of COMBOS) {
      const s = { category: 'general' as const, closingDate: '2025-06-30', ...combo };
      const fast = createEmployeeDeduction(s);
      for (let w = centre - 3_000n; w <= centre + 3_000n; w++) {
        const a = fast(Number(w));
        if (a !== employeeDeduction({ ...s, wage: w }).amount) expect.fail(`${combo.rounding} rin=${combo.truncateToRinFirst} wage ${w}`);
      }
    }
  });

  it('+0, never −0, for a wage of −0 (the object API reports 0)', () => {
    for (const combo of COMBOS) {
      const fast = createEmployeeDeduction({ category: 'general', closingDate: '2025-06-30', ...combo });
      expect(Object.is(fast(-0), 0)).toBe(true);
      expect(Object.is(fast(0), 0)).toBe(true);
    }
  });

  it('vectors through each mode (rules.md §12.2 W3–W8, arithmetic in deduction.test.ts)', () => {
    const f = (rounding: RoundingMode, truncateToRinFirst = false) => createEmployeeDeduction({ category: 'general', fiscalYear: 2025, rounding, truncateToRinFirst });
    // 101,000 × 5.5/1000 = 555.5; 100,091 × 5.5/1000 = 550.5005; 101,182 × 5.5/1000 = 556.501
    expect([101_000, 100_091, 101_182].map(f('halfDown'))).toEqual([555, 551, 557]);
    expect([101_000, 100_091, 101_182].map(f('halfDown', true))).toEqual([555, 550, 557]); // 550.500 → 550
    expect([101_000, 100_091, 101_182].map(f('halfUp'))).toEqual([556, 551, 557]);
    expect([101_000, 100_091, 101_182].map(f('floor'))).toEqual([555, 550, 556]);
    expect([101_000, 100_091, 101_182].map(f('ceil'))).toEqual([556, 551, 557]);
    // ceil after 厘 truncation: 91 × 5.5/1000 = 0.5005 → 0.500 → 1; 2 × 5.5/1000 = 0.011 → 1; 0.0055 → 0.005 → 1
    expect([91, 2, 1].map(f('ceil', true))).toEqual([1, 1, 1]);
  });
});

describe('custom rates, and rates finer or larger than tables allow (checked, Math.floor and bigint-only paths)', () => {
  /** A FY2027 table, cloned from FY2026, whose 一般 worker rate is `worker` (the other figures made consistent). */
  function table(worker: string): unknown {
    const t = JSON.parse(JSON.stringify(ratesFor(2026)).replaceAll('2026-04-01', '2027-04-01').replaceAll('2027-03-31', '2028-03-31'));
    t.fiscalYear = 2027;
    // With 二事業 3.5‰: employer = worker + 3.5, total = 2·worker + 3.5 (徴収法31条: worker = ½ × (total − 二事業)).
    const twice = (x: string) => addDecimal(x, x);
    t.employmentInsurance[0].categories.general = {
      total: addDecimal(twice(worker), '3.5'),
      worker,
      employer: addDecimal(worker, '3.5'),
      employerBenefitPart: worker,
      employerTwoProjectsPart: '3.5',
    };
    return t;
  }
  /** A rate string per 1000 with `int` as whole part and up to `maxDecimals` decimals. */
  const rateString = (ints: fc.Arbitrary<number>, maxDecimals: number) =>
    fc
      .tuple(ints, fc.integer({ min: 0, max: maxDecimals }), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }))
      .map(([intPart, len, frac]) => (len === 0 ? String(intPart) : `${intPart}.${(frac % 10n ** BigInt(len)).toString().padStart(len, '0').replace(/0+$/, '') || '1'}`));
  /** Wages for one rate: random up to 2^53, small ones, around 2^32 and around the fast-path limit. */
  const wagesFor = (rate: string, ws: bigint[]) => {
    const { n, d } = ratio(rate);
    const top = n === 0n ? 0n : TWO_53 / n;
    const step = d / (n === 0n ? 1n : n) + 1n;
    return [...ws, 0n, 1n, 91n, 2n ** 31n, 2n ** 32n - 1n, 2n ** 32n, ...[-2n, -1n, 0n, 1n, 2n].map((k) => top + k * step)].filter((w) => w >= 0n);
  };

  it('custom tables: random worker rates 0–22.9999‰ with 0–4 decimals (what a table may hold), every mode (property, 250 tables)', () => {
    fc.assert(
      fc.property(
        rateString(fc.integer({ min: 0, max: 22 }), 4),
        fc.constantFrom(...COMBOS),
        fc.array(fc.bigInt({ min: 0n, max: 2n ** 53n }), { minLength: 20, maxLength: 20 }),
        (worker, combo, ws) => {
          const rates = defineRateTable(table(worker) as Parameters<typeof defineRateTable>[0]);
          const s = { category: 'general' as const, closingDate: '2027-05-31', rates, ...combo };
          const fast = createEmployeeDeduction(s);
          for (const w of wagesFor(worker, ws)) {
            const wage = w <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(w) : w;
            const expected = outcome(() => employeeDeduction({ ...s, wage }).amount);
            if (
              !Object.is(
                outcome(() => fast(wage)),
                expected,
              )
            )
              return false;
          }
          return true;
        },
      ),
      { numRuns: 250 },
    );
  });

  it('the kernel beyond what tables allow: rates up to 1,500‰ and 15 decimals, against the oracle (property, 2,000 rates)', () => {
    // Such rates reach the paths a table cannot: the checked path (limit below 2^32, n > 2^21), the
    // Math.floor variant (quotients of 2^31 and more, rate ≥ 500‰) and the bigint-only path (d > 2^52).
    const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
    fc.assert(
      fc.property(
        rateString(fc.oneof(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 400, max: 1_500 })), 15),
        fc.constantFrom(...COMBOS),
        fc.array(fc.bigInt({ min: 0n, max: 2n ** 53n }), { minLength: 20, maxLength: 20 }),
        (rate, combo, ws) => {
          const f = deductionKernel(rate, combo.rounding, combo.truncateToRinFirst);
          for (const w of wagesFor(rate, ws)) {
            const wage = w <= MAX_SAFE ? Number(w) : w;
            const exact = oracle(w, rate, combo.rounding, combo.truncateToRinFirst);
            const expected = exact > MAX_SAFE || w > MAX_SAFE ? 'RESULT_UNSAFE_INTEGER' : Number(exact);
            if (
              !Object.is(
                outcome(() => f(wage)),
                expected,
              )
            )
              return false;
          }
          return true;
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('a rate too fine for any fast path still answers exactly (bigint only)', () => {
    // 5.00000000000001‰ = 500000000000001 / 10^17; d > 2^53, so every wage takes the bigint path.
    const f = deductionKernel('5.00000000000001', 'halfDown', false);
    // 100,100 × 5.00000000000001/1000 = 500.500000000001001 → 501 (more than half)
    expect(f(100_100)).toBe(501);
    expect(deductionKernel('5', 'halfDown', false)(100_100)).toBe(500); // exactly 500.5 → 500
  });
});
