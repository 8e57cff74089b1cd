import { customTablesByYear } from './custom.js';
import type { RateTable, RatesOption } from './types.js';

/** The caller's table for `fiscalYear` (validated, copied and frozen by custom.ts), or undefined. @internal */
export function customTableFor(fiscalYear: number, rates: RatesOption): RateTable | undefined {
  return customTablesByYear(rates).get(fiscalYear);
}
