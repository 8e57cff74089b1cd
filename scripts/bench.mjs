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
if (run.status !== 0) process.exit(run.status ?? 1);
// Issue 11: the `renewal` CLI on 200,000 members against csv-parse alone, and its peak memory (needs dist/, as CI
// builds first). The national volume (1,410,000 members through renewMembers) and the audit's memory on 1,000,000
// and 5,000,000 rows take minutes: `npm run bench:scale`.
console.log('\n== renewal CLI, 200,000 members (bench/renewal-cli.mjs)');
const renewal = spawnSync(process.execPath, [`${root}bench/renewal-cli.mjs`, '200000', '2'], { stdio: 'inherit', cwd: root });
process.exit(renewal.status ?? 1);
