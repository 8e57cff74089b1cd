import { InvalidInputError } from '../core/errors.js';
import { assertObject } from '../core/options.js';
import { isSourceStatus, weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import type { SourceStatus } from '../rates/types.js';

/**
 * The premium as {@link employerShare} accepts it: a number of yen, or a premium result such as a
 * {@link laborInsurancePremium} result (its headline `amount`). A result's `status`, `sources` and
 * `legalBasis` carry over into the employer share.
 */
export type EmployerSharePremium =
  YenInput | { readonly amount: YenInput; readonly status?: SourceStatus; readonly sources?: readonly string[]; readonly legalBasis?: readonly string[] };

/** Input of {@link employerShare}. */
export interface EmployerShareInput {
  /** 労働保険料 of the year (a number of yen, or a {@link laborInsurancePremium} result). */
  premium: EmployerSharePremium;
  /** The worker shares (被保険者負担額) actually withheld in the year: a total or one per payment. */
  workerDeductions: YenInput | readonly YenInput[];
}

/** Result of {@link employerShare}. */
export interface EmployerShare {
  /** 事業主負担額 = premium − worker shares, in whole yen (the headline figure). */
  amount: number;
  /** The 労働保険料 the share was taken from. */
  premium: number;
  /** Σ 被保険者負担額. */
  workerShares: number;
  /** Structured steps; render them with {@link explain}. */
  trace: TraceStep[];
  /** Citations: the rule's, then the premium result's. */
  sources: string[];
  /** Statute citations, deduplicated: 徴収法31条, then the premium result's. */
  legalBasis: string[];
  /** The premium result's status when one was given (the subtraction itself is statutory), else `confirmed`. */
  status: SourceStatus;
}

const LEGAL_BASIS = '徴収法31条';
const SOURCE = 'MHLW 労働保険パンフレット 令和7年度版 (事業主負担額: 57,750 − 18,150 = 39,600)';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * 事業主負担額 — the employer's share of the year's premium: the premium less the worker shares
 * actually withheld (徴収法31条; MHLW pamphlet: 57,750 − 18,150 = 39,600). Integer yen throughout.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION` when the input is not an object or the worker
 *   shares exceed the premium; the `AMOUNT_*` codes of {@link parseYen} for a bad amount.
 *
 * @example
 * ```ts
 * import { employerShare } from 'jp-labor-insurance';
 * const s = employerShare({ premium: 57_750, workerDeductions: [...Array(12).fill(1_100), 2_475, 2_475] });
 * console.log(s.amount, s.workerShares, s.legalBasis, s.status); //=> 39600 18150 [ '徴収法31条' ] 'confirmed'
 * console.log(s.trace[1]); //=> { id: 'employerShare', rule: 'premium.employerShare', value: '39600', params: { premium: '57750', workerShares: '18150' } }
 * ```
 */
export function employerShare(input: EmployerShareInput): EmployerShare {
  input = assertObject(input, 'employerShare') as unknown as EmployerShareInput; // guard: an object, read once
  const p: unknown = input.premium;
  let premium: bigint;
  let from: { status?: unknown; sources?: unknown; legalBasis?: unknown } | undefined;
  if (typeof p === 'object' && p !== null) {
    const o = p as Record<string, unknown>;
    premium = parseYen(o['amount'], 'premium.amount');
    from = o;
  } else {
    premium = parseYen(p, 'premium');
  }
  const raw: unknown = input.workerDeductions;
  const list: readonly unknown[] = Array.isArray(raw) ? raw : [raw];
  let shares = 0n;
  for (let i = 0; i < list.length; i++) shares += parseYen(list[i], Array.isArray(raw) ? `workerDeductions[${i}]` : 'workerDeductions');
  // Range checks before anything is formatted.
  const premiumNumber = yenToNumber(premium, 'premium');
  const sharesNumber = yenToNumber(shares, 'workerShares');
  if (shares > premium) {
    throw new InvalidInputError('INVALID_OPTION', `worker shares ${sharesNumber} exceed the premium ${premiumNumber}`, { premium: String(premium), workerShares: String(shares) });
  }
  const employer = premium - shares;
  const amount = yenToNumber(employer, 'employerShare');

  const status: SourceStatus = isSourceStatus(from?.status) ? weakestStatus(from.status) : 'confirmed';
  const legalBasis = [...new Set([LEGAL_BASIS, ...strings(from?.legalBasis)])];
  const sources = [...new Set([SOURCE, ...strings(from?.sources)])];
  const premiumDigits = premiumNumber.toString();
  const sharesDigits = sharesNumber.toString();
  return {
    amount,
    premium: premiumNumber,
    workerShares: sharesNumber,
    trace: [
      traceStep('workerShares', 'premium.workerShares', sharesDigits),
      traceStep('employerShare', 'premium.employerShare', employer, { premium: premiumDigits, workerShares: sharesDigits }),
    ],
    sources,
    legalBasis,
    status,
  };
}
