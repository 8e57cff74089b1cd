// employeeDeduction moved from big.js and text steps to the exact kernels and structured steps. Oracle:
// the fixture deduction-texts.json, recorded from the former implementation before the conversion (120
// seeded payments: every rounding mode, with and without the 厘 step, closing dates FY2019–FY2026
// including both FY2022 periods, fiscal-year inputs, wages beyond 10^9). Every figure and every
// rendered line must be what it produced; only `legalBasis` changed shape (string → string[], the
// rate's legal basis first).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { employeeDeduction, explain, type EmployeeDeductionInput } from '../../src/index.js';

interface Recorded {
  input: EmployeeDeductionInput;
  result: Record<string, unknown> & { legalBasis: string };
  ja: string;
  en: string;
}
const recorded = JSON.parse(readFileSync(new URL('./fixtures/deduction-texts.json', import.meta.url), 'utf8')) as Recorded[];

describe('employeeDeduction ≡ the former implementation (recorded)', () => {
  it('has the recorded cases', () => expect(recorded.length).toBe(120));
  it.each(recorded.map((r, i) => [i, r] as const))('case %i: same figures, same texts in ja and en', (_i, r) => {
    const d = employeeDeduction(r.input);
    const { legalBasis, ...rest } = r.result;
    for (const [k, v] of Object.entries(rest)) expect((d as unknown as Record<string, unknown>)[k], k).toEqual(v);
    expect(d.legalBasis[0]).toBe(legalBasis);
    expect(explain(d, { lang: 'ja' })).toBe(r.ja);
    expect(explain(d, { lang: 'en' })).toBe(r.en);
  });
});
