#!/usr/bin/env node
// Peak memory of `jp-labor-insurance audit` on a generated payroll export of N rows (issue 12).
//
//   npm run build && node bench/audit-memory.mjs 1000000 [--keep]
//
// Method: the file is generated row by row into a temporary directory (header 社員コード, 総支給額, 締日,
// 事業区分, 雇用保険料 — the aliases of a payroll export; every 7th wage written "200,000" to exercise the
// normaliser, one row in 1,000 blank). Each measured program runs in its own child process with a
// preload (`--require`) that prints `process.resourceUsage().maxRSS` (peak resident set size, KiB, as
// getrusage reports it) on exit — the whole process, heap and buffers included. Two children:
//   1. the CLI: node dist/cli.js audit <file> --output <report.csv>
//   2. a baseline that only streams csv-parse over the same file (createReadStream → parse, columns:
//      true), counting records: the floor any streaming reader pays.
// Wall time of each child is reported too (informative only: the machine is shared).
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

if (process.argv[2] === '--baseline') {
  const { parse } = await import('csv-parse');
  let n = 0;
  for await (const _record of createReadStream(process.argv[3]).pipe(parse({ columns: true, relax_column_count: true }))) n++;
  process.stdout.write(`${n}\n`);
  process.exit(0);
}

const n = Number(process.argv[2]);
if (!Number.isSafeInteger(n) || n < 1) {
  process.stderr.write('usage: node bench/audit-memory.mjs <rows> [--keep]\n');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'audit-memory-'));
const input = join(dir, 'payroll.csv');
const report = join(dir, 'report.csv');
const preload = join(dir, 'maxrss.cjs');
writeFileSync(preload, "process.on('exit', () => process.stderr.write('MAXRSS_KIB ' + process.resourceUsage().maxRSS + '\\n'));\n");

// 雇用保険 FY2025 一般 worker rate 5.5‰, 50銭以下切捨て: deducted = ⌊(wage × 55 + 4999) / 10000⌋.
const out = createWriteStream(input);
out.write('社員コード,総支給額,締日,事業区分,雇用保険料\r\n');
let chunk = '';
for (let i = 0; i < n; i++) {
  if (i % 1000 === 999) chunk += ',,,,\r\n';
  else {
    const wage = 150000 + ((i * 7919) % 350000);
    const deducted = (BigInt(wage) * 55n + 4999n) / 10000n;
    chunk += `E${i},${i % 7 === 0 ? `"${wage.toLocaleString('en-US')}"` : wage},2025-05-31,一般,${deducted}\r\n`;
  }
  if (chunk.length > 1 << 20) {
    if (!out.write(chunk)) await once(out, 'drain');
    chunk = '';
  }
}
out.end(chunk);
await once(out, 'finish');

function measure(label, args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', preload, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const m = /MAXRSS_KIB (\d+)/.exec(r.stderr);
  const rssMb = m ? Number(m[1]) / 1024 : NaN;
  process.stdout.write(`${label.padEnd(28)} exit ${r.status}  peak RSS ${rssMb.toFixed(1)} MiB  ${seconds.toFixed(1)} s\n`);
  if (r.status !== 0 && r.status !== 1) process.stderr.write(r.stderr);
  return { rssMb, seconds, status: r.status };
}

const inputMb = statSync(input).size / 2 ** 20;
process.stdout.write(`rows ${n.toLocaleString('en-US')}, input ${inputMb.toFixed(1)} MiB (${process.version})\n`);
measure('baseline csv-parse stream', [join(here, 'audit-memory.mjs'), '--baseline', input]);
const cli = measure('audit --output report.csv', [join(here, '..', 'dist', 'cli.js'), 'audit', input, '--output', report]);
if (cli.status === 0 || cli.status === 1)
  process.stdout.write(`report ${(statSync(report).size / 2 ** 20).toFixed(1)} MiB (${(statSync(report).size / statSync(input).size).toFixed(2)}× the input)\n`);
if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
else process.stdout.write(`kept ${dir}\n`);
