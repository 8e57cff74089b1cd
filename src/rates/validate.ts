import { RateTableError } from '../core/errors.js';
import type { RateTable } from './types.js';
import { MERIT_BLOCK } from './validateMerit.js';
import { PROCEDURES_BLOCK } from './validateProcedures.js';

/**
 * Short, stable code of a {@link RateTableIssue}:
 * - structure: `type` (wrong type), `required` (missing key), `unknown-key`, `not-plain` (a class instance,
 *   Date, Map, function, symbol key or non-enumerable property), `cycle`, `accessor` (a getter/setter),
 *   `sparse-array` (a hole), `too-large` (beyond the size limits), `unreadable` (reading threw);
 * - values: `format` (not a decimal string / pattern), `range` (outside the documented bounds), `date`
 *   (not a real date), `enum`, `empty`;
 * - consistency: `outside-year`, `outside-period`, `gap`, `overlap`, `order`, `sum` (rate arithmetic),
 *   `duplicate`, `source` (an undefined source key), `duplicate-fiscal-year` (two tables for one year);
 * - `too-many-issues`: the list was cut after 200 issues.
 */
export type RateTableIssueCode =
  | 'type'
  | 'required'
  | 'unknown-key'
  | 'not-plain'
  | 'cycle'
  | 'accessor'
  | 'sparse-array'
  | 'too-large'
  | 'unreadable'
  | 'format'
  | 'range'
  | 'date'
  | 'enum'
  | 'empty'
  | 'outside-year'
  | 'outside-period'
  | 'gap'
  | 'overlap'
  | 'order'
  | 'sum'
  | 'duplicate'
  | 'source'
  | 'duplicate-fiscal-year'
  | 'too-many-issues';

/** One problem in a rate table (valibot-style): where, a short code, and what is wrong in English. */
export interface RateTableIssue {
  /** e.g. `employmentInsurance[0].categories.general.worker`; `''` for the table itself. */
  path: string;
  code: RateTableIssueCode;
  message: string;
}

/**
 * Bounds every figure of a table must keep (documented in docs/custom-rates.md). Rates are per 1000
 * (percent for 労務費率) with at most {@link RATE_DECIMALS} decimals; 0 ≤ rate ≤ ceiling. @internal
 */
export const RATE_BOUNDS = Object.freeze({
  /** 雇用保険率 and each share: 9–18.5‰ in the bundled years; the highest found is 22.5‰ (建設の事業, from April 2005). */
  employment: '50',
  /** 労災保険率, 非業務災害率, 特別加入保険料率: at most 88‰ in the bundled tables, 103‰ in FY2009–FY2011, above 100‰ in the 1990s. */
  workersCompensation: '200',
  /** 一般拠出金率: 0.02‰ in every bundled year. */
  generalContribution: '1',
  /** 労務費率 (percent of the contract price), 0 < percent ≤ 100: 17–38% in the bundled tables. */
  laborCostPercent: '100',
});
/** At most this many decimals in a rate string (the law uses at most 2). @internal */
export const RATE_DECIMALS = 4;
/** Yen bounds (integers): 介護 limits per month; 一部負担金 (労災法31条2項: at most 200 yen); 給付基礎日額. @internal */
export const YEN_BOUNDS = Object.freeze({ careMonthly: 1_000_000, copayment: 200, dailyBase: 100_000 });
/** Size limits of a table as plain data. */
const LIMITS = { depth: 16, arrayLength: 10_000, keys: 10_000, stringLength: 100_000, nodes: 500_000, issues: 200 };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** A value formatted safely for a message: never throws, never long. @internal */
export function show(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(v);
    case 'bigint':
      return v > 10n ** 30n || v < -(10n ** 30n) ? 'a large bigint' : `${v}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return v === null ? 'null' : Array.isArray(v) ? 'an array' : 'an object';
  }
}

/** `path` extended by a key or an index, as issue paths are written. @internal */
export function keyPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `[${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)}]`;
  return path === '' || k.startsWith('[') ? `${path}${k}` : `${path}.${k}`;
}

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

/** What a check sees of the table being validated. @internal */
export interface RateTableContext {
  readonly fiscalYear: number;
  /** `YYYY-04-01` and `YYYY+1-03-31` of the fiscal year. */
  readonly from: string;
  readonly to: string;
  /** The keys of the table's `sources`. */
  readonly sourceKeys: ReadonlySet<string>;
  /** Records an issue and returns false. */
  bad(path: string, code: RateTableIssueCode, message: string): false;
}

/**
 * Checks one present value at `path` (a missing key is reported by the enclosing {@link obj}); true
 * when it passed. Block validators are built from the exported checks. @internal
 */
export type Check = (v: unknown, path: string, c: RateTableContext) => boolean;

const STATUSES: readonly string[] = ['confirmed', 'single-source', 'derived', 'unconfirmed'];
const EMPLOYMENT_NAMES = ['total', 'worker', 'employer', 'employerBenefitPart', 'employerTwoProjectsPart'] as const;
const RATE = new RegExp(`^(0|[1-9][0-9]{0,5})(\\.[0-9]{1,${RATE_DECIMALS}})?$`);

/** A valid rate string scaled to an integer of 10^-RATE_DECIMALS units ("5.5" → 55000n). */
function scaled(rate: string): bigint {
  const [i, f = ''] = rate.split('.');
  return BigInt(`${i}${f.padEnd(RATE_DECIMALS, '0')}`);
}
function realDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A string (non-empty when asked). @internal */
export const str =
  (nonEmpty = false): Check =>
  (v, p, c) =>
    (typeof v === 'string' && (!nonEmpty || v !== '')) || c.bad(p, 'type', `must be a ${nonEmpty ? 'non-empty ' : ''}string (got ${show(v)})`);

/** A string matching `re` (at most 64 characters). @internal */
export const pattern =
  (re: RegExp, example: string): Check =>
  (v, p, c) =>
    (typeof v === 'string' && v.length <= 64 && re.test(v)) || c.bad(p, typeof v === 'string' ? 'format' : 'type', `must be a string such as "${example}" (got ${show(v)})`);

/** A decimal string per 1000 (or percent), 0 ≤ rate ≤ max (0 < rate when `positive`). @internal */
export const rate =
  (max: string, positive = false): Check =>
  (v, p, c) => {
    if (typeof v !== 'string') return c.bad(p, 'type', `must be a decimal string such as "5.5" (got ${show(v)})`);
    if (v.length > 12 || !RATE.test(v)) return c.bad(p, 'format', `must be a decimal string with at most ${RATE_DECIMALS} decimals (got ${show(v)})`);
    const x = scaled(v);
    return (x <= scaled(max) && !(positive && x === 0n)) || c.bad(p, 'range', `${v} is outside ${positive ? '0 < rate' : '0 ≤ rate'} ≤ ${max}`);
  };

/** A safe integer of yen, min ≤ v ≤ max. @internal */
export const yen =
  (min: number, max: number): Check =>
  (v, p, c) =>
    typeof v !== 'number' || !Number.isSafeInteger(v)
      ? c.bad(p, 'type', `must be a safe integer of yen (got ${show(v)})`)
      : (v >= min && v <= max) || c.bad(p, 'range', `${v} is outside ${min}..${max} yen`);

/** A safe integer, min ≤ v ≤ max (a count, a percent, a number of days). @internal */
export const int =
  (min: number, max: number): Check =>
  (v, p, c) =>
    typeof v !== 'number' || !Number.isSafeInteger(v)
      ? c.bad(p, 'type', `must be an integer (got ${show(v)})`)
      : (v >= min && v <= max) || c.bad(p, 'range', `${v} is outside ${min}..${max}`);

/** A boolean. @internal */
export const bool: Check = (v, p, c) => typeof v === 'boolean' || c.bad(p, 'type', `must be true or false (got ${show(v)})`);

/** A real date `YYYY-MM-DD`, any year (a verification date). @internal */
export const anyDate: Check = (v, p, c) => realDate(v) || c.bad(p, typeof v === 'string' ? 'date' : 'type', `must be a real date YYYY-MM-DD (got ${show(v)})`);

/** A real month-day `MM-DD` (02-29 allowed) within a 保険年度. @internal */
export const monthDay: Check = (v, p, c) =>
  (typeof v === 'string' && /^\d{2}-\d{2}$/.test(v) && realDate(`2024-${v}`)) ||
  c.bad(p, typeof v === 'string' ? 'date' : 'type', `must be a month-day MM-DD such as "07-10" (got ${show(v)})`);

/**
 * A block carrying its own `sources` map (source key → citation), as the compiled merit and procedure
 * data do: the map is checked, then `inner` runs with the source keys of that map. @internal
 */
export const ownSources =
  (inner: Check): Check =>
  (v, p, c) => {
    if (!isObj(v)) return c.bad(p, 'type', `must be an object (got ${show(v)})`);
    const map = v['sources'];
    const keys = new Set<string>();
    let ok = true;
    if (!isObj(map)) ok = c.bad(keyPath(p, 'sources'), map === undefined ? 'required' : 'type', 'must be an object mapping source keys to citations');
    for (const [k, s] of isObj(map) ? Object.entries(map) : []) {
      if (k === '' || typeof s !== 'string' || s === '')
        ok = c.bad(keyPath(keyPath(p, 'sources'), k), 'type', `a source key and its citation must be non-empty strings (got ${show(s)})`);
      else keys.add(k);
    }
    return inner(v, p, { ...c, sourceKeys: keys }) && ok;
  };

/** A real date `YYYY-MM-DD` inside the fiscal year. @internal */
export const date: Check = (v, p, c) =>
  !realDate(v)
    ? c.bad(p, typeof v === 'string' ? 'date' : 'type', `must be a real date YYYY-MM-DD (got ${show(v)})`)
    : (v >= c.from && v <= c.to) || c.bad(p, 'outside-year', `${v} lies outside the fiscal year ${c.from}..${c.to}`);

/** One of the {@link SourceStatus} values. @internal */
export const status: Check = (v, p, c) => (typeof v === 'string' && STATUSES.includes(v)) || c.bad(p, 'enum', `must be one of ${STATUSES.join(', ')} (got ${show(v)})`);

/** A non-empty array of keys defined in the table's `sources`. @internal */
export const sources: Check = (v, p, c) => {
  if (!Array.isArray(v)) return c.bad(p, 'type', 'must be an array of source keys');
  if (v.length === 0) return c.bad(p, 'empty', 'must cite at least one source key');
  let ok = true;
  v.forEach((k, i) => {
    if (typeof k !== 'string' || !c.sourceKeys.has(k)) ok = c.bad(keyPath(p, i), 'source', `${show(k)} is not a key of sources`);
  });
  return ok;
};

/** A plain object with exactly these keys (`optional` may be absent); `then` runs when all passed. @internal */
export const obj =
  (required: Readonly<Record<string, Check>>, optional: Readonly<Record<string, Check>> = {}, then?: (o: Obj, p: string, c: RateTableContext) => boolean): Check =>
  (v, p, c) => {
    if (!isObj(v)) return c.bad(p, 'type', `must be an object (got ${show(v)})`);
    let ok = true;
    for (const k of Object.keys(required)) if (!hasOwn(v, k)) ok = c.bad(keyPath(p, k), 'required', 'missing');
    for (const k of Object.keys(v)) {
      const f = hasOwn(required, k) ? required[k] : hasOwn(optional, k) ? optional[k] : undefined;
      if (f === undefined) ok = c.bad(keyPath(p, k), 'unknown-key', `unknown key (expected ${[...Object.keys(required), ...Object.keys(optional)].join(', ')})`);
      else if (!f(v[k], keyPath(p, k), c)) ok = false;
    }
    return ok && then !== undefined ? then(v, p, c) : ok;
  };

/** An array of items (non-empty when asked); `then` runs when every item passed. @internal */
export const arr =
  (item: Check, nonEmpty = false, then?: (a: readonly unknown[], p: string, c: RateTableContext) => boolean): Check =>
  (v, p, c) => {
    if (!Array.isArray(v)) return c.bad(p, 'type', `must be an array (got ${show(v)})`);
    if (nonEmpty && v.length === 0) return c.bad(p, 'empty', 'must not be empty');
    let ok = true;
    v.forEach((x, i) => {
      if (!item(x, keyPath(p, i), c)) ok = false;
    });
    return ok && then !== undefined ? then(v, p, c) : ok;
  };

/**
 * Dated periods (each with `from`/`to` dates): in order from April 1, without gaps or overlaps;
 * `cover`: non-empty and through March 31. @internal
 */
export const periods = (item: Check, cover: boolean): Check =>
  arr(item, cover, (list, p, c) => {
    let expected = c.from;
    let ok = true;
    list.forEach((x, i) => {
      const { from, to } = x as { from: string; to: string };
      const pp = keyPath(p, i);
      if (from > to) ok = c.bad(pp, 'order', `from ${from} is after to ${to}`);
      else if (from !== expected)
        ok = c.bad(
          `${pp}.from`,
          from < expected ? 'overlap' : 'gap',
          from < expected ? `overlaps the previous period (expected ${expected})` : `leaves a gap before it (expected ${expected})`,
        );
      expected = nextDay(to);
    });
    return (cover && expected !== nextDay(c.to) ? c.bad(p, 'gap', `must cover the fiscal year through ${c.to}`) : true) && ok;
  });

/** A dated period: from, to, legalBasis, sources, status (note optional) and the block's fields. @internal */
export const period = (
  fields: Readonly<Record<string, Check>>,
  optional: Readonly<Record<string, Check>> = {},
  then?: (o: Obj, p: string, c: RateTableContext) => boolean,
): Check => obj({ from: date, to: date, legalBasis: str(true), sources, status, ...fields }, { note: str(), ...optional }, then);

/** `field` unique across the items of a list ('02/03' counts as 02 and 03 when `split`). */
const unique =
  (field: string, split = false) =>
  (list: readonly unknown[], p: string, c: RateTableContext): boolean => {
    const seen = new Set<string>();
    let ok = true;
    list.forEach((x, i) => {
      const v = (x as Obj)[field] as string;
      for (const part of split ? v.split('/') : [v]) {
        if (seen.has(part)) ok = c.bad(`${keyPath(p, i)}.${field}`, 'duplicate', `duplicate ${field} ${part}`);
        seen.add(part);
      }
    });
    return ok;
  };

const ascending = (list: readonly unknown[], p: string, c: RateTableContext): boolean =>
  list.every((v, i) => i === 0 || (v as number) > (list[i - 1] as number)) || c.bad(p, 'order', 'must be strictly ascending, each level once');

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
 * An optional override block a custom table may carry beside the fiscal-year blocks (e.g. `merit`,
 * `procedures`), with its check built from {@link obj}, {@link rate}, {@link yen}… @internal
 */
export interface ExtraBlock {
  /** The table key of the block. */
  readonly key: string;
  readonly check: Check;
}

/**
 * The optional override blocks. Adding one is one line here (plus its import). A table key not listed
 * is an unknown key.
 */
let extra: readonly ExtraBlock[] | undefined;
/** Read at the first validation, not at load: validateMerit.ts and validateProcedures.ts import this module. */
const extraBlocks = (): readonly ExtraBlock[] => (extra ??= Object.freeze([MERIT_BLOCK, PROCEDURES_BLOCK]));

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
