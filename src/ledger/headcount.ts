import { divideTruncateNumber } from '../kernel/divideTruncate.js';

/**
 * The 申告書's headcounts (④ 常時使用労働者数, ⑤ 雇用保険被保険者数): the year's monthly average, the sum of the
 * twelve months' counts (as of each month's 賃金締切日) divided by 12, 小数点以下切捨て.
 * @internal
 * @module
 */

/** A truncated monthly average and what it was computed from. @internal */
export interface MonthlyAverage {
  /** ⌊Σ / 12⌋. */
  value: number;
  /** Σ of the twelve monthly counts. */
  sum: number;
  /**
   * True when people were counted in the year (Σ > 0) but the truncated average is 0. The 申告書 box ④ then takes 1
   * (`form.permanentWorkers`, after a 労働局's 記入例; docs/wage-ledger.md §5); the average itself stays 0.
   */
  belowOne: boolean;
}

/** ⌊Σ counts / 12⌋ over the twelve months (an exact integer division). @internal */
export function monthlyAverage(counts: readonly number[]): MonthlyAverage {
  let sum = 0;
  for (const c of counts) sum += c;
  const value = divideTruncateNumber(sum, 12);
  return { value, sum, belowOne: sum > 0 && value === 0 };
}
