import { InvalidInputError } from '../core/errors.js';
import { type DateInput } from '../core/dates.js';
import { groupDigits, step, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { medicalCopaymentFor } from '../rates/areas/specialEnrollment.js';
import { citations } from '../rates/periods.js';
import { resolveFiscalYear } from '../rates/time.js';
import type { RatesOption } from '../rates/types.js';
import { assertBoolean, assertObject } from './shared.js';

/** Input of {@link medicalCopayment}. */
export interface MedicalCopaymentInput {
  /** A date in the fiscal year (e.g. the first 休業給付's date); or give `fiscalYear`. */
  date?: DateInput;
  fiscalYear?: number;
  /** 健康保険の日雇特例被保険者: 100 yen instead of 200. Default false. */
  dayLaborer?: boolean;
  /** 療養に要した費用の総額, when known: the copayment never exceeds it. */
  medicalCost?: YenInput;
  rates?: RatesOption;
}

/** Result of {@link medicalCopayment}. */
export interface MedicalCopayment {
  fiscalYear: number;
  /** 一部負担金 (yen). */
  amount: number;
  /** The table's amounts: standard 200, 日雇特例被保険者 100. */
  standard: number;
  dayLaborer: number;
  legalBasis: string;
  status: string;
  /** The table's note: who is exempt, how it is collected. */
  note?: string;
  sources: string[];
  trace: TraceStep[];
}

/**
 * 療養給付の一部負担金 (通勤災害; 労災法31条2項, 労災則44条の2): 200 yen, or 100 yen for a 健康保険
 * 日雇特例被保険者, withheld from the first 休業給付; when the total cost of treatment is lower, that
 * cost. The amounts are data from the year's table with their sources. Exemptions (第三者行為災害,
 * death within 3 days of treatment, 特別加入者 …) are listed in `note`; the caller decides whether one applies.
 *
 * @example
 * ```ts
 * import { medicalCopayment } from 'jp-labor-insurance';
 * console.log(medicalCopayment({ fiscalYear: 2025 }).amount, medicalCopayment({ fiscalYear: 2025, dayLaborer: true }).amount);
 * //=> 200 100
 * console.log(medicalCopayment({ date: '2025-06-10', medicalCost: 150 }).amount); //=> 150
 * ```
 */
export function medicalCopayment(input: MedicalCopaymentInput): MedicalCopayment {
  const o = assertObject(input, 'medicalCopayment');
  const time = resolveFiscalYear({ date: o['date'] as DateInput | undefined, fiscalYear: o['fiscalYear'] as number | undefined }, 'date');
  const area = medicalCopaymentFor(time.fiscalYear, input.rates);
  const dayLaborer = assertBoolean(o['dayLaborer'], 'dayLaborer', false);
  const data = area.value;
  if (!data || !Number.isSafeInteger(data.standard) || !Number.isSafeInteger(data.dayLaborer)) {
    throw new InvalidInputError('INVALID_OPTION', `the FY${time.fiscalYear} table has no 一部負担金 amounts`, { fiscalYear: time.fiscalYear });
  }
  const base = BigInt(dayLaborer ? data.dayLaborer : data.standard);
  const trace: TraceStep[] = [step('copay.amount', base, `一部負担金 ${groupDigits(base)}円${dayLaborer ? ' (日雇特例被保険者)' : ''}`, `copayment ¥${groupDigits(base)}${dayLaborer ? ' (day-labourer insured)' : ''}`, data.legalBasis)];
  let amount = base;
  if (o['medicalCost'] !== undefined) {
    const cost = parseYen(o['medicalCost'], 'medicalCost');
    if (cost < base) {
      amount = cost;
      trace.push(step('copay.cost', amount, `療養に要した費用 ${groupDigits(cost)}円 < 一部負担金 → ${groupDigits(cost)}円`, `cost of treatment ¥${groupDigits(cost)} is below the copayment → ¥${groupDigits(cost)}`, data.legalBasis));
    }
  }
  const result: MedicalCopayment = {
    fiscalYear: time.fiscalYear,
    amount: yenToNumber(amount, 'amount'),
    standard: data.standard,
    dayLaborer: data.dayLaborer,
    legalBasis: data.legalBasis,
    status: data.status,
    sources: citations(area, data.sources),
    trace,
  };
  if (data.note !== undefined) result.note = data.note;
  return result;
}
