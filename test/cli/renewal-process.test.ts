/**
 * `renewal` run as a real process (`node --import tsx src/cli/main.ts`): the exit code and the files as the shell
 * sees them. Figures: the hand computations of test/cli/renewal.test.ts (same fixture).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
});
