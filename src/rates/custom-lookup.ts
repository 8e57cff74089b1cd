import type { RateTable, RatesOption } from './types.js';
import { normaliseCustomTables } from './validate.js';

/** The caller's table for `fiscalYear`, validated, or undefined. @internal */
export function customTableFor(fiscalYear: number, rates: RatesOption): RateTable | undefined {
  return normaliseCustomTables(rates).find((t) => t.fiscalYear === fiscalYear);
}
