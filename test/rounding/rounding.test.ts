import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, ceilYen, floorToHundred, floorToThousand, floorYen, roundHalfDownYen, roundHalfUpYen, roundYen, InvalidInputError } from '../../src/index.js';

const D = (s: string | number | bigint) => new Decimal(typeof s === 'bigint' ? s.toString() : s);

/**
 * Oracle: an exact rational n / 10^k (n bigint) rounded by integer arithmetic written from the
 * definitions in rules.md §0.2, independent of big.js. Non-negative values use the definitions
 * directly; a negative value is rounded on its magnitude and negated (docs/rounding.md: every mode is
 * symmetric, so a refund rounds as the mirror image of the same positive amount).
 */
function oracle(n: bigint, k: number, mode: 'halfDown' | 'halfUp' | 'floor' | 'ceil'): bigint {
  if (n < 0n) return -oracle(-n, k, mode);
  const den = 10n ** BigInt(k);
  const q = n / den; // floor, n >= 0
  const r = n - q * den; // 0 <= r < den
  switch (mode) {
    case 'floor':
      return q;
    case 'ceil':
      return r > 0n ? q + 1n : q;
    case 'halfUp':
      return 2n * r >= den ? q + 1n : q; // ⌊x + ½⌋
    case 'halfDown':
      return 2n * r > den ? q + 1n : q; // ⌈x − ½⌉
  }
}

const toDec = (n: bigint, k: number) => {
  const neg = n < 0n;
  const s = (neg ? -n : n).toString().padStart(k + 1, '0');
  return `${neg ? '-' : ''}${k ? `${s.slice(0, -k)}.${s.slice(-k)}` : s}`;
};

// Exact decimals with up to 6 places in a wide range, including exact .5 ties.
const exactDecimal = fc.tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 6 }));
const NUM_RUNS = 10_000;

describe('rounding primitives — hand cases (rules.md §2.2, §12.2)', () => {
  it('halfDown: ≤ 50銭 down, > 50銭 up', () => {
    expect(roundHalfDownYen(D('1600.5')).toString()).toBe('1600'); // W3 266,750 × 6‰
    expect(roundHalfDownYen(D('1500.504')).toString()).toBe('1501'); // W4
    expect(roundHalfDownYen(D('555.5')).toString()).toBe('555'); // W5
    expect(roundHalfDownYen(D('550.5005')).toString()).toBe('551'); // W6: net 99,540.4995 → 99,540
    expect(roundHalfDownYen(D('560.4995')).toString()).toBe('560'); // W7
    expect(roundHalfDownYen(D('0.5005')).toString()).toBe('1'); // W13
    expect(roundHalfDownYen(D('0.5')).toString()).toBe('0'); // W14
    expect(roundHalfDownYen(D('0')).toString()).toBe('0');
  });

  it('halfUp: < 50銭 down, ≥ 50銭 up', () => {
    expect(roundHalfUpYen(D('1600.5')).toString()).toBe('1601');
    expect(roundHalfUpYen(D('555.5')).toString()).toBe('556');
    expect(roundHalfUpYen(D('0.4999')).toString()).toBe('0');
    expect(roundHalfUpYen(D('0.5')).toString()).toBe('1');
  });

  it('floor and ceil', () => {
    expect(floorYen(D('187386.5')).toString()).toBe('187386'); // P2
    // Negative amounts (refunds) are rounded on their magnitude (docs/rounding.md): −0.5 truncates to
    // 0 and rounds up (away from zero) to −1. Before the sign convention was fixed these were the
    // mathematical floor/ceiling (−1 and 0).
    expect(floorYen(D('-0.5')).toString()).toBe('0');
    expect(floorYen(D('-187386.5')).toString()).toBe('-187386');
    expect(ceilYen(D('304166.6666')).toString()).toBe('304167');
    expect(ceilYen(D('-0.5')).toString()).toBe('-1');
    expect(ceilYen(D('-304166.6666')).toString()).toBe('-304167');
    expect(ceilYen(D('7')).toString()).toBe('7');
  });

  it('negative amounts (refunds) round on the magnitude — hand cases for every mode (docs/rounding.md)', () => {
    // Each row: exact amount, then halfDown, halfUp, floor (toward zero), ceil (away from zero), worked by hand
    // on the magnitude: |−5.5| = 5.5 → 5 / 6 / 5 / 6, then the sign is put back.
    const cases: [string, number, number, number, number][] = [
      ['-5.5', -5, -6, -5, -6],
      ['-1600.5', -1600, -1601, -1600, -1601], // W3 mirrored
      ['-550.5005', -551, -551, -550, -551], // W6 mirrored: 0.5005 > 0.5
      ['-0.5', 0, -1, 0, -1],
      ['-0.4999', 0, 0, 0, -1],
      ['-7', -7, -7, -7, -7],
      ['-187386.5', -187386, -187387, -187386, -187387],
    ];
    for (const [x, hd, hu, fl, ce] of cases) {
      expect([roundYen(x, 'halfDown'), roundYen(x, 'halfUp'), roundYen(x, 'floor'), roundYen(x, 'ceil')]).toEqual([hd, hu, fl, ce]);
      expect([roundHalfDownYen(x), roundHalfUpYen(x), floorYen(x), ceilYen(x)].map((d) => Number(d.toString()))).toEqual([hd, hu, fl, ce]);
    }
    expect(roundYen('5.5')).toBe(5);
    expect(roundYen('-5.5')).toBe(-5); // was −6 before the sign convention (issue 10)
    expect(Object.is(roundYen('-0.4'), 0)).toBe(true); // never −0
  });

  it('floorToThousand and floorToHundred', () => {
    expect(floorToThousand(D(10_129_569)).toString()).toBe('10129000'); // P2
    expect(floorToThousand(D(999)).toString()).toBe('0'); // P6
    expect(floorToHundred(D('16501.79')).toString()).toBe('16500'); // T6
    expect(floorToHundred(D('98.63')).toString()).toBe('0'); // T8
  });

  it('roundYen dispatches modes and offers the 厘 compatibility option', () => {
    expect(['halfDown', 'halfUp', 'floor', 'ceil'].map((m) => roundYen('1600.5', m as 'floor'))).toEqual([1600, 1601, 1600, 1601]);
    expect(roundYen('550.5005')).toBe(551);
    expect(roundYen('550.5005', 'halfDown', { truncateToRinFirst: true })).toBe(550); // rules.md §2.2 point 4
    expect(roundYen('556.501', 'halfDown', { truncateToRinFirst: true })).toBe(557); // W8 unaffected
    expect(roundYen(12n, 'floor')).toBe(12);
    expect(() => roundYen('1.5', 'bankers' as 'floor')).toThrowError(expect.objectContaining({ code: 'INVALID_ROUNDING_MODE' }));
    expect(() => roundYen(1.5)).toThrowError(InvalidInputError);
    expect(() => roundYen('1e3')).toThrowError(expect.objectContaining({ code: 'AMOUNT_MALFORMED' }));
  });
});

describe('rounding primitives — properties', () => {
  const modes = [
    ['halfDown', roundHalfDownYen],
    ['halfUp', roundHalfUpYen],
    ['floor', floorYen],
    ['ceil', ceilYen],
  ] as const;

  for (const [mode, fn] of modes) {
    it(`${mode} equals the integer oracle on exact decimals (incl. .5 ties)`, () => {
      fc.assert(
        fc.property(exactDecimal, ([n, k]) => fn(D(toDec(n, k))).toString() === oracle(n, k, mode).toString()),
        { numRuns: NUM_RUNS },
      );
    });

    it(`${mode} result is an integer within 1 of the exact value, on the correct side`, () => {
      fc.assert(
        fc.property(exactDecimal, ([n, k]) => {
          const x = D(toDec(n, k));
          const r = fn(x);
          const diff = r.minus(x);
          if (!r.round(0).eq(r)) return false;
          if (diff.abs().gte(1)) return false;
          // On the magnitude: |r| − |x| is the change of the amount; frac is the fraction of |x|.
          const m = x.abs();
          const change = r.abs().minus(m);
          const frac = m.minus(m.round(0, 0)); // in [0, 1)
          if (frac.eq(0)) return r.eq(x);
          if (!r.eq(0) && r.s !== x.s) return false; // the sign is kept
          switch (mode) {
            case 'floor':
              return change.lt(0);
            case 'ceil':
              return change.gt(0);
            case 'halfDown':
              return frac.lte('0.5') ? change.lt(0) : change.gt(0);
            case 'halfUp':
              return frac.lt('0.5') ? change.lt(0) : change.gt(0);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it(`${mode} is symmetric in sign: ${mode}(−x) = −${mode}(x)`, () => {
      fc.assert(
        fc.property(exactDecimal, ([n, k]) => {
          const x = D(toDec(n, k));
          if (!fn(x.neg()).eq(fn(x).neg())) return false;
          // roundYen returns a number: compare within the safe range (0 and −0 compare equal).
          const small = n % 10n ** 15n;
          return roundYen(toDec(-small, k), mode) === -roundYen(toDec(small, k), mode);
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it(`${mode} is monotone`, () => {
      fc.assert(
        fc.property(exactDecimal, exactDecimal, ([a, ka], [b, kb]) => {
          const [x, y] = [D(toDec(a, ka)), D(toDec(b, kb))].sort((p, q) => p.cmp(q));
          return fn(x!).lte(fn(y!));
        }),
        { numRuns: NUM_RUNS },
      );
    });
  }

  it('halfDown(x) = wage − halfUp(wage − x) for integer wages (the net-pay reasoning of §2.2)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 1, max: 6 }), (wage, n, k) => {
        const x = D(toDec(n, k));
        const w = D(wage);
        if (x.gt(w)) return true; // a share above the wage has no net pay (the identity is about a positive net)
        return roundHalfDownYen(x).eq(w.minus(roundHalfUpYen(w.minus(x))));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('floorToThousand gives the largest multiple of 1,000 not above x', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), (n) => {
        const r = BigInt(floorToThousand(D(n)).toString());
        return r % 1000n === 0n && r <= n && n - r < 1000n;
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
