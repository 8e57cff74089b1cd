/**
 * CONTRIBUTING.md, "Add a fiscal year", followed step by step on a temporary copy of the parameters:
 * a synthetic FY2027 is added with parameter entries only (no code change), compiled by
 * scripts/compile-rates.mjs into a temporary directory, loaded, and used for a calculation.
 *
 * The FY2027 figures are invented for the test (雇用保険 一般 total 14, worker 5, employer 9 = 5 + 4).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defineRateTable, employeeDeduction, ratesFor, RateTableError, validateRateTable, type RateTable } from '../../src/index.js';
import { buildRateTable, type CompiledAreas } from '../../src/rates/view.js';
// @ts-expect-error -- plain ESM script without declarations
import { compile, loadParameters, render } from '../../scripts/compile-rates.mjs';

const root = join(__dirname, '..', '..');
// Under the repository (ignored by git and by vitest) so that the compiled TypeScript can be imported.
const work = join(root, '.tmp', `runbook-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const append = (dir: string, file: string, text: string) => writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8') + text);

describe('runbook: add a fiscal year (synthetic FY2027)', () => {
  it('adds FY2027 with parameter entries only, compiles it and computes with it', async () => {
    const params = join(work, 'parameters');
    const out = join(work, 'generated');
    mkdirSync(work, { recursive: true });
    cpSync(join(root, 'rates', 'parameters'), params, { recursive: true });

    // Step 1: the year, in fiscal-years.yaml.
    append(params, 'fiscal-years.yaml', '  - { fiscalYear: 2027, name: "令和9年度 (FY2027)" }\n');
    // Step 2: the 雇用保険率 revision (it takes effect on 2027-04-01; FY2026's ends the day before).
    append(
      params,
      'employment.yaml',
      [
        '  - from: "2027-04-01"',
        '    id: "FY2027"',
        '    benefitPartName: "失業等給付・育児休業給付"',
        '    sources: ["synthetic_fy2027"]',
        '    status: "single-source"',
        '    verified: "2027-03-01"',
        '    categories:',
        '      general: { total: "14", worker: "5", employer: "9", employerBenefitPart: "5", employerTwoProjectsPart: "4" }',
        '      agriculture: { total: "16", worker: "6", employer: "10", employerBenefitPart: "6", employerTwoProjectsPart: "4" }',
        '      construction: { total: "17", worker: "6", employer: "11", employerBenefitPart: "6", employerTwoProjectsPart: "5" }',
        '',
      ].join('\n'),
    );
    // Step 3: the source, in sources.yaml.
    append(params, 'sources.yaml', '  synthetic_fy2027: "Synthetic FY2027 notice (test only)"\n');
    // Step 4: every other family continues unchanged (労災 R6, 一般拠出金 0.02, 第2種 R6, …): nothing to write.

    // Step 5: compile (npm run rates, here into a temporary directory).
    const files = render(compile(loadParameters(params))) as Record<string, string>;
    mkdirSync(out, { recursive: true });
    for (const [f, text] of Object.entries(files)) writeFileSync(join(out, f), text);

    // Load the compiled modules and build the FY2027 view — the format custom tables use.
    const load = async (f: string) => import(pathToFileURL(join(out, f)).href);
    const areas: CompiledAreas = {
      fiscalYears: (await load('fiscalYears.ts')).FISCAL_YEARS,
      employment: (await load('employment.ts')).EMPLOYMENT,
      employmentDetails: (await load('employmentDetails.ts')).EMPLOYMENT_DETAILS,
      workersCompensation: (await load('workersCompensation.ts')).WORKERS_COMPENSATION,
      generalContribution: (await load('generalContribution.ts')).GENERAL_CONTRIBUTION,
      careBenefit: (await load('careBenefit.ts')).CARE_BENEFIT,
      laborCostRatio: (await load('laborCostRatio.ts')).LABOR_COST_RATIO,
      specialEnrollment: (await load('specialEnrollment.ts')).SPECIAL_ENROLLMENT,
    };
    const fy2027 = buildRateTable(2027, areas) as RateTable;
    expect(validateRateTable(fy2027)).toEqual([]);
    expect(fy2027.employmentInsurance.map((p) => [p.from, p.to, p.id, p.categories.general.worker])).toEqual([['2027-04-01', '2028-03-31', 'FY2027', '5']]);
    expect(fy2027.sources['synthetic_fy2027']).toBe('Synthetic FY2027 notice (test only)');
    // Unchanged families carry over: the R6 労災 table (その他の各種事業 3‰) and 一般拠出金 0.02‰.
    expect(fy2027.workersCompensation[0]?.industries.find((r) => r.number === '94')?.rate).toBe('3');
    expect(fy2027.generalContribution[0]?.rate).toBe('0.02');
    // FY2026 is unchanged by the addition (its revision now ends on 2027-03-31, as before).
    expect(buildRateTable(2026, areas)).toEqual(JSON.parse(JSON.stringify(ratesFor(2026))));

    // A computation with it: 100,100 yen × 5/1000 = 500.5 → 50銭 or less is dropped (通貨の単位及び
    // 貨幣の発行等に関する法律3条, the worker's share deducted from wages) → 500 yen.
    expect(() => employeeDeduction({ wage: 100_100, category: 'general', closingDate: '2027-05-31' })).toThrow(RateTableError);
    const d = employeeDeduction({ wage: 100_100, category: 'general', closingDate: '2027-05-31', rates: defineRateTable(fy2027) });
    expect(d.amount).toBe(500);
    expect(d.sources).toEqual(['Synthetic FY2027 notice (test only)']);
  });
});
