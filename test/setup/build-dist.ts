/**
 * vitest globalSetup: the tests of the built package (dist/) need a build. `npm test` builds first
 * (`pretest`) and CI builds before it tests; a bare `npx vitest run` on a fresh clone builds here, so no
 * test is ever skipped for want of dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  if (existsSync(join(root, 'dist', 'index.js')) && existsSync(join(root, 'dist', 'cli.js'))) return;
  execFileSync(process.execPath, [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: root, stdio: 'inherit' });
}
