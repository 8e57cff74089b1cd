import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideAwayFromZero, divideAwayFromZeroNumber } from '../../src/kernel/divideAwayFromZero.js';
import { DIVIDE_BY_MODE, DIVIDE_NUMBER_BY_MODE } from '../../src/kernel/divideByMode.js';
import { divideHalfDown, divideHalfDownNumber } from '../../src/kernel/divideHalfDown.js';
import { divideHalfUp, divideHalfUpNumber } from '../../src/kernel/divideHalfUp.js';
import { divideTruncate, divideTruncateNumber } from '../../src/kernel/divideTruncate.js';
import { InvalidInputError, roundYen, ROUNDING_MODES } from '../../src/index.js';
import { oracle, quotient } from './oracle.js';

const HUGE = 10n ** 60n;
// Numerators: anything from −10^60 to 10^60, plus small ones where every fraction is common.
const numerator = fc.oneof(fc.bigInt({ min: -HUGE, max: HUGE }), fc.bigInt({ min: -10_000n, max: 10_000n }));
// Denominators: huge, small, and the powers of ten the per-mille rates produce.
const denominator = fc.oneof(
  fc.bigInt({ min: 1n, max: 10n ** 40n }),
  fc.bigInt({ min: 1n, max: 20n }),
  fc.integer({ min: 0, max: 30 }).map((k) => 10n ** BigInt(k)),
);
// Exact ties k + ½ (and their negatives), which random numerators almost never hit.
const tie = fc.tuple(fc.bigInt({ min: -HUGE, max: HUGE }), fc.bigInt({ min: 1n, max: 10n ** 30n })).map(([k, h]) => ({ n: k * 2n * h + (k < 0n ? -h : h), d: 2n * h }));

const KERNELS = [
  { name: 'divideTruncate', big: divideTruncate, num: divideTruncateNumber, oracle: oracle.truncate },
  { name: 'divideAwayFromZero', big: divideAwayFromZero, num: divideAwayFromZeroNumber, oracle: oracle.awayFromZero },
  { name: 'divideHalfDown', big: divideHalfDown, num: divideHalfDownNumber, oracle: oracle.halfDown },
  { name: 'divideHalfUp', big: divideHalfUp, num: divideHalfUpNumber, oracle: oracle.halfUp },
] as const;

describe.each(KERNELS)('$name', (k) => {
  it('equals the big.js exact-decimal result for any numerator (either sign) and denominator', () => {
    fc.assert(
      fc.property(numerator, denominator, (n, d) => k.big(n, d) === k.oracle(n, d)),
      { numRuns: 3000 },
    );
  });
  it('equals big.js on exact ties k + ½, positive and negative', () => {
    fc.assert(
      fc.property(tie, ({ n, d }) => k.big(n, d) === k.oracle(n, d)),
      { numRuns: 1000 },
    );
  });
  it('is symmetric: a negative amount rounds as its magnitude, sign restored', () => {
    fc.assert(
      fc.property(numerator, denominator, (n, d) => k.big(-n, d) === -k.big(n, d)),
      { numRuns: 2000 },
    );
  });
  it('its safe-integer twin equals the bigint kernel on every safe integer', () => {
    const safe = fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -10_000, max: 10_000 }));
    const positive = fc.oneof(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: 20 }), fc.constantFrom(10, 1000, 10_000, 100_000, 1_000_000));
    fc.assert(
      fc.property(safe, positive, (n, d) => k.num(n, d) === Number(k.big(BigInt(n), BigInt(d)))),
      { numRuns: 5000 },
    );
  });
  it('refuses a denominator ≤ 0 with a coded error', () => {
    for (const d of [0n, -1n, -(10n ** 50n)]) {
      expect(() => k.big(1n, d)).toThrowError(expect.objectContaining({ code: 'INVALID_RATE' }));
      expect(() => k.big(1n, d)).toThrow(InvalidInputError);
    }
  });
});

describe('hand examples (rules.md §2.2; MHLW pamphlet)', () => {
  // 100,091 × 5.5/1000 = 550.5005 = 5505005/10000: the fraction 0.5005 is over one half.
  it('550.5005 → 551 half down, 551 half up, 550 truncated, 551 away from zero', () => {
    expect([divideHalfDown(5505005n, 10000n), divideHalfUp(5505005n, 10000n), divideTruncate(5505005n, 10000n), divideAwayFromZero(5505005n, 10000n)]).toEqual([
      551n,
      551n,
      550n,
      551n,
    ]);
  });
  // 291,000 × 5.5/1000 = 1600.5 exactly: the tie that separates the two half modes.
  it('1600.5 → 1600 half down, 1601 half up; −1600.5 → −1600 / −1601', () => {
    expect([divideHalfDown(16005n, 10n), divideHalfUp(16005n, 10n)]).toEqual([1600n, 1601n]);
    expect([divideHalfDown(-16005n, 10n), divideHalfUp(-16005n, 10n)]).toEqual([-1600n, -1601n]);
    expect([divideTruncate(-16009n, 10n), divideAwayFromZero(-16001n, 10n)]).toEqual([-1600n, -1601n]);
  });
  it('an integer quotient is returned unchanged by every mode', () => {
    for (const k of KERNELS) expect(k.big(3_300_000n * 1000n, 1000n)).toBe(3_300_000n);
  });
  it('the oracle itself is exact on the examples (550.5005, 1600.5)', () => {
    expect([quotient(5505005n, 10000n).toString(), quotient(16005n, 10n).toString()]).toEqual(['550.5005', '1600.5']);
  });
});

describe('DIVIDE_BY_MODE', () => {
  it('maps every public rounding mode to the kernel that agrees with roundYen on non-negative amounts', () => {
    expect(Object.keys(DIVIDE_BY_MODE).sort()).toEqual([...ROUNDING_MODES].sort());
    fc.assert(
      // roundYen returns a number, so the quotient stays below 10^15 (n < 10^15 × d).
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom(...ROUNDING_MODES),
        fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }),
        fc.bigInt({ min: 0n, max: 10n ** 8n }),
        (k, mode, hi, lo) => {
          const d = 10n ** BigInt(k);
          const n = hi * d + (lo % d);
          return DIVIDE_BY_MODE[mode](n, d) === BigInt(roundYen(quotient(n, d).toString(), mode));
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('each number twin equals its bigint kernel', () => {
    for (const mode of ROUNDING_MODES) expect(DIVIDE_NUMBER_BY_MODE[mode](5505005, 10000)).toBe(Number(DIVIDE_BY_MODE[mode](5505005n, 10000n)));
  });
});
