import { InvalidInputError, LaborInsuranceError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { parseYen, yenToNumber } from '../core/yen.js';
import type { DueDateTotal, MemberRenewal, RenewalBatchSummary } from './types.js';

/** The running totals of {@link renewalSummary}, as returned by it. */
export interface RenewalSummary {
  /** Adds one item of {@link renewMembers} (an `ok` item's renewal figures, or an invalid item's error code). */
  add(item: MemberRenewal): void;
  /** The summary so far (a new plain object each time). */
  result(): RenewalBatchSummary;
}

const TOTALS = ['finalPremium', 'declaredEstimate', 'shortfall', 'excess', 'appropriated', 'refund', 'generalContribution', 'estimatedPremium', 'totalDue'] as const;
type Total = (typeof TOTALS)[number];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function bad(field: string, value: unknown, expected: string): InvalidInputError {
  return new InvalidInputError('INVALID_OPTION', `renewalSummary.add: ${field} must be ${expected} (got ${formatValue(value)})`, { field, value, expected });
}

function objectAt(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) throw bad(field, value, 'an object');
  return value as Record<string, unknown>;
}

/** Reads the figures of one item before anything is added, so that a refused item changes nothing. */
function figuresOf(item: unknown): { code?: string; totals?: bigint[]; dues?: { key: string; dueDate: string; number: number; amount: bigint }[] } {
  const it = objectAt(item, 'item');
  if (it['ok'] === false) {
    const error = it['error'];
    if (!(error instanceof LaborInsuranceError)) throw bad('item.error', error, 'a LaborInsuranceError');
    return { code: error.code };
  }
  if (it['ok'] !== true) throw bad('item.ok', it['ok'], 'true or false');
  const r = objectAt(it['renewal'], 'item.renewal');
  const ap = objectAt(r['appropriation'], 'item.renewal.appropriation');
  const amountOf = (part: string): unknown => objectAt(r[part], `item.renewal.${part}`)['amount'];
  const toPremium = parseYen(ap['toPremium'], 'item.renewal.appropriation.toPremium');
  const toGc = parseYen(ap['toGeneralContribution'], 'item.renewal.appropriation.toGeneralContribution');
  const values: Record<Total, bigint> = {
    finalPremium: parseYen(amountOf('finalPremium'), 'item.renewal.finalPremium.amount'),
    declaredEstimate: parseYen(r['declaredEstimate'], 'item.renewal.declaredEstimate'),
    shortfall: parseYen(r['shortfall'], 'item.renewal.shortfall'),
    excess: parseYen(r['excess'], 'item.renewal.excess'),
    appropriated: toPremium + toGc,
    refund: parseYen(ap['refund'], 'item.renewal.appropriation.refund'),
    generalContribution: parseYen(amountOf('generalContribution'), 'item.renewal.generalContribution.amount'),
    estimatedPremium: parseYen(amountOf('estimatedPremium'), 'item.renewal.estimatedPremium.amount'),
    totalDue: parseYen(r['amount'], 'item.renewal.amount'),
  };
  const list = r['installments'];
  if (!Array.isArray(list) || list.length > 3) throw bad('item.renewal.installments', list, 'an array of at most 3 instalments');
  const dues = list.map((p: unknown, i) => {
    const field = `item.renewal.installments[${i}]`;
    const o = objectAt(p, field);
    const dueDate = o['dueDate'];
    const number = o['number'];
    if (typeof dueDate !== 'string' || !DATE.test(dueDate)) throw bad(`${field}.dueDate`, dueDate, "a date 'YYYY-MM-DD'");
    if (number !== 1 && number !== 2 && number !== 3) throw bad(`${field}.number`, number, '1, 2 or 3');
    return { key: `${dueDate}#${number}`, dueDate, number, amount: parseYen(o['amount'], `${field}.amount`) };
  });
  return { totals: TOTALS.map((k) => values[k]), dues };
}

/**
 * The running summary of a batch of 年度更新 (労働保険事務組合): add each item of {@link renewMembers} as it
 * streams by, read `result()` at any time. Memory stays flat: only counts, one bigint total per figure and one
 * per due date are kept (never the members). Totals are exact (bigint); `result()` gives them as numbers and
 * throws `RESULT_UNSAFE_INTEGER` if one ever exceeds `Number.MAX_SAFE_INTEGER` (about ¥9,007 兆: no real batch
 * comes near it), never a rounded sum.
 *
 * The summary is a report, not a calculation: it has no `trace` (each renewal has its own).
 *
 * @throws {@link InvalidInputError} from `add`: `INVALID_OPTION` / `AMOUNT_*` for an item that is not one of
 *   {@link renewMembers} (nothing is added then); from `result`: `RESULT_UNSAFE_INTEGER`.
 *
 * @example
 * ```ts
 * import { renewMembers, renewalSummary } from 'jp-labor-insurance';
 * const summary = renewalSummary();
 * for (const item of renewMembers([
 *   { id: '13101654321000', renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 30_125_678, declaredEstimate: 520_000 },
 *   { id: '13101654322000', renewalYear: 2025, industry: '98', category: 'general', previousYearWages: -1, declaredEstimate: 0 },
 * ])) summary.add(item);
 * const s = summary.result();
 * console.log(s.ok, s.invalid, s.errors, s.finalPremium, s.shortfall, s.totalDue);
 * //=> 1 1 { AMOUNT_NEGATIVE: 1 } 557312 37312 565101
 * console.log(s.dueDates.map((d) => `${d.dueDate} 第${d.number}期 ${d.amount}`));
 * //=> [ '2025-07-10 第1期 213643', '2025-10-31 第2期 175729', '2026-01-31 第3期 175729' ]
 * ```
 */
export function renewalSummary(): RenewalSummary {
  let ok = 0;
  let invalid = 0;
  const errors = new Map<string, number>();
  const totals: bigint[] = TOTALS.map(() => 0n);
  const dues = new Map<string, { dueDate: string; number: number; members: number; amount: bigint }>();
  return {
    add(item: MemberRenewal): void {
      let f: ReturnType<typeof figuresOf>;
      try {
        f = figuresOf(item);
      } catch (e) {
        // a throwing getter or Proxy trap of a hand-made item: coded, never the raw error
        if (e instanceof LaborInsuranceError) throw e;
        throw new InvalidInputError('INVALID_OPTION', 'renewalSummary.add: the item could not be read', { field: 'item', expected: 'an item of renewMembers' });
      }
      if (f.code !== undefined) {
        invalid++;
        errors.set(f.code, (errors.get(f.code) ?? 0) + 1);
        return;
      }
      ok++;
      f.totals!.forEach((v, i) => (totals[i] = totals[i]! + v));
      for (const d of f.dues!) {
        const cur = dues.get(d.key);
        if (cur === undefined) dues.set(d.key, { dueDate: d.dueDate, number: d.number, members: 1, amount: d.amount });
        else {
          cur.members++;
          cur.amount += d.amount;
        }
      }
    },
    result(): RenewalBatchSummary {
      const out: Record<string, unknown> = { members: ok + invalid, ok, invalid, errors: Object.fromEntries([...errors].sort(([a], [b]) => (a < b ? -1 : 1))) };
      TOTALS.forEach((k, i) => (out[k] = yenToNumber(totals[i]!, k)));
      out['dueDates'] = [...dues.values()]
        .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number - b.number))
        .map((d): DueDateTotal => ({ dueDate: d.dueDate, number: d.number, members: d.members, amount: yenToNumber(d.amount, `dueDates[${d.dueDate}]`) }));
      return out as unknown as RenewalBatchSummary;
    },
  };
}
