/**
 * Rate-table validation (internal): reads a custom table once into plain data (structure), then checks its
 * values and consistency with the checks of checks.ts and the override blocks of validateMerit.ts and
 * validateProcedures.ts. @internal
 * @module
 */
import { RateTableError } from '../core/errors.js';
import type { RateTable } from './types.js';
import { MERIT_BLOCK } from './validateMerit.js';
import { PROCEDURES_BLOCK } from './validateProcedures.js';
import {
  RATE_BOUNDS,
  YEN_BOUNDS,
  show,
  keyPath,
  EMPLOYMENT_NAMES,
  scaled,
  str,
  pattern,
  rate,
  yen,
  date,
  status,
  sources,
  obj,
  arr,
  periods,
  period,
  unique,
  ascending,
} from './checks.js';
import type { RateTableIssueCode, RateTableIssue, RateTableContext, Check, ExtraBlock } from './checks.js';

/** Size limits of a table as plain data. */
const LIMITS = { depth: 16, arrayLength: 10_000, keys: 10_000, stringLength: 100_000, nodes: 500_000, issues: 200 };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects issues, at most {@link LIMITS.issues}. */
class IssueList {
  readonly list: RateTableIssue[] = [];
  private cut = false;
  add(path: string, code: RateTableIssueCode, message: string): void {
    if (this.list.length < LIMITS.issues) this.list.push({ path, code, message });
    else if (!this.cut) {
      this.cut = true;
      this.list.push({ path: '', code: 'too-many-issues', message: `more than ${LIMITS.issues} issues; the rest are not listed` });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Structure: read the input once, into a fresh tree of plain data.
// ---------------------------------------------------------------------------------------------

function isPlainObjectProto(o: object): boolean {
  const proto = Object.getPrototypeOf(o);
  return proto === null || Object.getPrototypeOf(proto) === null; // Object.prototype of any realm
}
function isPlainArrayProto(a: object): boolean {
  const proto = Object.getPrototypeOf(a);
  return Array.isArray(proto) && Object.getPrototypeOf(Object.getPrototypeOf(proto)) === null; // Array.prototype of any realm
}

interface CopyState {
  issues: IssueList;
  ancestors: Set<object>;
  nodes: number;
}

/**
 * Copies `v` as plain data (objects, arrays, primitives), reading each property once from its
 * descriptor: getters are reported, never called. Returns `undefined` for a rejected value.
 */
function copyPlain(v: unknown, path: string, s: CopyState, depth: number): unknown {
  if (typeof v === 'function') {
    s.issues.add(path, 'not-plain', 'must be plain data, not a function');
    return undefined;
  }
  if (typeof v !== 'object' || v === null) {
    if (typeof v === 'string' && v.length > LIMITS.stringLength) {
      s.issues.add(path, 'too-large', `a string longer than ${LIMITS.stringLength} characters`);
      return undefined;
    }
    return Object.is(v, -0) ? 0 : v;
  }
  if (s.ancestors.has(v)) {
    s.issues.add(path, 'cycle', 'contains itself');
    return undefined;
  }
  if (depth > LIMITS.depth || ++s.nodes > LIMITS.nodes) {
    s.issues.add(path, 'too-large', depth > LIMITS.depth ? `nested deeper than ${LIMITS.depth} levels` : `more than ${LIMITS.nodes} objects`);
    return undefined;
  }
  s.ancestors.add(v);
  try {
    return Array.isArray(v) ? copyArray(v, path, s, depth) : copyObject(v, path, s, depth);
  } catch {
    s.issues.add(path, 'unreadable', 'reading it threw an error');
    return undefined;
  } finally {
    s.ancestors.delete(v);
  }
}

function copyArray(a: readonly unknown[], path: string, s: CopyState, depth: number): unknown {
  if (!isPlainArrayProto(a)) {
    s.issues.add(path, 'not-plain', 'must be a plain array');
    return undefined;
  }
  const length = a.length;
  if (!Number.isSafeInteger(length) || length > LIMITS.arrayLength) {
    s.issues.add(path, 'too-large', `an array of more than ${LIMITS.arrayLength} items`);
    return undefined;
  }
  const keys = Reflect.ownKeys(a);
  if (keys.length !== length + 1) {
    for (const k of keys) {
      if (typeof k === 'symbol') s.issues.add(path, 'not-plain', 'has a symbol key');
      else if (k !== 'length' && !(/^(0|[1-9]\d*)$/.test(k) && Number(k) < length)) s.issues.add(keyPath(path, k), 'unknown-key', 'not an item');
    }
  }
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const d = Object.getOwnPropertyDescriptor(a, i);
    const p = keyPath(path, i);
    if (d === undefined) s.issues.add(p, 'sparse-array', 'a hole in the array');
    else if (d.get !== undefined || d.set !== undefined) s.issues.add(p, 'accessor', 'a getter or setter');
    else if (d.value === undefined) s.issues.add(p, 'type', 'must not be undefined');
    else out.push(copyPlain(d.value, p, s, depth + 1));
  }
  return out;
}

function copyObject(o: object, path: string, s: CopyState, depth: number): unknown {
  if (!isPlainObjectProto(o)) {
    const name = (() => {
      try {
        const c = (o as { constructor?: { name?: unknown } }).constructor;
        return typeof c?.name === 'string' && c.name.length < 40 ? c.name : 'an object';
      } catch {
        return 'an object';
      }
    })();
    s.issues.add(path, 'not-plain', `must be a plain object, not ${name === 'an object' ? name : `a ${name}`}`);
    return undefined;
  }
  const keys = Reflect.ownKeys(o);
  if (keys.length > LIMITS.keys) {
    s.issues.add(path, 'too-large', `an object with more than ${LIMITS.keys} keys`);
    return undefined;
  }
  const entries: [string, unknown][] = [];
  for (const k of keys) {
    if (typeof k === 'symbol') {
      s.issues.add(path, 'not-plain', 'has a symbol key');
      continue;
    }
    const d = Object.getOwnPropertyDescriptor(o, k);
    const p = keyPath(path, k);
    if (d === undefined) continue;
    if (d.get !== undefined || d.set !== undefined) s.issues.add(p, 'accessor', 'a getter or setter');
    else if (!d.enumerable) s.issues.add(p, 'not-plain', 'a non-enumerable property');
    else if (d.value !== undefined) entries.push([k, copyPlain(d.value, p, s, depth + 1)]); // undefined = absent
  }
  return Object.fromEntries(entries); // own data properties only, even for a key named "__proto__"
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// 2. Values and consistency, on the plain copy: a few small checks composed into the table's shape.
// ---------------------------------------------------------------------------------------------

const employmentRates = obj(Object.fromEntries(EMPLOYMENT_NAMES.map((n) => [n, rate(RATE_BOUNDS.employment)])), {}, (r, p, c) => {
  const [total, worker, employer, benefit, two] = EMPLOYMENT_NAMES.map((n) => scaled(r[n] as string)) as [bigint, bigint, bigint, bigint, bigint];
  const a = worker + employer === total || c.bad(p, 'sum', `worker ${r['worker']} + employer ${r['employer']} ≠ total ${r['total']}`);
  const b = benefit + two === employer || c.bad(p, 'sum', `employer ${r['employer']} ≠ benefit part ${r['employerBenefitPart']} + 二事業 ${r['employerTwoProjectsPart']}`);
  return (worker * 2n === total - two || c.bad(p, 'sum', `worker ${r['worker']} ≠ ½ × (total − 二事業) (徴収法31条1項)`)) && a && b;
});

const careLimits = obj(
  { max: yen(0, YEN_BOUNDS.careMonthly), min: yen(0, YEN_BOUNDS.careMonthly) },
  {},
  (k, p, c) => (k['min'] as number) <= (k['max'] as number) || c.bad(p, 'order', `minimum ${k['min']} exceeds the cap ${k['max']}`),
);
const wcRate = rate(RATE_BOUNDS.workersCompensation);
const dailyBases = (nonEmpty: boolean) => arr(yen(1, YEN_BOUNDS.dailyBase), nonEmpty, ascending);

const secondClass = obj(
  {
    from: date,
    to: date,
    table: str(true),
    legalBasis: str(true),
    sources,
    rows: arr(
      obj({ code: pattern(/^[a-z][a-z-]*$/, 'construction'), name: str(true), rate: wcRate, status, sources }, { from: date, reportedNumber: str() }),
      false,
      unique('code'),
    ),
  },
  {},
  (p, path, c) =>
    (p['rows'] as Obj[]).every(
      (r, i) =>
        r['from'] === undefined ||
        ((r['from'] as string) >= (p['from'] as string) && (r['from'] as string) <= (p['to'] as string)) ||
        c.bad(`${path}.rows[${i}].from`, 'outside-period', `${r['from']} lies outside its period ${p['from']}..${p['to']}`),
    ),
);

/** The shape of a fiscal-year table, with the optional override blocks. */
const tableShape = (blocks: readonly ExtraBlock[]): Check =>
  obj(
    {
      schemaVersion: (v, p, c) => v === 1 || c.bad(p, 'enum', 'must be 1'),
      fiscalYear: () => true, // checked first: the other checks depend on it
      name: str(true),
      from: (v, p, c) => v === c.from || c.bad(p, 'range', `must be ${c.from}`),
      to: (v, p, c) => v === c.to || c.bad(p, 'range', `must be ${c.to}`),
      employmentInsurance: periods(
        period({ categories: obj({ general: employmentRates, agriculture: employmentRates, construction: employmentRates }) }, { id: str(), benefitPartName: str() }),
        true,
      ),
      workersCompensation: periods(
        period(
          {
            table: str(true),
            nonOccupationalRate: obj({ rate: wcRate, legalBasis: str(true), sources, status }),
            industries: arr(obj({ number: pattern(/^\d{2}(\/\d{2})?$/, '94'), category: str(true), name: str(true), rate: wcRate, status }), true, unique('number', true)),
          },
          { label: str() },
        ),
        true,
      ),
      generalContribution: periods(period({ rate: rate(RATE_BOUNDS.generalContribution) }), false),
      careBenefit: periods(period({ constant: careLimits, occasional: careLimits }), false),
      laborCostRatio: periods(
        period({
          table: str(true),
          rows: arr(obj({ number: pattern(/^\d{2}[a-z]?$/, '35'), name: str(true), percent: rate(RATE_BOUNDS.laborCostPercent, true) }), false, unique('number')),
        }),
        false,
      ),
      specialEnrollment: obj({
        secondClass: periods(secondClass, false),
        thirdClass: periods(period({ rate: wcRate }), false),
        dailyBenefitBases: obj({ standard: dailyBases(true), homeworkersOnly: dailyBases(false), legalBasis: str(true), sources, status }, { note: str() }, (b, p, c) =>
          (b['homeworkersOnly'] as number[]).every(
            (v, i) => !(b['standard'] as number[]).includes(v) || c.bad(`${p}.homeworkersOnly[${i}]`, 'duplicate', `${v} is also a standard level`),
          ),
        ),
        partialYear: obj({ rule: str(true), legalBasis: str(true), sources, status }),
      }),
      medicalCopayment: obj(
        { standard: yen(0, YEN_BOUNDS.copayment), dayLaborer: yen(0, YEN_BOUNDS.copayment), legalBasis: str(true), sources, status },
        { note: str() },
        (m, p, c) =>
          (m['dayLaborer'] as number) <= (m['standard'] as number) ||
          c.bad(`${p}.dayLaborer`, 'order', `the 日雇特例被保険者 amount ${m['dayLaborer']} exceeds the standard ${m['standard']}`),
      ),
      sources: () => true, // checked first: the source keys are needed by every block
    },
    // The optional override blocks, each validated by its own check, in one place.
    { $schema: str(), ...Object.fromEntries(blocks.map((b) => [b.key, b.check])) },
  );

/**
 * The optional override blocks. Adding one is one line here (plus its import). A table key not listed
 * is an unknown key.
 */
const EXTRA_BLOCKS: readonly ExtraBlock[] = Object.freeze([MERIT_BLOCK, PROCEDURES_BLOCK]);
const extraBlocks = (): readonly ExtraBlock[] => EXTRA_BLOCKS;

const shapes = new WeakMap<readonly ExtraBlock[], Check>();

function checkTable(t: unknown, issues: IssueList, blocks: readonly ExtraBlock[]): void {
  if (!isObj(t)) return issues.add('', 'type', 'a rate table must be an object');
  const fy = t['fiscalYear'];
  if (typeof fy !== 'number' || !Number.isInteger(fy) || fy < 1947 || fy > 9998)
    return issues.add('fiscalYear', fy === undefined ? 'required' : 'type', `must be an integer year such as 2027 (got ${show(fy)})`);
  const sourceKeys = new Set<string>();
  const map = t['sources'];
  if (map !== undefined && !isObj(map)) issues.add('sources', 'type', 'must be an object mapping source keys to citations');
  for (const [k, v] of isObj(map) ? Object.entries(map) : []) {
    if (k === '' || typeof v !== 'string' || v === '') issues.add(keyPath('sources', k), 'type', `a source key and its citation must be non-empty strings (got ${show(v)})`);
    else sourceKeys.add(k);
  }
  const c: RateTableContext = { fiscalYear: fy, from: `${fy}-04-01`, to: `${fy + 1}-03-31`, sourceKeys, bad: (p, code, m) => (issues.add(p, code, m), false) };
  let shape = shapes.get(blocks);
  if (shape === undefined) shapes.set(blocks, (shape = tableShape(blocks)));
  shape(t, '', c);
}

// ---------------------------------------------------------------------------------------------
// 3. Entry points.
// ---------------------------------------------------------------------------------------------

/** Outcome of {@link inspectRateTable}. @internal */
export interface InspectedTable {
  /** The deep-frozen plain copy, when the table is valid. */
  table: RateTable | undefined;
  issues: RateTableIssue[];
}

/**
 * Reads a table once into a plain copy, validates the copy and, when valid, deep-freezes it. What is
 * validated is exactly what the calculations then read (through `defineRateTable`). `blocks` defaults
 * to the registered override blocks (tests pass their own). @internal
 */
export function inspectRateTable(input: unknown, blocks: readonly ExtraBlock[] = extraBlocks()): InspectedTable {
  const issues = new IssueList();
  const state: CopyState = { issues, ancestors: new Set(), nodes: 0 };
  const copy = copyPlain(input, '', state, 0);
  if (issues.list.length > 0) return { table: undefined, issues: issues.list };
  checkTable(copy, issues, blocks);
  if (issues.list.length > 0) return { table: undefined, issues: issues.list };
  return { table: deepFreeze(copy) as RateTable, issues: [] };
}

/**
 * Checks a rate table (bundled or custom) completely and returns every problem found, each with a
 * `path`, a short `code` ({@link RateTableIssueCode}) and a `message` (an empty array means valid):
 * - plain data only: plain objects and dense arrays, no getters, no cycles, no unknown keys, every
 *   required key present (every block, including `specialEnrollment` and `medicalCopayment`);
 * - rates are decimal strings per 1000 (percent for 労務費率), 0 ≤ rate ≤ a ceiling per family
 *   (雇用保険 50‰, 労災・特別加入 200‰, 一般拠出金 1‰, 労務費率 100%), at most 4 decimals;
 *   yen are safe integers within bounds (一部負担金 ≤ 200 yen by 労災法31条2項), minimum ≤ cap;
 * - dates are real; periods lie inside the fiscal year, in order, without gaps or overlaps; 雇用保険
 *   and 労災 periods cover the whole year;
 * - worker + employer = total, employer = 給付 part + 二事業 part, worker = ½ × (total − 二事業) (徴収法31条);
 * - 業種番号 and 第2種 codes unique; 給付基礎日額 strictly ascending; every cited source key defined.
 *
 * It never throws, whatever the input (a proxy, a cyclic object, a getter: each is an issue).
 *
 * @example
 * ```ts
 * import { validateRateTable, ratesFor } from 'jp-labor-insurance';
 * console.log(validateRateTable(ratesFor(2025)).length); //=> 0
 * console.log(validateRateTable({ fiscalYear: 2027 })[0]);
 * //=> { path: 'schemaVersion', code: 'required', message: 'missing' }
 * const t = structuredClone(ratesFor(2025));
 * t.medicalCopayment.standard = -200;
 * console.log(validateRateTable(t));
 * //=> [ { path: 'medicalCopayment.standard', code: 'range', message: '-200 is outside 0..200 yen' } ]
 * ```
 */
export function validateRateTable(input: unknown): RateTableIssue[] {
  return inspectRateTable(input).issues;
}

/** The `INVALID_RATE_TABLE` error listing `issues` (the first five in the message). @internal */
export function invalidRateTable(issues: readonly RateTableIssue[]): RateTableError {
  const head = issues
    .slice(0, 5)
    .map((i) => `${i.path || '(root)'}: ${i.message}`)
    .join('; ');
  return new RateTableError('INVALID_RATE_TABLE', `invalid rate table: ${head}${issues.length > 5 ? `; and ${issues.length - 5} more` : ''}`, { issues });
}

export type { RateTableIssue, RateTableIssueCode, RateTableContext, Check, ExtraBlock } from './checks.js';
export {
  RATE_BOUNDS,
  RATE_DECIMALS,
  YEN_BOUNDS,
  show,
  keyPath,
  str,
  pattern,
  rate,
  yen,
  int,
  bool,
  anyDate,
  monthDay,
  ownSources,
  date,
  status,
  sources,
  obj,
  arr,
  periods,
  period,
} from './checks.js';
