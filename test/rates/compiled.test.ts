/**
 * The fiscal-year views compiled from rates/parameters are exactly the 0.1.0 tables, figure by figure.
 *
 * The 0.1.0 tables (rates/FY2018.json … FY2026.json, generated from the research reference) were
 * compared with the compiled views by deep equality (toStrictEqual, figure by figure) while they were
 * in the repository (commit "rates: dated parameters … compiled views equal the 0.1.0 tables", test
 * "deep-equals rates/FY<year>.json"). They are deleted since; what stays is a SHA-256 digest of each
 * 0.1.0 table, computed as
 *
 *   sha256(canonical(JSON.parse(readFileSync('rates/FY<year>.json'))))
 *
 * where canonical() is JSON with the keys of every object sorted (code below; arrays keep their order,
 * strings and numbers as JSON.stringify writes them). Any figure, date, status, source or citation
 * that changes in a view changes its digest, so this test fails until the digest is updated
 * deliberately (with the reason in the commit; see CONTRIBUTING.md, "Correct a figure").
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { availableFiscalYears, ratesFor } from '../../src/index.js';

export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** SHA-256 of canonical(rates/FY<year>.json) as of 0.1.0. */
const DIGESTS_0_1_0: Record<number, string> = {
  2018: 'b4ac006eed36107887cf0b85ecb1e62eb68a86d8e19e170c7eaea83faf7ab194',
  2019: 'cad55687d978d9ad941dc74722a80043bae1dabadab2e8ba6f7307a848024efd',
  2020: 'e3f08d9c4c3ad523efc53f219c77ee2f6b9f94303a1e46e998d74a23ddb8162a',
  2021: 'ab8adf975adb12b3da8f5b590b8424321146e6ee7bf2ead9888141e566b6bfc3',
  2022: '7d7f5b45e1c425dc8f34d695080c855585eb250f86d8cfecb323ba9e6af12664',
  2023: 'eacaeae28f97c5b3cba8f2729c76f37e348e5b3388561dd461a1e064178f2c56',
  2024: '1135063036f09a12f2acfcc45e6d83184fd91cfe54800d0c3168179fe57a7935',
  2025: '02d9f234a593364bcbae7cfc2e8a65c3415398cf5d14d6dc5b5aa1155dec445f',
  2026: '906e0d779379ae73cd8262fdfd852d0b142a7024f14277f13ff0388fa20d21dc',
};

describe('compiled fiscal-year views = the 0.1.0 tables', () => {
  it('covers FY2018–FY2026', () => {
    expect(availableFiscalYears()).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  for (const fy of Object.keys(DIGESTS_0_1_0).map(Number)) {
    it(`FY${fy}: canonical SHA-256 of ratesFor(${fy}) is the 0.1.0 table's`, () => {
      expect(sha256(canonical(ratesFor(fy)))).toBe(DIGESTS_0_1_0[fy]);
    });
  }

  it('the digest detects a one-figure change', () => {
    const t = JSON.parse(JSON.stringify(ratesFor(2025)));
    t.employmentInsurance[0].categories.general.worker = '5.6';
    expect(sha256(canonical(t))).not.toBe(DIGESTS_0_1_0[2025]);
  });
});

describe("the rates-only employment module (createEmployeeDeduction's path)", () => {
  it('holds exactly the dates and rates of the full employment data, revision by revision', async () => {
    const { EMPLOYMENT } = await import('../../src/rates/generated/employment.js');
    const { EMPLOYMENT_RATES } = await import('../../src/rates/generated/employmentRates.js');
    expect(EMPLOYMENT_RATES.periods).toStrictEqual(
      EMPLOYMENT.periods.map((p) => ({ from: p.from, to: p.to, categories: Object.fromEntries(Object.entries(p.categories).map(([k, v]) => [k, { worker: v.worker }])) })),
    );
  });
});
