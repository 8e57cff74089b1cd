import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the CLI stays out of the library', () => {
  it('no library module imports src/cli or csv-parse', () => {
    const lib = files(join(root, 'src')).filter((f) => !f.includes(`${join('src', 'cli')}`));
    const offenders = lib.filter((f) => /from\s+['"][./]*cli\/|from\s+['"]csv-parse/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the CLI uses only the public entry of the library', () => {
    for (const f of files(join(root, 'src', 'cli'))) {
      const imports = [...readFileSync(f, 'utf8').matchAll(/from\s+['"](\.\.\/[^'"]+)['"]/g)].map((m) => m[1]);
      expect(
        imports.filter((i) => i !== '../index.js' && i !== '../../package.json'),
        f,
      ).toEqual([]);
    }
  });

  it('the built library entry contains no CLI code', () => {
    for (const f of ['index.js', 'index.cjs']) {
      const text = readFileSync(join(root, 'dist', f), 'utf8');
      expect(text).not.toMatch(/csv-parse|parseArgs|jp-labor-insurance <command>/);
    }
  });
});
