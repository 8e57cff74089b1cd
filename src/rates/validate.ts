import { RateTableError } from '../core/errors.js';
import type { RateTable } from './types.js';

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

/** A value formatted safely for a message: never throws, never long. */
function show(v: unknown): string {
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

function keyPath(path: string, key: string | number): string {
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
  /** Every object and array of the input was frozen (so the input can never change). */
  frozen: boolean;
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
    s.issues.add(path, 'cycle', 'refers back to an object that contains it');
    return undefined;
  }
  if (depth > LIMITS.depth || ++s.nodes > LIMITS.nodes) {
    s.issues.add(path, 'too-large', depth > LIMITS.depth ? `nested deeper than ${LIMITS.depth} levels` : `more than ${LIMITS.nodes} objects`);
    return undefined;
  }
  s.ancestors.add(v);
  try {
    if (!Object.isFrozen(v)) s.frozen = false;
    return Array.isArray(v) ? copyArray(v, path, s, depth) : copyObject(v, path, s, depth);
  } catch {
    s.issues.add(path, 'unreadable', 'reading it threw an error (a proxy or exotic object?)');
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
      else if (k !== 'length' && !(/^(0|[1-9]\d*)$/.test(k) && Number(k) < length)) s.issues.add(keyPath(path, k), 'unknown-key', 'an array may hold items only');
    }
  }
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const d = Object.getOwnPropertyDescriptor(a, i);
    const p = keyPath(path, i);
    if (d === undefined) s.issues.add(p, 'sparse-array', 'a hole in the array (every item must be present)');
    else if (d.get !== undefined || d.set !== undefined) s.issues.add(p, 'accessor', 'must be a plain value, not a getter or setter');
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
    if (d.get !== undefined || d.set !== undefined) s.issues.add(p, 'accessor', 'must be a plain value, not a getter or setter');
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
// 2. Values and consistency, on the plain copy.
// ---------------------------------------------------------------------------------------------

const STATUSES: readonly string[] = ['confirmed', 'single-source', 'derived', 'unconfirmed'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const RATE = new RegExp(`^(0|[1-9][0-9]{0,5})(\\.[0-9]{1,${RATE_DECIMALS}})?$`);
const PERIOD_KEYS = ['from', 'to', 'legalBasis', 'sources', 'status'] as const;
const EMPLOYMENT_NAMES = ['total', 'worker', 'employer', 'employerBenefitPart', 'employerTwoProjectsPart'] as const;
const CATEGORIES = ['general', 'agriculture', 'construction'] as const;

/** A valid rate string scaled to an integer of 10^-RATE_DECIMALS units ("5.5" → 55000n). */
function scaled(rate: string): bigint {
  const [i, f = ''] = rate.split('.');
  return BigInt(`${i}${f.padEnd(RATE_DECIMALS, '0')}`);
}

function realDate(s: unknown): s is string {
  if (typeof s !== 'string' || !ISO.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The checks a block validator uses, bound to one table (its fiscal year and source keys). Extra-block
 * validators (see `EXTRA_BLOCKS`) receive it. Each method reports into the table's issue list and
 * returns whether the value passed. @internal
 */
export interface RateTableChecks {
  readonly fiscalYear: number;
  /** `YYYY-04-01` and `YYYY+1-03-31` of the fiscal year. */
  readonly from: string;
  readonly to: string;
  issue(path: string, code: RateTableIssueCode, message: string): void;
  /** A plain object with exactly these keys (`optional` may be absent); reports missing and unknown keys. */
  object(path: string, v: unknown, required: readonly string[], optional?: readonly string[]): v is Obj;
  string(path: string, v: unknown, nonEmpty?: boolean): v is string;
  /** A decimal string, 0 ≤ rate ≤ max (`min: 'positive'` for rate > 0). */
  rate(path: string, v: unknown, max: string, min?: 'zero' | 'positive'): v is string;
  /** A safe integer of yen, min ≤ v ≤ max. */
  yen(path: string, v: unknown, min: number, max: number): v is number;
  /** A real date `YYYY-MM-DD` inside the fiscal year. */
  date(path: string, v: unknown): v is string;
  status(path: string, v: unknown): void;
  /** A non-empty array of source keys defined in the table's `sources`. */
  sources(path: string, v: unknown): void;
  /**
   * An array of dated periods in order, inside the fiscal year, without gaps or overlaps, starting
   * on April 1 (`cover`: non-empty and through March 31). `each` checks one period's other fields.
   */
  periods(path: string, v: unknown, cover: boolean, each: (p: Obj, path: string) => void): void;
}

class Checks implements RateTableChecks {
  readonly from: string;
  readonly to: string;
  constructor(
    private readonly issues: IssueList,
    readonly fiscalYear: number,
    private readonly sourceKeys: ReadonlySet<string>,
  ) {
    this.from = `${fiscalYear}-04-01`;
    this.to = `${fiscalYear + 1}-03-31`;
  }
  issue(path: string, code: RateTableIssueCode, message: string): void {
    this.issues.add(path, code, message);
  }
  object(path: string, v: unknown, required: readonly string[], optional: readonly string[] = []): v is Obj {
    if (!isObj(v)) {
      this.issue(path, v === undefined ? 'required' : 'type', v === undefined ? 'missing' : `must be an object (got ${show(v)})`);
      return false;
    }
    for (const k of required) if (!hasOwn(v, k)) this.issue(keyPath(path, k), 'required', 'missing');
    for (const k of Object.keys(v)) if (!required.includes(k) && !optional.includes(k)) this.issue(keyPath(path, k), 'unknown-key', `unknown key (expected ${[...required, ...optional].join(', ')})`);
    return true;
  }
  string(path: string, v: unknown, nonEmpty = false): v is string {
    if (typeof v === 'string' && (!nonEmpty || v !== '')) return true;
    if (v !== undefined) this.issue(path, 'type', `must be a ${nonEmpty ? 'non-empty ' : ''}string (got ${show(v)})`);
    return false;
  }
  rate(path: string, v: unknown, max: string, min: 'zero' | 'positive' = 'zero'): v is string {
    if (typeof v !== 'string') {
      if (v !== undefined) this.issue(path, 'type', `must be a decimal string such as "5.5", not ${typeof v === 'number' ? 'a number' : show(v)} (no float may enter)`);
      return false;
    }
    if (v.length > 12 || !RATE.test(v)) {
      this.issue(path, 'format', `must be a non-negative decimal string with at most ${RATE_DECIMALS} decimals such as "5.5" (got ${show(v)})`);
      return false;
    }
    const x = scaled(v);
    if (x > scaled(max) || (min === 'positive' && x === 0n)) {
      this.issue(path, 'range', `${v} is outside ${min === 'positive' ? '0 < rate' : '0 ≤ rate'} ≤ ${max}`);
      return false;
    }
    return true;
  }
  yen(path: string, v: unknown, min: number, max: number): v is number {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
      if (v !== undefined) this.issue(path, 'type', `must be a safe integer of yen (got ${show(v)})`);
      return false;
    }
    if (v < min || v > max) {
      this.issue(path, 'range', `${v} is outside ${min}..${max} yen`);
      return false;
    }
    return true;
  }
  date(path: string, v: unknown): v is string {
    if (!realDate(v)) {
      if (v !== undefined) this.issue(path, typeof v === 'string' ? 'date' : 'type', `must be a real date YYYY-MM-DD (got ${show(v)})`);
      return false;
    }
    if (v < this.from || v > this.to) {
      this.issue(path, 'outside-year', `${v} lies outside the fiscal year ${this.from}..${this.to}`);
      return false;
    }
    return true;
  }
  status(path: string, v: unknown): void {
    if (v !== undefined && (typeof v !== 'string' || !STATUSES.includes(v))) this.issue(path, 'enum', `must be one of ${STATUSES.join(', ')} (got ${show(v)})`);
  }
  sources(path: string, v: unknown): void {
    if (v === undefined) return;
    if (!Array.isArray(v)) return this.issue(path, 'type', 'must be an array of source keys');
    if (v.length === 0) return this.issue(path, 'empty', 'must cite at least one source key');
    v.forEach((k, i) => {
      if (typeof k !== 'string' || !this.sourceKeys.has(k)) this.issue(keyPath(path, i), 'source', `${show(k)} is not a key of sources`);
    });
  }
  periods(path: string, v: unknown, cover: boolean, each: (p: Obj, path: string) => void): void {
    if (!Array.isArray(v)) {
      this.issue(path, v === undefined ? 'required' : 'type', v === undefined ? 'missing' : 'must be an array of dated periods');
      return;
    }
    if (cover && v.length === 0) return this.issue(path, 'empty', `must cover ${this.from}..${this.to}`);
    let expected = this.from;
    v.forEach((p: unknown, i) => {
      const pp = keyPath(path, i);
      if (!isObj(p)) return this.issue(pp, 'type', `must be an object (got ${show(p)})`);
      const { from, to } = p;
      const fromOk = realDate(from);
      const toOk = realDate(to);
      if (!fromOk && from !== undefined) this.issue(`${pp}.from`, typeof from === 'string' ? 'date' : 'type', `must be a real date YYYY-MM-DD (got ${show(from)})`);
      if (!toOk && to !== undefined) this.issue(`${pp}.to`, typeof to === 'string' ? 'date' : 'type', `must be a real date YYYY-MM-DD (got ${show(to)})`);
      if (fromOk && toOk) {
        if (from > to) this.issue(pp, 'order', `from ${from} is after to ${to}`);
        else if (from < this.from || to > this.to) this.issue(pp, 'outside-year', `period ${from}..${to} lies outside the fiscal year ${this.from}..${this.to}`);
        else if (from !== expected) this.issue(`${pp}.from`, from < expected ? 'overlap' : 'gap', from < expected ? `overlaps the previous period (expected ${expected})` : `leaves a gap before it (expected ${expected})`);
        expected = nextDay(to);
      }
      each(p, pp);
    });
    if (cover && v.length > 0 && expected !== nextDay(this.to)) this.issue(path, 'gap', `must cover the fiscal year through ${this.to}`);
  }
  /** The fields every dated period has besides from/to. */
  dated(p: Obj, path: string): void {
    this.string(`${path}.legalBasis`, p['legalBasis'], true);
    this.sources(`${path}.sources`, p['sources']);
    this.status(`${path}.status`, p['status']);
    this.string(`${path}.note`, p['note']);
  }
}

/**
 * A validator of an optional override block a custom table may carry beside the fiscal-year blocks
 * (e.g. `merit`, `procedures`). @internal
 */
export interface ExtraBlock {
  /** The table key of the block. */
  readonly key: string;
  validate(value: unknown, path: string, check: RateTableChecks): void;
}

/**
 * The optional override blocks, each with its validator. Adding one is one line here (plus its
 * import), e.g. `meritBlock` from './validateMerit.js'. A table key not listed is an unknown key.
 */
const EXTRA_BLOCKS: readonly ExtraBlock[] = [];

const ROOT_REQUIRED = ['schemaVersion', 'fiscalYear', 'name', 'from', 'to', 'employmentInsurance', 'workersCompensation', 'generalContribution', 'careBenefit', 'laborCostRatio', 'specialEnrollment', 'medicalCopayment', 'sources'];

function checkTable(t: unknown, issues: IssueList, blocks: readonly ExtraBlock[]): void {
  if (!isObj(t)) return issues.add('', 'type', 'a rate table must be an object');
  if (t['schemaVersion'] !== 1) issues.add('schemaVersion', t['schemaVersion'] === undefined ? 'required' : 'enum', 'must be 1');
  const fy = t['fiscalYear'];
  if (typeof fy !== 'number' || !Number.isInteger(fy) || fy < 1947 || fy > 9998) return issues.add('fiscalYear', fy === undefined ? 'required' : 'type', `must be an integer year such as 2027 (got ${show(fy)})`);
  const sources = t['sources'];
  const sourceKeys = new Set<string>();
  if (!isObj(sources)) issues.add('sources', sources === undefined ? 'required' : 'type', 'must be an object mapping source keys to citations');
  else {
    for (const [k, v] of Object.entries(sources)) {
      if (k === '') issues.add('sources[""]', 'format', 'a source key must not be empty');
      if (typeof v !== 'string' || v === '') issues.add(keyPath('sources', k), 'type', `a citation must be a non-empty string (got ${show(v)})`);
      else sourceKeys.add(k);
    }
  }
  const c = new Checks(issues, fy, sourceKeys);
  c.object('', t, ROOT_REQUIRED, ['$schema', ...blocks.map((b) => b.key)]);
  c.string('$schema', t['$schema']);
  c.string('name', t['name'], true);
  if (t['from'] !== c.from) issues.add('from', t['from'] === undefined ? 'required' : 'range', `must be ${c.from}`);
  if (t['to'] !== c.to) issues.add('to', t['to'] === undefined ? 'required' : 'range', `must be ${c.to}`);

  c.periods('employmentInsurance', t['employmentInsurance'], true, (p, path) => {
    c.object(path, p, [...PERIOD_KEYS, 'categories'], ['id', 'benefitPartName', 'note']);
    c.dated(p, path);
    c.string(`${path}.id`, p['id']);
    c.string(`${path}.benefitPartName`, p['benefitPartName']);
    const cats = p['categories'];
    if (!c.object(`${path}.categories`, cats, CATEGORIES)) return;
    for (const cat of CATEGORIES) {
      const rp = `${path}.categories.${cat}`;
      const r = cats[cat];
      if (!c.object(rp, r, EMPLOYMENT_NAMES)) continue;
      const ok = EMPLOYMENT_NAMES.map((n) => c.rate(`${rp}.${n}`, r[n], RATE_BOUNDS.employment));
      if (ok.includes(false)) continue;
      const [total, worker, employer, benefit, two] = EMPLOYMENT_NAMES.map((n) => scaled(r[n] as string)) as [bigint, bigint, bigint, bigint, bigint];
      if (worker + employer !== total) c.issue(rp, 'sum', `worker ${r['worker']} + employer ${r['employer']} ≠ total ${r['total']}`);
      if (benefit + two !== employer) c.issue(rp, 'sum', `employer ${r['employer']} ≠ benefit part ${r['employerBenefitPart']} + 二事業 ${r['employerTwoProjectsPart']}`);
      if (worker * 2n !== total - two) c.issue(rp, 'sum', `worker ${r['worker']} ≠ ½ × (total − 二事業) (徴収法31条1項)`);
    }
  });

  c.periods('workersCompensation', t['workersCompensation'], true, (p, path) => {
    c.object(path, p, [...PERIOD_KEYS, 'table', 'nonOccupationalRate', 'industries'], ['label', 'note']);
    c.dated(p, path);
    c.string(`${path}.table`, p['table'], true);
    c.string(`${path}.label`, p['label']);
    const n = p['nonOccupationalRate'];
    const np = `${path}.nonOccupationalRate`;
    if (c.object(np, n, ['rate', 'legalBasis', 'sources', 'status'])) {
      c.rate(`${np}.rate`, n['rate'], RATE_BOUNDS.workersCompensation);
      c.string(`${np}.legalBasis`, n['legalBasis'], true);
      c.sources(`${np}.sources`, n['sources']);
      c.status(`${np}.status`, n['status']);
    }
    const rows = p['industries'];
    const ip = `${path}.industries`;
    if (!Array.isArray(rows)) return c.issue(ip, rows === undefined ? 'required' : 'type', 'must be an array of 業種 rows');
    if (rows.length === 0) return c.issue(ip, 'empty', 'must list at least one 業種');
    const seen = new Set<string>();
    rows.forEach((r: unknown, i) => {
      const rp = keyPath(ip, i);
      if (!c.object(rp, r, ['number', 'category', 'name', 'rate', 'status'])) return;
      const num = r['number'];
      if (typeof num !== 'string' || !/^\d{2}(\/\d{2})?$/.test(num)) c.issue(`${rp}.number`, num === undefined ? 'required' : 'format', `must be a 2-digit 業種番号 string such as "94" (got ${show(num)})`);
      else {
        for (const part of num.split('/')) {
          if (seen.has(part)) c.issue(`${rp}.number`, 'duplicate', `duplicate 業種番号 ${part}`);
          seen.add(part);
        }
      }
      c.string(`${rp}.category`, r['category'], true);
      c.string(`${rp}.name`, r['name'], true);
      c.rate(`${rp}.rate`, r['rate'], RATE_BOUNDS.workersCompensation);
      c.status(`${rp}.status`, r['status']);
    });
  });

  c.periods('generalContribution', t['generalContribution'], false, (p, path) => {
    c.object(path, p, [...PERIOD_KEYS, 'rate'], ['note']);
    c.dated(p, path);
    c.rate(`${path}.rate`, p['rate'], RATE_BOUNDS.generalContribution);
  });

  c.periods('careBenefit', t['careBenefit'], false, (p, path) => {
    c.object(path, p, [...PERIOD_KEYS, 'constant', 'occasional'], ['note']);
    c.dated(p, path);
    for (const kind of ['constant', 'occasional']) {
      const k = p[kind];
      const kp = `${path}.${kind}`;
      if (!c.object(kp, k, ['max', 'min'])) continue;
      const maxOk = c.yen(`${kp}.max`, k['max'], 0, YEN_BOUNDS.careMonthly);
      const minOk = c.yen(`${kp}.min`, k['min'], 0, YEN_BOUNDS.careMonthly);
      if (maxOk && minOk && (k['min'] as number) > (k['max'] as number)) c.issue(kp, 'order', `minimum ${k['min']} exceeds the cap ${k['max']}`);
    }
  });

  c.periods('laborCostRatio', t['laborCostRatio'], false, (p, path) => {
    c.object(path, p, [...PERIOD_KEYS, 'table', 'rows'], ['note']);
    c.dated(p, path);
    c.string(`${path}.table`, p['table'], true);
    const rows = p['rows'];
    if (!Array.isArray(rows)) return c.issue(`${path}.rows`, rows === undefined ? 'required' : 'type', 'must be an array of rows');
    const seen = new Set<string>();
    rows.forEach((r: unknown, i) => {
      const rp = keyPath(`${path}.rows`, i);
      if (!c.object(rp, r, ['number', 'name', 'percent'])) return;
      const num = r['number'];
      if (typeof num !== 'string' || !/^\d{2}[a-z]?$/.test(num)) c.issue(`${rp}.number`, num === undefined ? 'required' : 'format', `must be a 業種番号 string such as "35" (got ${show(num)})`);
      else if (seen.has(num)) c.issue(`${rp}.number`, 'duplicate', `duplicate 業種番号 ${num}`);
      else seen.add(num);
      c.string(`${rp}.name`, r['name'], true);
      c.rate(`${rp}.percent`, r['percent'], RATE_BOUNDS.laborCostPercent, 'positive');
    });
  });

  checkSpecialEnrollment(c, t['specialEnrollment']);

  const m = t['medicalCopayment'];
  if (c.object('medicalCopayment', m, ['standard', 'dayLaborer', 'legalBasis', 'sources', 'status'], ['note'])) {
    const sOk = c.yen('medicalCopayment.standard', m['standard'], 0, YEN_BOUNDS.copayment);
    const dOk = c.yen('medicalCopayment.dayLaborer', m['dayLaborer'], 0, YEN_BOUNDS.copayment);
    if (sOk && dOk && (m['dayLaborer'] as number) > (m['standard'] as number)) c.issue('medicalCopayment.dayLaborer', 'order', `the 日雇特例被保険者 amount ${m['dayLaborer']} exceeds the standard ${m['standard']}`);
    c.dated(m, 'medicalCopayment');
  }

  // The optional override blocks: each validated by its own validator, in one place.
  for (const block of blocks) if (t[block.key] !== undefined) block.validate(t[block.key], block.key, c);
}

function checkSpecialEnrollment(c: Checks, s: unknown): void {
  const sp = 'specialEnrollment';
  if (!c.object(sp, s, ['secondClass', 'thirdClass', 'dailyBenefitBases', 'partialYear'])) return;
  c.periods(`${sp}.secondClass`, s['secondClass'], false, (p, path) => {
    c.object(path, p, ['from', 'to', 'table', 'legalBasis', 'sources', 'rows']);
    c.string(`${path}.table`, p['table'], true);
    c.string(`${path}.legalBasis`, p['legalBasis'], true);
    c.sources(`${path}.sources`, p['sources']);
    const rows = p['rows'];
    if (!Array.isArray(rows)) return c.issue(`${path}.rows`, rows === undefined ? 'required' : 'type', 'must be an array of categories');
    const seen = new Set<string>();
    rows.forEach((r: unknown, i) => {
      const rp = keyPath(`${path}.rows`, i);
      if (!c.object(rp, r, ['code', 'name', 'rate', 'status', 'sources'], ['from', 'reportedNumber'])) return;
      const code = r['code'];
      if (typeof code !== 'string' || !/^[a-z][a-z-]{0,63}$/.test(code)) c.issue(`${rp}.code`, code === undefined ? 'required' : 'format', `must be a lower-case code such as "construction" (got ${show(code)})`);
      else if (seen.has(code)) c.issue(`${rp}.code`, 'duplicate', `duplicate category code ${code}`);
      else seen.add(code);
      c.string(`${rp}.name`, r['name'], true);
      c.rate(`${rp}.rate`, r['rate'], RATE_BOUNDS.workersCompensation);
      c.status(`${rp}.status`, r['status']);
      c.sources(`${rp}.sources`, r['sources']);
      c.string(`${rp}.reportedNumber`, r['reportedNumber']);
      const from = r['from'];
      if (from !== undefined && c.date(`${rp}.from`, from) && realDate(p['from']) && realDate(p['to']) && (from < p['from'] || from > p['to'])) {
        c.issue(`${rp}.from`, 'outside-period', `${from} lies outside its period ${p['from']}..${p['to']}`);
      }
    });
  });
  c.periods(`${sp}.thirdClass`, s['thirdClass'], false, (p, path) => {
    c.object(path, p, [...PERIOD_KEYS, 'rate'], ['note']);
    c.dated(p, path);
    c.rate(`${path}.rate`, p['rate'], RATE_BOUNDS.workersCompensation);
  });
  const b = s['dailyBenefitBases'];
  const bp = `${sp}.dailyBenefitBases`;
  if (c.object(bp, b, ['standard', 'homeworkersOnly', 'legalBasis', 'sources', 'status'], ['note'])) {
    const all = new Set<number>();
    for (const kind of ['standard', 'homeworkersOnly']) {
      const list = b[kind];
      const lp = `${bp}.${kind}`;
      if (!Array.isArray(list)) {
        if (list !== undefined) c.issue(lp, 'type', 'must be an array of yen amounts');
        continue;
      }
      if (kind === 'standard' && list.length === 0) c.issue(lp, 'empty', 'must list at least one 給付基礎日額');
      let prev = 0;
      list.forEach((v: unknown, i) => {
        if (!c.yen(keyPath(lp, i), v, 1, YEN_BOUNDS.dailyBase)) return;
        if (v <= prev) c.issue(lp, 'order', `must be strictly ascending (${v} after ${prev})`);
        else if (all.has(v)) c.issue(keyPath(lp, i), 'duplicate', `${v} is listed twice`);
        all.add(v);
        prev = Math.max(prev, v);
      });
    }
    c.dated(b, bp);
  }
  const y = s['partialYear'];
  const yp = `${sp}.partialYear`;
  if (c.object(yp, y, ['rule', 'legalBasis', 'sources', 'status'])) {
    c.string(`${yp}.rule`, y['rule'], true);
    c.dated(y, yp);
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Entry points.
// ---------------------------------------------------------------------------------------------

/** The checked copies made here (deep-frozen plain data): passing one back in costs nothing. */
const checkedCopies = new WeakSet<object>();

/** Outcome of {@link inspectRateTable}. @internal */
export interface InspectedTable {
  /** The deep-frozen plain copy, when the table is valid. */
  table: RateTable | undefined;
  issues: RateTableIssue[];
  /** Every object of the input was frozen: it can never change, so the copy stays valid. */
  immutable: boolean;
}

/**
 * Reads a table once into a plain copy, validates the copy and, when valid, deep-freezes it. What is
 * validated is exactly what the calculations then read. `blocks` defaults to the registered override
 * blocks (tests pass their own). @internal
 */
export function inspectRateTable(input: unknown, blocks: readonly ExtraBlock[] = EXTRA_BLOCKS): InspectedTable {
  if (blocks === EXTRA_BLOCKS && typeof input === 'object' && input !== null && checkedCopies.has(input)) return { table: input as RateTable, issues: [], immutable: true };
  const issues = new IssueList();
  const state: CopyState = { issues, ancestors: new Set(), nodes: 0, frozen: true };
  const copy = copyPlain(input, '', state, 0);
  if (issues.list.length > 0) return { table: undefined, issues: issues.list, immutable: false };
  checkTable(copy, issues, blocks);
  if (issues.list.length > 0) return { table: undefined, issues: issues.list, immutable: false };
  const table = deepFreeze(copy) as RateTable;
  checkedCopies.add(table);
  return { table, issues: [], immutable: state.frozen };
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
 * //=> { path: 'schemaVersion', code: 'required', message: 'must be 1' }
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

/**
 * Validates a table and returns its deep-frozen plain copy; throws {@link RateTableError}
 * `INVALID_RATE_TABLE` listing every issue. @internal
 */
export function assertValidRateTable(input: unknown): RateTable {
  const r = inspectRateTable(input);
  if (r.table === undefined) throw invalidRateTable(r.issues);
  return r.table;
}
