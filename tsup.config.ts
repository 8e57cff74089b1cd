import { defineConfig } from 'tsup';

/** Subpath exports of the rate data: `jp-labor-insurance/rates/<area>` (package.json `exports`). */
const RATE_AREAS = ['employment', 'workers-compensation', 'general-contribution', 'care-benefit', 'labor-cost-ratio', 'special-enrollment', 'merit', 'procedures'];
const RATE_AREA_ENTRIES = Object.fromEntries(RATE_AREAS.map((a) => [`rates/${a}`, `src/rates/entries/${a}.ts`]));

export default defineConfig([
  {
    // The library, and one entry per data area (`jp-labor-insurance/rates/<area>`): each carries only
    // its own compiled figures (src/rates/generated/), so importing one area never bundles the others.
    entry: { index: 'src/index.ts', ...RATE_AREA_ENTRIES },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2020',
    platform: 'neutral',
    treeshake: true,
    splitting: false,
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
    noExternal: ['csv-parse'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
