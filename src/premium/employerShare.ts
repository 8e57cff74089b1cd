import { InvalidInputError } from '../core/errors.js';
import { assertObject } from '../core/options.js';
import { groupDigits, step, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';

/** Input of {@link employerShare}. */
export interface EmployerShareInput {
  /** 労働保険料 of the year (a number of yen, or a {@link laborInsurancePremium} result). */
  premium: YenInput | { total: number };
  /** The worker shares (被保険者負担額) actually withheld in the year: a total or one per payment. */
  workerDeductions: YenInput | readonly YenInput[];
}

/** Result of {@link employerShare}. */
export interface EmployerShare {
  premium: number;
  /** Σ 被保険者負担額. */
  workerShares: number;
  /** 事業主負担額 = premium − worker shares. */
  employerShare: number;
  trace: TraceStep[];
}

/**
 * 事業主負担額 — the employer's share of the year's premium: the premium less the worker shares
 * actually withheld (徴収法31条; MHLW pamphlet: 57,750 − 18,150 = 39,600).
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION` when the worker shares exceed the premium.
 *
 * @example
 * ```ts
 * import { employerShare } from 'jp-labor-insurance';
 * const s = employerShare({ premium: 57_750, workerDeductions: [...Array(12).fill(1_100), 2_475, 2_475] });
 * console.log(s.workerShares, s.employerShare); //=> 18150 39600
 * ```
 */
export function employerShare(input: EmployerShareInput): EmployerShare {
  input = assertObject(input, 'employerShare') as unknown as EmployerShareInput; // guard: an object, read once
  const p = input.premium;
  const premium = typeof p === 'object' && p !== null && typeof p !== 'bigint' ? parseYen(p.total, 'premium.total') : parseYen(p, 'premium');
  const list = Array.isArray(input.workerDeductions) ? input.workerDeductions : [input.workerDeductions as YenInput];
  const shares = list.reduce<bigint>((a, d, i) => a + parseYen(d, `workerDeductions[${i}]`), 0n);
  if (shares > premium) {
    throw new InvalidInputError('INVALID_OPTION', `worker shares ${shares} exceed the premium ${premium}`, { premium: String(premium), workerShares: String(shares) });
  }
  const employer = premium - shares;
  return {
    premium: yenToNumber(premium, 'premium'),
    workerShares: yenToNumber(shares, 'workerShares'),
    employerShare: yenToNumber(employer, 'employerShare'),
    trace: [
      step('workerShares', shares, `被保険者負担額の合計 ${groupDigits(shares)}`, `worker shares withheld ${groupDigits(shares)}`, '徴収法31条1項'),
      step('employerShare', employer, `事業主負担額 ${groupDigits(premium)} − ${groupDigits(shares)} = ${groupDigits(employer)}`, `employer share ${groupDigits(premium)} − ${groupDigits(shares)} = ${groupDigits(employer)}`, '徴収法31条'),
    ],
  };
}
