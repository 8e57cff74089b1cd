import { customTableFor } from '../custom-lookup.js';
import { MERIT } from '../generated/merit.js';
import type { MeritData, RatesOption } from '../types.js';

/**
 * The メリット制 data for a fiscal year: the `merit` block of the caller's checked table for that year
 * when it has one, else the bundled data (the same for every year). Without a fiscal year, the bundled
 * data. @internal
 */
export function meritFor(fiscalYear: number | undefined, rates?: RatesOption): MeritData {
  if (fiscalYear !== undefined && rates !== undefined) {
    const t = customTableFor(fiscalYear, rates);
    if (t?.merit !== undefined) return t.merit;
  }
  return MERIT;
}
