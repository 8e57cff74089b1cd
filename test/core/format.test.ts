import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatValue } from '../../src/core/format.js';

describe('formatValue', () => {
  it('renders the values JSON.stringify and String() fail on (hand-written expectations)', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    expect(formatValue(1n)).toBe('1n');
    expect(formatValue(-0)).toBe('-0');
    expect(formatValue(Number.NaN)).toBe('NaN');
    expect(formatValue(Number.NEGATIVE_INFINITY)).toBe('-Infinity');
    expect(formatValue(Symbol('x'))).toBe('Symbol(x)');
    expect(formatValue(cyclic)).toBe('{ a: 1, self: [Circular] }');
    expect(formatValue(Object.create(null))).toBe('[null prototype] {}');
    expect(formatValue(() => 1)).toBe('[function anonymous]');
    expect(formatValue(function named() {})).toBe('[function named]');
    expect(formatValue(new Date(Number.NaN))).toBe('Date(Invalid Date)');
    expect(formatValue(new Date(8.64e15))).toBe('Date(+275760-09-13T00:00:00.000Z)');
    expect(formatValue('abc')).toBe('"abc"');
    expect(formatValue(null)).toBe('null');
    expect(formatValue(undefined)).toBe('undefined');
    expect(formatValue([, 1])).toBe('[<empty>, 1]'); // eslint-disable-line no-sparse-arrays
    expect(formatValue({ wage: 1, category: 'general' })).toBe('{ wage: 1, category: "general" }');
  });

  it('cuts long strings and huge bigints, and never calls getters or Proxy traps that throw', () => {
    expect(formatValue('9'.repeat(32_000))).toBe(`"${'9'.repeat(40)}"… (32000 chars)`);
    expect(formatValue(10n ** 1000n)).toMatch(/^bigint of \d+ bits$/);
    const getter = Object.defineProperty({}, 'x', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(formatValue(getter)).toBe('{ x: [getter] }');
    const boom = () => {
      throw new Error('boom');
    };
    expect(formatValue(new Proxy({}, { get: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom }))).toBe('[unprintable value]');
  });

  it('never throws and stays at most 120 characters (property over anything)', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true }), (v) => {
        const s = formatValue(v);
        return typeof s === 'string' && s.length <= 120;
      }),
      { numRuns: 3_000 },
    );
  });
});
