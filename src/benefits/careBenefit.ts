import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { fiscalYearOf, type DateInput } from '../core/dates.js';
import { groupDigits, step, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { careBenefitFor } from '../rates/areas/careBenefit.js';
import { citations, periodOn } from '../rates/periods.js';
import type { RatesOption } from '../rates/types.js';
import type { SourceStatus } from '../rates/types.js';
import { assertBoolean, assertObject, firstDayOfMonth } from './shared.js';

/** 介護の程度: 常時介護 (`constant`) or 随時介護 (`occasional`). */
export type CareLevel = 'constant' | 'occasional';

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
  legalBasis: string;
  status: SourceStatus;
  sources: string[];
  trace: TraceStep[];
}

const LEVEL_JA: Record<CareLevel, string> = { constant: '常時介護', occasional: '随時介護' };

/**
 * 介護(補償)等給付 for one month (労災法19条の2・12条の8第4項; 労災則18条の3の4): the expense actually
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
 * ```
 */
export function careBenefit(input: CareBenefitInput): CareBenefit {
  const o = assertObject(input, 'careBenefit');
  const month = firstDayOfMonth(o['month'], 'month');
  const level = o['level'];
  if (level !== 'constant' && level !== 'occasional') {
    throw new InvalidInputError('INVALID_OPTION', `level must be 'constant' (常時介護) or 'occasional' (随時介護) (got ${formatValue(level)})`, { field: 'level', value: level });
  }
  const expense = parseYen(o['expense'], 'expense');
  const familyCare = assertBoolean(o['familyCare'], 'familyCare');
  const firstMonth = assertBoolean(o['firstMonth'], 'firstMonth', false);
  const fiscalYear = fiscalYearOf(month);
  const table = careBenefitFor(fiscalYear, input.rates);
  const period = periodOn(table.value, month, '介護(補償)等給付の上限額・最低保障額', fiscalYear);
  const limits = period[level];
  const cap = BigInt(limits.max);
  const minimum = BigInt(limits.min);
  const trace: TraceStep[] = [
    step('care.limits', limits.max, `${LEVEL_JA[level]} ${month.slice(0, 7)}: 上限額 ${groupDigits(limits.max)}円, 最低保障額 ${groupDigits(limits.min)}円 (${period.from}〜${period.to})`, `${level} care ${month.slice(0, 7)}: cap ¥${groupDigits(limits.max)}, minimum ¥${groupDigits(limits.min)} (${period.from}..${period.to})`, period.legalBasis),
  ];
  let amount: bigint;
  let reason: CareBenefitReason;
  if (familyCare && !firstMonth && expense <= minimum) {
    amount = minimum;
    reason = 'minimum';
    trace.push(step('care.minimum', amount, `親族等による介護あり、支出額 ${groupDigits(expense)}円 ≤ 最低保障額 → ${groupDigits(amount)}円`, `care by a relative and expense ¥${groupDigits(expense)} ≤ minimum → ¥${groupDigits(amount)}`, period.legalBasis));
  } else if (expense > cap) {
    amount = cap;
    reason = 'cap';
    trace.push(step('care.cap', amount, `支出額 ${groupDigits(expense)}円 > 上限額 → ${groupDigits(amount)}円`, `expense ¥${groupDigits(expense)} > cap → ¥${groupDigits(amount)}`, period.legalBasis));
  } else {
    amount = expense;
    reason = firstMonth ? 'firstMonth' : 'expense';
    trace.push(
      firstMonth
        ? step('care.firstMonth', amount, `支給事由が生じた月: 最低保障なし、支出額 ${groupDigits(expense)}円`, `first month of entitlement: no minimum, the expense paid ¥${groupDigits(expense)}`, `${period.legalBasis} (新たに支給すべき事由が生じた月は支出された額)`)
        : step('care.expense', amount, `支出額 ${groupDigits(expense)}円 (上限額以下${familyCare ? '、最低保障額超' : '、親族等の介護なし: 最低保障なし'})`, `expense ¥${groupDigits(expense)} (within the cap${familyCare ? ', above the minimum' : '; no care by a relative: no minimum'})`, period.legalBasis),
    );
  }
  return {
    month,
    level,
    amount: yenToNumber(amount, 'amount'),
    cap: limits.max,
    minimum: limits.min,
    reason,
    period: { from: period.from, to: period.to },
    legalBasis: period.legalBasis,
    status: period.status,
    sources: citations(table, period.sources),
    trace,
  };
}
