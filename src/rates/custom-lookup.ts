import { customTablesByYear } from './custom.js';
import type { RateTable, RatesOption } from './types.js';

/** The caller's checked table for `fiscalYear` (see custom.ts), or undefined. @internal */
export function customTableFor(fiscalYear: number, rates: RatesOption): RateTable | undefined {
  return customTablesByYear(rates).get(fiscalYear);
}
