import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRateTable, laborInsurancePremium, ratesFor, validateRateTable, RateTableError } from '../../src/index.js';
import type { RateTable } from '../../src/index.js';

/** A copy of FY2026 re-dated to FY2027, as a user would prepare for a year the package does not ship. */
function fy2027(): RateTable & Record<string, any> {
  const text = JSON.stringify(ratesFor(2026)).replaceAll('2027-03-31', '2028-03-31').replaceAll('2026-04-01', '2027-04-01');
  const t = JSON.parse(text);
  t.fiscalYear = 2027;
  return t;
}

describe('custom rate tables', () => {
  it('a valid custom table is used for its year, and bundled years still work', () => {
    const t = defineRateTable(fy2027());
    // 3,300,000 × (3 + 13.5)/1000 = 54,450 (FY2026 rates re-dated)
    expect(laborInsurancePremium({ fiscalYear: 2027, industry: '98', category: 'general', wages: 3_300_000, rates: t }).amount).toBe(54_450);
    expect(laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000, rates: t }).amount).toBe(57_750);
    expect(ratesFor(2027, { rates: [t] }).fiscalYear).toBe(2027);
  });

  it('a custom table replaces the bundled one of the same year', () => {
    const t = JSON.parse(JSON.stringify(ratesFor(2025)));
    t.workersCompensation[0].industries.find((r: { number: string }) => r.number === '98').rate = '4';
    // 3,300,000 × (4 + 14.5)/1000 = 61,050
    expect(laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000, rates: defineRateTable(t) }).amount).toBe(61_050);
  });

  const broken: [string, (t: any) => void, string][] = [
    ['worker + employer ≠ total', (t) => (t.employmentInsurance[0].categories.general.employer = '9'), 'employmentInsurance[0].categories.general'],
    ['a rate given as a number', (t) => (t.employmentInsurance[0].categories.general.total = 13.5), 'employmentInsurance[0].categories.general.total'],
    ['a gap between periods', (t) => (t.employmentInsurance[0].from = '2027-04-02'), 'employmentInsurance[0].from'],
    [
      'overlapping periods',
      (t) => {
        const p = structuredClone(t.employmentInsurance[0]);
        t.employmentInsurance[0].to = '2027-09-30';
        p.from = '2027-09-01';
        t.employmentInsurance.push(p);
      },
      'employmentInsurance[1].from',
    ],
    ['a period outside the year', (t) => (t.workersCompensation[0].to = '2028-04-30'), 'workersCompensation[0]'],
    ['an impossible date', (t) => (t.generalContribution[0].from = '2027-02-30'), 'generalContribution[0].from'],
    ['a duplicate 業種番号', (t) => (t.workersCompensation[0].industries[1].number = '94'), 'workersCompensation[0].industries'],
    ['an undefined source key', (t) => (t.employmentInsurance[0].sources = ['nowhere']), 'employmentInsurance[0].sources[0]'],
    [
      'care minimum above maximum',
      (t) => (t.careBenefit = [{ ...structuredClone(ratesFor(2025).careBenefit[1]), from: '2027-04-01', to: '2028-03-31', constant: { max: 1, min: 2 } }]),
      'careBenefit[0].constant',
    ],
    ['wrong year bounds', (t) => (t.from = '2027-01-01'), 'from'],
    ['missing employment insurance', (t) => delete t.employmentInsurance, 'employmentInsurance'],
  ];
  it.each(broken)('rejects a table with %s, naming the path', (_name, breakIt, path) => {
    const t = fy2027();
    breakIt(t);
    const issues = validateRateTable(t);
    expect(issues.map((i) => i.path).some((p) => p.startsWith(path))).toBe(true);
    let caught: unknown;
    try {
      defineRateTable(t);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RateTableError);
    expect((caught as RateTableError).code).toBe('INVALID_RATE_TABLE');
    expect((caught as RateTableError).details['issues']).toEqual(issues);
  });

  it('rejects non-objects', () => {
    expect(validateRateTable(null)).toEqual([{ path: '', code: 'type', message: 'a rate table must be an object' }]);
    expect(() => ratesFor(2027, { rates: [] as unknown as RateTable[] })).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => defineRateTable([])).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => defineRateTable(null as unknown as RateTable)).toThrowError(expect.objectContaining({ code: 'INVALID_RATE_TABLE' }));
  });
});

describe('the core runs outside Node', () => {
  it('no module of the library entry imports node: built-ins', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) {
          if (f !== 'cli') walk(p);
        } else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(join(__dirname, '..', '..', 'src'));
    const offenders = files.filter((f) => /from\s+['"]node:|require\(['"]node:|from\s+['"](fs|path|os|url|util|crypto|child_process)['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
