/** Hostile values for the export fuzz (test/fuzz/exports.test.ts). */

function cyclic(): Record<string, unknown> {
  const o: Record<string, unknown> = { a: 1 };
  o['self'] = o;
  return o;
}

function throwingGetter(): object {
  return Object.defineProperty({}, 'value', {
    enumerable: true,
    get() {
      throw new Error('getter boom');
    },
  });
}

function throwingProxy(): object {
  const boom = () => {
    throw new Error('proxy boom');
  };
  return new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
}

/** The hostile values named in issue 10, each with a label for failure reports. */
export function hostileValues(): [label: string, value: unknown][] {
  return [
    ['null', null],
    ['undefined', undefined],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['-0', -0],
    ['-1', -1],
    ['0.5', 0.5],
    ['2**53', 2 ** 53],
    ['1n', 1n],
    ['-1n', -1n],
    ['Symbol()', Symbol('hostile')],
    ["''", ''],
    ["' 1'", ' 1'],
    ["'1e5'", '1e5'],
    ['32,000 digits', '9'.repeat(32_000)],
    ['[]', []],
    ['[ , 1]', [, 1]], // eslint-disable-line no-sparse-arrays
    ['{}', {}],
    ['Object.create(null)', Object.create(null)],
    ['cyclic', cyclic()],
    ['throwing getter', throwingGetter()],
    ['throwing Proxy', throwingProxy()],
    ['Date(8.64e15)', new Date(8.64e15)],
    ['Date(NaN)', new Date(Number.NaN)],
  ];
}
