import { fiscalYearOf, toIsoDate } from '../core/dates.js';
import { assertBoolean, assertObject } from '../core/options.js';
import { weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { yenToNumber } from '../core/yen.js';
import { unique, statusesOf } from '../benefits/shared.js';
import type { FixedTermWork } from './lumpSumReport.js';
import { ratesFor, type RatesOption } from '../rates/registry.js';
import type { SourceStatus } from '../rates/types.js';
import type { Installment } from '../renewal/installments.js';
import { addDays } from '../renewal/shared.js';
import { FIXED_TERM } from './parameters.js';
import { fixedTermPlan } from './plan.js';
import { readWork, workPremium, type FixedTermWageMethod } from './work.js';

/** The work of a 単独有期事業, as {@link fixedTermEstimate} and {@link fixedTermFinal} take it. */
export interface FixedTermWorkInput extends FixedTermWork {
  /** A 労災保険率 per 1000 instead of the 業種's on the start date (e.g. a メリット rate). */
  workersCompensationRate?: string;
  rates?: RatesOption;
}

/** What the 概算 and the 確定 of a 単独有期事業 have in common. */
export interface FixedTermWorkPremium {
  /** 概算保険料 or 確定保険料 (労災). */
  amount: number;
  /** 賃金総額 (見込み or 実額, or 請負金額 × 労務費率), 千円未満切捨て. */
  wages: number;
  method: FixedTermWageMethod;
  /** 請負金額, when a contract was given. */
  contractTotal?: number;
  laborCostPercent?: string;
  /** 労災保険率 per 1000. */
  rate: string;
  legalBasis: string[];
  sources: string[];
  status: SourceStatus;
  trace: TraceStep[];
}

/** Input of {@link fixedTermEstimate}. */
export interface FixedTermEstimateInput extends FixedTermWorkInput {
  /** 労働保険事務組合に委託: 延納 at any amount (not later due dates). Default false. */
  commissioned?: boolean;
  /** Whether 延納 is applied for when allowed. Default true. */
  apply?: boolean;
}

/** Result of {@link fixedTermEstimate}. */
export interface FixedTermEstimate extends FixedTermWorkPremium {
  /** The 概算 is due (and the first instalment): 保険関係成立日 + 20 days. */
  dueDate: string;
  installmentsAllowed: boolean;
  /** Why: 'fixedTermAmount' (≥ 750,000), 'commissioned', 'fixedTermBelow', 'fixedTermShort' (≤ 6 months), 'notApplied'. */
  reason: string;
  installments: Installment[];
}

/** The work, its table and its 賃金総額 and premium, shared by the 概算 and the 確定. @internal */
export function singleWork(o: Record<string, unknown>) {
  const startDate = toIsoDate(o['startDate'], 'startDate');
  const rates = o['rates'] as RatesOption | undefined;
  const table = ratesFor(fiscalYearOf(startDate), rates === undefined ? {} : { rates });
  const core = readWork(o, table, '', o['workersCompensationRate']);
  const trace: TraceStep[] = [...core.steps];
  const { wages, premium } = workPremium(core, trace);
  const sources = [...(core.laborCost?.sources ?? []), ...core.rateSources];
  const legalBasis = [...(core.laborCost?.legalBasis ?? []), ...core.rateLegalBasis, '徴収法11条1項; 端数計算法2条1項'];
  const statuses = statusesOf([core.laborCost?.table?.status, core.rateStatus]);
  return { core, wages, premium, trace, sources, legalBasis, statuses };
}

/** The common fields of a 単独有期事業 result, with its own citations and status added. @internal */
export function workPremiumResult(w: ReturnType<typeof singleWork>, legalBasis: string[], sources: readonly string[], status: SourceStatus): FixedTermWorkPremium {
  const { core } = w;
  const r: FixedTermWorkPremium = {
    amount: yenToNumber(w.premium, 'amount'),
    wages: yenToNumber(w.wages, 'wages'),
    method: core.method,
    rate: core.rate,
    legalBasis: unique([...w.legalBasis, ...legalBasis]),
    sources: unique([...w.sources, ...sources]),
    status: weakestStatus(status, ...w.statuses),
    trace: w.trace,
  };
  if (core.contractTotal !== undefined) r.contractTotal = yenToNumber(core.contractTotal, 'contractTotal');
  if (core.laborCost) r.laborCostPercent = core.laborCost.percent;
  return r;
}

/**
 * 単独有期事業の概算保険料 (徴収法15条2項): 見込み賃金総額 (or 請負金額 × 労務費率, 千円未満切捨て) × the
 * 労災保険率 in force on the 保険関係成立日, due within 20 days of the establishment (翌日起算); and its 延納
 * (徴収則28条) when the work lasts over six months and the 概算 is ≥ 750,000 yen or the work is
 * commissioned to a 労働保険事務組合: one instalment per 期 (4/1–7/31, 8/1–11/30, 12/1–3/31) over the whole work,
 * the first to the end of the start's 期 (with the next when two months or less), due on start + 20 days,
 * then 3/31, 10/31 and 1/31; ⌊A/n⌋ each, the remainder on the first.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION`, `INVALID_DATE`, `INVALID_RATE`, `UNKNOWN_INDUSTRY`, `AMOUNT_*`;
 *   {@link RateTableError} `RATE_NOT_KNOWN`, `NO_RATE_TABLE`.
 *
 * @example
 * ```ts
 * import { fixedTermEstimate } from 'jp-labor-insurance';
 * // 道路新設 (32) from 2025-07-01 to 2026-09-30: 450,000,000 × 19% = 85,500,000; × 11/1000 = 940,500
 * const e = fixedTermEstimate({ industry: '32', startDate: '2025-07-01', endDate: '2026-09-30', contractAmount: 450_000_000 });
 * console.log(e.amount, e.dueDate, e.installments.length); //=> 940500 '2025-07-21' 4
 * console.log(e.installments.map((i) => [i.from, i.to, i.dueDate, i.amount]));
 * //=> [ [ '2025-07-01', '2025-11-30', '2025-07-21', 235125 ], [ '2025-12-01', '2026-03-31', '2026-01-31', 235125 ], [ '2026-04-01', '2026-07-31', '2026-03-31', 235125 ], [ '2026-08-01', '2026-11-30', '2026-10-31', 235125 ] ]
 * ```
 */
export function fixedTermEstimate(input: FixedTermEstimateInput): FixedTermEstimate {
  const o = assertObject(input, 'fixedTermEstimate');
  const commissioned = assertBoolean(o['commissioned'], 'commissioned', false);
  const apply = assertBoolean(o['apply'], 'apply', true);
  const w = singleWork(o);
  const { core, trace } = w;
  const dueDate = addDays(core.startDate, FIXED_TERM.estimateDueDays);
  trace.push(
    traceStep('dueDate', 'fixedTerm.estimateDue', dueDate, { startDate: core.startDate, days: String(FIXED_TERM.estimateDueDays), legalBasis: FIXED_TERM.estimateLegalBasis }),
  );
  const plan = fixedTermPlan(w.premium, core.startDate, core.endDate, commissioned, apply);
  trace.push(...plan.steps);
  return {
    ...workPremiumResult(w, [FIXED_TERM.estimateLegalBasis, FIXED_TERM.installments.legalBasis], FIXED_TERM.sources, FIXED_TERM.status),
    dueDate,
    installmentsAllowed: plan.allowed,
    reason: plan.reason,
    installments: plan.installments,
  };
}
