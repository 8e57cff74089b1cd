import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { fiscalYearOf, type DateInput } from '../core/dates.js';
import { weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { careBenefitFor } from '../rates/areas/careBenefit.js';
import { citations, periodOn } from '../rates/periods.js';
import type { RatesOption } from '../rates/types.js';
import type { SourceStatus } from '../rates/types.js';
import { isCareLevel, type CareLevel } from './careLevel.js';
import { assertBoolean, assertObject, firstDayOfMonth, statusesOf } from './shared.js';

/** Input of {@link careBenefit}. */
export interface CareBenefitInput {
  /** The month of care: `'YYYY-MM'`, or any date in it (`'YYYY-MM-DD'` or a `Date`). */
  month: string | DateInput;
  /** 常時介護 (`'constant'`) or 随時介護 (`'occasional'`). */
  level: CareLevel;
  /** 介護に要する費用として支出された額 in the month (yen; 0 when nothing was paid). */
  expense: YenInput;
  /** Whether care by a relative (親族又はこれに準ずる者) was received in the month. */
  familyCare: boolean;
  /** The month in which the entitlement first arose (新たに支給事由が生じた月): no 最低保障. Default false. */
  firstMonth?: boolean;
  rates?: RatesOption;
}

/**
 * Why the amount is what it is:
 * - `expense` — the expense actually paid (below the cap);
 * - `cap` — the expense exceeded the 上限額 and was capped;
 * - `minimum` — family care and expense ≤ 最低保障額: the minimum is paid;
 * - `firstMonth` — first month: the expense actually paid, no minimum (0 when nothing was paid).
 */
export type CareBenefitReason = 'expense' | 'cap' | 'minimum' | 'firstMonth';

/** Result of {@link careBenefit}. */
export interface CareBenefit {
  /** First day of the month, `YYYY-MM-01`. */
  month: string;
  level: CareLevel;
  /** 介護(補償)等給付 for the month (yen). */
  amount: number;
  /** 上限額 in force for the month. */
  cap: number;
  /** 最低保障額 in force for the month (applied only when `reason` is `minimum`). */
  minimum: number;
  reason: CareBenefitReason;
  /** The dated block of the table the limits come from. */
  period: { from: string; to: string };
  /** The statute and ordinance of the limits (the period's legal basis). */
  legalBasis: string[];
  /** The status of the period's limits. */
  status: SourceStatus;
  sources: string[];
  /** Structured steps (the limits, then the rule that decided the amount); render them with {@link explain}. */
  trace: TraceStep[];
}

/**
 * 介護(補償)等給付 (介護補償給付・介護給付) for one month (労災法19条の2・12条の8第4項; 労災則18条の3の4): the expense actually
 * paid for care, up to the 上限額; when care by a relative occurred in the month and the expense paid is
 * at most the 最低保障額, the minimum instead — except in the first month, which pays only the expense
 * actually paid. The limits are those in force on the month's first day (FY2025: 上限 177,950 / 88,980
 * until July, 186,050 / 92,980 from 2025-08-01; 最低保障 85,490 / 42,700). A month for which no amount is
 * known (FY2021, FY2026) throws `RATE_NOT_KNOWN` — never last year's figure.
 *
 * @throws {@link RateTableError} `RATE_NOT_KNOWN`, `NO_RATE_TABLE`; {@link InvalidInputError}
 *   `INVALID_DATE`, `INVALID_OPTION`, `AMOUNT_*`.
 *
 * @example
 * ```ts
 * import { careBenefit } from 'jp-labor-insurance';
 * const may = careBenefit({ month: '2025-05', level: 'constant', expense: 50_000, familyCare: true });
 * console.log(may.amount, may.reason); //=> 85490 'minimum'
 * const sep = careBenefit({ month: '2025-09', level: 'constant', expense: 200_000, familyCare: false });
 * console.log(sep.amount, sep.reason); //=> 186050 'cap'
 * console.log(sep.legalBasis, sep.status, sep.trace[1]?.rule); //=> [ '労災法19条の2・12条の8第4項; 労災則18条の3の4' ] 'confirmed' 'benefits.careCap'
 * ```
 */
export function careBenefit(input: CareBenefitInput): CareBenefit {
  const o = assertObject(input, 'careBenefit');
  const month = firstDayOfMonth(o['month'], 'month');
  const level = o['level'];
  if (!isCareLevel(level)) {
    throw new InvalidInputError('INVALID_OPTION', `level must be 'constant' (常時介護) or 'occasional' (随時介護) (got ${formatValue(level)})`, { field: 'level', value: level });
  }
  const expense = parseYen(o['expense'], 'expense');
  const familyCare = assertBoolean(o['familyCare'], 'familyCare');
  const firstMonth = assertBoolean(o['firstMonth'], 'firstMonth', false);
  const fiscalYear = fiscalYearOf(month);
  const table = careBenefitFor(fiscalYear, o['rates'] as RatesOption | undefined);
  const period = periodOn(table.value, month, '介護(補償)等給付の上限額・最低保障額', fiscalYear);
  const limits = period[level];
  const decided = decideCareAmount(expense, BigInt(limits.max), BigInt(limits.min), familyCare, firstMonth);
  const legalBasis = period.legalBasis;
  const trace: TraceStep[] = [
    traceStep('care.limits', 'benefits.careLimits', String(limits.max), {
      level,
      month: month.slice(0, 7),
      minimum: String(limits.min),
      from: period.from,
      to: period.to,
      legalBasis,
    }),
    decided.reason === 'minimum' || decided.reason === 'cap'
      ? traceStep(`care.${decided.reason}`, decided.reason === 'minimum' ? 'benefits.careMinimum' : 'benefits.careCap', decided.amount, { expense: String(expense), legalBasis })
      : traceStep(
          `care.${decided.reason}`,
          decided.reason === 'firstMonth' ? 'benefits.careFirstMonth' : familyCare ? 'benefits.careExpense' : 'benefits.careExpenseNoFamily',
          decided.amount,
          { legalBasis },
        ),
  ];
  const amount = decided.amount;
  const reason = decided.reason;
  return {
    month,
    level,
    amount: yenToNumber(amount, 'amount'),
    cap: limits.max,
    minimum: limits.min,
    reason,
    period: { from: period.from, to: period.to },
    legalBasis: [legalBasis],
    status: weakestStatus(...statusesOf([period.status])),
    sources: citations(table, period.sources),
    trace,
  };
}

/**
 * The rule of 労災則18条の3の4 for one month, on integer yen: with care by a relative outside the
 * first month and an expense at most the minimum, the minimum; above the cap, the cap; otherwise the
 * expense actually paid. @internal
 */
export function decideCareAmount(expense: bigint, cap: bigint, minimum: bigint, familyCare: boolean, firstMonth: boolean): { amount: bigint; reason: CareBenefitReason } {
  if (familyCare && !firstMonth && expense <= minimum) return { amount: minimum, reason: 'minimum' };
  if (expense > cap) return { amount: cap, reason: 'cap' };
  return { amount: expense, reason: firstMonth ? 'firstMonth' : 'expense' };
}
