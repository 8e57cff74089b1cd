#!/usr/bin/env node
// npm run test:package — packs the tarball (needs dist/: run `npm run build` first), installs it into
// fresh temporary ESM, CommonJS and TypeScript (module nodenext, ESM and CommonJS) consumer projects, and computes the
// MHLW pamphlet's 小売業 example (FY2025, 業種 98) in each: premium 57,750 = 労災 9,900 + 雇用 47,850;
// worker shares 1,100 × 12 + 2,475 × 2 = 18,150; employer share 39,600.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'index.cjs'))) {
  console.error('dist/ is missing: run `npm run build` before `npm run test:package`');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'jp-labor-insurance-smoke-'));
let failed = false;
const warnings = new Set();
try {
  // 1. Pack exactly what `npm publish` would publish.
  const packed = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, packed[0].filename);
  const files = packed[0].files.map((f) => f.path);
  console.log(`packed ${packed[0].filename}: ${files.length} files, ${(packed[0].size / 1024).toFixed(1)} kB packed, ${(packed[0].unpackedSize / 1024).toFixed(1)} kB unpacked`);
  const required = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts'];
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const bins = typeof pkg.bin === 'string' ? [pkg.bin] : Object.values(pkg.bin ?? {});
  required.push(...bins.map((b) => b.replace(/^\.\//, '')));
  const missing = required.filter((f) => !files.includes(f));
  const stray = files.filter((f) => /^(src|test|bench|scripts|examples|docs|coverage|\.ci|node_modules)\//.test(f) || /(^|\/)(tsconfig|vitest\.config|tsup\.config)\./.test(f));
  if (missing.length) throw new Error(`tarball lacks ${missing.join(', ')}`);
  if (stray.length) throw new Error(`tarball ships files users do not need: ${stray.join(', ')}`);

  const retail = (lib) => `
const payments = [...Array(12).fill(200000), 450000, 450000];
const deduct = ${lib}.createEmployeeDeduction({ category: 'general', closingDate: '2025-06-30' });
const shares = payments.map(deduct);
const premium = ${lib}.laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: payments.reduce((a, b) => a + b, 0) });
const share = ${lib}.employerShare({ premium, workerDeductions: shares });
const single = ${lib}.employeeDeduction({ wage: 100091, category: 'general', closingDate: '2025-05-31' });
const got = [premium.amount, premium.workersCompensation?.amount, premium.employmentInsurance?.amount, share.workerShares, share.amount, single.amount, single.exact];
const want = [57750, 9900, 47850, 18150, 39600, 551, '550.5005'];
if (JSON.stringify(got) !== JSON.stringify(want)) { console.log('MISMATCH', JSON.stringify(got), 'expected', JSON.stringify(want)); process.exitCode = 1; }
else console.log('ok', JSON.stringify(got));
`;

  // The data subpaths (jp-labor-insurance/rates/<area>): every one loads; FY2025 一般の事業 worker rate
  // 5.5/1000 (MHLW 令和7年度 雇用保険料率), 口座振替 第1期 9/6 (MHLW 口座振替納付).
  const AREAS = ['employment', 'workers-compensation', 'general-contribution', 'care-benefit', 'labor-cost-ratio', 'special-enrollment', 'merit', 'procedures'];
  const subpathCheck = (employment, procedures) => `
if (${employment}.employmentRatesIn(2025)[0]?.categories.general.worker !== '5.5') throw new Error('rates/employment: wrong FY2025 worker rate');
if (${procedures}.PROCEDURE_DATA.installments.periods[0]?.accountTransferDue !== '09-06') throw new Error('rates/procedures: wrong 口座振替 date');
if (!Object.isFrozen(${employment}.EMPLOYMENT_RATES)) throw new Error('rates/employment: data not frozen');
`;

  const consumers = {
    esm: {
      pkg: { type: 'module' },
      files: {
        'index.mjs': `import * as lib from 'jp-labor-insurance';
import * as employment from 'jp-labor-insurance/rates/employment';
import * as procedures from 'jp-labor-insurance/rates/procedures';
for (const a of ${JSON.stringify(AREAS)}) if (Object.keys(await import('jp-labor-insurance/rates/' + a)).length === 0) throw new Error('rates/' + a + ': no exports');
${subpathCheck('employment', 'procedures')}
${retail('lib')}`,
      },
      main: 'index.mjs',
    },
    cjs: {
      pkg: { type: 'commonjs' },
      files: {
        'index.cjs': `const lib = require('jp-labor-insurance');\nif (typeof lib.InvalidInputError !== 'function') throw new Error('CJS export missing');
const employment = require('jp-labor-insurance/rates/employment');
const procedures = require('jp-labor-insurance/rates/procedures');
for (const a of ${JSON.stringify(AREAS)}) if (Object.keys(require('jp-labor-insurance/rates/' + a)).length === 0) throw new Error('rates/' + a + ': no exports');
${subpathCheck('employment', 'procedures')}
${retail('lib')}`,
      },
      main: 'index.cjs',
    },
    typescript: {
      pkg: { type: 'module' },
      files: {
        'tsconfig.json': JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'nodenext',
            moduleResolution: 'nodenext',
            strict: true,
            noUncheckedIndexedAccess: true,
            outDir: 'out',
            lib: ['ES2022'],
            types: [],
            skipLibCheck: true,
          },
        }),
        'index.ts': `declare const console: { log(...args: unknown[]): void };
declare const process: { exitCode?: number };
import { createEmployeeDeduction, employeeDeduction, employerShare, laborInsurancePremium, type Premium, type EmployeeDeduction, InvalidInputError } from 'jp-labor-insurance';
import * as employment from 'jp-labor-insurance/rates/employment';
import * as procedures from 'jp-labor-insurance/rates/procedures';
import type { EmploymentPeriod } from 'jp-labor-insurance/rates/employment';
import type { ProceduresData } from 'jp-labor-insurance/rates/procedures';
const lib = { createEmployeeDeduction, employeeDeduction, employerShare, laborInsurancePremium };
const periods: readonly EmploymentPeriod[] = employment.employmentRatesIn(2025);
const proc: ProceduresData = procedures.PROCEDURE_DATA;
void periods; void proc;
${subpathCheck('employment', 'procedures')}
${retail('lib')}
const typed: [Premium, EmployeeDeduction] = [premium, single];
const amount: number = typed[1].amount;
try { employeeDeduction({ wage: -1, category: 'general', fiscalYear: 2025 }); } catch (e) { if (!(e instanceof InvalidInputError) || e.code !== 'AMOUNT_NEGATIVE') process.exitCode = 1; }
void amount;
`,
      },
      compile: true,
      main: 'out/index.js',
    },
    'ts-cjs': {
      // A CommonJS TypeScript project: the `require` condition and index.d.cts.
      pkg: { type: 'commonjs' },
      files: {
        'tsconfig.json': JSON.stringify({
          compilerOptions: { target: 'ES2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, outDir: 'out', lib: ['ES2022'], types: [], skipLibCheck: true },
        }),
        'index.ts': `declare const console: { log(...args: unknown[]): void };
declare const process: { exitCode?: number };
import * as lib from 'jp-labor-insurance';
import * as employment from 'jp-labor-insurance/rates/employment';
import * as procedures from 'jp-labor-insurance/rates/procedures';
const e: employment.EmploymentData = employment.EMPLOYMENT_RATES;
${subpathCheck('employment', 'procedures')}
${retail('lib')}
const p: lib.Premium = premium;
void e;
void p;
`,
      },
      compile: true,
      main: 'out/index.js',
    },
  };

  for (const [name, c] of Object.entries(consumers)) {
    const dir = join(work, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `smoke-${name}`, version: '1.0.0', private: true, ...c.pkg }, null, 2));
    for (const [f, text] of Object.entries(c.files)) writeFileSync(join(dir, f), text);
    run(npm, ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', '--loglevel=error'], dir);
    if (c.compile) {
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      run(process.execPath, [tsc, '-p', '.'], dir);
      // Strict consumers also check the package's .d.ts (skipLibCheck: false).
      try {
        run(process.execPath, [tsc, '-p', '.', '--noEmit', '--skipLibCheck', 'false'], dir);
        console.log(`${name.padEnd(10)} declarations type-check with skipLibCheck: false`);
      } catch (err) {
        const errors = String(err.stdout ?? '')
          .split('\n')
          .filter((l) => /error TS\d+/.test(l));
        const onlyBigJsTypes = errors.length > 0 && errors.every((l) => /TS7016: Could not find a declaration file for module 'big\.js'/.test(l));
        if (!onlyBigJsTypes) throw err;
        warnings.add(
          "the public .d.ts imports 'big.js' types (Decimal), but @types/big.js is a devDependency: consumers with skipLibCheck: false get TS7016 (Decimal is `any`) until @types/big.js moves to dependencies",
        );
      }
    }
    let out;
    try {
      out = run(process.execPath, [c.main], dir).trim();
    } catch (err) {
      out = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim() || String(err);
      failed = true;
    }
    if (!out.startsWith('ok')) failed = true;
    console.log(`${name.padEnd(10)} ${out}`);
  }
} catch (err) {
  failed = true;
  console.error(err.stdout ?? '', err.stderr ?? '', err.message);
} finally {
  rmSync(work, { recursive: true, force: true });
}
for (const w of warnings) console.warn(`WARNING: ${w}`);
if (failed) {
  console.error('package smoke test FAILED');
  process.exit(1);
}
console.log('package smoke test passed (ESM, CJS, TypeScript ESM and CJS consumers; library and rates/<area> subpaths)');
