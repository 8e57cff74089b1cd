import { InvalidInputError } from '../core/errors.js';
import { type DateInput } from '../core/dates.js';
import { weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { medicalCopaymentFor } from '../rates/areas/specialEnrollment.js';
import { citations } from '../rates/periods.js';
import { resolveFiscalYear } from '../rates/time.js';
import type { RatesOption, SourceStatus } from '../rates/types.js';
import { assertBoolean, assertObject, statusesOf } from './shared.js';

/** The fields of {@link MedicalCopaymentInput} other than the date or fiscal year. */
export interface MedicalCopaymentOptions {
  /** 健康保険の日雇特例被保険者: 100 yen instead of 200. Default false. */
  dayLaborer?: boolean;
  /** 療養に要した費用の総額, when known: the copayment never exceeds it. */
  medicalCost?: YenInput;
  rates?: RatesOption;
}

/** {@link medicalCopayment} for a date: the year is the 保険年度 of the date (a `fiscalYear` given too must agree). */
export interface MedicalCopaymentOnDate extends MedicalCopaymentOptions {
  /** A date in the fiscal year (e.g. the first 休業給付's date). */
  date: DateInput;
  fiscalYear?: number;
}

/** {@link medicalCopayment} for a 保険年度. */
export interface MedicalCopaymentInYear extends MedicalCopaymentOptions {
  /** The 保険年度 whose amounts apply. */
  fiscalYear: number;
  date?: DateInput;
}

/** Input of {@link medicalCopayment}: a `date` or a `fiscalYear` (or both, when they agree). */
export type MedicalCopaymentInput = MedicalCopaymentOnDate | MedicalCopaymentInYear;

/** Result of {@link medicalCopayment}. */
export interface MedicalCopayment {
  fiscalYear: number;
  /** 一部負担金 (yen). */
  amount: number;
  /** The table's amounts: standard 200, 日雇特例被保険者 100. */
  standard: number;
  dayLaborer: number;
  /** The statute and ordinance of the amounts. */
  legalBasis: string[];
  /** The status of the table's amounts. */
  status: SourceStatus;
  /** The table's note: who is exempt, how it is collected. */
  note?: string;
  sources: string[];
  /** Structured steps; render them with {@link explain}. */
  trace: TraceStep[];
}

/**
 * 療養給付の一部負担金 (通勤災害; 労災法31条2項, 労災則44条の2): 200 yen, or 100 yen for a 健康保険
 * 日雇特例被保険者, withheld from the first 休業給付; when the total cost of treatment is lower, that
 * cost. The amounts are data from the year's table with their sources. Exemptions (第三者行為災害,
 * death within 3 days of treatment, 特別加入者 …) are listed in `note`; the caller decides whether one applies.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION` (neither date nor fiscalYear, or they disagree),
 *   `INVALID_DATE`, `AMOUNT_*`; {@link RateTableError} `NO_RATE_TABLE`.
 *
 * @example
 * ```ts
 * import { medicalCopayment } from 'jp-labor-insurance';
 * console.log(medicalCopayment({ fiscalYear: 2025 }).amount, medicalCopayment({ fiscalYear: 2025, dayLaborer: true }).amount);
 * //=> 200 100
 * const c = medicalCopayment({ date: '2025-06-10', medicalCost: 150 });
 * console.log(c.amount, c.legalBasis, c.status); //=> 150 [ '労災法31条2項; 労災則44条の2' ] 'confirmed'
 * ```
 */
export function medicalCopayment(input: MedicalCopaymentInput): MedicalCopayment {
  const o = assertObject(input, 'medicalCopayment');
  const time = resolveFiscalYear({ date: o['date'] as DateInput | undefined, fiscalYear: o['fiscalYear'] as number | undefined }, 'date');
  const area = medicalCopaymentFor(time.fiscalYear, o['rates'] as RatesOption | undefined);
  const dayLaborer = assertBoolean(o['dayLaborer'], 'dayLaborer', false);
  const data = area.value;
  if (!data || !Number.isSafeInteger(data.standard) || !Number.isSafeInteger(data.dayLaborer)) {
    throw new InvalidInputError('INVALID_OPTION', `the FY${time.fiscalYear} table has no 一部負担金 amounts`, { fiscalYear: time.fiscalYear });
  }
  const base = BigInt(dayLaborer ? data.dayLaborer : data.standard);
  const legalBasis = data.legalBasis;
  const trace: TraceStep[] = [traceStep('copay.amount', dayLaborer ? 'benefits.copayAmountDayLaborer' : 'benefits.copayAmount', base, { legalBasis })];
  let amount = base;
  if (o['medicalCost'] !== undefined) {
    const cost = parseYen(o['medicalCost'], 'medicalCost');
    if (cost < base) {
      amount = cost;
      trace.push(traceStep('copay.cost', 'benefits.copayCost', amount, { legalBasis }));
    }
  }
  const result: MedicalCopayment = {
    fiscalYear: time.fiscalYear,
    amount: yenToNumber(amount, 'amount'),
    standard: data.standard,
    dayLaborer: data.dayLaborer,
    legalBasis: [legalBasis],
    status: weakestStatus(...statusesOf([data.status])),
    sources: citations(area, data.sources),
    trace,
  };
  if (data.note !== undefined) result.note = data.note;
  return result;
}
