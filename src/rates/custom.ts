import { InvalidInputError } from '../core/errors.js';
import type { RateTable } from './types.js';
import { inspectRateTable, invalidRateTable, type RateTableIssue } from './validate.js';

/**
 * Custom tables (the `rates` option): validated completely, then used through a deep-frozen plain
 * copy, so no edit the caller makes can change a result unchecked.
 *
 * Caching strategy (documented in docs/custom-rates.md):
 * - The first use of a table object reads it once into a plain copy, validates the copy and freezes it.
 *   The copy is remembered in a WeakMap keyed by the caller's object, so the cache never keeps a
 *   table alive.
 * - Every later use compares the caller's object with that copy (a deep comparison of plain values read
 *   from property descriptors, so a getter is never called; nothing is formatted). Equal: the copy is used. Different (the caller
 *   edited it): the table is read, validated and copied again, so a valid edit takes effect at the
 *   next call and an invalid edit throws `INVALID_RATE_TABLE` at the next call.
 * - A table whose every object was frozen when it was read cannot change: its copy is used without a
 *   comparison. A checked copy itself (what `ratesFor` returns) is accepted at once.
 * - The calculations read only the copy; a getter, a proxy or an edit during a calculation cannot
 *   reach them. `createEmployeeDeduction` resolves its rate when it is created: the function it
 *   returns keeps the rate of the table as it was then.
 */

interface Entry {
  readonly copy: RateTable;
  readonly immutable: boolean;
}

/** Caller's table object → its checked copy. */
const entries = new WeakMap<object, Entry>();

const own = Object.getOwnPropertyDescriptor;

/**
 * True when the caller's `a` (possibly edited since) still equals the checked copy `c`: the same plain
 * values under the same keys, read from the property descriptors (a getter added since is a
 * difference, never called).
 */
function sameData(a: unknown, c: unknown): boolean {
  if (typeof c !== 'object' || c === null) return a === c;
  if (typeof a !== 'object' || a === null) return false;
  if (Array.isArray(c)) {
    if (!Array.isArray(a) || a.length !== c.length || Reflect.ownKeys(a).length !== c.length + 1) return false; // no hole, no extra key
    for (let i = 0; i < c.length; i++) {
      const d = own(a, i);
      if (d === undefined || !('value' in d) || !sameData(d.value, c[i])) return false;
    }
    return true;
  }
  if (Array.isArray(a)) return false;
  const co = c as Record<string, unknown>;
  let n = 0;
  for (const k of Reflect.ownKeys(a)) {
    if (typeof k === 'symbol') return false;
    const d = own(a, k);
    if (d === undefined || !('value' in d) || !d.enumerable) return false;
    if (d.value === undefined) continue; // absent, as when the copy was made
    if (!Object.prototype.hasOwnProperty.call(co, k) || !sameData(d.value, co[k])) return false;
    n++;
  }
  return n === Object.keys(co).length;
}

/** The checked copy of one table, or its issues. */
function checked(table: unknown): { copy: RateTable } | { issues: RateTableIssue[] } {
  if (typeof table === 'object' && table !== null) {
    const e = entries.get(table);
    if (e !== undefined) {
      let same = e.immutable;
      if (!same) {
        try {
          same = sameData(table, e.copy);
        } catch {
          same = false; // a getter added since threw: read it again, which reports it
        }
      }
      if (same) return { copy: e.copy };
    }
  }
  const r = inspectRateTable(table);
  if (r.table === undefined) return { issues: r.issues };
  if (typeof table === 'object' && table !== null && r.table !== table) entries.set(table, { copy: r.table, immutable: r.immutable });
  return { copy: r.table };
}

const prefixed = (index: number, issues: readonly RateTableIssue[]): RateTableIssue[] =>
  issues.map((i) => ({ ...i, path: i.path === '' ? `[${index}]` : i.path.startsWith('[') ? `[${index}]${i.path}` : `[${index}].${i.path}` }));

/** One map per checked copy, for a single table. */
const singleMaps = new WeakMap<RateTable, ReadonlyMap<number, RateTable>>();
/** The last map built for a `rates` array, with the copies it was built from. */
const listMaps = new WeakMap<object, { copies: readonly RateTable[]; map: ReadonlyMap<number, RateTable> }>();

const MAX_TABLES = 1000;

/**
 * The custom tables of a `rates` option (one table or an array of tables), by fiscal year: each one
 * validated and deep-frozen (see the caching strategy above). Two tables for one fiscal year are an
 * error.
 *
 * @throws {@link RateTableError} `INVALID_RATE_TABLE` with every issue in `details.issues` (in an
 *   array, paths start with the table's index: `[1].fiscalYear`; a second table for a year has the
 *   issue code `duplicate-fiscal-year`); {@link InvalidInputError} `INVALID_OPTION` for an empty array.
 * @internal
 */
export function customTablesByYear(rates: unknown): ReadonlyMap<number, RateTable> {
  let list: boolean;
  try {
    list = Array.isArray(rates); // throws for a revoked proxy
  } catch {
    throw invalidRateTable([{ path: '', code: 'unreadable', message: 'reading the rates option threw an error' }]);
  }
  if (!list) {
    const r = checked(rates);
    if ('issues' in r) throw invalidRateTable(r.issues);
    let map = singleMaps.get(r.copy);
    if (map === undefined) singleMaps.set(r.copy, (map = new Map([[r.copy.fiscalYear, r.copy]])));
    return map;
  }
  const issues: RateTableIssue[] = [];
  const copies: RateTable[] = [];
  let length: number;
  try {
    length = (rates as readonly unknown[]).length;
  } catch {
    throw invalidRateTable([{ path: '', code: 'unreadable', message: 'reading the rates array threw an error' }]);
  }
  if (length === 0) throw new InvalidInputError('INVALID_OPTION', 'rates must be a rate table or a non-empty array of rate tables', { field: 'rates' });
  if (!Number.isSafeInteger(length) || length > MAX_TABLES) throw invalidRateTable([{ path: '', code: 'too-large', message: `more than ${MAX_TABLES} tables` }]);
  const seen = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    let item: unknown;
    try {
      const d = Object.getOwnPropertyDescriptor(rates as readonly unknown[], i);
      if (d === undefined) {
        issues.push({ path: `[${i}]`, code: 'sparse-array', message: 'a hole in the rates array' });
        continue;
      }
      if (d.get !== undefined || d.set !== undefined) {
        issues.push({ path: `[${i}]`, code: 'accessor', message: 'must be a table, not a getter or setter' });
        continue;
      }
      item = d.value;
    } catch {
      issues.push({ path: `[${i}]`, code: 'unreadable', message: 'reading it threw an error' });
      continue;
    }
    const r = checked(item);
    if ('issues' in r) {
      issues.push(...prefixed(i, r.issues));
      continue;
    }
    const first = seen.get(r.copy.fiscalYear);
    if (first !== undefined) issues.push({ path: `[${i}].fiscalYear`, code: 'duplicate-fiscal-year', message: `FY${r.copy.fiscalYear} is also given by the table at [${first}]; give one table per fiscal year` });
    else seen.set(r.copy.fiscalYear, i);
    copies.push(r.copy);
  }
  if (issues.length > 0) throw invalidRateTable(issues);
  const last = listMaps.get(rates as readonly unknown[]);
  if (last !== undefined && last.copies.length === copies.length && last.copies.every((c, i) => c === copies[i])) return last.map;
  const map = new Map(copies.map((c) => [c.fiscalYear, c] as const));
  listMaps.set(rates as readonly unknown[], { copies, map });
  return map;
}
