import { assertObject } from '../core/options.js';
import { traceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { addDays } from '../renewal/shared.js';
import { singleWork, workPremiumResult, type FixedTermWorkInput, type FixedTermWorkPremium } from './fixedTermEstimate.js';
import { FIXED_TERM } from './parameters.js';

/** Input of {@link fixedTermFinal}. */
export interface FixedTermFinalInput extends FixedTermWorkInput {
  /** 申告済概算保険料: the 概算保険料 declared (and 増加概算), yen. */
  declaredEstimate: YenInput;
}

/** Result of {@link fixedTermFinal}. */
export interface FixedTermFinal extends FixedTermWorkPremium {
  /** 保険関係消滅日: the day after the 事業終了日 (徴収法5条). */
  terminatedOn: string;
  /** 確定保険料申告書 and any 不足額 due: the 終了日 + 50 days. */
  dueDate: string;
  declaredEstimate: number;
  /** 不足額 to pay with the 確定申告 (0 when none). */
  shortfall: number;
  /** 超過額 to be refunded (還付請求) or appropriated (0 when none). */
  excess: number;
}

/**
 * 単独有期事業の確定保険料 (徴収法19条2項): on the 終了 or 廃止 of the work, the actual 賃金総額 (or 請負金額 ×
 * 労務費率, 千円未満切捨て) × the 労災保険率 of the 保険関係成立日; the 申告 and any 不足額 are due within 50 days
 * of the 保険関係消滅日, the day after the end (徴収法5条) counting as the first: the end + 50 days. The
 * difference from the 申告済概算保険料 is a 不足額 to pay or an 超過額 to be refunded or appropriated.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION`, `INVALID_DATE`, `INVALID_RATE`, `UNKNOWN_INDUSTRY`, `AMOUNT_*`;
 *   {@link RateTableError} `RATE_NOT_KNOWN`, `NO_RATE_TABLE`.
 *
 * @example
 * ```ts
 * import { fixedTermFinal } from 'jp-labor-insurance';
 * // ended 2026-06-30: due 2026-08-19; (470,000,000 × 19% = 89,300,000) × 11/1000 = 982,300; 982,300 − 940,500 = 41,800
 * const f = fixedTermFinal({ industry: '32', startDate: '2025-07-01', endDate: '2026-06-30', contractAmount: 470_000_000, declaredEstimate: 940_500 });
 * console.log(f.amount, f.terminatedOn, f.dueDate, f.shortfall, f.excess); //=> 982300 '2026-07-01' '2026-08-19' 41800 0
 * ```
 */
export function fixedTermFinal(input: FixedTermFinalInput): FixedTermFinal {
  const o = assertObject(input, 'fixedTermFinal');
  const paid = parseYen(o['declaredEstimate'], 'declaredEstimate');
  const w = singleWork(o);
  const { core, trace } = w;
  const terminatedOn = addDays(core.endDate, 1);
  const dueDate = addDays(core.endDate, FIXED_TERM.finalDueDays);
  trace.push(traceStep('dueDate', 'fixedTerm.finalDue', dueDate, { endDate: core.endDate, days: String(FIXED_TERM.finalDueDays), legalBasis: FIXED_TERM.finalLegalBasis }));
  const shortfall = w.premium > paid ? w.premium - paid : 0n;
  const excess = paid > w.premium ? paid - w.premium : 0n;
  const params = { final: String(w.premium), paid: String(paid) };
  trace.push(excess > 0n ? traceStep('excess', 'fixedTerm.excess', excess, params) : traceStep('shortfall', 'fixedTerm.shortfall', shortfall, params));
  return {
    ...workPremiumResult(w, [FIXED_TERM.finalLegalBasis, '徴収法19条3項・6項'], FIXED_TERM.dueDateSources, FIXED_TERM.dueDateStatus),
    terminatedOn,
    dueDate,
    declaredEstimate: yenToNumber(paid, 'declaredEstimate'),
    shortfall: yenToNumber(shortfall, 'shortfall'),
    excess: yenToNumber(excess, 'excess'),
  };
}
