import type { RateTable } from './types.js';

/**
 * The rate tables (and arrays of tables) that have been checked: the deep-frozen copies made by
 * `defineRateTable` and the frozen fiscal-year views `ratesFor` returns. A calculation's `rates` option
 * accepts only these, so a calculation tests membership here and never needs the validator. @internal
 */
const CHECKED = new WeakSet<object>();

/** Registers a deep-frozen, validated table (or a frozen array of them). @internal */
export function markChecked<T extends object>(t: T): T {
  CHECKED.add(t);
  return t;
}

/** True for a table registered by {@link markChecked}. @internal */
export function isChecked(t: unknown): t is RateTable {
  return typeof t === 'object' && t !== null && CHECKED.has(t);
}
