/**
 * `renewal` run as a real process (`node --import tsx src/cli/main.ts`): the exit code and the files as the shell
 * sees them. Figures: the hand computations of test/cli/renewal.test.ts (same fixture).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(join(tmpdir(), 'jp-labor-insurance-renewal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('renewal as a process', () => {
  it('a Shift_JIS member file with invalid rows: exit 1, the report file has every row in order', () => {
    const out = join(work, 'report.csv');
    const r = cli(['renewal', join(root, 'test/fixtures/renewal-members-sjis.csv'), '--output', out]);
    expect(r.status).toBe(1);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(lines.map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'id,status',
      '13101900001000,ok',
      '13101900002000,ok',
      '13101900003000,invalid',
      '13101900004000,ok',
      '13101900005000,invalid',
      '13101900006000,ok',
      "'=1+2,invalid",
    ]);
    // 第1期 210,200 + 93,534 + 350,400 + 130,600 = 784,734 (renewal.test.ts)
    expect(r.stderr).toContain('2025-07-10 instalment 1: ¥784,734 (4 members)');
  });

  it('a missing file: exit 2, no report written', () => {
    const out = join(work, 'none.csv');
    const r = cli(['renewal', join(work, 'no-such.csv'), '--output', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error \[ENOENT\]/);
    expect(() => readFileSync(out)).toThrow();
  });

  it('a file broken half-way (CSV_PARSE at line 3,002): exit 2, neither a partial report nor its temporary file is left', () => {
    const dir = mkdtempSync(join(work, 'broken-'));
    const input = join(dir, 'members.csv');
    // 3,000 good rows (≈ 130 kB: the report is open and being written when the reader, 64 KiB at a time, meets the
    // bad row), then an unclosed quote
    const good = 'a,2025,94,general,10000000,150000\n'.repeat(3000);
    writeFileSync(input, `id,fiscalYear,industry,category,previousWages,declaredEstimate\n${good}b,2025,94,general,1"0,0\n`);
    const r = cli(['renewal', input, '--output', join(dir, 'report.csv')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/error \[CSV_PARSE\]/);
    expect(readdirSync(dir)).toEqual(['members.csv']);
  });

  it('blank lines are skipped, not reported as members', () => {
    const dir = mkdtempSync(join(work, 'blank-'));
    const input = join(dir, 'members.csv');
    writeFileSync(input, 'id,fiscalYear,industry,category,previousWages,declaredEstimate\n\na,2025,94,general,10000000,150000\n,,,,,\n');
    const r = cli(['renewal', input]);
    expect(r.status).toBe(0);
    // 10,000,000 × 18.5/1000 = 185,000 … 210,200 due (renewal.test.ts)
    expect(r.stdout.trimEnd().split('\r\n').slice(1)).toEqual(['a,ok,185000,200,175000,35000,0,210200,,,210200,']);
  });
});
