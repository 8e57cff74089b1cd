#!/usr/bin/env node
// One-off repair of package-lock.json for `npm ci` under npm ≥ 11: npm 11 requires a lock entry for every
// platform-specific optional dependency a package names (e.g. rollup's @rollup/rollup-<os>-<cpu>), but a
// lock written on a host whose registry could not serve the other platforms' packages only has the host's
// ones, and `npm ci` fails with "Missing: @rollup/rollup-android-arm-eabi@ from lock file".
// This adds the missing entries (version, os/cpu from the package name, optional, dev as the parent),
// which npm skips on non-matching platforms. Run: node scripts/complete-lock-optional.mjs [package-lock.json]
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'netbsd', 'sunos', 'aix', 'win32'];
const CPU = { 'arm-eabi': 'arm', 'arm-gnueabihf': 'arm', 'arm-musleabihf': 'arm', arm64: 'arm64', x64: 'x64', ia32: 'ia32', loong64: 'loong64', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x', arm: 'arm' };

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${path}/node_modules/${name}`]) continue;
    const base = name.split('/').pop();
    const os = OS.find((o) => base.includes(`-${o}-`) || base.startsWith(`${o}-`));
    const cpuKey = Object.keys(CPU).sort((a, b) => b.length - a.length).find((c) => new RegExp(`-${c}(-(gnu|musl|msvc|gnueabihf|musleabihf|eabi))?$`).test(base) || base.endsWith(`-${c}`));
    if (!os || !cpuKey || !/^\d+\.\d+\.\d+$/.test(range)) {
      console.warn(`skipped ${name}@${range} (needed by ${path}): cannot infer os/cpu or version`);
      continue;
    }
    const e = { version: range, cpu: [CPU[cpuKey]], ...(entry.dev ? { dev: true } : {}), license: entry.license, optional: true, os: [os] };
    if (/-musl/.test(base)) e.libc = ['musl'];
    else if (/-gnu/.test(base)) e.libc = ['glibc'];
    lock.packages[key] = e;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} optional platform entries to ${file}`);
