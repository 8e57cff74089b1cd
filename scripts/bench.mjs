// `npm run bench`: bundles bench/bench.ts (with the library sources it imports) with tsup/esbuild, as the
// package itself is built, and runs it with node. Not with tsx: tsx's keepNames transform wraps every function
// literal in a __name() call (an Object.defineProperty per closure created), which slows closure-heavy code —
// the library's and the hand-written baselines' alike — by up to 3.5×, and so measures neither as shipped.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}node_modules/.cache/jp-labor-insurance-bench`;
await build({
  entry: { bench: `${root}bench/bench.ts` },
  format: ['esm'],
  outDir,
  platform: 'node',
  target: 'es2022',
  bundle: true,
  splitting: false,
  sourcemap: false,
  dts: false,
  clean: true,
  silent: true,
  config: false,
  outExtension: () => ({ js: '.mjs' }),
});
const run = spawnSync(process.execPath, [`${outDir}/bench.mjs`, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);
