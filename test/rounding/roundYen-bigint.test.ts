/**
 * roundYen computes on bigint kernels (src/rounding/scaled.ts + src/kernel), without big.js. Oracle: the
 * big.js path it replaced (toExact + applyRounding, still used by employeeDeduction), which is itself
 * checked against hand-computed vectors in rounding.test.ts. Same result or same error code, for decimal
 * strings, bigints, safe integers and big.js values, every mode, with and without 厘 truncation.
 */
import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundYen, ROUNDING_MODES, type RoundingMode } from '../../src/index.js';
import { toBigInt } from '../../src/core/decimal.js';
import { toExact } from '../../src/rounding/exact.js';
import { applyRounding } from '../../src/rounding/roundYen.js';

function outcome(f: () => number): number | string {
  try {
    return f();
  } catch (e) {
    return (e as { code?: string }).code ?? `raw ${(e as Error).name}`;
  }
}
function oracle(value: unknown, mode: RoundingMode, rin: boolean): number | string {
  return outcome(() => {
    const r = toBigInt(applyRounding(toExact(value, 'value'), mode, rin));
    if (r > BigInt(Number.MAX_SAFE_INTEGER) || r < -BigInt(Number.MAX_SAFE_INTEGER)) throw Object.assign(new Error(), { code: 'RESULT_UNSAFE_INTEGER' });
    return Number(r);
  });
}

const decimal = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }), fc.bigInt({ min: 0n, max: 10n ** 12n - 1n }))
  .map(([neg, i, len, f]) => `${neg ? '-' : ''}${i}${len === 0 ? '' : `.${(f % 10n ** BigInt(len)).toString().padStart(len, '0')}`}`);

describe('roundYen on bigint kernels agrees with the big.js path', () => {
  it('hand vectors (rules.md §2.2): 1600.5 and 550.5005 in every mode', () => {
    // 1600.5: halfDown 1600 (50銭以下切捨て), halfUp 1601, floor 1600, ceil 1601; 550.5005 → 551, 550 after 厘 truncation
    expect(ROUNDING_MODES.map((m) => roundYen('1600.5', m))).toEqual([1600, 1601, 1600, 1601]);
    expect([roundYen('550.5005'), roundYen('550.5005', 'halfDown', { truncateToRinFirst: true })]).toEqual([551, 550]);
    expect([roundYen('-5.5'), roundYen('-1600.5', 'ceil'), roundYen(new Big('-1600.5'), 'floor'), roundYen(12n), roundYen(-0)]).toEqual([-5, -1601, -1600, 12, 0]);
  });

  it('property: decimal strings, every mode, with and without 厘 truncation', () => {
    fc.assert(
      fc.property(
        decimal,
        fc.constantFrom(...ROUNDING_MODES),
        fc.boolean(),
        (v, mode, rin) => outcome(() => roundYen(v, mode, { truncateToRinFirst: rin })) === oracle(v, mode, rin),
      ),
      { numRuns: 2000 },
    );
  });

  it('property: big.js values (any constructor), bigints and safe integers', () => {
    const Other = Big();
    Other.DP = 2;
    Other.RM = 3;
    Other.PE = 5;
    fc.assert(
      fc.property(decimal, fc.constantFrom(...ROUNDING_MODES), fc.boolean(), (v, mode, rin) => {
        const b = new Other(v);
        const i = BigInt(v.split('.')[0]!);
        return (
          outcome(() => roundYen(b, mode, { truncateToRinFirst: rin })) === oracle(b, mode, rin) &&
          outcome(() => roundYen(i, mode)) === oracle(i, mode, false) &&
          outcome(() => roundYen(Number(i % 2n ** 52n), mode)) === oracle(Number(i % 2n ** 52n), mode, false)
        );
      }),
      { numRuns: 500 },
    );
  });

  it('the same error codes for bad input', () => {
    const bad: unknown[] = [
      '',
      '1e3',
      '1,000',
      ' 5',
      '--5',
      '5.',
      '.5',
      'x'.repeat(70),
      Number.NaN,
      Infinity,
      1.5,
      2 ** 53,
      10n ** 64n,
      -(10n ** 64n),
      null,
      undefined,
      {},
      [],
      Symbol('s'),
      { c: [1, 2], e: 70, s: 1, toFixed: () => '1' },
      { c: ['a'], e: 0, s: 1, toFixed: () => '1' },
    ];
    for (const v of bad)
      expect(
        outcome(() => roundYen(v as string)),
        String(typeof v),
      ).toBe(oracle(v, 'halfDown', false));
    expect(outcome(() => roundYen(`9${'0'.repeat(20)}`))).toBe('RESULT_UNSAFE_INTEGER');
  });
});
