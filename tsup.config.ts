import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2020',
    platform: 'neutral',
    treeshake: true,
    splitting: false,
    // Japanese text as UTF-8 (3 bytes a character) rather than \uXXXX escapes (6): the rule catalogue and rate
    // data are mostly Japanese. Every JavaScript runtime reads modules as UTF-8.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
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
