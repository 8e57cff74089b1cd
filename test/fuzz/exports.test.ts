/**
 * Fuzzes every value export of src/index.ts with hostile values (issue 10, "Errors"): each export is
 * called with each hostile value as each argument, and with each documented field of its input object
 * (the properties TypeScript declares for the parameter) replaced by each hostile value or by a getter
 * that throws; a fast-check property then mixes several hostile fields at once. Every throw must be a
 * LaborInsuranceError whose code is in ERROR_CATALOGUE (never a TypeError or RangeError), and every
 * result must hold no NaN anywhere. A test also checks that every value export is covered here.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { hostileValues } from './hostile.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const H = hostileValues();

/** How to call one export: its base (valid) arguments and, when its input is an object, which type declares its fields. */
interface Spec {
  /** Calls the export with these arguments. */
  call: (...args: unknown[]) => unknown;
  /** Valid arguments (checked to succeed). */
  base: unknown[];
  /** Name of the exported type whose properties are the documented fields of `base[0]`; default: the first parameter's type. */
  fieldsOf?: string;
}

const deduction = lib.employeeDeduction({ wage: 200_000, category: 'general', fiscalYear: 2025 });
const renewalInput = { renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 30_125_678, declaredEstimate: 520_000 } as const;
const row = { id: 'E7', wage: '200000', closingDate: '2025-04-30', category: 'general', deducted: '1200' };

const SPECS: Record<string, Spec> = {
  parseYen: { call: (v, f) => lib.parseYen(v, f as string), base: [1, 'wage'] },
  fiscalYearOf: { call: (d) => lib.fiscalYearOf(d as string), base: ['2025-04-01'] },
  floorYen: { call: (x) => lib.floorYen(x as string), base: ['1.5'] },
  ceilYen: { call: (x) => lib.ceilYen(x as string), base: ['1.5'] },
  roundHalfDownYen: { call: (x) => lib.roundHalfDownYen(x as string), base: ['1.5'] },
  roundHalfUpYen: { call: (x) => lib.roundHalfUpYen(x as string), base: ['1.5'] },
  floorToUnit: { call: (x, u) => lib.floorToUnit(x as string, u as number), base: ['1501', 100] },
  floorToThousand: { call: (x) => lib.floorToThousand(x as string), base: ['1501'] },
  floorToHundred: { call: (x) => lib.floorToHundred(x as string), base: ['1501'] },
  roundYen: { call: (v, m, o) => lib.roundYen(v as string, m as 'floor', o as object), base: ['1.5', 'halfUp', { truncateToRinFirst: false }] },
  isRoundingMode: { call: (v) => lib.isRoundingMode(v), base: ['floor'] },
  isErrorCode: { call: (v) => lib.isErrorCode(v), base: ['AMOUNT_NEGATIVE'] },
  ratesFor: { call: (y, o) => lib.ratesFor(y as number, o as object), base: [2025, {}] },
  availableFiscalYears: { call: () => lib.availableFiscalYears(), base: [] },
  rateDataStatus: { call: () => lib.rateDataStatus(), base: [] },
  errorMessageJa: { call: (e) => lib.errorMessageJa(e as never), base: [new lib.InvalidInputError('AMOUNT_NEGATIVE', 'x', { field: 'wage' })] },
  validateRateTable: { call: (t) => lib.validateRateTable(t), base: [lib.ratesFor(2025)] },
  defineRateTable: { call: (t) => lib.defineRateTable(t as never), base: [structuredClone(lib.ratesFor(2025))] },
  employeeDeduction: {
    call: (i) => lib.employeeDeduction(i as never),
    base: [{ wage: 200_000, category: 'general', fiscalYear: 2025, rounding: 'halfDown', truncateToRinFirst: false }],
  },
  createEmployeeDeduction: { call: (o) => lib.createEmployeeDeduction(o as never), base: [{ category: 'general', closingDate: '2025-06-30', rounding: 'halfDown' }] },
  laborInsurancePremium: { call: (i) => lib.laborInsurancePremium(i as never), base: [{ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000 }] },
  employerShare: { call: (i) => lib.employerShare(i as never), base: [{ premium: 57_750, workerDeductions: [1_100, 2_475] }] },
  generalContribution: { call: (i) => lib.generalContribution(i as never), base: [{ fiscalYear: 2024, wages: 10_129_569 }] },
  installments: { call: (i) => lib.installments(i as never), base: [{ estimatedPremium: 1_000_000, fiscalYear: 2025 }] },
  surcharge: { call: (i) => lib.surcharge(i as never), base: [{ assessedPremium: 28_300 }] },
  lateFee: { call: (i) => lib.lateFee(i as never), base: [{ unpaidPremium: 1_234_567, dueDate: '2025-07-10', paidOn: '2025-10-20' }] },
  wageLedger: {
    call: (i) => lib.wageLedger(i as never),
    base: [{ fiscalYear: 2025, records: [{ workerId: 'A', closingDate: '2025-04-25', wage: 300_000 }] }],
  },
  estimateBasis: { call: (i) => lib.estimateBasis(i as never), base: [{ previousYearWages: 30_125_000, estimatedWages: 60_250_000 }] },
  annualRenewal: {
    call: (i) => lib.annualRenewal(i as never),
    base: [{ renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 30_125_678, declaredEstimate: 520_000 }],
  },
  increasedEstimate: {
    call: (i) => lib.increasedEstimate(i as never),
    base: [{ fiscalYear: 2025, industry: '98', category: 'general', declaredWages: 20_000_000, revisedWages: 40_001_000 }],
  },
  unregisteredEstimate: {
    call: (i) => lib.unregisteredEstimate(i as never),
    base: [{ industry: '98', category: 'general', asOf: '2025-11-20', years: [{ fiscalYear: 2024, wages: 15_000_000 }] }],
  },
  careBenefit: { call: (i) => lib.careBenefit(i as never), base: [{ month: '2025-05', level: 'constant', expense: 50_000, familyCare: true }] },
  medicalCopayment: { call: (i) => lib.medicalCopayment(i as never), base: [{ fiscalYear: 2025 }] },
  specialEnrollmentPremium: {
    call: (i) => lib.specialEnrollmentPremium(i as never),
    base: [{ kind: 2, workType: 'construction', fiscalYear: 2025, members: [{ dailyBase: 3500 }] }],
  },
  constructionWageBase: {
    call: (i) => lib.constructionWageBase(i as never),
    base: [{ contractAmount: 12_345_678, suppliedMaterials: 1_000_000, industry: '35', startDate: '2025-05-01', includePremium: true }],
  },
  meritRate: { call: (i) => lib.meritRate(i as never), base: [{ rate: '5.5', fiscalYear: 2025, adjustmentPercent: '35' }] },
  meritAdjustmentFromBalanceRatio: { call: (r) => lib.meritAdjustmentFromBalanceRatio(r as never), base: [{ numerator: 3, denominator: 4 }] },
  meritEligibility: { call: (i) => lib.meritEligibility(i as never), base: [{ workers: 30, rate: '15', fiscalYear: 2025 }] },
  costRecoveryEstimate: { call: (i) => lib.costRecoveryEstimate(i as never), base: [{ culpability: 'intentional', benefits: [{ kind: 'absence', amount: 600_000 }] }] },
  explain: { call: (r, o) => lib.explain(r as never, o as never), base: [deduction, { lang: 'en' }], fieldsOf: 'ExplainOptions' },
  auditDeductions: { call: (r, o) => lib.auditDeductions([r] as never, o as never), base: [row, {}], fieldsOf: 'DeductionRow' },
  DeductionAuditor: { call: (r, o) => new lib.DeductionAuditor(o as never).check(r as never), base: [row, {}], fieldsOf: 'DeductionRow' },
  deductionColumns: { call: (h) => lib.deductionColumns(h as never), base: [['社員番号', '支給額', '賃金締切日', '事業区分', '雇用保険料']] },
  deductionRowFromRecord: {
    call: (r) => lib.deductionRowFromRecord(r as never),
    base: [{ 社員番号: 'A1', 賃金: '200000', 締切日: '2025-04-20', 事業区分: '一般', 控除額: '1100' }],
  },
  diffRates: { call: (a, b, o) => lib.diffRates(a as number, b as number, o as object), base: [2024, 2025, {}] },
  // 労働保険事務組合 (issue 11): the batch is consumed and a member's coded error thrown again, so that the probe checks it
  // as it checks a throw (class, catalogued code, message); the error item's details may hold the hostile value itself.
  renewMembers: {
    call: (m, o) =>
      [...lib.renewMembers([m] as never, o as never)].map((i) => {
        if (!i.ok) throw i.error;
        return i.renewal;
      }),
    base: [{ id: '13101654321000', ...renewalInput }, {}],
    fieldsOf: 'RenewalMember',
  },
  renewalSummary: {
    call: (item) => {
      const s = lib.renewalSummary();
      s.add(item as never);
      return s.result();
    },
    base: [{ id: 'a', index: 0, ok: true, renewal: lib.annualRenewal(renewalInput) }],
    fieldsOf: 'MemberRenewalOk',
  },
  parseLaborInsuranceNumber: { call: (v, o) => lib.parseLaborInsuranceNumber(v as string, o as never), base: ['13-1-01-654321-000', { field: 'id' }] },
  // payroll integration (issue 12)
  employmentInsuranceEligibility: {
    call: (i) => lib.employmentInsuranceEligibility(i as never),
    base: [{ date: '2025-04-01', weeklyHours: 20, expectedDays: 'indefinite', age: 40, student: 'none', role: 'worker', seasonal: false, dayLaborer: false }],
  },
  classifyPayItem: { call: (n) => lib.classifyPayItem(n as string), base: ['基本給'] },
};

// Type guards of enumerations (`isRoundingMode`, `isErrorCode`, and any added later): one argument, a boolean back.
for (const [k, v] of Object.entries(lib)) {
  if (/^is[A-Z]/.test(k) && typeof v === 'function' && !(k in SPECS)) SPECS[k] = { call: (x) => (v as (x: unknown) => unknown)(x), base: [undefined] };
}

/**
 * Exports that are not entry points: the error classes (constructed by the library only; their
 * run-time code check is tested in test/core/errors.test.ts), the frozen constants, and the
 * isolated big.js constructor `Decimal` (third-party; its own errors are big.js's, and the library
 * never reads it — test/core/decimal.test.ts).
 */
const NOT_ENTRY_POINTS = new Set(['LaborInsuranceError', 'InvalidInputError', 'RateTableError', 'ERROR_CATALOGUE', 'ROUNDING_MODES', 'Decimal']);

/**
 * Entry points in files other helpers own, whose guard is not in yet (issue 10 is being worked in
 * parallel): for these only, a failure of the "input not checked" kind — a TypeError from reading a
 * field of null/undefined or from turning a Symbol / null-prototype object into a string, or the
 * hostile getter's / Proxy's own error escaping — is tolerated and
 * printed; any other failure (NaN, a wrong class, an uncatalogued code, a slow call) still fails.
 * Delete an entry once its owner has added `assertObject` at the function's entry.
 */
const PENDING: Record<string, string> = {};
const UNCHECKED_INPUT =
  /: threw (TypeError: Cannot read properties of (null|undefined)|TypeError: Cannot convert (object to primitive value|a Symbol value to a string)|Error: (getter|proxy) boom)/;

function unexpected(name: string, failures: string[]): string[] {
  if (!(name in PENDING)) return failures;
  const tolerated = failures.filter((f) => UNCHECKED_INPUT.test(f));
  if (tolerated.length > 0) console.warn(`${name}: ${tolerated.length} unchecked-input failure(s) left for ${PENDING[name]}:\n  ${tolerated.join('\n  ')}`);
  return failures.filter((f) => !UNCHECKED_INPUT.test(f));
}

/** Documented fields: the properties TypeScript declares for each spec's input (first parameter or the named type). */
function documentedFields(): Map<string, string[]> {
  const program = ts.createProgram([join(root, 'src/index.ts')], {
    strict: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(join(root, 'src/index.ts'))!;
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(sf)!);
  const byName = new Map(exports.map((s) => [s.getName(), s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s]));
  const propsOf = (t: ts.Type): string[] => {
    const nn = checker.getNonNullableType(t);
    const parts = nn.isUnion() ? nn.types : [nn];
    const names = new Set<string>();
    for (const p of parts)
      if (p.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection) && !checker.isArrayType(p)) for (const prop of checker.getPropertiesOfType(p)) names.add(prop.getName());
    return [...names];
  };
  const out = new Map<string, string[]>();
  for (const [name, spec] of Object.entries(SPECS)) {
    if (spec.fieldsOf !== undefined) {
      out.set(name, propsOf(checker.getDeclaredTypeOfSymbol(byName.get(spec.fieldsOf)!)));
      continue;
    }
    const sym = byName.get(name);
    if (!sym?.valueDeclaration) continue;
    const type = checker.getTypeOfSymbolAtLocation(sym, sym.valueDeclaration);
    const sig = type.getCallSignatures()[0] ?? type.getConstructSignatures()[0];
    const first = sig?.getParameters()[0];
    out.set(name, first ? propsOf(checker.getTypeOfSymbolAtLocation(first, sym.valueDeclaration)) : []);
  }
  return out;
}

/** A path to a NaN inside `value` (cycles and depth guarded), or undefined. */
function findNaN(value: unknown, path = 'result', seen = new Set<object>(), depth = 0): string | undefined {
  if (typeof value === 'number') return Number.isNaN(value) ? path : undefined;
  if (typeof value !== 'object' || value === null || seen.has(value) || depth > 40) return undefined;
  seen.add(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? `${path} (Invalid Date)` : undefined;
  for (const [k, v] of Object.entries(value)) {
    const hit = findNaN(v, `${path}.${k}`, seen, depth + 1);
    if (hit) return hit;
  }
  return undefined;
}

/** Runs one call; returns a failure description, or undefined when it threw a catalogued error or returned a NaN-free result. */
function probe(name: string, label: string, thunk: () => unknown): string | undefined {
  const t0 = performance.now();
  let result: unknown;
  try {
    result = thunk();
  } catch (e) {
    const ms = performance.now() - t0;
    if (!(e instanceof lib.LaborInsuranceError)) return `${name} ${label}: threw ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 160)}` : String(e)}`;
    if (!lib.isErrorCode(e.code)) return `${name} ${label}: uncatalogued code ${String(e.code)}`;
    if (lib.ERROR_CATALOGUE[e.code].errorClass !== e.constructor.name) return `${name} ${label}: ${e.code} thrown as ${e.constructor.name}`;
    if (typeof lib.errorMessageJa(e) !== 'string' || e.message.length > 2_000) return `${name} ${label}: message too long or no errorMessageJa`;
    if (ms > 2_000) return `${name} ${label}: took ${Math.round(ms)} ms to fail`;
    return undefined;
  }
  const ms = performance.now() - t0;
  if (ms > 2_000) return `${name} ${label}: took ${Math.round(ms)} ms`;
  const nan = findNaN(result);
  if (nan) return `${name} ${label}: NaN at ${nan}`;
  if (typeof result === 'function') {
    // createEmployeeDeduction returns the deduction function: fuzz it too.
    for (const [hl, hv] of H) {
      const f = probe(`${name}(…)`, `(${hl})`, () => (result as (v: unknown) => unknown)(hv));
      if (f) return f;
    }
  }
  return undefined;
}

function withField(base: unknown, field: string, value: unknown): Record<string, unknown> {
  return { ...(base as Record<string, unknown>), [field]: value };
}

function withThrowingGetter(base: unknown, field: string): Record<string, unknown> {
  return Object.defineProperty({ ...(base as Record<string, unknown>) }, field, {
    enumerable: true,
    get() {
      throw new Error('getter boom');
    },
  });
}

describe('every value export under hostile input (issue 10)', () => {
  const fields = documentedFields();

  it('covers every value export of src/index.ts', () => {
    // Frozen constants (enumerations, catalogues) are data, not entry points; a new function must get a spec here.
    const constants = Object.entries(lib).filter(([, v]) => typeof v !== 'function');
    for (const [k, v] of constants) expect([k, Object.isFrozen(v)]).toEqual([k, true]);
    const functions = Object.keys(lib).filter((k) => typeof (lib as Record<string, unknown>)[k] === 'function' && !NOT_ENTRY_POINTS.has(k));
    expect(functions.filter((k) => !(k in SPECS))).toEqual([]);
  });

  it('finds the documented fields of the input objects', () => {
    expect(fields.get('employeeDeduction')).toEqual(expect.arrayContaining(['wage', 'category', 'closingDate', 'fiscalYear', 'rounding', 'rates']));
    expect(fields.get('DeductionAuditor')).toEqual(expect.arrayContaining(['wage', 'closingDate', 'deducted']));
  });

  it.each(Object.keys(SPECS))('%s: the base call succeeds and returns no private big.js value', (name) => {
    const spec = SPECS[name]!;
    expect(probe(name, 'base', () => spec.call(...spec.base))).toBeUndefined();
    expect(() => spec.call(...spec.base)).not.toThrow();
    // A big.js value not made by the exported (isolated) Decimal would expose the library's private constructor.
    const leaks: string[] = [];
    const scan = (v: unknown, path: string, seen: Set<object>) => {
      if (typeof v !== 'object' || v === null || seen.has(v)) return;
      seen.add(v);
      if ('c' in v && 'e' in v && 's' in v && (v as { constructor: unknown }).constructor !== lib.Decimal) leaks.push(path);
      for (const [k, x] of Object.entries(v)) scan(x, `${path}.${k}`, seen);
    };
    scan(spec.call(...spec.base), 'result', new Set());
    expect(leaks).toEqual([]);
  });

  it.each(Object.keys(SPECS))('%s: each argument and each documented field, each hostile value', (name) => {
    const spec = SPECS[name]!;
    const failures: string[] = [];
    const note = (f: string | undefined) => {
      if (f !== undefined) failures.push(f);
    };
    const argCount = Math.max(spec.base.length, 1);
    for (const [label, value] of H) {
      for (let i = 0; i < argCount; i++) {
        const args = [...spec.base];
        args[i] = value;
        note(probe(name, `arg ${i} = ${label}`, () => spec.call(...args)));
      }
    }
    const base0 = spec.base[0];
    if (typeof base0 === 'object' && base0 !== null && !Array.isArray(base0)) {
      for (const field of fields.get(name) ?? []) {
        for (const [label, value] of H) note(probe(name, `${field} = ${label}`, () => spec.call(withField(base0, field, value), ...spec.base.slice(1))));
        note(probe(name, `${field} = throwing getter`, () => spec.call(withThrowingGetter(base0, field), ...spec.base.slice(1))));
      }
    }
    expect(unexpected(name, failures)).toEqual([]);
  });

  it.each(Object.keys(SPECS))('%s: each field of a nested item (e.g. members[0].dailyBase), each hostile value', (name) => {
    const spec = SPECS[name]!;
    const failures: string[] = [];
    const base0 = spec.base[0];
    if (typeof base0 !== 'object' || base0 === null || Array.isArray(base0)) return;
    for (const [field, v] of Object.entries(base0)) {
      const item: unknown = Array.isArray(v) ? v[0] : v;
      if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
      for (const key of Object.keys(item)) {
        const put = (x: unknown) => {
          const copy = { ...(item as Record<string, unknown>), [key]: x };
          return withField(base0, field, Array.isArray(v) ? [copy, ...v.slice(1)] : copy);
        };
        for (const [label, value] of H) {
          const f = probe(name, `${field}${Array.isArray(v) ? '[0]' : ''}.${key} = ${label}`, () => spec.call(put(value), ...spec.base.slice(1)));
          if (f) failures.push(f);
        }
      }
    }
    expect(unexpected(name, failures)).toEqual([]);
  });

  it('several hostile fields at once (fast-check)', () => {
    const names = Object.keys(SPECS).filter((n) => (fields.get(n) ?? []).length > 0);
    const hostile = fc.nat({ max: H.length - 1 }); // an index: fast-check must not inspect the Proxy
    const failures: string[] = [];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(fc.tuple(fc.nat(), hostile), { minLength: 1, maxLength: 4 }), (name, picks) => {
        const spec = SPECS[name]!;
        const fs = fields.get(name)!;
        const input: Record<string, unknown> = { ...(spec.base[0] as Record<string, unknown>) };
        for (const [n, h] of picks) input[fs[n % fs.length]!] = H[h]![1];
        const label = picks.map(([n, h]) => `${fs[n % fs.length]} = ${H[h]![0]}`).join(', ');
        const f = probe(name, label, () => spec.call(input, ...spec.base.slice(1)));
        const bad = f === undefined ? [] : unexpected(name, [f]);
        failures.push(...bad);
        return bad.length === 0;
      }),
      { numRuns: 2_000 },
    );
    expect(failures).toEqual([]);
  });
});
