/**
 * The command line's dispatcher run in-process (`run(argv, io)` with an in-memory Io), so that its code
 * is measured by coverage; cli.test.ts runs the same commands as real processes. Expected figures are
 * hand computations shown beside each case.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { nodeIo, openOutput, readInput, streamOutput } from '../../src/cli/nodeIo.js';
import { run } from '../../src/cli/run.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface FakeIo {
  /** Bytes returned for every file read (default: the file on disk). */
  file?: Uint8Array | string;
  /** A read that fails with this error. */
  readError?: unknown;
  tty?: boolean;
}

async function cli(args: string[], fake: FakeIo = {}): Promise<{ code: number; stdout: string; stderr: string; outputs: (string | undefined)[] }> {
  let stdout = '';
  let stderr = '';
  const outputs: (string | undefined)[] = [];
  const io: Io = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stderrIsTTY: fake.tty === true,
    readFile: async (path) => {
      if (fake.readError !== undefined) throw fake.readError;
      if (fake.file !== undefined) return typeof fake.file === 'string' ? new TextEncoder().encode(fake.file) : fake.file;
      return readFile(path);
    },
    openOutput: async (path) => {
      outputs.push(path);
      return { write: async (s) => void (stdout += s), close: async () => undefined };
    },
  };
  const code = await run(args, io);
  return { code, stdout, stderr, outputs };
}

describe('run() in-process', () => {
  it('deduction: 200,000 × 5.5/1000 = 1,100 (FY2025 一般)', async () => {
    const r = await cli(['deduction', '--wage', '200000', '--category', 'general', '--closing-date', '2025-04-20', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { amount: number }).amount).toBe(1100);
  });

  it('premium: 小売業 FY2025, 3,300,000 × (3 + 14.5)/1000 = 57,750 (MHLW pamphlet)', async () => {
    const r = await cli(['premium', '--fiscal-year', '2025', '--industry', '98', '--category', 'general', '--wages', '3300000', '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('57750');
  });

  it('contribution: 10,129,000 × 0.02/1000 = 202.58 → 202', async () => {
    const r = await cli(['contribution', '--fiscal-year', '2024', '--wages', '10129569', '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('202');
  });

  it('audit: the fixture has mismatched and invalid rows → exit 1', async () => {
    const r = await cli(['audit', join(root, 'test/fixtures/audit-payroll.csv'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { summary: { rows: number } }).summary.rows).toBe(14);
  });

  it('rates list / show and help exit 0; unknown command is a usage error (2)', async () => {
    expect((await cli(['rates', 'list'])).code).toBe(0);
    expect((await cli(['rates', 'show', '2025'])).code).toBe(0);
    expect((await cli(['rates', 'diff', '2024', '2025'])).code).toBe(0);
    expect((await cli(['--help'])).code).toBe(0);
    const bad = await cli(['nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('error [USAGE]');
  });

  it('a negative wage is a coded input error (exit 2), not a crash', async () => {
    const r = await cli(['deduction', '--wage', '-1', '--category', 'general', '--fiscal-year', '2025']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error \[[A-Z_]+\]/);
  });
});

const fixture = (name: string) => join(root, 'test/fixtures', name);
type JsonRow = { id: string; outcome: string; status?: string; legalBasis?: string[]; likelyCause?: string; trace?: { rule: string }[]; explanation?: string[]; input?: unknown };
type JsonReport = { encoding: string; rounding: string; truncateToRinFirst: boolean; rows: JsonRow[]; summary: Record<string, number> };

describe('run() in-process: help never crashes', () => {
  it('help, help <command>, help --help exit 0 with the help', async () => {
    for (const args of [['help'], ['help', '--help'], ['help', '-h'], ['-h'], ['--help']]) {
      const r = await cli(args);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 0]);
      expect(r.stdout).toContain('Commands:');
    }
    for (const sub of ['deduction', 'premium', 'contribution', 'care', 'rates', 'audit']) {
      const r = await cli(['help', sub]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage:/);
      expect(r.stdout).toContain(sub);
      expect((await cli([sub, '--help'])).stdout).toBe(r.stdout);
    }
  });

  it('help <anything else> is a usage error (exit 2), inherited names included', async () => {
    for (const topic of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf', 'nope', '', 'x'.repeat(5000), '💥']) {
      const r = await cli(['help', topic]);
      expect([topic.slice(0, 20), r.code]).toEqual([topic.slice(0, 20), 2]);
      expect(r.stderr).toMatch(/^error \[USAGE\]: no help for /);
      expect(r.stderr.length).toBeLessThan(300); // a long argument is cut
    }
    expect((await cli(['help', 'audit', '--lang', 'en'])).stdout).toMatch(/^Usage: jp-labor-insurance audit/);
    expect((await cli(['help', '--lang=ja'])).stdout).toContain('Commands:');
    const extra = await cli(['help', 'audit', 'extra']);
    expect([extra.code, extra.stderr]).toEqual([2, expect.stringContaining('error [USAGE]: help takes one command name')]);
  });

  it('no arguments prints the help and exits 2; unknown commands, inherited names too, are usage errors', async () => {
    const none = await cli([]);
    expect([none.code, none.stdout.includes('Commands:')]).toEqual([2, true]);
    for (const name of ['toString', '__proto__', 'x'.repeat(1000)]) {
      const r = await cli([name]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error \[USAGE\]: unknown command /);
      expect(r.stderr.length).toBeLessThan(300);
    }
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('run() in-process: errors as error [CODE]: message, --lang', () => {
  it('--lang other than ja or en is a usage error for every command, before anything runs', async () => {
    for (const args of [
      ['rates', 'list', '--lang', 'fr'],
      ['audit', 'x.csv', '--lang=de'],
      ['deduction', '--lang', ''],
      ['rates', 'list', '--lang'],
    ]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error \[USAGE\]: --lang must be ja or en/);
      expect(r.stdout).toBe('');
    }
  });

  it('a library error is in English by default and in Japanese (messageJa) with --lang ja', async () => {
    // 2010 has no rate table (tables start in FY2018)
    const en = await cli(['rates', 'show', '2010']);
    expect([en.code, en.stderr]).toEqual([2, expect.stringMatching(/^error \[NO_RATE_TABLE\]: no rate table for FY2010; .*\n$/)]);
    const ja = await cli(['rates', 'show', '2010', '--lang', 'ja']);
    expect([ja.code, ja.stderr]).toEqual([2, 'error [NO_RATE_TABLE]: その年度・日付の料率表がありません\n']);
    // 金額が負の数です, with the field: the catalogue meaning of AMOUNT_NEGATIVE
    const wage = await cli(['deduction', '--wage=-1', '--category', 'general', '--fiscal-year', '2025', '--lang=ja']);
    expect([wage.code, wage.stderr]).toEqual([2, expect.stringMatching(/^error \[AMOUNT_NEGATIVE\]: 金額が負の数です（wage/)]);
  });

  it('option parse errors, file errors and internal errors all print error [CODE]', async () => {
    const parse = await cli(['rates', 'list', '--nope']);
    expect([parse.code, parse.stderr]).toEqual([2, expect.stringMatching(/^error \[USAGE\]: .*\n\(use --help\)\n$/)]);
    const missing = await cli(['audit', join(root, 'no-such-file.csv')]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/^error \[ENOENT\]: /)]);
    const bug = await cli(['audit', 'x.csv'], { readError: new TypeError('boom') });
    expect([bug.code, bug.stderr]).toEqual([70, expect.stringMatching(/^error \[INTERNAL\]: boom\n/)]);
    const odd = await cli(['audit', 'x.csv'], {
      readError: Object.defineProperty({}, 'message', {
        get: () => {
          throw new Error('x');
        },
      }),
    });
    expect(odd.code).toBe(70);
    expect(odd.stderr).toMatch(/^error \[INTERNAL\]: /);
  });
});

describe('run() in-process: rates', () => {
  it('list and status, as text and JSON', async () => {
    const list = await cli(['rates', 'list']);
    expect(list.stdout.trim().split('\n')).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    expect(JSON.parse((await cli(['rates', 'list', '--json'])).stdout)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const status = await cli(['rates', 'status']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('収録年度 (fiscal years): FY2018–FY2026');
    expect(status.stdout).toContain('既知の欠落 (known gaps)');
    const sj = JSON.parse((await cli(['rates', 'status', '--json'])).stdout) as { fiscalYears: number[] };
    expect(sj.fiscalYears.at(-1)).toBe(2026);
    expect((await cli(['rates', 'status', '2025'])).code).toBe(2);
  });

  it('show: the FY2025 雇用保険率 (一般 14.5 / 5.5 / 9 ‰) and the 小売業 労災保険率 3‰', async () => {
    const r = await cli(['rates', 'show', '2025']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/general\s+14\.5 \/ 5\.5 \/ 9 \//);
    expect(r.stdout).toMatch(/98\s+3‰/);
    const j = JSON.parse((await cli(['rates', 'show', '2025', '--json'])).stdout) as { employmentInsurance: { categories: { general: { worker: string } } }[] };
    expect(j.employmentInsurance[0]!.categories.general.worker).toBe('5.5');
    for (const bad of [['rates', 'show'], ['rates', 'show', '25'], ['rates', 'show', '2025', '2026'], ['rates'], ['rates', 'toString']]) {
      const e = await cli(bad);
      expect([bad.join(' '), e.code]).toEqual([bad.join(' '), 2]);
      expect(e.stderr).toMatch(/^error \[USAGE\]/);
    }
  });

  it('diff FY2024 → FY2025: worker 6 → 5.5‰ effective 2025-04-01, legal basis as a list', async () => {
    const text = await cli(['rates', 'diff', '2024', '2025']);
    expect(text.stdout).toMatch(/^FY2024 → FY2025: \d+ change\(s\)/);
    expect(text.stdout).toContain('2025-04-01  雇用保険率 一般の事業 被保険者負担: 6‰ → 5.5‰');
    expect(text.stdout).toContain('[徴収法12条4項・31条1項]');
    const care = await cli(['rates', 'diff', '2025', '2025']);
    // 令和7年8月改定: 常時介護 上限 177,950 → 186,050 円
    expect(care.stdout).toContain('2025-08-01  介護(補償)等給付 常時介護 上限額: 177,950円 → 186,050円');
    const j = JSON.parse((await cli(['rates', 'diff', '2024', '2025', '--json'])).stdout) as { changes: { key: string; legalBasis: string[] }[] };
    expect(j.changes.find((c) => c.key === 'general.worker')!.legalBasis).toEqual(['徴収法12条4項・31条1項']);
    expect((await cli(['rates', 'diff', '2025', '2026'])).stdout).toContain('note: careBenefit');
    expect((await cli(['rates', 'diff', '2024', '2025', '2026'])).code).toBe(2);
    expect((await cli(['rates', 'diff', '2024'])).code).toBe(2);
  });
});

describe('run() in-process: audit', () => {
  it('the CSV report of the fixture: outcome, rate status and legal basis per row (hand computations in cli.test.ts)', async () => {
    const r = await cli(['audit', fixture('audit-payroll.csv')]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      'line,id,outcome,insured,wage,closingDate,category,deducted,expected,difference,exact,rate,period,rounding,status,likelyCause,errorCode,error,normalized',
    );
    const data = lines.filter((l) => /^\d/.test(l));
    expect(data).toHaveLength(14);
    // E001 200,000 × 5.5‰ = 1,100 → match
    expect(data[0]).toMatch(/^2,E001,match,,200000,2025-04-20,general,1100,1100,0,1100,5\.5,2025-04-01\.\.2026-03-31,halfDown,confirmed,/);
    // the rate's legal basis once, in a trailer row (issue 12), not per row
    expect(data[0]).not.toContain('徴収法12条4項');
    expect(lines.filter((l) => l.startsWith('rate,general,2025-04-01..2026-03-31,5.5,confirmed,')).length).toBe(1);
    expect(r.stdout).toContain('徴収法12条4項・31条1項; 徴収法31条1項・32条1項; 徴収則60条');
    // E007 "3,300,000" → normalised: 3,300,000 × 5.5‰ = 18,150 → match, noted
    expect(data[6]).toMatch(/^8,E007,match,,3300000,.*,wage$/);
    expect(r.stderr).toBe('audit: 14 rows — 7 matched, 3 mismatched, 4 invalid, 0 skipped (empty); cells normalised: wage 1 (encoding utf8, rounding halfDown)\n');
  });

  it('JSON with --explain --lang en: each row has its steps and their text', async () => {
    const r = await cli(['audit', fixture('audit-payroll.csv'), '--format', 'json', '--explain', '--lang', 'en']);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect([report.encoding, report.rounding, report.truncateToRinFirst]).toEqual(['utf8', 'halfDown', false]);
    const e004 = report.rows.find((x) => x.id === 'E004')!;
    // E004 closing 2025-04-30: 200,000 × 5.5‰ = 1,100, deducted 1,200 = the FY2024 6‰
    expect(e004.trace!.map((s) => s.rule)).toEqual(['audit.rate', 'audit.exact', 'audit.round.halfDown', 'audit.mismatch', 'audit.cause.oldRate']);
    expect(e004.explanation![3]).toBe('4. deducted 1,200 ≠ expected 1,100 (difference 100)');
    expect(e004.explanation![4]).toContain('6/1000 (2024-04-01..2025-03-31) gives ¥1,200');
    expect([e004.status, e004.likelyCause]).toEqual(['confirmed', 'old-rate']);
    const e006 = report.rows.find((x) => x.id === 'E006')!;
    expect([e006.outcome, e006.explanation, e006.input]).toEqual(['invalid', [], { id: 'E006', wage: '-200000', closingDate: '2025-05-31', category: 'general', deducted: '0' }]);
    expect(report.summary).toMatchObject({ rows: 14, matched: 7, mismatched: 3, invalid: 4 });
    const plain = JSON.parse((await cli(['audit', fixture('audit-payroll.csv'), '--format', 'json'])).stdout) as JsonReport;
    expect(plain.rows[0]!.trace).toBeUndefined();
  });

  it('CSV with --explain in Japanese, --bom, --output, --rounding and the 厘 variant', async () => {
    const r = await cli(['audit', fixture('audit-payroll-bom.csv'), '--explain', '--bom', '--output', 'report.csv']);
    expect(r.outputs).toEqual(['report.csv']);
    expect(r.stdout.startsWith('\uFEFFline,')).toBe(true);
    expect(r.stdout.split('\r\n')[0]!.endsWith(',normalized,explanation')).toBe(true);
    expect(r.stdout).toContain('2. 賃金 200,000 × 5.5/1000 = 1,100 [徴収法31条1項・32条1項; 徴収則60条]');
    expect(r.stderr).toContain('; report written to report.csv');
    // W5 101,000 × 5.5‰ = 555.5 → halfUp 556; W6 100,091 × 5.5‰ = 550.5005 → 厘 550.5 → halfDown 550
    const file = 'wage,closingDate,category,deducted\n101000,2025-05-31,general,556\n100091,2025-05-31,general,550\n';
    const up = await cli(['audit', 'in.csv', '--rounding', 'halfUp', '--format', 'json'], { file });
    expect((JSON.parse(up.stdout) as JsonReport).rows.map((x) => x.outcome)).toEqual(['match', 'mismatch']);
    const rin = await cli(['audit', 'in.csv', '--truncate-to-rin-first', '--format', 'json'], { file });
    expect((JSON.parse(rin.stdout) as JsonReport).rows.map((x) => x.outcome)).toEqual(['mismatch', 'match']);
    expect(rin.stderr).toContain('rounding halfDown, truncateToRinFirst');
    const out = await cli(['audit', 'in.csv', '--output', 'r.json'], { file });
    expect(() => JSON.parse(out.stdout)).not.toThrow(); // --output *.json gives JSON
  });

  it('every row matched → exit 0; Shift_JIS read with Japanese headers', async () => {
    // 200,000 × 5.5‰ = 1,100 in every rounding mode
    const ok = await cli(['audit', '-'], { file: '社員番号,支給額,賃金締切日,事業区分,雇用保険料\nA,200000,2025/5/31,一般,1100\n' });
    expect([ok.code, ok.stderr]).toEqual([
      0,
      'audit: 1 rows — 1 matched, 0 mismatched, 0 invalid, 0 skipped (empty); cells normalised: closingDate 1 (encoding utf8, rounding halfDown)\n',
    ]);
    const sjis = await cli(['audit', fixture('audit-payroll-sjis.csv'), '--format', 'json']);
    expect((JSON.parse(sjis.stdout) as JsonReport).encoding).toBe('shift_jis');
    const utf16 = await cli(['audit', 'x.csv'], { file: new Uint8Array([0xff, 0xfe, 0x41, 0x00]) });
    expect([utf16.code, utf16.stderr]).toEqual([2, expect.stringContaining('error [INVALID_ENCODING]: the file is UTF-16')]);
  });

  it('progress on a terminal and with --progress; large files keep every row', async () => {
    // 25 rows of 200,000 × 5.5‰ = 1,100; rows 0, 5, 10, 15, 20 deduct 1,200 (the old rate): 2 in the first 10, 4 in 20, 5 in all
    const rows = Array.from({ length: 25 }, (_, i) => `${i},200000,2025-06-30,general,${i % 5 === 0 ? 1200 : 1100}`);
    const file = `id,wage,closingDate,category,deducted\n${rows.join('\n')}\n`;
    const tty = await cli(['audit', 'big.csv', '--progress-every', '10'], { file, tty: true });
    expect(tty.code).toBe(1);
    expect(tty.stderr).toMatch(
      /^\raudit: 10 rows \(2 mismatched, 0 invalid\), [0-9.]+ s\raudit: 20 rows \(4 mismatched, 0 invalid\), [0-9.]+ s\naudit: 25 rows — 20 matched, 5 mismatched, 0 invalid/,
    );
    const piped = await cli(['audit', 'big.csv', '--progress', '--progress-every', '20'], { file });
    expect(piped.stderr.split('\n')[0]).toMatch(/^audit: 20 rows \(4 mismatched, 0 invalid\)/);
    const quiet = await cli(['audit', 'big.csv'], { file });
    expect(quiet.stderr.split('\n')).toHaveLength(2);
  });

  it('refuses bad options and unusable files with exit 2 and no report', async () => {
    const cases: [string[], FakeIo, RegExp][] = [
      [['audit'], {}, /^error \[USAGE\]: audit needs exactly one file/],
      [['audit', 'a.csv', 'b.csv'], {}, /^error \[USAGE\]: audit needs exactly one file/],
      [['audit', 'a.csv', '--format', 'xml'], {}, /^error \[USAGE\]: --format must be csv or json/],
      [['audit', 'a.csv', '--progress-every', '0'], {}, /^error \[USAGE\]: --progress-every must be a positive integer/],
      [['audit', 'a.csv', '--progress-every', '1'.repeat(30)], {}, /^error \[USAGE\]: --progress-every/],
      [['audit', 'a.csv', '--encoding', 'latin1'], {}, /^error \[USAGE\]: --encoding must be/],
      [['audit', 'a.csv', '--rounding', 'bankers'], { file: 'wage\n' }, /^error \[INVALID_ROUNDING_MODE\]: /],
      [['audit', 'a.csv'], { file: '' }, /^error \[MISSING_COLUMN\]: the CSV file is empty/],
      [['audit', 'a.csv'], { file: 'id,wage\n1,200000\n' }, /^error \[MISSING_COLUMN\]: the CSV header lacks the column\(s\) closingDate, category, deducted/],
      [['audit', 'a.csv'], { file: 'wage,closingDate,category,deducted\n"200000,2025-05-31,general,1100\n' }, /^error \[CSV_PARSE\]: CSV parse error/],
      [['audit', 'a.csv', '--encoding', 'utf8'], { file: new Uint8Array([0x82, 0xa0]) }, /^error \[INVALID_ENCODING\]: the bytes after byte 0 are not valid UTF-8/],
    ];
    for (const [args, fake, message] of cases) {
      const r = await cli(args, fake);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
      expect(r.stderr).toMatch(message);
      expect(r.outputs).toEqual([]);
    }
  });

  it('row errors in the report are in Japanese with --lang ja only (as on stderr)', async () => {
    const file = 'wage,closingDate,category,deducted\n-5,2025-05-20,general,0\n';
    const ja = await cli(['audit', 'a.csv', '--lang', 'ja'], { file });
    expect(ja.stdout.split('\r\n')[1]).toContain(',AMOUNT_NEGATIVE,"金額が負の数です（wage: ""-5""）",');
    const en = await cli(['audit', 'a.csv'], { file });
    expect(en.stdout.split('\r\n')[1]).toContain(',AMOUNT_NEGATIVE,"wage must not be negative (got ""-5"")",');
  });

  it('a header-only file gives an empty report (exit 0)', async () => {
    const csv = await cli(['audit', 'a.csv'], { file: 'wage,closingDate,category,deducted\n' });
    expect([csv.code, csv.stdout.split('\r\n')[0]!.startsWith('line,id,outcome')]).toEqual([0, true]);
    const json = JSON.parse((await cli(['audit', 'a.csv', '--format', 'json'], { file: 'wage,closingDate,category,deducted\n' })).stdout) as JsonReport;
    expect([json.rows, json.summary.rows]).toEqual([[], 0]);
  });
});

describe('run() in-process: --explain on a calculation', () => {
  it('deduction W6: 100,091 × 5.5/1000 = 550.5005 → 551 (源泉控除), steps in Japanese and English', async () => {
    const ja = await cli(['deduction', '--wage', '100091', '--category', 'general', '--closing-date', '2025-05-31', '--explain']);
    expect(ja.code).toBe(0);
    expect(ja.stdout).toContain('2. 賃金 100,091 × 5.5/1000 = 550.5005 [徴収法31条1項・32条1項; 徴収則60条]');
    const en = await cli(['deduction', '--wage', '100091', '--category', 'general', '--closing-date', '2025-05-31', '--explain', '--lang', 'en']);
    expect(en.stdout).toContain('2. wage 100,091 × 5.5/1000 = 550.5005 [徴収法31条1項・32条1項; 徴収則60条]');
  });
});

describe('the Node.js Io (src/cli/nodeIo.ts)', () => {
  it('reads a file and stdin, writes a report to a file and to a stream', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jp-labor-insurance-io-'));
    try {
      const path = join(dir, 'in.csv');
      writeFileSync(path, 'a,b\n');
      expect(new TextDecoder().decode(await readInput(path))).toBe('a,b\n');
      expect(new TextDecoder().decode(await readInput('-', Readable.from([Buffer.from('x,'), 'y\n'])))).toBe('x,y\n');
      const out = await openOutput(join(dir, 'out.csv'));
      await out.write('line\r\n');
      await out.close();
      expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('line\r\n');
      await expect(openOutput(join(dir, 'missing', 'out.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
      let written = '';
      const sink = new Writable({ write: (chunk: Buffer, _enc, done) => ((written += chunk.toString()), done()) });
      const toStdout = await openOutput(undefined, sink);
      await toStdout.write('report');
      await toStdout.close();
      expect(written).toBe('report');
      const failing = new Writable({ write: (_c, _e, done) => done(new Error('EPIPE-like')) });
      const broken = streamOutput(failing, true);
      await broken.write('a').catch(() => undefined);
      await new Promise((r) => setImmediate(r));
      await expect(broken.write('b')).rejects.toThrow('EPIPE-like');
      const io = nodeIo();
      expect(typeof io.stderrIsTTY).toBe('boolean');
      io.stdout('');
      io.stderr('');
      expect(new TextDecoder().decode(await io.readFile(path))).toBe('a,b\n');
      const viaIo = await io.openOutput(join(dir, 'io.csv'));
      await viaIo.write('x');
      await viaIo.close();
      expect(readFileSync(join(dir, 'io.csv'), 'utf8')).toBe('x');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
