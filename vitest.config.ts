import { readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// A coverage gate for every folder of src/, found at config time so a new folder is gated the day it
// appears. Minimums (statements / branches / functions / lines) sit a few points under the measured
// figures of 2026-12-01; the command line is exercised mostly as real processes (cli.test.ts), which v8
// coverage does not see, so its in-process share (inprocess.test.ts) has its own gate: 3 points under
// the in-process figures of 2026-12-01 (92.4 / 83.6 / 95.3 / 94.4; main.ts, the process entry, runs only as a process).
const gate = { statements: 85, branches: 80, functions: 88, lines: 88 };
const lower: Record<string, typeof gate> = { cli: { statements: 89, branches: 80, functions: 92, lines: 91 } };
const folders = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const thresholds = Object.fromEntries(folders.map((f) => [`src/${f}/**`, lower[f] ?? gate]));

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/package is the packed-tarball smoke test (npm run test:package, needs dist/), not a vitest suite.
    exclude: ['**/node_modules/**', 'test/package/**', '.tmp/**'],
    testTimeout: 60_000,
    globalSetup: ['test/setup/build-dist.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.d.ts'],
      reporter: ['text-summary', 'text', 'html', 'json-summary'],
      reportsDirectory: 'coverage',
      thresholds,
    },
  },
});
