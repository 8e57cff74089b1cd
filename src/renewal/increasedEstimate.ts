import { toIsoDate, assertFiscalYear, type DateInput } from '../core/dates.js';
import { groupDigits, step, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { laborInsurancePremium, type Coverage, type Premium, type PremiumInput, type PremiumWages } from '../premium/premium.js';
import type { RatesOption } from '../rates/registry.js';
import type { EmploymentCategory } from '../rates/types.js';
import { InvalidInputError } from '../core/errors.js';
import { PROCEDURES, addDays, fiscalDate, assertObject, isWeekend, oneOf, assertBoolean, procedureSources } from './shared.js';

/** Input of {@link increasedEstimate}. */
export interface IncreasedEstimateInput {
  fiscalYear: number;
  industry?: string;
  category?: EmploymentCategory;
  /** Default 'both'. */
  coverage?: Coverage;
  /** The wages the declared 概算保険料 was based on. */
  filedWages: PremiumWages;
  /** The 概算保険料 declared (paid or due). Default: computed from `filedWages`. */
  filedEstimate?: YenInput;
  /** The new estimate of this year's wages. */
  newWages: PremiumWages;
  /** The day the increase became expected: the declaration is due within 30 days (翌日起算). */
  expectedOn?: DateInput;
  /**
   * The 概算保険料 already declared is being paid by 延納: the 増加概算保険料 is then divided over the 期 from
   * the one containing `expectedOn` to the last (徴収則30条; single-source), the first due in 30 days.
   * Needs `expectedOn`. Default false.
   */
  installments?: boolean;
  /** 労働保険事務組合に委託 (later due dates of the 2nd and 3rd 期). Default false. */
  commissioned?: boolean;
  workersCompensationRate?: string;
  rates?: RatesOption;
}

/** One part of a 増加概算保険料 paid by instalments. */
export interface IncreasedEstimateInstallment {
  /** 期 of the year (1, 2, 3). */
  number: number;
  amount: number;
  dueDate: string;
  nonBusinessDay: boolean;
}

/** Result of {@link increasedEstimate}. */
export interface IncreasedEstimate {
  /** Whether a 増加概算保険料 declaration is required. */
  required: boolean;
  /** Some insurance's new base exceeds 200% of its filed base. */
  ratioExceeded: boolean;
  filedEstimate: number;
  /** 概算保険料 on the new estimate. */
  newEstimate: Premium;
  /** 増加概算保険料 = new 概算 − filed 概算 (0 when not larger). */
  difference: number;
  /** Declaration and payment deadline, when `expectedOn` was given. */
  dueDate?: string;
  /** The 増加概算保険料 by 期, when `installments` was asked for (one part when only the last 期 remains). */
  installments?: IncreasedEstimateInstallment[];
  reason: string;
  legalBasis: string;
  sources: string[];
  trace: TraceStep[];
}

/**
 * 増加概算保険料 (徴収法16条, 徴収則25条): required when the new estimated wage base is more than 200% of
 * the base of the 概算 already declared **and** the new 概算 exceeds the declared one by 130,000 yen or
 * more; due within 30 days. With separate 労災 / 雇用 bases, the 200% test passes when either base
 * exceeds it (the rule speaks of one 賃金総額; the library's reading). The coverage-change trigger
 * (労災のみ → 両保険) is not modelled.
 *
 * @throws {@link InvalidInputError} `AMOUNT_*`, `INVALID_OPTION`, `INVALID_DATE`.
 *
 * @example
 * ```ts
 * import { increasedEstimate } from 'jp-labor-insurance';
 * const x = increasedEstimate({ fiscalYear: 2025, industry: '98', category: 'general', filedWages: 20_000_000, newWages: 40_001_000 });
 * console.log(x.required, x.newEstimate.amount, x.difference); //=> true 700017 350017
 * console.log(increasedEstimate({ fiscalYear: 2025, industry: '98', category: 'general', filedWages: 20_000_000, newWages: 40_000_000 }).required); //=> false
 * ```
 */
export function increasedEstimate(input: IncreasedEstimateInput): IncreasedEstimate {
  const o = assertObject(input, 'increasedEstimate');
  const fiscalYear = assertFiscalYear(o['fiscalYear']);
  const coverage = oneOf<Coverage>(o['coverage'], ['both', 'workersCompensation', 'employmentInsurance'], 'coverage', 'both');
  const data = PROCEDURES.increasedEstimate;
  const mk = (wages: PremiumWages): PremiumInput => {
    const p: PremiumInput = { fiscalYear, wages, coverage };
    if (o['industry'] !== undefined) p.industry = o['industry'] as string;
    if (o['category'] !== undefined) p.category = o['category'] as EmploymentCategory;
    if (o['workersCompensationRate'] !== undefined) p.workersCompensationRate = o['workersCompensationRate'] as string;
    if (o['rates'] !== undefined) p.rates = o['rates'] as RatesOption;
    return p;
  };
  const filed = laborInsurancePremium(mk(o['filedWages'] as PremiumWages));
  const next = laborInsurancePremium(mk(o['newWages'] as PremiumWages));
  const filedEstimate = o['filedEstimate'] === undefined ? BigInt(filed.amount) : parseYen(o['filedEstimate'], 'filedEstimate');
  const trace: TraceStep[] = [];
  const ratio = BigInt(data.ratioPercent);
  const exceeds = (a?: { base: number }, b?: { base: number }): boolean => a !== undefined && b !== undefined && 100n * BigInt(b.base) > ratio * BigInt(a.base);
  const ratioExceeded = exceeds(filed.workersCompensation, next.workersCompensation) || exceeds(filed.employmentInsurance, next.employmentInsurance);
  for (const [k, ja] of [['workersCompensation', '労災'], ['employmentInsurance', '雇用']] as const) {
    const a = filed[k];
    const b = next[k];
    if (a && b) trace.push(step(`increase.ratio.${k}`, b.base, `${ja} 見込額 ${groupDigits(b.base)} ${100n * BigInt(b.base) > ratio * BigInt(a.base) ? '>' : '≤'} 申告済の基礎額 ${groupDigits(a.base)} × 200%`, `${k} new base ${groupDigits(b.base)} ${100n * BigInt(b.base) > ratio * BigInt(a.base) ? '>' : '≤'} 200% of the filed base ${groupDigits(a.base)}`, '徴収則25条1項'));
  }
  const diff = BigInt(next.amount) - filedEstimate;
  const difference = diff > 0n ? diff : 0n;
  const required = ratioExceeded && difference >= BigInt(data.minimumDifference);
  trace.push(step('increase.difference', difference, `増加額 ${groupDigits(next.amount)} − ${groupDigits(filedEstimate)} = ${groupDigits(difference)} (${required ? '13万円以上かつ200%超: 申告要' : '申告不要'})`, `increase ${groupDigits(next.amount)} − ${groupDigits(filedEstimate)} = ${groupDigits(difference)} (${required ? 'required' : 'not required'})`, data.legalBasis));
  const reason = !ratioExceeded ? 'the new base does not exceed 200% of the filed base' : difference < BigInt(data.minimumDifference) ? `the increase ${groupDigits(difference)} is under ${groupDigits(data.minimumDifference)} yen` : `the new base exceeds 200% and the increase ${groupDigits(difference)} is at least ${groupDigits(data.minimumDifference)} yen`;
  const result: IncreasedEstimate = {
    required,
    ratioExceeded,
    filedEstimate: yenToNumber(filedEstimate, 'filedEstimate'),
    newEstimate: next,
    difference: yenToNumber(difference, 'difference'),
    reason,
    legalBasis: data.legalBasis,
    sources: procedureSources(data.sources),
    trace,
  };
  if (o['expectedOn'] !== undefined) {
    const d = toIsoDate(o['expectedOn'], 'expectedOn');
    result.dueDate = addDays(d, data.dueDays);
    trace.push(step('increase.due', result.dueDate, `増加が見込まれた日 ${d} の翌日から30日以内: ${result.dueDate}`, `due within 30 days from the day after ${d}: ${result.dueDate}`, '徴収法16条'));
    if (assertBoolean(o['installments'], 'installments', false) && required) {
      if (d < `${fiscalYear}-04-01` || d > `${fiscalYear + 1}-03-31`) throw new InvalidInputError('INVALID_OPTION', `expectedOn ${d} is not in FY${fiscalYear}`, { field: 'expectedOn' });
      const commissioned = assertBoolean(o['commissioned'], 'commissioned', false);
      const periods = PROCEDURES.installments.periods.filter((p) => fiscalDate(fiscalYear, p.to) >= d);
      const n = BigInt(periods.length);
      const each = difference / n;
      const first = difference - each * (n - 1n);
      result.installments = periods.map((p, i) => {
        const due = i === 0 ? result.dueDate! : fiscalDate(fiscalYear, commissioned && 'commissionedDue' in p && p.commissionedDue ? p.commissionedDue : p.due);
        return { number: p.number, amount: yenToNumber(i === 0 ? first : each, 'installment'), dueDate: due, nonBusinessDay: isWeekend(due) };
      });
      trace.push(step('increase.installments', first, `増加概算保険料 ${groupDigits(difference)} ÷ 残りの期数 ${n} = ${groupDigits(each)} (端数は最初の期) → ${result.installments.map((x) => `第${x.number}期 ${groupDigits(x.amount)} (${x.dueDate})`).join(', ')}`, `increase ${groupDigits(difference)} ÷ ${n} remaining instalments: ${result.installments.map((x) => `#${x.number} ${groupDigits(x.amount)} (${x.dueDate})`).join(', ')}`, '徴収則30条 (single-source)'));
    }
  } else if (o['installments'] === true) {
    throw new InvalidInputError('INVALID_OPTION', 'installments needs expectedOn (the day the increase became expected)', { field: 'expectedOn' });
  }
  return result;
}
