/**
 * The command line run as a real process: `node --import tsx src/cli/main.ts …` (tests run before the
 * build), and the built `dist/cli.js` when it exists.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(root, 'test', 'fixtures');
const work = mkdtempSync(join(tmpdir(), 'jp-labor-insurance-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

type ReportRow = Record<string, string>;
// The report's data rows (the trailer rows 'summary' / 'rate' / 'rule' list the basis once, issue 12).
const csvReport = (text: string): ReportRow[] => (parse(text, { columns: true, bom: true, relax_column_count: true }) as ReportRow[]).filter((x) => /^\d+$/.test(x.line!));

describe('audit <file.csv>', () => {
  // test/fixtures/audit-payroll.csv, expected values by hand (rules.md §12.2 ids where they exist):
  //  E001 200,000 × 5.5‰ = 1,100 (W1)                     → match
  //  E002 450,000 × 5.5‰ = 2,475 (W2)                     → match
  //  E003 266,750 × 6‰ = 1,600.5 → 1,600 (W3); 1,601      → mismatch, wrong rounding (halfUp)
  //  E004 closing 2025-04-30: 200,000 × 5.5‰ = 1,100; 1,200 = the FY2024 6‰ → mismatch, old rate
  //  E005 closing 2025-03-31: 200,000 × 6‰ = 1,200 (W20)  → match
  //  E006 wage -200000                                     → invalid AMOUNT_NEGATIVE
  //  E007 wage "3,300,000"                                 → normalised to 3300000 (issue 12): × 5.5‰ = 18,150 → match
  //  E008 category retail                                  → invalid UNKNOWN_CATEGORY
  //  E009 closing 2025-02-30                               → invalid INVALID_DATE
  //  E010 300,000 × 6.5‰ = 1,950 (W17, 建設)               → match
  //  E011 100,091 × 5.5‰ = 550.5005 → 551 (W6); 550        → mismatch (floor / 厘 truncation)
  //  E012 101,000 × 5.5‰ = 555.5 → 555 (W5), category 一般 → match
  //  E013 no deducted cell                                 → invalid AMOUNT_TYPE
  //  E014 250,084 × 6‰ = 1,500.504 → 1,501 (W4)           → match
  const expected: Record<string, [string, string, string, string]> = {
    E001: ['match', '1100', '0', ''],
    E002: ['match', '2475', '0', ''],
    E003: ['mismatch', '1600', '1', 'rounding:halfUp rounding:ceil'],
    E004: ['mismatch', '1100', '100', 'old-rate'],
    E005: ['match', '1200', '0', ''],
    E006: ['invalid', '', '', 'AMOUNT_NEGATIVE'],
    E007: ['match', '18150', '0', ''], // "3,300,000" normalised (issue 12): 3,300,000 × 5.5‰ = 18,150
    E008: ['invalid', '', '', 'UNKNOWN_CATEGORY'],
    E009: ['invalid', '', '', 'INVALID_DATE'],
    E010: ['match', '1950', '0', ''],
    E011: ['mismatch', '551', '-1', 'rounding:floor truncateToRinFirst'],
    E012: ['match', '555', '0', ''],
    E013: ['invalid', '', '', 'AMOUNT_TYPE'],
    E014: ['match', '1501', '0', ''],
  };

  it('flags exactly the wrong rows (CSV report) and exits 1', () => {
    const r = cli(['audit', join(fixtures, 'audit-payroll.csv')]);
    expect(r.status).toBe(1);
    const rows = csvReport(r.stdout);
    const input = readFileSync(join(fixtures, 'audit-payroll.csv'), 'utf8').trim().split('\n').length - 1;
    expect(rows).toHaveLength(input);
    expect(rows.map((x) => x.id)).toEqual(Object.keys(expected));
    for (const row of rows) {
      const [status, exp, diff, extra] = expected[row.id!]!;
      expect([row.id, row.outcome, row.expected, row.difference, row.outcome === 'invalid' ? row.errorCode : row.likelyCause]).toEqual([row.id, status, exp, diff, extra]);
    }
    expect(rows.map((x) => x.line)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15']);
    expect(rows.find((x) => x.id === 'E007')!.wage).toBe('3300000'); // normalised, and noted
    expect(rows.find((x) => x.id === 'E007')!.normalized).toBe('wage');
    expect(r.stderr).toContain('audit: 14 rows — 7 matched, 3 mismatched, 4 invalid, 0 skipped (empty); cells normalised: wage 1');
  });

  it('writes a JSON report whose counts equal the input rows', () => {
    const out = join(work, 'report.json');
    const r = cli(['audit', join(fixtures, 'audit-payroll.csv'), '--output', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      summary: Record<string, unknown>;
      basis: { rates: { sources: string[] }[] };
      rows: { id: string; outcome: string; trace?: unknown; sources?: string[] }[];
    };
    expect(report.summary).toEqual({
      rows: 14,
      matched: 7,
      mismatched: 3,
      invalid: 4,
      totalDeducted: 1100 + 2475 + 1601 + 1200 + 1200 + 18150 + 1950 + 550 + 555 + 1501,
      totalExpected: 1100 + 2475 + 1600 + 1100 + 1200 + 18150 + 1950 + 551 + 555 + 1501,
      totalDifference: 100,
      skipped: 0,
      notInsured: 0,
      normalized: { wage: 1, deducted: 0, closingDate: 0 },
      encoding: 'utf8',
    });
    expect(report.rows).toHaveLength(14);
    expect(report.rows.map((x) => x.outcome)).toEqual(Object.values(expected).map((e) => e[0]));
    expect(report.rows[0]!.trace).toBeUndefined();
    expect(report.rows[0]!.sources).toBeUndefined(); // listed once, in basis (issue 12)
    expect(report.basis.rates[0]!.sources.length).toBeGreaterThan(0);
  });

  it('reads Shift_JIS (auto-detected or --encoding) with Japanese headers and categories', () => {
    // 001 200,000 × 5.5‰ = 1,100 一般 → match; 002 300,000 × 6.5‰ = 1,950 建設 → match;
    // 003 closing 2025-04-30 200,000 × 5.5‰ = 1,100, deducted 1,200 (6‰) → mismatch old-rate
    for (const extra of [[], ['--encoding', 'shift_jis']]) {
      const r = cli(['audit', join(fixtures, 'audit-payroll-sjis.csv'), '--format', 'json', ...extra]);
      expect(r.status).toBe(1);
      const report = JSON.parse(r.stdout) as { encoding: string; rows: { id: string; outcome: string; category: string; likelyCause?: string }[] };
      expect(report.encoding).toBe('shift_jis');
      expect(report.rows.map((x) => [x.id, x.outcome, x.category, x.likelyCause ?? ''])).toEqual([
        ['001', 'match', 'general', ''],
        ['002', 'match', 'construction', ''],
        ['003', 'mismatch', 'general', 'old-rate'],
      ]);
    }
    const forced = cli(['audit', join(fixtures, 'audit-payroll-sjis.csv'), '--encoding', 'utf8']);
    expect(forced.status).toBe(2);
    expect(forced.stderr).toMatch(/not valid UTF-8.*iconv -f CP932 -t UTF-8/);
  });

  it('reads UTF-8 with a BOM, and stdin', () => {
    const bom = readFileSync(join(fixtures, 'audit-payroll-bom.csv'));
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const a = cli(['audit', join(fixtures, 'audit-payroll-bom.csv')]);
    const b = cli(['audit', '-'], bom);
    for (const r of [a, b]) {
      expect(r.status).toBe(1);
      expect(csvReport(r.stdout).map((x) => x.outcome)).toEqual(['match', 'match', 'mismatch']);
    }
  });

  it("--bom starts the CSV report with a BOM for Excel; --explain adds each row's steps", () => {
    const out = join(work, 'report.csv');
    const r = cli(['audit', join(fixtures, 'audit-payroll-sjis.csv'), '--bom', '--explain', '--lang', 'en', '--output', out]);
    expect(r.status).toBe(1);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvReport(bytes.toString('utf8'));
    // 003: 200,000 × 5.5‰ = 1,100 (closing 2025-04-30)
    expect(rows[2]!.explanation).toContain('2. wage 200,000 × 5.5/1000 = 1,100 [徴収法31条1項・32条1項; 徴収則60条]');
    expect(bytes.toString('utf8')).toMatch(/\r\nrule,.*withheld from wages/); // the rule once, in the trailer
  });

  it('exits 0 when every row matches, and honours --rounding', () => {
    const file = join(work, 'ok.csv');
    // W5: 101,000 × 5.5‰ = 555.5 → halfUp 556; W1: 1,100 in every mode
    writeFileSync(file, 'wage,closingDate,category,deducted\n101000,2025-05-31,general,556\n200000,2025-05-31,general,1100\n');
    const halfUp = cli(['audit', file, '--rounding', 'halfUp']);
    expect(halfUp.status).toBe(0);
    expect(csvReport(halfUp.stdout).map((x) => x.outcome)).toEqual(['match', 'match']);
    expect(cli(['audit', file]).status).toBe(1);
    const bad = cli(['audit', file, '--rounding', 'bankers']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('error [INVALID_ROUNDING_MODE]');
  });

  it('refuses a file without the needed columns, a missing file, and bad options (exit 2)', () => {
    const file = join(work, 'cols.csv');
    writeFileSync(file, 'id,wage\n1,200000\n');
    const r = cli(['audit', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error [MISSING_COLUMN]');
    expect(r.stderr).toContain('closingDate, category, deducted');
    expect(cli(['audit', join(work, 'nope.csv')]).stderr).toContain('error [ENOENT]');
    const broken = join(work, 'broken.csv');
    writeFileSync(broken, 'wage,closingDate,category,deducted\n"200000,2025-05-31,general,1100\n');
    const b = cli(['audit', broken]);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('CSV parse error');
    expect(cli(['audit']).status).toBe(2);
    expect(cli(['audit', file, '--format', 'xml']).status).toBe(2);
  });

  it('reports progress on large files and keeps every row', () => {
    const file = join(work, 'big.csv');
    // 2,500 rows of 200,000 × 5.5‰ = 1,100; every 7th row deducts 1,200 (the old rate)
    const lines = ['id,wage,closingDate,category,deducted'];
    for (let i = 0; i < 2500; i++) lines.push(`${i},200000,2025-06-30,general,${i % 7 === 0 ? 1200 : 1100}`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = cli(['audit', file, '--progress', '--progress-every', '1000', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('audit: 1,000 rows');
    expect(r.stderr).toContain('audit: 2,000 rows');
    const report = JSON.parse(r.stdout) as { summary: Record<string, number> };
    // multiples of 7 in 0..2499: ⌊2499 / 7⌋ + 1 = 357 + 1 = 358
    expect(report.summary).toMatchObject({ rows: 2500, mismatched: 358, matched: 2142, invalid: 0 });
  });
});

describe('calculation subcommands', () => {
  it('deduction (rules.md W1, W3, W6) with --json and --explain', () => {
    const w1 = cli(['deduction', '--wage', '200000', '--category', 'general', '--closing-date', '2025-04-20']);
    expect(w1.status).toBe(0);
    expect(w1.stdout).toContain('1,100円');
    const w3 = JSON.parse(cli(['deduction', '--wage', '266750', '--category', '一般', '--fiscal-year', '2024', '--rounding', 'halfUp', '--json']).stdout) as {
      amount: number;
      exact: string;
    };
    expect([w3.amount, w3.exact]).toEqual([1601, '1600.5']);
    const w6 = cli(['deduction', '--wage', '100091', '--category', 'general', '--closing-date', '2025-05-31', '--explain', '--lang', 'en']);
    expect(w6.stdout.split('\n')).toEqual([
      'employment insurance worker share ¥551 (wage 100,091 × 5.5/1000 = 550.5005, halfDown, FY2025)',
      expect.stringMatching(/^1\. worker rate 5\.5\/1000 .*\[徴収法12条4項・31条1項\]$/),
      '2. wage 100,091 × 5.5/1000 = 550.5005 [徴収法31条1項・32条1項; 徴収則60条]',
      expect.stringMatching(/^3\. .* → ¥551 \[/),
      '',
    ]);
    const bad = cli(['deduction', '--wage', '3,300,000', '--category', 'general', '--closing-date', '2025-04-20']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('error [AMOUNT_MALFORMED]');
  });

  it('premium: the MHLW pamphlet 小売業 example 57,750 = 9,900 + 47,850 (rules.md §1.6 #1)', () => {
    const r = cli(['premium', '--fiscal-year', '2025', '--industry', '98', '--category', 'general', '--wages', '3300000', '--explain']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('労働保険料 57,750円');
    expect(r.stdout).toContain('労災保険分 9,900円');
    expect(r.stdout).toContain('雇用保険分 47,850円');
    expect(r.stdout).toContain('千円未満切捨て 3,300,000 [徴収法15条1項1号]');
    // rules.md §1.6 #4: 労災 12,345,000 × 3‰ = 37,035; 雇用 10,000,000 × 14.5‰ = 145,000
    const split = JSON.parse(
      cli(['premium', '--fiscal-year', '2025', '--industry', '98', '--category', 'general', '--wc-wages', '12345678', '--ei-wages', '10000999', '--json']).stdout,
    ) as { amount: number };
    expect(split.amount).toBe(182_035);
  });

  it('rates show / diff / list', () => {
    const show = cli(['rates', 'show', '2025']);
    expect(show.status).toBe(0);
    expect(show.stdout).toContain('general      14.5 / 5.5 / 9 / 3.5');
    const json = JSON.parse(cli(['rates', 'show', '2025', '--json']).stdout) as { fiscalYear: number };
    expect(json.fiscalYear).toBe(2025);
    const diff = cli(['rates', 'diff', '2024', '2025']);
    expect(diff.stdout).toContain('2025-04-01  雇用保険率 一般の事業 被保険者負担: 6‰ → 5.5‰');
    const diffJson = JSON.parse(cli(['rates', 'diff', '2024', '2025', '--json']).stdout) as { changes: { key: string }[] };
    expect(diffJson.changes.some((c) => c.key === 'construction.worker')).toBe(true);
    expect(cli(['rates', 'list']).stdout.trim().split('\n')).toContain('2025');
    expect(cli(['rates', 'show', '2010']).stderr).toContain('error [NO_RATE_TABLE]');
    expect(cli(['rates', 'frobnicate']).status).toBe(2);
  });

  it('care: rules.md §10.2 vectors #2, #4, #7, #10', () => {
    const amount = (args: string[]) => (JSON.parse(cli(['care', ...args, '--json']).stdout) as { amount: number }).amount;
    expect(amount(['--month', '2025-09', '--level', 'constant', '--expense', '200000'])).toBe(186_050); // #2 capped
    expect(amount(['--month', '2025-05', '--level', 'constant', '--expense', '50000', '--family-care'])).toBe(85_490); // #4 最低保障
    expect(amount(['--month', '2025-05', '--level', 'constant', '--expense', '30000', '--family-care', '--first-month'])).toBe(30_000); // #7
    expect(amount(['--month', '2025-09', '--level', 'occasional', '--expense', '100000'])).toBe(92_980); // #10
    const text = cli(['care', '--month', '2025-09', '--level', 'constant', '--expense', '200000', '--explain']);
    expect(text.stdout).toContain('介護(補償)等給付 186,050円');
    expect(text.stdout).toContain('[労災法19条の2');
    const bad = cli(['care', '--month', '2025-09', '--level', 'sometimes', '--expense', '1']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('error [INVALID_OPTION]');
  });

  it('contribution: rules.md §4.2 #1 — 10,129,569 → 10,129,000 × 0.02/1000 = 202.58 → 202', () => {
    const r = cli(['contribution', '--fiscal-year', '2024', '--wages', '10129569', '--explain']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('一般拠出金 202円 (FY2024; 10,129,000 × 0.02/1000 = 202.58)');
    expect(r.stdout).toContain('千円未満切捨て');
    const json = JSON.parse(cli(['contribution', '--fiscal-year', '2024', '--wages', '10129569', '--json']).stdout) as { amount: number; base: number };
    expect([json.base, json.amount]).toEqual([10_129_000, 202]);
    const none = JSON.parse(cli(['contribution', '--fiscal-year', '2024', '--wages', '0', '--coverage', 'employmentInsurance', '--json']).stdout) as {
      amount: number;
      applicable: boolean;
    };
    expect([none.amount, none.applicable]).toEqual([0, false]);
    expect(cli(['contribution', '--fiscal-year', '2024', '--wages=-1']).stderr).toContain('error [AMOUNT_NEGATIVE]');
  });
});

describe('help, version and usage errors', () => {
  it('--help for every subcommand', () => {
    for (const sub of ['deduction', 'premium', 'contribution', 'care', 'rates', 'audit']) {
      const r = cli([sub, '--help']);
      expect(r.status, sub).toBe(0);
      expect(r.stdout, sub).toMatch(/^Usage:/);
      expect(r.stdout, sub).toContain(sub);
    }
    const main = cli(['--help']);
    expect(main.status).toBe(0);
    expect(main.stdout).toContain('Commands:');
    expect(cli([]).status).toBe(2);
  });

  it('--version prints the package version; unknown commands and options exit 2', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version']).stdout.trim()).toBe(pkg.version);
    const unknown = cli(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('error [USAGE]');
    expect(cli(['deduction', '--nope']).status).toBe(2);
  });

  it('help <anything> never crashes: help audit exits 0, help toString is a usage error (2, not 70)', () => {
    expect(cli(['help', 'audit']).stdout).toMatch(/^Usage: jp-labor-insurance audit/);
    for (const topic of ['toString', 'nope']) {
      const r = cli(['help', topic]);
      expect([topic, r.status]).toEqual([topic, 2]);
      expect(r.stderr).toMatch(/^error \[USAGE\]: no help for /);
    }
    const lang = cli(['rates', 'list', '--lang', 'fr']);
    expect([lang.status, lang.stderr]).toEqual([2, "error [USAGE]: --lang must be ja or en (got 'fr')\n"]);
  });
});

describe('built dist/cli.js', () => {
  it('runs with node and audits the fixture', () => {
    const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'audit', join(fixtures, 'audit-payroll.csv'), '--format', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { summary: { rows: number } }).summary.rows).toBe(14);
    expect(readFileSync(join(root, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });
});
