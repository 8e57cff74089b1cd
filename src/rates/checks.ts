/**
 * The building blocks of rate-table validation (internal): the issue types, the bounds, safe formatting of
 * values, and the small composable checks (`str`, `rate`, `yen`, `obj`, `arr`, `periods` …) from which
 * validate.ts builds the table's shape and validateMerit.ts / validateProcedures.ts their override blocks.
 * @internal
 * @module
 */
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
export const EMPLOYMENT_NAMES = ['total', 'worker', 'employer', 'employerBenefitPart', 'employerTwoProjectsPart'] as const;
const RATE = new RegExp(`^(0|[1-9][0-9]{0,5})(\\.[0-9]{1,${RATE_DECIMALS}})?$`);

/** A valid rate string scaled to an integer of 10^-RATE_DECIMALS units ("5.5" → 55000n). */
export function scaled(rate: string): bigint {
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
export const unique =
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

export const ascending = (list: readonly unknown[], p: string, c: RateTableContext): boolean =>
  list.every((v, i) => i === 0 || (v as number) > (list[i - 1] as number)) || c.bad(p, 'order', 'must be strictly ascending, each level once');

/**
 * An optional override block a custom table may carry beside the fiscal-year blocks (e.g. `merit`,
 * `procedures`), with its check built from {@link obj}, {@link rate}, {@link yen}… @internal
 */
export interface ExtraBlock {
  /** The table key of the block. */
  readonly key: string;
  readonly check: Check;
}
