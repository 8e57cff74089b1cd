import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rationalToDecimal } from '../../src/kernel/rationalToDecimal.js';
import { truncateToRin } from '../../src/kernel/truncateToRin.js';
import { truncateToUnit } from '../../src/kernel/truncateToUnit.js';
import { Decimal, floorToUnit, InvalidInputError } from '../../src/index.js';
import { B, quotient } from './oracle.js';

describe('truncateToUnit', () => {
  it('千円 / 百円 / 1円 (徴収法15条1項1号: 3,300,999 → 3,300,000; 28条: 34,552 → 34,500)', () => {
    expect(truncateToUnit(3_300_999n, 1000n)).toBe(3_300_000n);
    expect(truncateToUnit(10_129_569n, 1000n)).toBe(10_129_000n);
    expect(truncateToUnit(34_552n, 100n)).toBe(34_500n);
    expect(truncateToUnit(999n, 1000n)).toBe(0n);
    expect(truncateToUnit(550n, 1n)).toBe(550n);
  });
  it('truncates a rational in one step (請負金額 × 労務費率: 12,345,678 × 23% = 2,839,505.94 → 2,839,000)', () => {
    expect(truncateToUnit({ numerator: 12_345_678n * 23n, denominator: 100n }, 1000n)).toBe(2_839_000n);
  });
  it('agrees with floorToUnit (big.js) on non-negative amounts and is symmetric for negatives', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.constantFrom(1n, 100n, 1000n, 10_000n), (yen, unit) => {
        const big = floorToUnit(new Decimal(yen.toString()), Number(unit)).toString();
        return truncateToUnit(yen, unit) === BigInt(big) && truncateToUnit(-yen, unit) === -truncateToUnit(yen, unit);
      }),
      { numRuns: 1000 },
    );
  });
  it('on a rational, equals the big.js quotient truncated to the unit', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.constantFrom(1n, 100n, 1000n), (n, d, unit) => {
        const expected = quotient(n, d).div(unit.toString()).round(0, 0).times(unit.toString());
        return truncateToUnit({ numerator: n, denominator: d }, unit) === BigInt(expected.toString());
      }),
      { numRuns: 1000 },
    );
  });
  it('refuses a unit or denominator ≤ 0 with INVALID_RATE', () => {
    expect(() => truncateToUnit(1n, 0n)).toThrow(InvalidInputError);
    expect(() => truncateToUnit({ numerator: 1n, denominator: 0n }, 1n)).toThrowError(expect.objectContaining({ code: 'INVALID_RATE' }));
  });
});

describe('truncateToRin', () => {
  it('550.5005 → 550.500 (厘未満切捨て, the truncateToRinFirst compatibility step)', () => {
    expect(truncateToRin({ numerator: 5_505_005n, denominator: 10000n })).toEqual({ numerator: 550_500n, denominator: 1000n });
  });
  it('equals big.js round(3, down) for any rational, either sign', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (n, d) => {
        const r = truncateToRin({ numerator: n, denominator: d });
        return r.denominator === 1000n && quotient(r.numerator, 1000n).eq(quotient(n, d).round(3, 0));
      }),
      { numRuns: 1000 },
    );
  });
  it('refuses a denominator ≤ 0', () => expect(() => truncateToRin({ numerator: 1n, denominator: -1n })).toThrow(InvalidInputError));
});

describe('rationalToDecimal', () => {
  it('prints as big.js does: 550.5005, 1600.5, 3, -0.5, 0', () => {
    expect(rationalToDecimal({ numerator: 5_505_005n, denominator: 10000n })).toBe('550.5005');
    expect(rationalToDecimal({ numerator: 16005n, denominator: 10n })).toBe('1600.5');
    expect(rationalToDecimal({ numerator: 3000n, denominator: 1000n })).toBe('3');
    expect(rationalToDecimal({ numerator: -1n, denominator: 2n })).toBe('-0.5');
    expect(rationalToDecimal({ numerator: 0n, denominator: 7n })).toBe('0');
  });
  it('equals big.js toString for every terminating rational (denominator 2^a·5^b·m, m | numerator)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(1n, 3n, 7n, 21n, 999_999_937n),
        (k, a, b, m) => {
          const d = 2n ** BigInt(a) * 5n ** BigInt(b) * m;
          const n = k * m;
          return rationalToDecimal({ numerator: n, denominator: d }) === quotient(n, d).toString();
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('truncates a non-terminating value to maxFractionDigits, and refuses it without', () => {
    expect(rationalToDecimal({ numerator: 1_000_000n, denominator: 3n }, 2)).toBe('333333.33');
    expect(rationalToDecimal({ numerator: -2n, denominator: 3n }, 4)).toBe('-0.6666');
    expect(rationalToDecimal({ numerator: 5_505_005n, denominator: 10000n }, 3)).toBe('550.5');
    expect(() => rationalToDecimal({ numerator: 1n, denominator: 3n })).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.integer({ min: 0, max: 20 }), (n, d, k) => {
        return rationalToDecimal({ numerator: n, denominator: d }, k) === new B(quotient(n, d).round(k, 0)).toString();
      }),
      { numRuns: 1000 },
    );
  });
});
