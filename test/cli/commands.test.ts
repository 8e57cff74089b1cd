/**
 * The calculation subcommands beyond `audit` (issue 12 §4), run in-process: `premium --worker-shares`
 * (事業主負担), `--rates FILE` on every calculation, `rates … --lang en`, and `help` for any name.
 * Expected figures are the MHLW pamphlet's or hand computations shown beside each case.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS as TABLE } from '../../src/cli/run.js';
import { cli } from './inMemoryCli.js';
import { ratesFor } from '../../src/index.js';

const parsed = <T>(r: { stdout: string }) => JSON.parse(r.stdout) as T;

// The MHLW pamphlet's 小売業 example, FY2025 (examples/retail.ts; MHLW 労働保険パンフレット 令和7年度版):
// one worker paid 200,000 a month and two bonuses of 450,000 → 賃金総額 3,300,000.
const RETAIL = ['premium', '--fiscal-year', '2025', '--industry', '98', '--category', 'general', '--wages', '3300000'];

describe('premium --worker-shares: 事業主負担 (徴収法31条)', () => {
  type WithShare = { amount: number; employerShare: { amount: number; premium: number; workerShares: number; legalBasis: string[]; trace: { id: string }[] } };

  it('the pamphlet: 57,750 − 18,150 = 39,600, as a total or one value per payment', async () => {
    // 3,300,000 × (3 + 14.5)/1000 = 57,750; withheld 200,000 × 5.5/1000 = 1,100 a month, 450,000 × 5.5/1000 = 2,475 a bonus:
    // 1,100 × 12 + 2,475 × 2 = 13,200 + 4,950 = 18,150; 57,750 − 18,150 = 39,600.
    const total = await cli([...RETAIL, '--worker-shares', '18150']);
    expect(total.code).toBe(0);
    expect(total.stdout).toBe(
      '労働保険料 57,750円 (FY2025; 労災保険分 9,900円; 雇用保険分 47,850円)\n事業主負担 39,600円 (労働保険料 57,750円 − 被保険者負担 18,150円; 徴収法31条)\n',
    );
    const perPayment = [...Array<string>(12).fill('1100'), '2475', '2475'].flatMap((s) => ['--worker-shares', s]);
    const each = parsed<WithShare>(await cli([...RETAIL, ...perPayment, '--json']));
    expect([each.amount, each.employerShare.premium, each.employerShare.workerShares, each.employerShare.amount]).toEqual([57_750, 57_750, 18_150, 39_600]);
    expect(each.employerShare.legalBasis[0]).toBe('徴収法31条');
    const en = await cli([...RETAIL, '--worker-shares=18150', '--lang', 'en', '--explain']);
    expect(en.stdout).toContain('employer share ¥39,600 (premium ¥57,750 − worker shares withheld ¥18,150; 徴収法31条)');
    expect(en.stdout).toMatch(/employer share 57,750 − 18,150 = 39,600/); // the employerShare step, explained
  });

  it('FY2024, same wages: 3,300,000 × (3 + 15.5)/1000 = 61,050; withheld 1,200 × 12 + 2,700 × 2 = 19,800 → 41,250', async () => {
    // FY2024 一般の事業 worker rate 6‰: 200,000 × 6/1000 = 1,200; 450,000 × 6/1000 = 2,700.
    const r = parsed<WithShare>(
      await cli(['premium', '--fiscal-year', '2024', '--industry', '98', '--category', 'general', '--wages', '3300000', '--worker-shares', '19800', '--json']),
    );
    expect([r.amount, r.employerShare.amount]).toEqual([61_050, 41_250]);
  });

  it('employment insurance only: 3,300,000 × 14.5/1000 = 47,850; 47,850 − 18,150 = 29,700', async () => {
    const r = await cli(['premium', '--fiscal-year', '2025', '--coverage', 'employmentInsurance', '--category', 'general', '--wages', '3300000', '--worker-shares', '18150']);
    expect(r.stdout).toContain('事業主負担 29,700円');
  });

  it('without --worker-shares the JSON is the premium result as before (no employerShare)', async () => {
    const r = parsed<Record<string, unknown>>(await cli([...RETAIL, '--json']));
    expect(r['amount']).toBe(57_750);
    expect('employerShare' in r).toBe(false);
  });

  it('refuses what a payroll engineer could get wrong, each with its code', async () => {
    // more withheld than the whole premium: INVALID_OPTION (the library's check)
    const over = await cli([...RETAIL, '--worker-shares', '57751']);
    expect([over.code, over.stderr]).toEqual([2, expect.stringMatching(/^error \[INVALID_OPTION\]: worker shares 57751 exceed the premium 57750/)]);
    // amounts are digits only, as for --wages
    expect((await cli([...RETAIL, '--worker-shares', '18,150'])).stderr).toMatch(/^error \[AMOUNT_MALFORMED\]/);
    expect((await cli([...RETAIL, '--worker-shares=-1'])).stderr).toMatch(/^error \[AMOUNT_NEGATIVE\]/);
    expect((await cli([...RETAIL, '--worker-shares', ''])).stderr).toMatch(/^error \[AMOUNT_/);
    // 労災保険 has no worker share: the whole 労災 premium is the employer's
    const wc = await cli(['premium', '--fiscal-year', '2025', '--coverage', 'workersCompensation', '--industry', '98', '--wages', '3300000', '--worker-shares', '100']);
    expect([wc.code, wc.stderr]).toEqual([2, expect.stringMatching(/^error \[USAGE\]: --worker-shares: with --coverage workersCompensation/)]);
    const flag = await cli([...RETAIL, '--worker-shares']);
    expect([flag.code, flag.stderr]).toEqual([2, expect.stringMatching(/^error \[USAGE\]/)]);
  });
});

// A FY2027 table as docs/custom-rates.md builds it: FY2026 re-dated, with the 小売業 労災保険率 set to 2.5‰
// (a what-if, so that the result shows the file was used: the bundled FY2026 rate is 3‰).
const dir = mkdtempSync(join(tmpdir(), 'cli-commands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fy2027 = JSON.parse(JSON.stringify(ratesFor(2026)).replaceAll('2027-03-31', '2028-03-31').replaceAll('2026-04-01', '2027-04-01')) as ReturnType<typeof ratesFor>;
fy2027.fiscalYear = 2027;
fy2027.name = 'FY2027 (own table)';
fy2027.workersCompensation[0]!.industries.find((i) => i.number === '98')!.rate = '2.5';
const file2027 = join(dir, 'fy2027.json');
writeFileSync(file2027, JSON.stringify(fy2027));
// FY2025 corrected: the 常時介護 上限 from 2025-08-01 set to 190,000 (a what-if; bundled 186,050).
const fy2025 = structuredClone(ratesFor(2025));
fy2025.careBenefit.find((p) => p.from === '2025-08-01')!.constant.max = 190_000;
const file2025 = join(dir, 'fy2025-care.json');
writeFileSync(file2025, `\uFEFF${JSON.stringify(fy2025, null, 2)}`); // with a BOM, as some editors save it

describe('--rates FILE on every calculation subcommand', () => {
  it('renewal takes the file: a FY2027 renewal with the FY2027 table and the bundled FY2026', async () => {
    // 確定 FY2026 (bundled): 3,300,000 × (3 + 13.5)/1000 = 54,450; 一般拠出金 3,300,000 × 0.02/1000 = 66;
    // 概算 FY2027 (the file: 小売業 2.5‰): 3,300,000 × (2.5 + 13.5)/1000 = 52,800 (< 400,000: one 期);
    // declared 54,450 → no shortfall; due on 7/10: 52,800 + 66 = 52,866.
    const members = join(dir, 'members-2027.csv');
    writeFileSync(members, 'id,fiscalYear,industry,category,previousWages,declaredEstimate\n13101654321000,2027,98,general,3300000,54450\n');
    const r = await cli(['renewal', members, '--rates', file2027]);
    expect(r.code).toBe(0);
    expect(r.stdout.split(/\r?\n/)[1]).toBe('13101654321000,ok,54450,66,52800,0,0,52866,,,52866,');
    const bundled = await cli(['renewal', members]);
    expect([bundled.code, bundled.stdout]).toEqual([1, expect.stringContaining(',invalid,') && expect.stringContaining('NO_RATE_TABLE')]);
  });

  it('a CSV that csv-parse refuses (a quote opening mid-cell) is the usage error CSV_PARSE, exit 2, for audit and renewal', async () => {
    // csv-parse's own error codes lack the CSV_ prefix (INVALID_OPENING_QUOTE): they once escaped as exit 70 (INTERNAL).
    const bad = join(dir, 'bad-quote.csv');
    writeFileSync(bad, 'id,wage,closingDate,category,deducted\nA1,200000,2025-04-30,general,1100\nA2,20"0000,2025-04-30,general,1100\n');
    const a = await cli(['audit', bad]);
    expect([a.code, a.stderr]).toEqual([2, expect.stringMatching(/^error \[CSV_PARSE\]: CSV parse error/)]);
    const members = join(dir, 'bad-members.csv');
    writeFileSync(members, 'id,fiscalYear,industry,category,previousWages,declaredEstimate\n13101654321000,2025,98,general,3300000,50000\n1310165432,2025,"98"x,general,1,1\n');
    const r = await cli(['renewal', members]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/^error \[CSV_PARSE\]: CSV parse error/)]);
  });

  it('audit takes the file and its options through the command line (run → AUDIT_OPTIONS)', async () => {
    // FY2027 (the FY2026 rates re-dated): worker rate 一般 5‰ → 200,000 × 5/1000 = 1,000 and 150,000 × 5/1000 = 750.
    // The file has no category column (--category), and its wage column has a name only --map knows.
    const csv = join(dir, 'audit-2027.csv');
    writeFileSync(csv, '社員コード,支払額,締日,雇用保険料\nA1,200000,2027-04-30,1000\nA2,150000,R9.5.31,750\n');
    const r = await cli(['audit', csv, '--rates', file2027, '--category', '一般', '--map', 'wage=支払額', '--output-encoding', 'utf8']);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\d/.test(l));
    expect(rows.map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['2,A1,match', '3,A2,match']);
    expect(rows[1]).toContain(',2027-05-31,'); // R9.5.31 = 令和9年5月31日 = 2027-05-31 (令和元年 = 2019)
    // without the file FY2027 has no table: each row is invalid (NO_RATE_TABLE), exit 1
    const bundled = await cli(['audit', csv, '--category', '一般', '--map', 'wage=支払額']);
    expect(bundled.code).toBe(1);
    expect(bundled.stdout).toContain('NO_RATE_TABLE');
  });

  it('premium, deduction, contribution use the file for its year', async () => {
    // 3,300,000 × (2.5 + 13.5)/1000 = 52,800 (FY2026 雇用保険率 一般 13.5‰, re-dated)
    const p = parsed<{ amount: number }>(
      await cli(['premium', '--fiscal-year', '2027', '--industry', '98', '--category', 'general', '--wages', '3300000', '--rates', file2027, '--json']),
    );
    expect(p.amount).toBe(52_800);
    // 200,000 × 5/1000 = 1,000
    const d = await cli(['deduction', '--wage', '200000', '--category', 'general', '--closing-date', '2027-04-30', '--rates', file2027]);
    expect(d.stdout).toContain('雇用保険 被保険者負担額 1,000円');
    // 10,129,569 → 10,129,000 × 0.02/1000 = 202.58 → 202
    const c = parsed<{ amount: number }>(await cli(['contribution', '--fiscal-year', '2027', '--wages', '10129569', '--rates', file2027, '--json']));
    expect(c.amount).toBe(202);
    // the pamphlet's employer share with the what-if 労災 rate: 52,800 − 16,500 (3,300,000 × 5/1000) = 36,300
    const s = await cli(['premium', '--fiscal-year', '2027', '--industry', '98', '--category', 'general', '--wages', '3300000', '--worker-shares', '16500', '--rates', file2027]);
    expect(s.stdout).toContain('事業主負担 36,300円');
  });

  it('care, and a corrected shipped year (the file takes precedence; a BOM is accepted)', async () => {
    // expense 200,000 above the cap → the cap: 190,000 from the file (bundled: 186,050)
    const care = parsed<{ amount: number }>(await cli(['care', '--month', '2025-09', '--level', 'constant', '--expense', '200000', '--rates', file2025, '--json']));
    expect(care.amount).toBe(190_000);
    const bundled = parsed<{ amount: number }>(await cli(['care', '--month', '2025-09', '--level', 'constant', '--expense', '200000', '--json']));
    expect(bundled.amount).toBe(186_050);
  });

  it('rates show and diff read the file too', async () => {
    const show = await cli(['rates', 'show', '2027', '--rates', file2027]);
    expect(show.stdout).toMatch(/^FY2027 \(own table\) {2}2027-04-01 \.\. 2028-03-31/);
    expect(show.stdout).toMatch(/98\s+2\.5‰/);
    const diff = await cli(['rates', 'diff', '2026', '2027', '--rates', file2027]);
    // one change only, the what-if one, dated on the new year's first day
    expect(diff.stdout).toMatch(/^FY2026 → FY2027: 1 change\(s\)\n {2}2027-04-01 {2}労災保険率 98 .*: 3‰ → 2\.5‰\n/);
    for (const action of ['list', 'status']) {
      const r = await cli(['rates', action, '--rates', file2027]);
      expect([action, r.code, r.stderr]).toEqual([action, 2, expect.stringMatching(/^error \[USAGE\]: --rates applies to rates show and rates diff/)]);
    }
  });

  it('a bad file is a usage error with a code; a bad table keeps the library code', async () => {
    const missing = await cli([...RETAIL, '--rates', join(dir, 'none.json')]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/^error \[ENOENT\]: --rates '.*none\.json': cannot read the file/)]);
    const folder = await cli([...RETAIL, '--rates', dir]);
    expect([folder.code, folder.stderr]).toEqual([2, expect.stringMatching(/^error \[EISDIR\]: --rates /)]);
    const notJson = join(dir, 'table.csv');
    writeFileSync(notJson, 'fiscalYear,2027\n');
    expect(await cli([...RETAIL, '--rates', notJson])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^error \[RATES_FILE_NOT_JSON\]: --rates '.*table\.csv' is not a JSON file/),
    });
    const sjis = join(dir, 'sjis.json');
    writeFileSync(sjis, Buffer.from([0x7b, 0x22, 0x93, 0xfa, 0x22, 0x3a, 0x31, 0x7d])); // {"日":1} in Shift_JIS: not UTF-8
    expect((await cli([...RETAIL, '--rates', sjis])).stderr).toMatch(/^error \[RATES_FILE_NOT_JSON\]/);
    // 5.5 + 9 ≠ 50 + 9: the sum check of defineRateTable
    const invalid = structuredClone(ratesFor(2025));
    invalid.employmentInsurance[0]!.categories.general.worker = '50';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(invalid));
    const r = await cli([...RETAIL, '--rates', bad]);
    expect([r.code, r.stderr]).toEqual([
      2,
      expect.stringMatching(/^error \[INVALID_RATE_TABLE\]: invalid rate table: employmentInsurance\[0\]\.categories\.general: worker 50 \+ employer 9 ≠ total 14\.5/),
    ]);
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '[]');
    expect((await cli([...RETAIL, '--rates', empty])).stderr).toMatch(/^error \[INVALID_OPTION\]: defineRateTable needs a rate table/);
    writeFileSync(empty, '"FY2027"');
    expect((await cli([...RETAIL, '--rates', empty])).stderr).toMatch(/^error \[INVALID_RATE_TABLE\]/);
    expect((await cli([...RETAIL, '--rates', ''])).stderr).toMatch(/^error \[USAGE\]: --rates needs a file name/);
    // a read failure that is not a file error is a bug, reported as such (exit 70), never hidden
    expect((await cli([...RETAIL, '--rates', 'x.json'], new TypeError('boom'))).code).toBe(70);
  });

  it('NO_RATE_TABLE tells what to do on the command line (the option exists: --rates)', async () => {
    const en = await cli(['premium', '--fiscal-year', '2027', '--industry', '98', '--category', 'general', '--wages', '1']);
    expect([en.code, en.stderr]).toEqual([
      2,
      expect.stringMatching(/^error \[NO_RATE_TABLE\]: no rate table for FY2027; .*; on the command line, give the table as a JSON file: --rates <file\.json>\n$/),
    ]);
    // the Japanese catalogue text recommends nothing: unchanged
    const ja = await cli(['deduction', '--wage', '1', '--category', 'general', '--fiscal-year', '2027', '--lang', 'ja']);
    expect(ja.stderr).toBe('error [NO_RATE_TABLE]: その年度・日付の料率表がありません\n');
    for (const sub of ['deduction', 'premium', 'contribution', 'care', 'rates'])
      expect([sub, (await cli([sub, '--help'])).stdout]).toEqual([sub, expect.stringContaining('--rates <file.json>')]);
    expect((await cli(['rates', 'status'])).stdout).toContain('--rates <file.json>');
  });
});

describe('rates --lang en', () => {
  it('show: English headings, the same figures (FY2025 一般 14.5 / 5.5 / 9 / 3.5 ‰, 小売業 3‰)', async () => {
    const en = await cli(['rates', 'show', '2025', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Employment insurance rates (‰: total / worker / employer / two projects (二事業))');
    expect(en.stdout).toContain('general      14.5 / 5.5 / 9 / 3.5');
    expect(en.stdout).toMatch(/98\s+3‰/);
    expect(en.stdout).toContain("Workers' compensation rate table");
    expect(en.stdout).not.toContain('雇用保険率 (‰');
    const ja = await cli(['rates', 'show', '2025']);
    expect(ja.stdout).toContain('雇用保険率 (‰: total / worker / employer / 二事業)');
    expect((await cli(['rates', 'show', '2025', '--lang', 'ja'])).stdout).toBe(ja.stdout);
    // the figures are the same in both languages
    const figures = (s: string) => s.split('\n').filter((l) => /‰|\d{4}-\d{2}-\d{2}/.test(l) && !/^[A-Z雇労一介]/.test(l));
    expect(figures(en.stdout).length).toBeGreaterThan(40);
  });

  it('diff and status in English', async () => {
    const diff = await cli(['rates', 'diff', '2024', '2025', '--lang', 'en']);
    // FY2025 一般の事業 worker rate 6 → 5.5‰ (MHLW 令和7年度の雇用保険料率)
    expect(diff.stdout).toContain('2025-04-01  employmentInsurance general.worker (雇用保険率 一般の事業 被保険者負担): 6‰ → 5.5‰');
    const status = await cli(['rates', 'status', '--lang', 'en']);
    expect(status.stdout).toMatch(/^Rate data status\n {2}fiscal years: FY2018–FY\d{4}\n/);
    expect(status.stdout).not.toContain('収録年度');
    expect((await cli(['rates', 'list', 'extra'])).code).toBe(2);
  });
});

describe('help never crashes', () => {
  const COMMANDS = ['deduction', 'premium', 'contribution', 'care', 'rates', 'audit', 'renewal'];
  const NAMES = [
    'toString',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    'valueOf',
    'isPrototypeOf',
    'propertyIsEnumerable',
    'toLocaleString',
    '__defineGetter__',
    '__lookupGetter__',
    'prototype',
    'length',
    'name',
    'then',
    '',
    ' ',
    'help',
    'Premium',
    '-x',
    '--json',
    'null',
    'undefined',
    '0',
    '💥',
    'x'.repeat(100_000),
  ];

  it('help <any name>: exit 2 with a usage error naming the commands, never 70', async () => {
    for (const name of NAMES) {
      const r = await cli(['help', name]);
      expect([name.slice(0, 20), r.code, r.stdout]).toEqual([name.slice(0, 20), 2, '']);
      expect(r.stderr).toMatch(/^error \[USAGE\]: no help for .*: commands are deduction, premium, contribution, care, rates, audit/);
      expect(r.stderr.length).toBeLessThan(300);
      // the same names as a command, and as rates' action
      const c = await cli([name]);
      expect([name.slice(0, 20), c.code]).toEqual([name.slice(0, 20), name === 'help' ? 0 : 2]);
      expect([name.slice(0, 20), (await cli(['rates', name])).code]).toEqual([name.slice(0, 20), 2]);
    }
  });

  it('--help and help <command> of every command: exit 0, the same text, each option of the command documented', async () => {
    for (const sub of COMMANDS) {
      const a = await cli([sub, '--help']);
      const b = await cli(['help', sub]);
      const c = await cli([sub, '-h']);
      expect([sub, a.code, b.code, c.code]).toEqual([sub, 0, 0, 0]);
      expect(a.stdout).toMatch(new RegExp(`^Usage:(\\n {2}| )jp-labor-insurance ${sub}`));
      expect(b.stdout).toBe(a.stdout);
      expect(c.stdout).toBe(a.stdout);
      for (const [option, spec] of Object.entries(TABLE[sub]!.options)) {
        expect([sub, option, a.stdout.includes(`--${option}`)]).toEqual([sub, option, true]);
        if (spec.short !== undefined) expect([sub, option, a.stdout.includes(`-${spec.short}`)]).toEqual([sub, option, true]);
      }
    }
    expect(Object.keys(TABLE)).toEqual(COMMANDS);
    const main = await cli(['help']);
    for (const sub of COMMANDS) expect(main.stdout).toContain(`  ${sub} `);
    expect(main.stdout).toContain('--rates <file.json>');
    const premium = (await cli(['premium', '--help'])).stdout;
    expect(premium).toContain('--worker-shares <yen>');
    expect(premium).toContain('事業主負担');
  });
});
