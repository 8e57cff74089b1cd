#!/usr/bin/env node
// Bench of `jp-labor-insurance renewal` (issue 11, "Speed and scale"): 200,000 generated member rows in a temp
// CSV; the CLI (`node dist/cli.js renewal <file> --output <tmp>`) against a baseline that only reads the same file
// with csv-parse (streaming from disk, the options of src/cli/csv.ts), each timed as a child process, best of 3.
// The CLI's peak memory is its own maxRSS, reported by the child at exit (process.resourceUsage().maxRSS, KiB).
// Targets: CLI ≤ 4× the baseline's time, peak memory ≤ 300 MB. Run after `npm run build`:
//   node bench/renewal-cli.mjs [rows=200000] [runs=3]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedMembers } from './renewal-members.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rows = Number(process.argv[2] ?? 200_000);
const runs = Number(process.argv[3] ?? 3);
const cli = join(root, 'dist/cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}

// The members of bench/renewal-members.mjs, written with the Japanese column names and cell values.
const CATEGORY_JA = { general: '一般', agriculture: '農林水産', construction: '建設' };
const CHOICE_JA = { both: '3', premium: '1', generalContribution: '2', refund: '還付' };
const dir = mkdtempSync(join(tmpdir(), 'renewal-bench-'));
const file = join(dir, 'members.csv');
const out = join(dir, 'report.csv');
let text = '労働保険番号,年度,業種番号,事業区分,前年度賃金総額,申告済概算保険料,賃金見込額,事務組合委託,充当意思\n';
for (const m of generatedMembers(rows)) {
  const cells = [
    m.id,
    m.renewalYear,
    m.industry,
    CATEGORY_JA[m.category],
    m.previousYearWages,
    m.declaredEstimate,
    m.estimatedWages ?? '',
    m.commissioned ? 'はい' : 'いいえ',
    CHOICE_JA[m.appropriation],
  ];
  text += `${cells.join(',')}\n`;
}
writeFileSync(file, text);
const mb = (kib) => `${(kib / 1024).toFixed(0)} MB`;

// The baseline: csv-parse alone, streaming the same file with the options the CLI uses.
const baseline = `
import { createReadStream } from 'node:fs';
import { parse } from ${JSON.stringify(join(root, 'node_modules/csv-parse/lib/index.js'))};
const parser = createReadStream(process.argv[2]).pipe(parse({ columns: (h) => h.map((x) => x.trim()), bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }));
let n = 0;
for await (const r of parser) n++;
process.stderr.write('records ' + n + '\\n');
`;
const baselineFile = join(dir, 'baseline.mjs');
writeFileSync(baselineFile, baseline);
// Reports the child's own peak RSS at exit, whatever it runs.
const rssHook = join(dir, 'rss.mjs');
writeFileSync(rssHook, "process.on('exit', () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\\n`));\n");

function time(args, expectRecords) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', rssHook, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr.slice(0, 2000)}`);
  if (expectRecords && !r.stderr.includes(`records ${rows}\n`)) throw new Error(`the baseline read ${/records (\d+)/.exec(r.stderr)?.[1]} records, not ${rows}`);
  return { ms, rss, stderr: r.stderr };
}

const results = { baseline: [], cli: [] };
for (let i = 0; i < runs; i++) {
  results.baseline.push(time([baselineFile, file], true));
  results.cli.push(time([cli, 'renewal', file, '--output', out]));
}
const best = (list) => list.reduce((a, b) => (b.ms < a.ms ? b : a));
const b = best(results.baseline);
const c = best(results.cli);
const peak = Math.max(...results.cli.map((r) => r.rss));
const reportLines = readFileSync(out, 'utf8').split('\n').length - 2;
console.log(`members: ${rows.toLocaleString('en')} rows, ${(statSync(file).size / 1e6).toFixed(1)} MB CSV; report ${reportLines.toLocaleString('en')} rows`);
console.log(`csv-parse alone (streaming): best ${b.ms.toFixed(0)} ms of ${results.baseline.map((r) => r.ms.toFixed(0)).join(', ')}; maxRSS ${mb(b.rss)}`);
console.log(`renewal CLI:                 best ${c.ms.toFixed(0)} ms of ${results.cli.map((r) => r.ms.toFixed(0)).join(', ')}; peak maxRSS ${mb(peak)}`);
console.log(`ratio ${(c.ms / b.ms).toFixed(2)}× (target ≤ 4×); peak memory ${mb(peak)} (target ≤ 300 MB)`);
console.log(
  c.stderr
    .split('\n')
    .filter((l) => /members —|due|instalment/.test(l))
    .slice(0, 4)
    .join('\n'),
);
rmSync(dir, { recursive: true, force: true });
