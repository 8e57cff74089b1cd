/**
 * The command line's dispatcher run in-process (`run(argv, io)` with an in-memory Io), so that its code
 * is measured by coverage; cli.test.ts runs the same commands as real processes. Expected figures are
 * hand computations shown beside each case.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stderrIsTTY: false,
    readFile: (path) => readFile(path),
    openOutput: async () => ({ write: async (s) => void (stdout += s), close: async () => undefined }),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
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
