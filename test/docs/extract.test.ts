// Self-test of the @example extraction, so a broken runner cannot silently check nothing.
import { describe, expect, it } from 'vitest';
import { extractExamples, planExample } from './extract.js';

const source = `
/**
 * Adds.
 *
 * @example
 * \`\`\`ts
 * import { add } from 'jp-labor-insurance';
 * console.log(add(1, 2)); //=> 3
 * for (const x of ['a', 'b']) console.log(x);
 * //=> 'a'
 * //=> 'b'
 * \`\`\`
 * @example
 * \`\`\`sh
 * npm test
 * \`\`\`
 */
export function add(a: number, b: number): number { return a + b; }
`;

describe('extractExamples / planExample', () => {
  it('finds only ts blocks inside @example, with file line and symbol', () => {
    const ex = extractExamples(source, 'src/x.ts');
    expect(ex).toHaveLength(1);
    expect(ex[0]).toMatchObject({ file: 'src/x.ts', line: 7, symbol: 'add', index: 0 });
    expect(ex[0]!.code.split('\n')[0]).toBe("import { add } from 'jp-labor-insurance';");
  });

  it('pairs each console.log with its //=> comments (same line, or following lines)', () => {
    const plan = planExample(extractExamples(source, 'src/x.ts')[0]!.code);
    expect(plan.problems).toEqual([]);
    expect(plan.calls.map((c) => c.expected)).toEqual([['3'], ["'a'", "'b'"]]);
    expect(plan.module).toContain('__docExampleLog(0, add(1, 2))');
  });

  it('reports a console.log without expectation and an orphan //=>', () => {
    const plan = planExample("console.log(')', 1);\nconst x = 1;\n//=> 2");
    expect(plan.problems).toEqual(['line 1: console.log without a //=> comment', 'line 3: //=> comment not attached to a console.log']);
  });
});
