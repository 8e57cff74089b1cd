import { customTableFor } from '../custom-lookup.js';
import { PROCEDURES } from '../generated/procedures.js';
import type { ProceduresData, RatesOption } from '../types.js';

/**
 * The procedure data (延納 due dates and thresholds, 年度更新, 追徴金, 延滞金, 時効) for a fiscal year:
 * the `procedures` block of the caller's checked table for that year when it has one, else the
 * bundled data (the same for every year). @internal
 */
export function proceduresFor(fiscalYear: number, rates?: RatesOption): ProceduresData {
  if (rates !== undefined) {
    const t = customTableFor(fiscalYear, rates);
    if (t?.procedures !== undefined) return t.procedures;
  }
  return PROCEDURES;
}
