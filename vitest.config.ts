import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/package is the packed-tarball smoke test (npm run test:package, needs dist/), not a vitest suite.
    exclude: ['**/node_modules/**', 'test/package/**', '.tmp/**'],
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.d.ts'],
      reporter: ['text-summary', 'text', 'html', 'json-summary'],
      reportsDirectory: 'coverage',
      // Gate the finished core (measured 2026-11-23: ~93% statements, ~89% branches); the domain
      // modules still being written are reported but not gated yet.
      thresholds: {
        'src/{core,rounding,rates,employment,premium,workers-compensation}/**': { statements: 85, branches: 80, functions: 90, lines: 90 },
      },
    },
  },
});
