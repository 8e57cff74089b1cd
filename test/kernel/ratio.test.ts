import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRatios } from '../../src/kernel/addRatios.js';
import { multiplyYen } from '../../src/kernel/multiplyYen.js';
import { MAX_RATE_LENGTH } from '../../src/kernel/ratioFromDecimal.js';
import { ratioFromPercent } from '../../src/kernel/ratioFromPercent.js';
import { ratioFromPerMille } from '../../src/kernel/ratioFromPerMille.js';
import { InvalidInputError } from '../../src/index.js';
import { B, quotient } from './oracle.js';

// Plain decimal strings: an integer part without leading zeros, optionally a fraction of 1–12 digits.
const decimalString = fc
  .tuple(fc.oneof(fc.constant('0'), fc.bigInt({ min: 1n, max: 10n ** 15n }).map(String)), fc.option(fc.stringMatching(/^[0-9]{1,12}$/), { nil: undefined }))
  .map(([i, f]) => (f === undefined ? i : `${i}.${f}`));

describe('ratioFromPerMille', () => {
  it('"5.5" → 55/10000, "3" → 3/1000, "0.02" → 2/100000, "5.50" keeps its digits (550/100000)', () => {
    expect(ratioFromPerMille('5.5')).toEqual({ numerator: 55n, denominator: 10000n });
    expect(ratioFromPerMille('3')).toEqual({ numerator: 3n, denominator: 1000n });
    expect(ratioFromPerMille('0.02')).toEqual({ numerator: 2n, denominator: 100000n });
    expect(ratioFromPerMille('5.50')).toEqual({ numerator: 550n, denominator: 100000n });
  });
  it('is exactly the decimal divided by 1000 (big.js) for any plain decimal string', () => {
    fc.assert(
      fc.property(decimalString, (s) => {
        const r = ratioFromPerMille(s);
        return quotient(r.numerator, r.denominator).eq(new B(s).div(1000));
      }),
      { numRuns: 2000 },
    );
  });
  it('refuses malformed rates with INVALID_RATE, never a raw error', () => {
    const bad: unknown[] = [
      '',
      '-1',
      '+1',
      '1e3',
      ' 5',
      '5 ',
      '5.',
      '.5',
      '05',
      '5,5',
      '５.５',
      '0x10',
      'NaN',
      5.5,
      5,
      5n,
      null,
      undefined,
      {},
      [],
      Symbol('r'),
      '9'.repeat(MAX_RATE_LENGTH + 1),
      '1'.repeat(32_000),
    ];
    for (const v of bad) {
      expect(() => ratioFromPerMille(v), String(typeof v === 'symbol' ? 'symbol' : v)).toThrow(InvalidInputError);
      expect(() => ratioFromPerMille(v)).toThrowError(expect.objectContaining({ code: 'INVALID_RATE' }));
    }
  });
  it('names the field and never echoes a long string', () => {
    const e = (() => {
      try {
        ratioFromPerMille('1'.repeat(32_000), 'rates.worker');
      } catch (err) {
        return err as InvalidInputError;
      }
      return undefined;
    })();
    expect(e?.message).toContain('rates.worker');
    expect(e!.message.length).toBeLessThan(200);
  });
});

describe('ratioFromPercent', () => {
  it('"23" → 23/100, "10.5" → 105/1000; exactly value/100 for any decimal string', () => {
    expect(ratioFromPercent('23')).toEqual({ numerator: 23n, denominator: 100n });
    expect(ratioFromPercent('10.5')).toEqual({ numerator: 105n, denominator: 1000n });
    fc.assert(
      fc.property(decimalString, (s) => quotient(ratioFromPercent(s).numerator, ratioFromPercent(s).denominator).eq(new B(s).div(100))),
      { numRuns: 500 },
    );
  });
  it('refuses a number', () => expect(() => ratioFromPercent(10)).toThrowError(expect.objectContaining({ code: 'INVALID_RATE' })));
});

describe('addRatios', () => {
  it('3‰ + 5.5‰ = 8.5‰ = 85/10000 (労災 3 + 雇用 5.5, one combined rate)', () => {
    expect(addRatios(ratioFromPerMille('3'), ratioFromPerMille('5.5'))).toEqual({ numerator: 85n, denominator: 10000n });
    expect(addRatios(ratioFromPerMille('9.5'), ratioFromPerMille('4'))).toEqual({ numerator: 135n, denominator: 10000n });
  });
  it('is the exact sum (big.js) for any two rationals', () => {
    const rational = fc.record({ numerator: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), denominator: fc.bigInt({ min: 1n, max: 10n ** 20n }) });
    fc.assert(
      fc.property(rational, rational, (a, b) => {
        const s = addRatios(a, b);
        // a/b + c/d = s  ⇔  s.n · a.d · b.d = (a.n · b.d + b.n · a.d) · s.d, checked in big.js.
        const lhs = new B(s.numerator.toString()).times(a.denominator.toString()).times(b.denominator.toString());
        const rhs = new B(a.numerator.toString())
          .times(b.denominator.toString())
          .plus(new B(b.numerator.toString()).times(a.denominator.toString()))
          .times(s.denominator.toString());
        return lhs.eq(rhs) && s.denominator > 0n && s.denominator <= a.denominator * b.denominator;
      }),
      { numRuns: 1000 },
    );
  });
  it('sums decimal per-mille rates as big.js adds the decimals', () => {
    fc.assert(
      fc.property(decimalString, decimalString, (x, y) => {
        const s = addRatios(ratioFromPerMille(x), ratioFromPerMille(y));
        return quotient(s.numerator, s.denominator).eq(new B(x).plus(y).div(1000));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('multiplyYen', () => {
  it('100,091 × 5.5‰ = 5505005/10000 (550.5005)', () => {
    expect(multiplyYen(100_091n, ratioFromPerMille('5.5'))).toEqual({ numerator: 5_505_005n, denominator: 10000n });
  });
  it('is the exact product (big.js) for any yen and rate', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 40n }), decimalString, (yen, rate) => {
        const p = multiplyYen(yen, ratioFromPerMille(rate));
        return quotient(p.numerator, p.denominator).eq(new B(yen.toString()).times(rate).div(1000));
      }),
      { numRuns: 1000 },
    );
  });
});
