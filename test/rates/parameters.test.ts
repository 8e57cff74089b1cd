/**
 * The dated parameters (rates/parameters/*.yaml) — the single source of truth of every figure:
 * schema, consistency rules, provenance of every figure, and a deterministic compilation that
 * reproduces the committed src/rates/generated/ byte for byte.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without declarations
import { compile, loadParameters, render } from '../../scripts/compile-rates.mjs';

const root = join(__dirname, '..', '..');
const paramsDir = join(root, 'rates', 'parameters');
const schemaDir = join(root, 'rates', 'schema');
const generatedDir = join(root, 'src', 'rates', 'generated');
const files = readdirSync(paramsDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const work = mkdtempSync(join(tmpdir(), 'jp-labor-insurance-params-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the parameters to break on purpose. */
function copyParams(): string {
  const dir = mkdtempSync(join(work, 'p-'));
  cpSync(paramsDir, dir, { recursive: true });
  return dir;
}
const edit = (dir: string, file: string, from: string, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text.includes(from), `${file} contains ${from}`).toBe(true);
  writeFileSync(path, text.replace(from, to));
};

describe('parameter files', () => {
  it('one file per parameter family, each with its schema', () => {
    expect(files).toEqual([
      'care-benefit.yaml',
      'eligibility.yaml',
      'employment.yaml',
      'fiscal-years.yaml',
      'general-contribution.yaml',
      'labor-cost-ratio.yaml',
      'medical-copayment.yaml',
      'merit.yaml',
      'procedures.yaml',
      'sources.yaml',
      'special-enrollment.yaml',
      'workers-compensation.yaml',
    ]);
    expect(readdirSync(schemaDir).sort()).toEqual(files.map((f) => f.replace('.yaml', '.schema.json')));
  });

  const ajv = new Ajv({ allErrors: true, strict: true });
  for (const f of files) {
    it(`${f} validates against rates/schema/${f.replace('.yaml', '.schema.json')}`, () => {
      const validate = ajv.compile(JSON.parse(readFileSync(join(schemaDir, f.replace('.yaml', '.schema.json')), 'utf8')));
      const ok = validate(parse(readFileSync(join(paramsDir, f), 'utf8')));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }

  it('the schema rejects a rate written as a number, a bad date and a missing status', () => {
    const validate = ajv.compile(JSON.parse(readFileSync(join(schemaDir, 'employment.schema.json'), 'utf8')));
    const p = parse(readFileSync(join(paramsDir, 'employment.yaml'), 'utf8'));
    const bad = structuredClone(p);
    bad.revisions[0].categories.general.worker = 3;
    expect(validate(bad)).toBe(false);
    const bad2 = structuredClone(p);
    bad2.revisions[0].from = '2018-13-01';
    expect(validate(bad2)).toBe(false);
    const bad3 = structuredClone(p);
    delete bad3.revisions[0].status;
    expect(validate(bad3)).toBe(false);
  });

  it('nothing in the parameters, the schemas or the compiler points at ../shared', () => {
    for (const f of files) expect(readFileSync(join(paramsDir, f), 'utf8')).not.toMatch(/\.\.\/shared|shared\/reference/);
    expect(readFileSync(join(root, 'scripts', 'compile-rates.mjs'), 'utf8')).not.toMatch(/\.\.\/shared|'shared'/);
  });
});

describe('consistency', () => {
  const c = compile(loadParameters(paramsDir));
  const dec = (s: string) => {
    const [i, f = ''] = s.split('.');
    return BigInt(i! + f.padEnd(6, '0'));
  };

  it('worker + employer = total and employer = 給付 part + 二事業 part, in every revision and category', () => {
    for (const p of c.areas.employment.periods) {
      for (const r of Object.values(p.categories) as Record<string, string>[]) {
        expect(dec(r.worker!) + dec(r.employer!)).toBe(dec(r.total!));
        expect(dec(r.employerBenefitPart!) + dec(r.employerTwoProjectsPart!)).toBe(dec(r.employer!));
      }
    }
  });

  it('periods are contiguous and non-overlapping on every timeline, the last one open-ended or bounded by a gap', () => {
    const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const lists = [
      c.areas.employment.periods,
      c.areas.workersCompensation.tables,
      c.areas.workersCompensation.nonOccupationalRate,
      c.areas.generalContribution.periods,
      c.areas.laborCostRatio.tables,
      c.areas.specialEnrollment.secondClass,
      c.areas.specialEnrollment.thirdClass,
      c.areas.careBenefit.periods,
    ];
    for (const list of lists) {
      for (let i = 1; i < list.length; i++) {
        expect(list[i].from > list[i - 1].to).toBe(true); // no overlap
        // contiguous, except across a known gap of the care benefit
        if (list !== c.areas.careBenefit.periods) expect(list[i].from).toBe(dayAfter(list[i - 1].to));
      }
    }
    // care: the gaps are exactly the listed ones
    expect(c.gaps.filter((g: { area: string }) => g.area === 'careBenefit').map((g: { from: string; to: string }) => [g.from, g.to])).toEqual([
      ['2021-04-01', '2022-03-31'],
      ['2026-04-01', '9999-12-31'],
    ]);
  });

  it('each 業種 is present in each revision of the 労災保険率表 (54 rows, unique numbers)', () => {
    const sets = c.areas.workersCompensation.tables.map((t: { industries: { number: string }[] }) =>
      t.industries
        .map((r) => r.number)
        .sort()
        .join(','),
    );
    expect(new Set(sets).size).toBe(1);
    for (const t of c.areas.workersCompensation.tables) expect(new Set(t.industries.map((r: { number: string }) => r.number)).size).toBe(54);
  });

  it('every figure has a source, a status and a verified date, and every source key is defined', () => {
    const sources = parse(readFileSync(join(paramsDir, 'sources.yaml'), 'utf8')).sources as Record<string, string>;
    expect(c.figures.length).toBeGreaterThan(380);
    for (const f of c.figures) {
      expect(f.sources.length, `${f.area} ${f.key}`).toBeGreaterThan(0);
      for (const s of f.sources) expect(sources[s], `${f.area} ${f.key}: ${s}`).toBeTypeOf('string');
      expect(['confirmed', 'single-source', 'derived', 'unconfirmed']).toContain(f.status);
      expect(f.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('the compiler refuses inconsistent parameters', () => {
    const cases: [string, string, string, RegExp][] = [
      ['employment.yaml', 'general: { total: "14.5", worker: "5.5"', 'general: { total: "14.6", worker: "5.5"', /worker \+ employer ≠ total/],
      [
        'employment.yaml',
        'employerBenefitPart: "5.5", employerTwoProjectsPart: "3.5" }',
        'employerBenefitPart: "5.5", employerTwoProjectsPart: "3.4" }',
        /employer ≠ benefit part/,
      ],
      ['workers-compensation.yaml', '      - { number: "94", category: "その他の事業", name: "その他の各種事業", rate: "3", status: "derived" }\n', '', /業種 differ/],
      ['general-contribution.yaml', 'sources: ["mhlw_kyoshutsu"', 'sources: ["no_such_source"', /unknown source key/],
      ['employment.yaml', '- from: "2019-04-01"', '- from: "2019-04-01"\n    to: "2019-06-30"', /not contiguous/],
    ];
    for (const [file, from, to, message] of cases) {
      const dir = copyParams();
      edit(dir, file, from, to);
      expect(() => compile(loadParameters(dir)), `${file}: ${to}`).toThrow(message);
    }
    const dir = copyParams();
    edit(dir, 'care-benefit.yaml', 'status: "single-source"\n', '\n');
    expect(() => loadParameters(dir)).toThrow(/care-benefit\.yaml does not match/);
  });
});

describe('compilation', () => {
  it('is deterministic and reproduces the committed src/rates/generated byte for byte', () => {
    const a = render(compile(loadParameters(paramsDir))) as Record<string, string>;
    const b = render(compile(loadParameters(paramsDir))) as Record<string, string>;
    expect(a).toEqual(b);
    expect(Object.keys(a).sort()).toEqual(readdirSync(generatedDir).sort());
    for (const [f, text] of Object.entries(a)) expect(text, f).toBe(readFileSync(join(generatedDir, f), 'utf8'));
  });

  it('a figure written in object form carries its own provenance', () => {
    const dir = copyParams();
    // FY2025 一般 worker 5.5 (MHLW 令和7年度 雇用保険料率 PDF), written with its own status, source and date
    edit(
      dir,
      'employment.yaml',
      'general: { total: "14.5", worker: "5.5",',
      'general: { total: "14.5", worker: { value: "5.5", status: "confirmed", sources: ["mhlw_ei_r7_pdf"], verified: "2027-01-15" },',
    );
    const c = compile(loadParameters(dir));
    const f = c.figures.find((x: { key: string; from: string }) => x.key === 'general.worker' && x.from === '2025-04-01');
    expect(f).toMatchObject({ value: '5.5', status: 'confirmed', sources: ['mhlw_ei_r7_pdf'], verified: '2027-01-15' });
    expect(c.areas.employment.periods.find((p: { from: string }) => p.from === '2025-04-01').categories.general.worker).toBe('5.5');
    expect(c.latestVerified).toBe('2027-01-15');
  });

  it('a one-figure correction is a one-line diff of one parameter file', () => {
    const dir = copyParams();
    const before = readFileSync(join(dir, 'labor-cost-ratio.yaml'), 'utf8');
    // R6 table, row 34 鉄道又は軌道新設事業: 19 → 20 (a hypothetical correction)
    const after = before.replace('{ number: "34", name: "鉄道又は軌道新設事業", percent: "19" }', '{ number: "34", name: "鉄道又は軌道新設事業", percent: "20" }');
    writeFileSync(join(dir, 'labor-cost-ratio.yaml'), after);
    const changed = before.split('\n').filter((l, i) => l !== after.split('\n')[i]);
    expect(changed).toHaveLength(1);
    const c = compile(loadParameters(dir));
    expect(c.areas.laborCostRatio.tables.at(-1).rows.find((r: { number: string }) => r.number === '34').percent).toBe('20');
  });
});
