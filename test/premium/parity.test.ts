// The premium moved from text steps to structured steps on the exact kernels. Oracle: the fixture
// premium-texts.json, recorded from the former implementation (big.js arithmetic, text steps built at
// compute time) before the conversion, for 131 seeded inputs covering every branch (equal / separate
// bases, one insurance only, merit rates, FY2018–FY2026 and the FY2022 period rules). Every figure and
// every rendered line must be what that implementation produced; only the renamed fields differ
// (total → amount; a split year's employment `rate` '9.5/13.5' → absent, each period keeping its own).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, laborInsurancePremium, type PremiumInput } from '../../src/index.js';

interface Recorded {
  input: PremiumInput;
  result: Record<string, unknown> & { total: number; employmentInsurance?: Record<string, unknown> & { rate: string; periods: { rate: string }[] } };
  ja: string;
  en: string;
}
const recorded = JSON.parse(readFileSync(new URL('./fixtures/premium-texts.json', import.meta.url), 'utf8')) as Recorded[];

describe('laborInsurancePremium ≡ the former implementation (recorded)', () => {
  it('has the recorded cases', () => expect(recorded.length).toBe(131));
  it.each(recorded.map((r, i) => [i, r] as const))('case %i: same figures, same texts in ja and en', (_i, r) => {
    const p = laborInsurancePremium(r.input);
    const { total, employmentInsurance, ...rest } = r.result;
    expect(p.amount).toBe(total);
    for (const [k, v] of Object.entries(rest)) {
      if (k === 'workersCompensation') expect(p.workersCompensation).toEqual({ ...(v as object), status: p.workersCompensation!.status });
      else expect((p as unknown as Record<string, unknown>)[k], k).toEqual(v);
    }
    if (employmentInsurance) {
      const { rate, ...eiRest } = employmentInsurance;
      const ei = p.employmentInsurance!;
      if (ei.periods.length > 1) {
        expect(ei.rate).toBeUndefined();
        expect(ei.periods.map((x) => x.rate).join('/')).toBe(rate);
      } else expect(ei.rate).toBe(rate);
      expect(ei).toEqual({ ...eiRest, ...(ei.periods.length > 1 ? {} : { rate }), status: ei.status });
    } else expect(p.employmentInsurance).toBeUndefined();
    expect(explain(p, { lang: 'ja' })).toBe(r.ja);
    expect(explain(p, { lang: 'en' })).toBe(r.en);
  });
});
