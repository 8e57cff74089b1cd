/**
 * Runs every TSDoc `@example` of src/**\/*.ts, so the documentation cannot drift from behaviour.
 *
 * Each fenced ```ts block inside an `@example` tag is extracted, its import from
 * 'jp-labor-insurance' is pointed at src/index.ts, and it is run as a module with `console.log`
 * captured. Every `console.log(...)` must be followed by `//=> expected` (on the line where the call
 * ends, or on the next line(s) when the call runs several times); `expected` is compared with
 * `util.inspect` of each logged argument joined by one space (CONTRIBUTING.md). Whitespace inside the
 * printed value is compared loosely (`[1, 2]` equals util.inspect's `[ 1, 2 ]`), nothing else is.
 *
 * The ```ts blocks of the Markdown guides in docs/ that contain `//=>` are run the same way.
 *
 * A second test checks that every value export of src/index.ts has a TSDoc comment with `@example`
 * (type-only exports — interfaces and type aliases — are exempt).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { extractExamples, extractMarkdownExamples, planExample, type DocExample } from './extract.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const srcDir = join(root, 'src');
const tmpDir = join(root, '.tmp', `doc-examples-${process.pid}`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []))
    .sort();
}

const examples: DocExample[] = sourceFiles(srcDir).flatMap((f) => extractExamples(readFileSync(f, 'utf8'), relative(root, f).split('\\').join('/')));
// The guides' ```ts blocks that state outputs (`//=>`) are run the same way.
const guideDir = join(root, 'docs');
const guides: DocExample[] = existsSync(guideDir)
  ? readdirSync(guideDir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .flatMap((f) => extractMarkdownExamples(readFileSync(join(guideDir, f), 'utf8'), `docs/${f}`))
  : [];

/** util.inspect output and the `//=>` text compared with whitespace normalised. */
export function normalise(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/([[{(]) /g, '$1')
    .replace(/ ([\]})])/g, '$1')
    .trim();
}

afterAll(() => rmSync(tmpDir, { recursive: true, force: true }));

describe('TSDoc @example blocks', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
  });

  it.each([...examples, ...guides].map((e) => [`${e.file}:${e.line} (${e.symbol}) example #${e.index + 1}`, e] as const))('%s', async (_name, ex) => {
    const plan = planExample(ex.code);
    const where = `${ex.file}:${ex.line} (${ex.symbol})`;
    expect(plan.problems, `${where}: malformed example`).toEqual([]);
    expect(plan.calls.length, `${where}: an example must print at least one checked value (console.log … //=> …)`).toBeGreaterThan(0);

    mkdirSync(tmpDir, { recursive: true });
    const file = join(tmpDir, `${ex.file.replace(/[^\w]+/g, '_')}_${ex.line}.ts`);
    const indexPath = relative(tmpDir, join(srcDir, 'index.ts')).split('\\').join('/');
    const entriesPath = relative(tmpDir, join(srcDir, 'rates', 'entries'))
      .split('\\')
      .join('/');
    // 'jp-labor-insurance' → src/index.ts; the data subpaths 'jp-labor-insurance/rates/<area>' → src/rates/entries/<area>.ts
    writeFileSync(
      file,
      plan.module
        .replace(/from\s+(['"])jp-labor-insurance\1/g, `from '${indexPath.startsWith('.') ? indexPath : `./${indexPath}`}'`)
        .replace(/from\s+(['"])jp-labor-insurance\/rates\/([a-z-]+)\1/g, `from '${entriesPath}/$2.js'`),
    );

    const logs = new Map<number, string[]>();
    (globalThis as Record<string, unknown>).__docExampleLog = (id: number, ...args: unknown[]) => {
      const out = args.map((a) => inspect(a, { breakLength: Infinity })).join(' ');
      logs.set(id, [...(logs.get(id) ?? []), out]);
    };
    try {
      await import(/* @vite-ignore */ `${pathToFileURL(file).href}?t=${Date.now()}`);
    } catch (err) {
      throw new Error(`${where}: the example threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`, { cause: err });
    }
    for (const call of plan.calls) {
      const actual = logs.get(call.id) ?? [];
      const line = ex.line + call.line;
      expect(actual.map(normalise), `${ex.file}:${line} (${ex.symbol}): console.log output vs //=> comment`).toEqual(call.expected.map(normalise));
    }
  });
});

describe('API documentation coverage', () => {
  it('every value export of src/index.ts has TSDoc with an @example', () => {
    const program = ts.createProgram([join(srcDir, 'index.ts')], {
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      resolveJsonModule: true,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    });
    const checker = program.getTypeChecker();
    const index = program.getSourceFile(join(srcDir, 'index.ts'))!;
    const moduleSymbol = checker.getSymbolAtLocation(index)!;
    const missing: string[] = [];
    let checked = 0;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const valueFlags = ts.SymbolFlags.Value & ~ts.SymbolFlags.ValueModule;
      if (!(symbol.flags & valueFlags)) continue; // interfaces, type aliases
      checked++;
      const decl = symbol.declarations?.[0];
      const where = decl ? `${relative(root, decl.getSourceFile().fileName)}:${decl.getSourceFile().getLineAndCharacterOfPosition(decl.getStart()).line + 1}` : '?';
      const docs = ts.displayPartsToString(symbol.getDocumentationComment(checker));
      const tags = symbol.getJsDocTags(checker).map((t) => t.name);
      if (!docs.trim()) missing.push(`${exported.name} (${where}): no TSDoc comment`);
      else if (!tags.includes('example')) missing.push(`${exported.name} (${where}): no @example`);
    }
    expect(checked).toBeGreaterThan(10);
    expect(missing, `exports without TSDoc/@example:\n${missing.join('\n')}`).toEqual([]);
  });
});
