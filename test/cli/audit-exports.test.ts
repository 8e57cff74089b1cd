// `audit` on real payroll exports (issue 12 §3). Every expected figure is computed by hand below:
// 雇用保険 worker rate 一般 FY2025 5.5/1000, FY2024 6/1000, FY2019 3/1000 (rates/parameters, MHLW
// 「雇用保険料率について」), 源泉控除: 50銭以下切捨て, 50銭超切上げ (halfDown).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { AUDIT_OPTIONS, auditCommand } from '../../src/cli/audit.js';
import { reportError, type Io } from '../../src/cli/io.js';
import { openOutput, readInput, streamInput, streamOutput } from '../../src/cli/nodeIo.js';

const fixtures = join(__dirname, '..', 'fixtures');
const work = mkdtempSync(join(tmpdir(), 'audit-exports-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `audit` as run.ts will (its options: AUDIT_OPTIONS and the common ones), capturing stdout. */
async function audit(args: string[]): Promise<{ code: number; stdout: string; stdoutBytes: Buffer; stderr: string }> {
  const chunks: Buffer[] = [];
  let stderr = '';
  const sink = new PassThrough();
  sink.on('data', (c: Buffer) => chunks.push(c));
  const io: Io = {
    stdout: (s) => void chunks.push(Buffer.from(s)),
    stderr: (s) => void (stderr += s),
    stderrIsTTY: false,
    readFile: (p) => readInput(p),
    openInput: (p) => streamInput(p),
    openOutput: async (p) => (p === undefined ? streamOutput(sink, false) : openOutput(p)),
  };
  let code: number;
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { help: { type: 'boolean' }, json: { type: 'boolean' }, explain: { type: 'boolean' }, lang: { type: 'string' }, ...AUDIT_OPTIONS },
      allowPositionals: true,
      strict: true,
    });
    code = await auditCommand(values, positionals, io);
  } catch (e) {
    code = reportError(e, io);
  }
  const stdoutBytes = Buffer.concat(chunks);
  return { code, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr };
}

type Row = Record<string, string>;
const dataRows = (text: string): Row[] => (parse(text, { columns: true, bom: true, relax_column_count: true }) as Row[]).filter((r) => /^\d+$/.test(r.line ?? r['行']!));

describe('audit on a Shift_JIS payroll export (test/fixtures/audit-export-sjis.csv)', () => {
  // line  id    hand computation                                              outcome
  //  2   1001  令和7年4月20日 = 2025-04-20; 200,000 × 5.5‰ = 1,100            match
  //  3   1002  R7.4.20; "200,000" → 200000; 1,100                              match (wage, date normalised)
  //  4   1003  R7/4/20; 250,000 × 5.5‰ = 1,375                                 match
  //  5   1004  2025/04/20; ３00000 (全角 3) → 300000 × 5.5‰ = 1,650            match
  //  6   —     ,,,,,                                                           skipped
  //  7   1005  役員, 対象外: not a 被保険者 → 0 expected, 0 deducted           match
  //  8   1006  週15時間のパート, 対象外 → 0, 0                                 match
  //  9   1007  333,333 × 5.5‰ = 1,833.3315 → 1,833                             match
  // 10   1008  100,091 × 5.5‰ = 550.5005 → 50銭超 → 551; deducted 550          mismatch −1 (rounding:floor)
  // 11   1009  令和7年3月20日 = 2025-03-20 (FY2024 6‰): 200,000 × 6‰ = 1,200   match
  // 12   1010  令和7年4月30日: 1,100 expected; 1,200 deducted (the FY2024 rate) mismatch +100 (old-rate)
  // 13   1011  平成31年4月20日 = 2019-04-20 (FY2019 3‰): 200,000 × 3‰ = 600    match
  // 14   1012  平成31年5月20日: 平成 ended 2019-04-30                          invalid INVALID_DATE
  // 15   1013  令和元年5月20日 = 2019-05-20: 600                               match
  // 16   1014  "20,00": separator out of place                                invalid AMOUNT_MALFORMED
  // 17   1015  加入, nothing deducted: 1,100 expected                          mismatch −1,100
  // 18   1016  有; 450,000 × 5.5‰ = 2,475                                      match
  // 19   1017  対象外 but 1,100 deducted: 0 expected                           mismatch +1,100
  // 20   1018  deducted "1,100" → 1100                                          match
  const expected: Record<string, [string, string, string, string]> = {
    '1001': ['match', '1100', '0', 'closingDate'],
    '1002': ['match', '1100', '0', 'wage closingDate'],
    '1003': ['match', '1375', '0', 'closingDate'],
    '1004': ['match', '1650', '0', 'wage closingDate'],
    '1005': ['match', '0', '0', 'closingDate'],
    '1006': ['match', '0', '0', 'closingDate'],
    '1007': ['match', '1833', '0', 'closingDate'],
    '1008': ['mismatch', '551', '-1', 'closingDate'],
    '1009': ['match', '1200', '0', 'closingDate'],
    '1010': ['mismatch', '1100', '100', 'closingDate'],
    '1011': ['match', '600', '0', 'closingDate'],
    '1012': ['invalid', '', '', ''],
    '1013': ['match', '600', '0', 'closingDate'],
    '1014': ['invalid', '', '', 'closingDate'],
    '1015': ['mismatch', '1100', '-1100', 'closingDate'],
    '1016': ['match', '2475', '0', 'closingDate'],
    '1017': ['mismatch', '0', '1100', 'closingDate'],
    '1018': ['match', '1100', '0', 'closingDate deducted'],
  };

  it('reads it without --map (aliases), with --category, and reports every row', async () => {
    const r = await audit([join(fixtures, 'audit-export-sjis.csv'), '--category', '一般']);
    expect(r.code).toBe(1);
    const rows = dataRows(r.stdout);
    expect(rows.map((x) => x.line)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20']);
    const skipped = rows.filter((x) => x.outcome === 'skipped');
    expect(skipped.map((x) => x.line)).toEqual(['6']);
    for (const row of rows.filter((x) => x.outcome !== 'skipped')) {
      expect([row.id, row.outcome, row.expected, row.difference, row.normalized]).toEqual([row.id, ...expected[row.id!]!]);
    }
    const by = (id: string) => rows.find((x) => x.id === id)!;
    expect([by('1012').errorCode, by('1014').errorCode]).toEqual(['INVALID_DATE', 'AMOUNT_MALFORMED']);
    expect(by('1012').error).toContain('outside 平成');
    expect([by('1008').likelyCause, by('1010').likelyCause]).toEqual(['rounding:floor truncateToRinFirst', 'old-rate']);
    expect([by('1005').insured, by('1017').insured, by('1001').insured]).toEqual(['no', 'no', '']);
    // 18 rows checked: 12 matched, 4 mismatched, 2 invalid; 1 skipped; 3 not insured (1005, 1006, 1017)
    expect(r.stderr).toMatch(
      /^audit: 18 rows — 12 matched, 4 mismatched, 2 invalid, 1 skipped \(empty\); 3 not insured; cells normalised: wage 2, deducted 1, closingDate 17 \(encoding shift_jis/,
    );
    // the basis once: the FY2025, FY2024 and FY2019 rates, and the rules used
    expect(
      r.stdout
        .split('\r\n')
        .filter((l) => l.startsWith('rate,'))
        .map((l) => l.split(',').slice(1, 4).join(' ')),
    ).toEqual(['general 2025-04-01..2026-03-31 5.5', 'general 2024-04-01..2025-03-31 6', 'general 2019-04-01..2020-03-31 3']);
    expect(r.stdout).toMatch(/\r\nrule,"not a 雇用保険 insured person.*",雇用保険法4条1項・6条; 徴収法31条1項/);
    expect(r.stdout).toContain('\r\nsummary,skipped,1,');
  });

  it('without --category and no 事業区分 column: MISSING_COLUMN naming --category', async () => {
    const r = await audit([join(fixtures, 'audit-export-sjis.csv')]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^error \[MISSING_COLUMN\]: the CSV header lacks the column\(s\) category .*or give --category/);
  });

  it('--lang ja: Japanese columns, outcomes and messages', async () => {
    const r = await audit([join(fixtures, 'audit-export-sjis.csv'), '--category', '一般', '--lang', 'ja']);
    const rows = dataRows(r.stdout);
    expect(Object.keys(rows[0]!).slice(0, 4)).toEqual(['行', '社員番号', '結果', '雇用保険加入']);
    expect(rows.map((x) => x['結果'])).toContain('空行');
    expect(rows.find((x) => x['社員番号'] === '1017')!['雇用保険加入']).toBe('対象外');
    expect(rows.find((x) => x['社員番号'] === '1008')!['結果']).toBe('不一致');
  });
});

describe('columns: --map and ambiguity', () => {
  const file = join(work, 'cols.csv');
  it('--map names any header; an unknown field or header is a usage error', async () => {
    writeFileSync(file, 'No,課税支給額,支払日,区分,雇保\n1,200000,2025-05-31,一般,1100\n');
    const r = await audit([file, '--map', 'id=No', '--map', 'wage=課税支給額', '--map', 'closingDate=支払日', '--map', 'category=区分', '--map', 'deducted=雇保']);
    expect(r.code).toBe(0);
    expect(dataRows(r.stdout)[0]).toMatchObject({ id: '1', outcome: 'match', expected: '1100' });
    expect((await audit([file, '--map', 'salary=課税支給額'])).stderr).toMatch(/^error \[INVALID_MAP\]/);
    expect((await audit([file, '--map', 'wage=nope'])).stderr).toMatch(/^error \[MISSING_COLUMN\]: --map wage=nope/);
  });
  it('two headers for one field, one header for two fields, a header twice: usage errors, no report', async () => {
    writeFileSync(file, '総支給額,支給合計,締日,事業区分,雇用保険料\n1,2,2025-05-31,一般,0\n');
    const two = await audit([file]);
    expect([two.code, two.stdout]).toEqual([2, '']);
    expect(two.stderr).toMatch(/^error \[AMBIGUOUS_COLUMN\]: the columns '総支給額' and '支給合計' could both be wage/);
    // resolved by --map: wage 2 × 5.5‰ = 0.011 → 0, deducted 0 → match (総支給額 then ignored)
    expect((await audit([file, '--map', 'wage=支給合計'])).code).toBe(0);
    expect((await audit([file, '--map', 'wage=支給合計', '--map', 'deducted=支給合計'])).stderr).toMatch(
      /^error \[AMBIGUOUS_COLUMN\]: the column '支給合計' would be both wage and deducted/,
    );
    writeFileSync(file, 'wage,closingDate,category,deducted,wage\n1,2025-05-31,一般,0,2\n');
    expect((await audit([file])).stderr).toMatch(/^error \[DUPLICATE_COLUMN\]: the CSV header has the column 'wage' twice/);
  });
});

describe('safe reports', () => {
  it('formula-like text cells get a leading quote; numbers (a difference of -1) stay numbers', async () => {
    const file = join(work, 'inject.csv');
    // =HYPERLINK… as id: text → '=HYPERLINK…; 100,091 × 5.5‰ = 550.5005 → 551, deducted 550: difference -1 (a number)
    writeFileSync(
      file,
      'id,wage,closingDate,category,deducted\n"=HYPERLINK(""http://x"")",100091,2025-05-31,一般,550\n@SUM(A1),200000,2025-05-31,一般,1100\n+1+2,-5,2025-05-31,一般,0\n"\tx",200000,2025-05-31,一般,1100\n',
    );
    const r = await audit([file]);
    const lines = r.stdout.split('\r\n');
    expect(lines[1]).toMatch(/^2,"'=HYPERLINK\(""http:\/\/x""\)",mismatch,,100091,2025-05-31,general,550,551,-1,/);
    expect(lines[2]).toMatch(/^3,'@SUM\(A1\),match,/);
    // +1+2 is text (not a plain number): neutralised; the wage -5 as read is a plain number: kept
    expect(lines[3]).toMatch(/^4,'\+1\+2,invalid,,-5,/);
    expect(lines[4]).toMatch(/^5,'\tx,match,/); // no longer starts with a space: needs no quotes
    expect(r.stdout.split('\r\n').every((l) => !/(^|,)[=+@]/.test(l))).toBe(true);
  });

  it('a run that fails at row 60,001 (broken CSV, bytes not in the encoding) leaves no report and no temp file, exit 2', async () => {
    const dir = mkdtempSync(join(work, 'atomic-'));
    const good = '社員コード,総支給額,締日,事業区分,雇用保険料\r\n' + 'A,200000,2025-05-31,一般,1100\r\n'.repeat(60_000);
    const cases: [Buffer, string][] = [
      [Buffer.from(`${good}B,"200000,2025-05-31,一般,1100\r\n`), 'CSV_PARSE'],
      [Buffer.concat([Buffer.from(good), Buffer.from([0x42, 0x2c, 0x8e, 0xd0, 0x0d, 0x0a])]), 'INVALID_ENCODING'], // 0x8E 0xD0 = 社 in Shift_JIS, not UTF-8
    ];
    for (const [bytes, code] of cases) {
      writeFileSync(join(dir, 'in.csv'), bytes);
      const out = join(dir, 'report.csv');
      const r = await audit([join(dir, 'in.csv'), '--output', out]);
      expect([r.code, r.stderr.slice(0, code.length + 8)]).toEqual([2, `error [${code}]`]);
      expect(readdirSync(dir)).toEqual(['in.csv']);
    }
  });

  it('a complete report replaces the file only at the end', async () => {
    const dir = mkdtempSync(join(work, 'replace-'));
    const out = join(dir, 'report.csv');
    writeFileSync(out, 'old');
    writeFileSync(join(dir, 'in.csv'), 'wage,closingDate,category,deducted\n200000,2025-05-31,一般,1100\n');
    expect((await audit([join(dir, 'in.csv'), '--output', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^\uFEFFline,/);
    expect(readdirSync(dir).sort()).toEqual(['in.csv', 'report.csv']);
  });
});

describe('report encodings', () => {
  const file = join(work, 'enc.csv');
  writeFileSync(file, '社員番号,賃金,締切日,事業区分,控除額\n山田ｱｲ①,200000,2025-05-31,一般,1100\n');
  it('a file has a UTF-8 BOM by default; stdout has none unless --bom; utf8 drops it', async () => {
    const dir = mkdtempSync(join(work, 'bom-'));
    await audit([file, '--output', join(dir, 'a.csv')]);
    expect([...readFileSync(join(dir, 'a.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await audit([file, '--output', join(dir, 'b.csv'), '--output-encoding', 'utf8']);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8').startsWith('line,')).toBe(true);
    expect((await audit([file])).stdout.startsWith('line,')).toBe(true);
    expect((await audit([file, '--bom'])).stdout.startsWith('\uFEFFline,')).toBe(true);
    expect((await audit([file, '--output-encoding', 'latin1'])).code).toBe(2);
  });
  it('--output-encoding shift_jis: 山田 = 0x8E 0x52 0x93 0x63, ｱｲ = 0xB1 0xB2, ① = 0x87 0x40 (CP932); a character with none is UNENCODABLE_CHARACTER', async () => {
    const r = await audit([file, '--output-encoding', 'shift_jis']);
    expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
    const at = r.stdoutBytes.indexOf(Buffer.from([0x8e, 0x52, 0x93, 0x63, 0xb1, 0xb2, 0x87, 0x40]));
    expect(at).toBeGreaterThan(0);
    expect(new TextDecoder('shift_jis').decode(r.stdoutBytes)).toContain('\r\n2,山田ｱｲ①,match,');
    const dir = mkdtempSync(join(work, 'sjis-'));
    writeFileSync(join(dir, 'in.csv'), '社員番号,賃金,締切日,事業区分,控除額\n😀,200000,2025-05-31,一般,1100\n');
    const bad = await audit([join(dir, 'in.csv'), '--output-encoding', 'shift_jis', '--output', join(dir, 'out.csv')]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/^error \[UNENCODABLE_CHARACTER\]: the character '😀' \(U\+1F600\)/)]);
    expect(readdirSync(dir)).toEqual(['in.csv']);
  });
});

describe('size and insured from hours', () => {
  it('a report stays within 3× the input (sources once, not per row): 20,000 generated rows', async () => {
    const file = join(work, 'big.csv');
    let text = '社員コード,総支給額,締日,事業区分,雇用保険料\r\n';
    for (let i = 0; i < 20_000; i++) text += `E${i},200000,2025-05-31,一般,1100\r\n`; // 200,000 × 5.5‰ = 1,100
    writeFileSync(file, text);
    const out = join(work, 'big-report.csv');
    expect((await audit([file, '--output', out])).code).toBe(0);
    expect(readFileSync(out).length / Buffer.byteLength(text)).toBeLessThanOrEqual(3);
  });

  it('週所定労働時間 and 雇用見込日数 decide insured through employmentInsuranceEligibility (20 h, 31 days; 10 h from 2028-10-01)', async () => {
    const file = join(work, 'hours.csv');
    writeFileSync(
      file,
      [
        'id,wage,closingDate,category,deducted,週所定労働時間,雇用見込日数',
        'A,60000,2025-05-31,一般,0,15,', // 15 h < 20 h (雇用保険法6条2号): not insured → 0 → match
        'B,200000,2025-05-31,一般,1100,20,', // 20 h, 期間の定めなし: insured; 200,000 × 5.5‰ = 1,100 → match
        'C,200000,2025-05-31,一般,0,30,20', // 20 days < 31 (6条2号の2… 31日以上の雇用見込み): not insured → match
        // from 2028-10-01 the threshold is 10 h (令和6年改正): 15 h is insured, so a rate is needed — and no
        // FY2028 rate table exists yet: NO_RATE_TABLE (A, the same hours in 2025, was not insured)
        'D,60000,2028-10-31,一般,0,15,',
        'E,60000,2025-05-31,一般,0,abc,', // unreadable hours → invalid
      ].join('\n') + '\n',
    );
    const r = await audit([file]);
    const rows = dataRows(r.stdout);
    expect(rows.map((x) => [x.id, x.outcome, x.insured])).toEqual([
      ['A', 'match', 'no'],
      ['B', 'match', ''],
      ['C', 'match', 'no'],
      ['D', 'invalid', ''],
      ['E', 'invalid', 'weeklyHours=abc'],
    ]);
    expect(rows[3]!.errorCode).toBe('NO_RATE_TABLE');
    expect(rows[4]!.error).toContain("from 週所定労働時間 'abc'");
  });
});
