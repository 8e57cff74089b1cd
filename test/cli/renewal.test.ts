/**
 * `jp-labor-insurance renewal` in-process (run(argv, io) with an in-memory Io). Every figure is a hand computation
 * from the rates of rates/parameters: FY2024 (確定 of the 年度更新 2025) 業種94 労災 3‰ + 雇用 一般 15.5‰ = 18.5‰;
 * FY2025 (概算) 3‰ + 14.5‰ = 17.5‰ (employment.yaml from 2025-04-01, workers-compensation.yaml R6 table);
 * 一般拠出金 0.02‰; 延納 from a 概算 of 400,000 (procedures.yaml), at any amount when 事務組合委託; bases are
 * 千円未満切捨て, premiums 円未満切捨て; 延納 ⌊E/3⌋ with the remainder on 第1期.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SJIS = join(root, 'test/fixtures/renewal-members-sjis.csv');

// The fixture's text: test/fixtures/renewal-members-sjis.csv is exactly this, encoded in Shift_JIS (CP932) with CRLF
// (made with `iconv -f UTF-8 -t CP932`; the first test decodes it and compares).
const MEMBERS = [
  '労働保険番号,年度,業種番号,事業区分,前年度賃金総額,申告済概算保険料,事務組合委託,充当意思,納付方法,備考',
  '13101900001000,2025,94,一般,"10,000,000",150000,いいえ,,,個別',
  '13101900002000,2025,94,一般,10000000,150000,はい,,,委託',
  '13101900003000,2025,94,一般,"3,30,000",0,,,,桁区切り',
  '13101900004000,2025,94,一般,20000500,400000,,還付,,還付',
  '13101900005000,2025,94,小売,10000000,150000,,,,区分',
  '13101900006000,2025,94,一般,30000000,600000,,,,充当',
  '=1+2,2025,94,一般,10000000,150000,,,口座振替,口座',
]
  .map((l) => `${l}\r\n`)
  .join('');

async function cli(args: string[], file?: string | Uint8Array): Promise<{ code: number; stdout: string; stderr: string; opened: number }> {
  let stdout = '';
  let stderr = '';
  let opened = 0;
  const io: Io = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stderrIsTTY: false,
    readFile: async (path) => (file === undefined ? readFile(path) : typeof file === 'string' ? new TextEncoder().encode(file) : file),
    openOutput: async () => {
      opened++;
      return { write: async (s) => void (stdout += s), close: async () => undefined };
    },
  };
  const code = await run(args, io);
  return { code, stdout, stderr, opened };
}

const csvLines = (s: string) => s.trimEnd().split('\r\n');

describe('renewal: a Shift_JIS member file with invalid rows', () => {
  it('the fixture is the Shift_JIS encoding of MEMBERS', () => {
    expect(new TextDecoder('shift_jis').decode(readFileSync(SJIS))).toBe(MEMBERS);
  });

  it('one row per member, in order, figures by hand; exit 1', async () => {
    const r = await cli(['renewal', SJIS]);
    expect(r.code).toBe(1);
    expect(csvLines(r.stdout)).toEqual([
      'id,status,finalPremium,generalContribution,estimatedPremium,shortfall,excess,installment1,installment2,installment3,totalDue,error',
      // "10,000,000" is read as 10000000 (separators in 3-digit groups, as audit reads them: src/cli/normalize.ts);
      // 確定 10,000,000 × 18.5/1000 = 185,000; 不足額 185,000 − 150,000 = 35,000; 一般拠出金 10,000,000 × 0.02/1000 = 200;
      // 概算 10,000,000 × 17.5/1000 = 175,000 < 400,000: no 延納, one 期 175,000 + 35,000 + 200 = 210,200
      '13101900001000,ok,185000,200,175000,35000,0,210200,,,210200,',
      // 事務組合委託: 延納 at any amount, ⌊175,000 / 3⌋ = 58,333, 第1期 175,000 − 2 × 58,333 = 58,334 + 35,000 + 200 = 93,534
      '13101900002000,ok,185000,200,175000,35000,0,93534,58333,58333,210200,',
      // "3,30,000" has a separator out of its 3-digit groups: ambiguous, refused, never guessed at
      expect.stringMatching(/^13101900003000,invalid,,,,,,,,,,"AMOUNT_MALFORMED: previousWages: '3,30,000' has thousands separators out of place/),
      // base 20,000,000 (千円未満切捨て): 確定 370,000; 超過額 400,000 − 370,000 = 30,000 → 還付 (充当意思 還付);
      // 一般拠出金 400; 概算 350,000 < 400,000: 第1期 350,000 + 400 = 350,400
      '13101900004000,ok,370000,400,350000,0,30000,350400,,,350400,',
      expect.stringMatching(/^13101900005000,invalid,,,,,,,,,,"UNKNOWN_CATEGORY: /),
      // 確定 30,000,000 × 18.5/1000 = 555,000; 超過額 45,000; 一般拠出金 600; 概算 525,000 ≥ 400,000: 延納 175,000 × 3;
      // 充当 (both, 第1期 first): 第1期 175,000 + 600 − 45,000 = 130,600
      '13101900006000,ok,555000,600,525000,0,45000,130600,175000,175000,480600,',
      // the id "=1+2" would be a formula in a spreadsheet: written as '=1+2; 口座振替 is refused (no dates planned)
      expect.stringMatching(/^'=1\+2,invalid,,,,,,,,,,INVALID_OPTION: paymentMethod accountTransfer/),
    ]);
    expect(r.stderr).toContain('ignoring the column(s) 備考');
    expect(r.stderr).toContain('7 members — 4 ok, 3 invalid (encoding shift_jis)');
  });

  it('the cash summary: totals and the amount due per due date, summed by hand from the rows', async () => {
    const r = await cli(['renewal', SJIS, '--format', 'json']);
    const report = JSON.parse(r.stdout) as { encoding: string; rows: { line: number; status: string; id: string }[]; summary: Record<string, unknown> };
    expect(report.encoding).toBe('shift_jis');
    expect(report.rows.map((x) => [x.line, x.status])).toEqual([
      [2, 'ok'],
      [3, 'ok'],
      [4, 'invalid'],
      [5, 'ok'],
      [6, 'invalid'],
      [7, 'ok'],
      [8, 'invalid'],
    ]);
    expect(report.rows[6]!.id).toBe('=1+2'); // JSON keeps the id as read
    expect(report.summary).toEqual({
      members: 7,
      ok: 4,
      invalid: 3,
      errors: { AMOUNT_MALFORMED: 1, INVALID_OPTION: 1, UNKNOWN_CATEGORY: 1 },
      finalPremium: 185_000 + 185_000 + 370_000 + 555_000,
      declaredEstimate: 150_000 + 150_000 + 400_000 + 600_000,
      shortfall: 35_000 * 2,
      excess: 30_000 + 45_000,
      appropriated: 45_000,
      refund: 30_000,
      generalContribution: 200 + 200 + 400 + 600,
      estimatedPremium: 175_000 * 2 + 350_000 + 525_000,
      totalDue: 210_200 * 2 + 350_400 + 480_600,
      dueDates: [
        { dueDate: '2025-07-10', number: 1, members: 4, amount: 210_200 + 93_534 + 350_400 + 130_600 },
        { dueDate: '2025-10-31', number: 2, members: 1, amount: 175_000 },
        { dueDate: '2025-11-14', number: 2, members: 1, amount: 58_333 }, // 事務組合委託の納期限
        { dueDate: '2026-01-31', number: 3, members: 1, amount: 175_000 },
        { dueDate: '2026-02-14', number: 3, members: 1, amount: 58_333 },
      ],
    });
  });

  it('--lang ja: Japanese column names and messages', async () => {
    const r = await cli(['renewal', SJIS, '--lang', 'ja']);
    const lines = csvLines(r.stdout);
    expect(lines[0]).toBe('労働保険番号,状態,確定保険料,一般拠出金,概算保険料,不足額,超過額,第1期,第2期,第3期,納付額合計,エラー');
    expect(lines[3]).toContain('AMOUNT_MALFORMED: 金額の文字列の形式が不正です');
    expect(r.stderr).toContain('2025-07-10 第1期 784,734円 (4 事業場)');
  });
});

describe('renewal: inputs and options', () => {
  const HEAD = 'id,fiscalYear,industry,category,previousWages,declaredEstimate\r\n';
  const ROW = '13101900001000,2025,94,general,10000000,150000\r\n';

  it('UTF-8 with BOM, English names, exit 0', async () => {
    const r = await cli(['renewal', 'm.csv'], `\uFEFF${HEAD}${ROW}`);
    expect(r.code).toBe(0);
    expect(csvLines(r.stdout)[1]).toBe('13101900001000,ok,185000,200,175000,35000,0,210200,,,210200,');
  });

  it('a JSON member list gives the same row', async () => {
    const json = JSON.stringify([{ id: '13101900001000', fiscalYear: 2025, industry: '94', category: '一般', previousWages: 10_000_000, declaredEstimate: 150_000 }]);
    const r = await cli(['renewal', 'm.json'], json);
    expect(r.code).toBe(0);
    expect(csvLines(r.stdout)[1]).toBe('13101900001000,ok,185000,200,175000,35000,0,210200,,,210200,');
    // { "members": [...] }, with an entry that is not a member: reported invalid in its place
    const wrapped = await cli(['renewal', 'm.json', '--format', 'json'], JSON.stringify({ members: [JSON.parse(json)[0], null] }));
    expect(wrapped.code).toBe(1);
    expect((JSON.parse(wrapped.stdout) as { rows: { status: string }[] }).rows.map((x) => x.status)).toEqual(['ok', 'invalid']);
  });

  it('--fiscal-year fills the year; a row with another year is invalid', async () => {
    const head = 'id,industry,category,previousWages,declaredEstimate,年度\r\n';
    const r = await cli(['renewal', 'm.csv', '--fiscal-year', '2025'], `${head}a,94,general,10000000,150000,\r\nb,94,general,10000000,150000,2024\r\n`);
    expect(r.code).toBe(1);
    expect(csvLines(r.stdout).slice(1)).toEqual([
      'a,ok,185000,200,175000,35000,0,210200,,,210200,',
      expect.stringMatching(/^b,invalid,.*INVALID_OPTION: fiscalYear 2024 differs from --fiscal-year 2025/),
    ]);
  });

  it('separate 労災 / 雇用 bases and estimates, yes/no cells', async () => {
    // 確定: 労災 10,000,000 × 3/1000 = 30,000; 雇用 8,000,000 × 15.5/1000 = 124,000; 154,000 − 100,000 = 不足額 54,000;
    // 一般拠出金 on the 労災 base: 200. 概算 on the previous bases (no estimate): 30,000 + 8,000,000 × 14.5/1000 = 116,000
    // → 146,000 < 400,000: one 期 146,000 + 54,000 + 200 = 200,200 (延納 asked for, not allowed)
    const csv = 'id,fiscalYear,industry,category,previousWagesWc,previousWagesEi,declaredEstimate,installments\r\nx,2025,94,一般,10000000,8000000,100000,yes\r\n';
    const r = await cli(['renewal', 'm.csv'], csv);
    expect(csvLines(r.stdout)[1]).toBe('x,ok,154000,200,146000,54000,0,200200,,,200200,');
  });

  it('--check-ids: a malformed 労働保険番号 is an invalid row', async () => {
    const r = await cli(['renewal', 'm.csv', '--check-ids'], `${HEAD}${ROW}99101900001000,2025,94,general,10000000,150000\r\n`);
    expect(r.code).toBe(1);
    expect(csvLines(r.stdout)[2]).toMatch(/^99101900001000,invalid,.*INVALID_LABOR_INSURANCE_NUMBER/);
  });

  it('usage and file errors: exit 2, no report opened', async () => {
    const missing = await cli(['renewal', 'm.csv'], 'id,industry\r\na,94\r\n');
    expect([missing.code, missing.opened]).toEqual([2, 0]);
    expect(missing.stderr).toMatch(/MISSING_COLUMN.*declaredEstimate.*previousWages.*fiscalYear/);
    const dup = await cli(['renewal', 'm.csv'], `id,労働保険番号,${HEAD.slice(3)}`);
    expect([dup.code, dup.opened]).toEqual([2, 0]);
    expect(dup.stderr).toContain('DUPLICATE_COLUMN');
    expect((await cli(['renewal', 'm.csv'], '')).code).toBe(2);
    expect((await cli(['renewal'])).code).toBe(2);
    expect((await cli(['renewal', 'm.csv', '--format', 'xml'], `${HEAD}${ROW}`)).code).toBe(2);
    expect((await cli(['renewal', 'm.csv', '--fiscal-year', 'R7'], `${HEAD}${ROW}`)).code).toBe(2);
    expect((await cli(['renewal', 'm.json'], '[1,')).code).toBe(2);
    expect((await cli(['renewal', join(root, 'no-such-file.csv')])).code).toBe(2);
  });

  it('help is registered', async () => {
    const r = await cli(['renewal', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: jp-labor-insurance renewal');
  });
});
