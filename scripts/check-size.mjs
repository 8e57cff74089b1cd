#!/usr/bin/env node
// npm run size — size budget of the built library entry (run after `npm run build`).
// The budget is the gzip size (level 9) of the library entry; the bundled FY2018–FY2026 rate tables are
// a large part of it. Measured 2026-11-23 with every domain module: 72.1 kB (ESM) / 72.4 kB (CJS)
// gzip; budget 85 kB (~17% headroom). Raise it deliberately, never silently.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const budgets = [
  { file: 'dist/index.js', gzipBytes: 85 * 1024 },
  { file: 'dist/index.cjs', gzipBytes: 85 * 1024 },
];

let failed = false;
for (const b of budgets) {
  const path = join(root, b.file);
  if (!existsSync(path)) {
    console.error(`${b.file} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
  const raw = readFileSync(path);
  const gz = gzipSync(raw, { level: 9 }).length;
  const ok = gz <= b.gzipBytes;
  if (!ok) failed = true;
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${b.file}: ${kB(gz)} gzip (${kB(raw.length)} raw), budget ${kB(b.gzipBytes)} gzip — ${((gz / b.gzipBytes) * 100).toFixed(0)}% used`);
  if (/from ['"]node:|require\(['"]node:/.test(raw.toString('utf8'))) {
    console.error(`${b.file} imports a node: module — the core must run in browsers and edge runtimes`);
    failed = true;
  }
}
if (failed) {
  console.error('size check FAILED');
  process.exit(1);
}
