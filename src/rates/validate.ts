import { InvalidInputError, RateTableError, type Issue } from '../core/errors.js';
import { dec } from '../core/decimal.js';
import { isDecimalString } from '../core/rate.js';
import type { RateTable } from './types.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const STATUSES = new Set(['confirmed', 'single-source', 'derived', 'unconfirmed']);
const CATEGORIES = ['general', 'agriculture', 'construction'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function validDate(s: unknown): s is string {
  if (typeof s !== 'string' || !ISO.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Checks a rate table (bundled or custom) against the schema and the consistency rules, and returns
 * every problem found (an empty array means valid):
 * - shape and types (rates are decimal strings per 1000, yen are non-negative integers, dates are real);
 * - periods inside the fiscal year, contiguous and non-overlapping; 雇用保険 and 労災 periods cover it whole;
 * - worker + employer = total, employer = 給付 part + 二事業 part, worker = ½ × (total − 二事業) (徴収法31条);
 * - 業種番号 unique; care-benefit minimum ≤ maximum; every cited source key defined.
 *
 * @example
 * ```ts
 * import { validateRateTable, ratesFor } from 'jp-labor-insurance';
 * console.log(validateRateTable(ratesFor(2025)).length); //=> 0
 * console.log(validateRateTable({ fiscalYear: 2027 })[0]);
 * //=> { path: 'schemaVersion', message: 'must be 1' }
 * ```
 */
export function validateRateTable(input: unknown): Issue[] {
  const issues: Issue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (!isObj(input)) return [{ path: '', message: 'a rate table must be an object' }];
  const t = input;
  if (t['schemaVersion'] !== 1) add('schemaVersion', 'must be 1');
  const fy = t['fiscalYear'];
  if (typeof fy !== 'number' || !Number.isInteger(fy) || fy < 1947 || fy > 9999) {
    add('fiscalYear', 'must be an integer year such as 2027');
    return issues;
  }
  const fyFrom = `${fy}-04-01`;
  const fyTo = `${fy + 1}-03-31`;
  if (t['from'] !== fyFrom) add('from', `must be ${fyFrom}`);
  if (t['to'] !== fyTo) add('to', `must be ${fyTo}`);
  const sources = t['sources'];
  if (!isObj(sources)) add('sources', 'must be an object mapping source keys to citations');
  const sourceKeys = new Set(isObj(sources) ? Object.keys(sources) : []);

  const checkSources = (path: string, v: unknown, required: boolean) => {
    if (v === undefined && !required) return;
    if (!Array.isArray(v) || (required && v.length === 0)) return add(path, 'must be a non-empty array of source keys');
    v.forEach((k, i) => {
      if (typeof k !== 'string' || !sourceKeys.has(k)) add(`${path}[${i}]`, `unknown source key ${JSON.stringify(k)}`);
    });
  };
  const checkRate = (path: string, v: unknown): boolean => {
    if (!isDecimalString(v)) {
      add(path, 'must be a decimal string per 1000 such as "5.5"');
      return false;
    }
    return true;
  };
  const checkYen = (path: string, v: unknown) => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) add(path, 'must be a non-negative integer of yen');
  };

  /** Validates dated periods; `cover` = must span the whole fiscal year. */
  const checkPeriods = (key: string, cover: boolean, each: (p: Obj, path: string) => void, optional = false) => {
    const list = t[key];
    if (list === undefined && optional) return;
    if (!Array.isArray(list)) return add(key, 'must be an array of dated periods');
    if (cover && list.length === 0) return add(key, `must cover ${fyFrom}..${fyTo}`);
    let expected = fyFrom;
    list.forEach((p, i) => {
      const path = `${key}[${i}]`;
      if (!isObj(p)) return add(path, 'must be an object');
      const { from, to } = p;
      if (!validDate(from)) add(`${path}.from`, 'must be a real date YYYY-MM-DD');
      if (!validDate(to)) add(`${path}.to`, 'must be a real date YYYY-MM-DD');
      if (validDate(from) && validDate(to)) {
        if (from > to) add(path, `from ${from} is after to ${to}`);
        if (from < fyFrom || to > fyTo) add(path, `period ${from}..${to} lies outside the fiscal year ${fyFrom}..${fyTo}`);
        if (from !== expected) add(`${path}.from`, from < expected ? `overlaps the previous period (expected ${expected})` : `leaves a gap before it (expected ${expected})`);
        expected = nextDay(to);
      }
      if (typeof p['legalBasis'] !== 'string') add(`${path}.legalBasis`, 'must be a string');
      checkSources(`${path}.sources`, p['sources'], true);
      if (p['status'] !== undefined && !STATUSES.has(String(p['status']))) add(`${path}.status`, `must be one of ${[...STATUSES].join(', ')}`);
      each(p, path);
    });
    if (cover && list.length > 0 && expected !== nextDay(fyTo)) add(key, `must cover the fiscal year through ${fyTo}`);
  };

  checkPeriods('employmentInsurance', true, (p, path) => {
    const cats = p['categories'];
    if (!isObj(cats)) return add(`${path}.categories`, 'must be an object');
    for (const c of CATEGORIES) {
      const r = cats[c];
      const rp = `${path}.categories.${c}`;
      if (!isObj(r)) {
        add(rp, 'missing');
        continue;
      }
      const names = ['total', 'worker', 'employer', 'employerBenefitPart', 'employerTwoProjectsPart'] as const;
      if (!names.every((n) => checkRate(`${rp}.${n}`, r[n]))) continue;
      const v = Object.fromEntries(names.map((n) => [n, dec(r[n] as string)]));
      if (!v['worker']!.plus(v['employer']!).eq(v['total']!)) add(rp, `worker ${r['worker']} + employer ${r['employer']} ≠ total ${r['total']}`);
      if (!v['employerBenefitPart']!.plus(v['employerTwoProjectsPart']!).eq(v['employer']!)) add(rp, `employer ${r['employer']} ≠ benefit part ${r['employerBenefitPart']} + 二事業 ${r['employerTwoProjectsPart']}`);
      if (!v['worker']!.times(2).eq(v['total']!.minus(v['employerTwoProjectsPart']!))) add(rp, `worker ${r['worker']} ≠ ½ × (total − 二事業) (徴収法31条1項)`);
    }
  });

  checkPeriods('workersCompensation', true, (p, path) => {
    const n = p['nonOccupationalRate'];
    if (!isObj(n)) add(`${path}.nonOccupationalRate`, 'must be an object');
    else {
      checkRate(`${path}.nonOccupationalRate.rate`, n['rate']);
      checkSources(`${path}.nonOccupationalRate.sources`, n['sources'], true);
    }
    const rows = p['industries'];
    if (!Array.isArray(rows) || rows.length === 0) return add(`${path}.industries`, 'must be a non-empty array');
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      const rp = `${path}.industries[${i}]`;
      if (!isObj(r)) return add(rp, 'must be an object');
      const num = r['number'];
      if (typeof num !== 'string' || !/^\d{2}(\/\d{2})?$/.test(num)) add(`${rp}.number`, 'must be a 2-digit 業種番号 string such as "94"');
      else {
        for (const part of num.split('/')) {
          if (seen.has(part)) add(`${rp}.number`, `duplicate 業種番号 ${part}`);
          seen.add(part);
        }
      }
      if (typeof r['name'] !== 'string' || r['name'] === '') add(`${rp}.name`, 'must be a non-empty string');
      checkRate(`${rp}.rate`, r['rate']);
    });
  });

  checkPeriods('generalContribution', false, (p, path) => void checkRate(`${path}.rate`, p['rate']), true);

  checkPeriods(
    'careBenefit',
    false,
    (p, path) => {
      for (const kind of ['constant', 'occasional']) {
        const k = p[kind];
        if (!isObj(k)) {
          add(`${path}.${kind}`, 'must be an object { max, min }');
          continue;
        }
        checkYen(`${path}.${kind}.max`, k['max']);
        checkYen(`${path}.${kind}.min`, k['min']);
        if (typeof k['max'] === 'number' && typeof k['min'] === 'number' && k['min'] > k['max']) add(`${path}.${kind}`, 'min exceeds max');
      }
    },
    true,
  );

  checkPeriods(
    'laborCostRatio',
    false,
    (p, path) => {
      const rows = p['rows'];
      if (!Array.isArray(rows)) return add(`${path}.rows`, 'must be an array');
      rows.forEach((r, i) => {
        if (!isObj(r) || typeof r['number'] !== 'string') return add(`${path}.rows[${i}]`, 'must have a number');
        if (!isDecimalString(r['percent'])) add(`${path}.rows[${i}].percent`, 'must be a decimal string percent such as "23"');
      });
    },
    true,
  );

  return issues;
}

const validated = new WeakSet<object>();

/**
 * Validates a table and throws a {@link RateTableError} `INVALID_RATE_TABLE` listing every issue.
 * Validation of one object is remembered, so passing the same table in a loop costs nothing.
 * @internal
 */
export function assertValidRateTable(input: unknown): RateTable {
  if (typeof input === 'object' && input !== null && validated.has(input)) return input as RateTable;
  const issues = validateRateTable(input);
  if (issues.length > 0) {
    const head = issues.slice(0, 5).map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ');
    throw new RateTableError('INVALID_RATE_TABLE', `invalid rate table: ${head}${issues.length > 5 ? `; and ${issues.length - 5} more` : ''}`, { issues });
  }
  validated.add(input as object);
  return input as RateTable;
}

/** Accepts `rates` options: one table or several. @internal */
export function normaliseCustomTables(rates: unknown): RateTable[] {
  const list = Array.isArray(rates) ? rates : [rates];
  if (list.length === 0) throw new InvalidInputError('INVALID_OPTION', 'rates must be a rate table or a non-empty array of rate tables');
  return list.map(assertValidRateTable);
}
