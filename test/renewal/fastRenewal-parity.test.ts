// The annualRenewal fast path against the exact path, exhaustively where the property test samples: every 業種
// number of every year in every renewal year, the amount and estimate edges × every flag combination, the result
// objects (sharing, freezing, copies) and the CommonJS build. The oracle is exactRenewal; compared with Object.is
// and exact key sets (−0 ≠ 0, absent ≠ undefined).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { annualRenewal, availableFiscalYears, explain, ratesFor, type AnnualRenewalInput } from '../../src/index.js';
import { exactRenewal } from '../../src/renewal/renewalExact.js';
import { TracedResult } from '../../src/renewal/tracedResult.js';
import { outcome, plain } from './outcome.js';

function diff(a: unknown, b: unknown, path = ''): string | undefined {
  if (typeof a !== typeof b) return `${path}: ${typeof a} vs ${typeof b}`;
  if (a === null || typeof a !== 'object') return Object.is(a, b) ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
  const ka = Object.keys(a as object).sort();
  const kb = Object.keys(b as object).sort();
  if (ka.join() !== kb.join()) return `${path}: keys [${ka}] vs [${kb}]`;
  for (const k of ka) {
    const d = diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}
const mismatch = (x: unknown, run: (x: AnnualRenewalInput) => unknown = annualRenewal) =>
  diff(
    outcome(() => run(x as AnnualRenewalInput)),
    outcome(() => exactRenewal(x as AnnualRenewalInput)),
  );

const base = { renewalYear: 2025, industry: '98', category: 'general' as const, previousYearWages: 30_125_678, declaredEstimate: 520_000 };

describe('figures: every 業種 × year × category, edges of the year guard', () => {
  it('equal (or the same coded error) for every 業種 number of any year, in every renewal year', () => {
    const industries = new Set(['00', '90', '99', '2', '02/03']);
    for (const y of availableFiscalYears()) for (const p of ratesFor(y).workersCompensation) for (const r of p.industries) r.number.split('/').forEach((n) => industries.add(n));
    const years = [1999, 2000, 2018, 2019, ...availableFiscalYears().map((y) => y + 1), 2199, 2200, 2201];
    const bad: string[] = [];
    for (const renewalYear of years)
      for (const industry of industries)
        for (const category of ['general', 'agriculture', 'construction'])
          for (const previousYearWages of [0, 999, 30_125_678]) {
            const x = { renewalYear, industry, category, previousYearWages, declaredEstimate: 400_000 };
            const d = mismatch(x);
            if (d) bad.push(`${JSON.stringify(x)} ${d}`);
          }
    expect(bad).toEqual([]);
  });

  it('amount edges × estimate edges × every flag combination', () => {
    const bad: string[] = [];
    for (const w of [0, 1, 999, 1000, 1001, 22_857_000, 1e12 - 1, 1e12, 1e12 + 1, 2 ** 53 - 1, -0])
      for (const est of [undefined, 'p50', 'p50-', 'p200', 'p200+', 0, -0, 1e12, 1e12 + 1])
        for (const dm of ['0', 'eq', 'eq+1', 'eq-1', '1e12', '-0'])
          for (const commissioned of [undefined, true, false])
            for (const applyInstallments of [undefined, false])
              for (const appropriation of [undefined, 'premium', 'generalContribution', 'refund']) {
                const b = Math.floor(w / 1000) * 1000;
                const x: Record<string, unknown> = { ...base, previousYearWages: w };
                let k = 0;
                try {
                  k = exactRenewal({ ...base, previousYearWages: w, declaredEstimate: 0 }).finalPremium.amount;
                } catch {
                  /* refused */
                }
                x['declaredEstimate'] = dm === '0' ? 0 : dm === '-0' ? -0 : dm === 'eq' ? k : dm === 'eq+1' ? k + 1 : dm === 'eq-1' ? Math.max(0, k - 1) : 1e12;
                if (est !== undefined)
                  x['estimatedWages'] =
                    typeof est === 'number'
                      ? est
                      : est === 'p50'
                        ? Math.floor(b / 2)
                        : est === 'p50-'
                          ? Math.max(0, Math.floor(b / 2) - 1000)
                          : est === 'p200'
                            ? 2 * b
                            : 2 * b + 1000;
                if (commissioned !== undefined) x['commissioned'] = commissioned;
                if (applyInstallments !== undefined) x['applyInstallments'] = applyInstallments;
                if (appropriation !== undefined) x['appropriation'] = appropriation;
                const d = mismatch(x);
                if (d) bad.push(`${JSON.stringify(x)} ${d}`);
              }
    expect(bad).toEqual([]);
  });

  it('hostile-but-equal inputs: null / custom prototype, inherited enumerable, __proto__ key, extra keys, revoked Proxy', () => {
    const revoked = Proxy.revocable({ ...base }, {});
    revoked.revoke();
    const cases: (() => unknown)[] = [
      () => Object.assign(Object.create(null), base),
      () => Object.assign(Object.create({ estimatedWages: 100_000_000 }), base),
      () => JSON.parse(`{"__proto__":{"estimatedWages":1},${JSON.stringify(base).slice(1)}`),
      () => ({ ...base, unknown: 1, coverage: 'both' }),
      () => revoked.proxy,
      () => new Proxy({ ...base }, {}),
    ];
    expect(cases.map((c) => mismatch(c()))).toEqual(cases.map(() => undefined));
  });
});

describe('result objects', () => {
  it('JSON, explain, structuredClone, spread and freezing behave as documented; no shared mutable state', () => {
    const x = { ...base, declaredEstimate: 600_000, estimatedWages: 40_000_000 };
    const e = exactRenewal(x);
    const r = annualRenewal(x);
    expect(r).toBeInstanceOf(TracedResult);
    expect(diff(JSON.parse(JSON.stringify(r)), JSON.parse(JSON.stringify(e)))).toBeUndefined();
    expect(explain(r)).toEqual(explain(e));
    expect(explain(r, { lang: 'en' })).toEqual(explain(e, { lang: 'en' }));
    expect('trace' in structuredClone(annualRenewal(x))).toBe(false);
    expect('trace' in { ...annualRenewal(x) }).toBe(false);
    const frozen = Object.freeze(annualRenewal(x));
    expect(diff(plain(frozen), plain(e))).toBeUndefined();

    const a = annualRenewal(x);
    const b = annualRenewal(x);
    a.installments[0]!.amount = -1;
    a.form.final.total = -1;
    a.appropriation.applied.push({ target: 'installment1', amount: 1 });
    a.installmentPlan.installments[0]!.amount = -1;
    a.finalPremium.workersCompensation!.industry.name = 'x';
    a.finalPremium.employmentInsurance!.periods[0]!.amount = -1;
    a.estimateBasis.workersCompensation!.amount = -1;
    a.trace.push(a.trace[0]!);
    a.finalPremium.trace.length = 0;
    expect(diff(plain(b), plain(e))).toBeUndefined();
    expect(Object.isFrozen(b.sources) && Object.isFrozen(b.finalPremium.legalBasis)).toBe(true);
  });
});

describe('CommonJS build (dist/index.cjs) = ESM build (dist/index.js) = exact', () => {
  it('same outcomes on fast, edge and refused inputs', async () => {
    const require = createRequire(import.meta.url);
    const cjs = require('../../dist/index.cjs') as { annualRenewal: (x: AnnualRenewalInput) => unknown };
    const esm = (await import('../../dist/index.js')) as { annualRenewal: (x: AnnualRenewalInput) => unknown };
    const inputs: unknown[] = [
      base,
      { ...base, estimatedWages: 100_000_000, commissioned: true, appropriation: 'refund' },
      { ...base, previousYearWages: 999, estimatedWages: 0, declaredEstimate: 10 },
      { ...base, previousYearWages: 1e12, declaredEstimate: 1e12 },
      { ...base, previousYearWages: 1e12 + 1 },
      { ...base, renewalYear: 2023 },
      { ...base, industry: '00' },
      { ...base, previousYearWages: -0, declaredEstimate: -0 },
    ];
    for (const x of inputs) {
      expect(mismatch(x, cjs.annualRenewal)).toBeUndefined();
      expect(mismatch(x, esm.annualRenewal)).toBeUndefined();
    }
  });
});
