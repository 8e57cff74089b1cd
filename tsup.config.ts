import { defineConfig } from 'tsup';

/** Subpath exports of the rate data: `jp-labor-insurance/rates/<area>` (package.json `exports`). */
const RATE_AREAS = ['employment', 'workers-compensation', 'general-contribution', 'care-benefit', 'labor-cost-ratio', 'special-enrollment', 'merit', 'procedures'];
const ENTRIES = { index: 'src/index.ts', ...Object.fromEntries(RATE_AREAS.map((a) => [`rates/${a}`, `src/rates/entries/${a}.ts`])) };

export default defineConfig([
  // ESM: one output file per source module (not bundled), so that an app's bundler drops every module
  // it does not use (package.json `sideEffects: false`): an app importing createEmployeeDeduction
  // carries the employment rates only (src/rates/generated/employment.js), never the other areas.
  {
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  // CommonJS: one bundle per entry (the library, and one per data area), with its declarations.
  {
    entry: ENTRIES,
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    splitting: false,
    // Whitespace and syntax minified, identifiers kept (stack traces keep the function and class names; the
    // source map maps lines back): the one-file bundle is 10% smaller gzipped (scripts/check-size.mjs).
    minifyWhitespace: true,
    minifySyntax: true,
    // Japanese text as UTF-8 (3 bytes a character) rather than \uXXXX escapes (6): the rule catalogue and rate
    // data are mostly Japanese. Every JavaScript runtime reads modules as UTF-8.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  // The ESM declarations (.d.ts) of the same entries.
  {
    entry: ENTRIES,
    format: ['esm'],
    dts: { only: true },
    clean: false,
  },
  // The command line (bin): a separate Node-only bundle, never imported by the library entry.
  // csv-parse is bundled in, so it stays a devDependency and big.js the only runtime dependency.
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    treeshake: true,
    splitting: false,
    // Whitespace and syntax minified, identifiers kept (stack traces keep the function and class names; the
    // source map maps lines back): the one-file bundle is 10% smaller gzipped (scripts/check-size.mjs).
    minifyWhitespace: true,
    minifySyntax: true,
    noExternal: ['csv-parse'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
