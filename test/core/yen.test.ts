import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InvalidInputError, LaborInsuranceError, parseYen } from '../../src/index.js';

describe('parseYen', () => {
  it('accepts safe integers, bigints and digit strings', () => {
    expect(parseYen(0)).toBe(0n);
    expect(parseYen(3_300_000)).toBe(3_300_000n);
    expect(parseYen(Number.MAX_SAFE_INTEGER)).toBe(9_007_199_254_740_991n);
    expect(parseYen(123_456_789_012_345_678_901n)).toBe(123_456_789_012_345_678_901n);
    expect(parseYen('450000')).toBe(450_000n);
    expect(parseYen('0')).toBe(0n);
  });

  const cases: [unknown, string][] = [
    [Number.NaN, 'AMOUNT_NOT_FINITE'],
    [Number.POSITIVE_INFINITY, 'AMOUNT_NOT_FINITE'],
    [Number.NEGATIVE_INFINITY, 'AMOUNT_NOT_FINITE'],
    [-1, 'AMOUNT_NEGATIVE'],
    [-1n, 'AMOUNT_NEGATIVE'],
    ['-5', 'AMOUNT_NEGATIVE'],
    [0.5, 'AMOUNT_NOT_INTEGER'],
    [100.25, 'AMOUNT_NOT_INTEGER'],
    [2 ** 53, 'AMOUNT_UNSAFE_INTEGER'],
    [1e20, 'AMOUNT_UNSAFE_INTEGER'],
    ['1e5', 'AMOUNT_MALFORMED'],
    ['3,300,000', 'AMOUNT_MALFORMED'],
    ['12.0', 'AMOUNT_MALFORMED'],
    [' 12', 'AMOUNT_MALFORMED'],
    ['', 'AMOUNT_MALFORMED'],
    ['０１２', 'AMOUNT_MALFORMED'],
    ['0012', 'AMOUNT_MALFORMED'],
    ['+12', 'AMOUNT_MALFORMED'],
    [null, 'AMOUNT_TYPE'],
    [undefined, 'AMOUNT_TYPE'],
    [{}, 'AMOUNT_TYPE'],
    [true, 'AMOUNT_TYPE'],
  ];
  it.each(cases)('rejects %s with %s', (value, code) => {
    let caught: unknown;
    try {
      parseYen(value, 'wage');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect(caught).toBeInstanceOf(LaborInsuranceError);
    expect((caught as InvalidInputError).code).toBe(code);
    expect((caught as Error).message).toContain('wage');
  });

  it('round-trips every safe non-negative integer in all three forms (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        const b = BigInt(n);
        return parseYen(n) === b && parseYen(b) === b && parseYen(String(n)) === b;
      }),
      { numRuns: 10_000 },
    );
  });

  it('never returns for a non-integer double (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ noDefaultInfinity: false }).filter((x) => !Number.isSafeInteger(x) || x < 0),
        (x) => {
          expect(() => parseYen(x)).toThrowError(InvalidInputError);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
