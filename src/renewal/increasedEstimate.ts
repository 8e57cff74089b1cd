import { toIsoDate, assertFiscalYear, type DateInput } from '../core/dates.js';
import { splitRemainderFirst } from '../kernel/splitRemainderFirst.js';
import { InvalidInputError } from '../core/errors.js';
import { weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { parsePremiumWages, type Coverage, type Premium, type PremiumWages } from '../premium/premium.js';
import type { RatesOption } from '../rates/registry.js';
import { proceduresFor } from '../rates/areas/procedures.js';
import type { EmploymentCategory, ProceduresData, SourceStatus } from '../rates/types.js';
import type { Installment } from './installments.js';
import { premiumOf, premiumSteps, type PremiumOf, type PremiumSpec } from './renewalPremium.js';
import { addDays, fiscalDate, assertObject, isWeekend, oneOf, assertBoolean, procedureSources } from './shared.js';

/** Input of {@link increasedEstimate}. */
export interface IncreasedEstimateInput {
  /** The 保険年度 of the 概算保険料 (whose rates apply). */
  fiscalYear: number;
  industry?: string;
  category?: EmploymentCategory;
  /** Default 'both'. */
  coverage?: Coverage;
  /** The wages the declared 概算保険料 was based on. */
  declaredWages: PremiumWages;
  /** The 概算保険料 declared (paid or due). Default: computed from `declaredWages`. */
  declaredEstimate?: YenInput;
  /** The revised estimate of this year's wages. */
  revisedWages: PremiumWages;
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

/** Result of {@link increasedEstimate}. */
export interface IncreasedEstimate {
  /** Whether a 増加概算保険料 declaration is required. */
  required: boolean;
  /** Some insurance's revised base exceeds 200% of its declared base. */
  ratioExceeded: boolean;
  declaredEstimate: number;
  /** 概算保険料 on the revised estimate. */
  revisedEstimate: Premium;
  /** 増加概算保険料 = revised 概算 − declared 概算 (0 when not larger): the headline yen. */
  amount: number;
  /** Declaration and payment deadline, when `expectedOn` was given. */
  dueDate?: string;
  /** The 増加概算保険料 by 期, when `installments` was asked for (one part when only the last 期 remains). */
  installments?: Installment[];
  reason: string;
  legalBasis: string[];
  sources: string[];
  /** The weakest of the rule's status and the rates' (the 延納 of an increase is single-source). */
  status: SourceStatus;
  trace: TraceStep[];
}

/** 徴収則25条1項: the revised base is more than 200% of the declared one (either insurance). */
function ratioSteps(declared: PremiumOf, revised: PremiumOf, RATIO: bigint): { exceeded: boolean; trace: TraceStep[] } {
  let exceeded = false;
  const trace: TraceStep[] = [];
  for (const [k, insurance] of [
    ['workersCompensation', 'workersCompensation'],
    ['employmentInsurance', 'employmentInsurance'],
  ] as const) {
    const a = declared.core[k];
    const b = revised.core[k];
    if (!a || !b) continue;
    const over = 100n * b.base > RATIO * a.base;
    exceeded ||= over;
    trace.push(traceStep(`increase.ratio.${k}`, 'renewal.increaseRatio', String(b.base), { insurance, op: over ? '>' : '≤', filed: String(a.base) }));
  }
  return { exceeded, trace };
}

/**
 * 増加概算保険料 (徴収法16条, 徴収則25条): required when the revised estimated wage base is more than 200% of
 * the base of the 概算 already declared **and** the revised 概算 exceeds the declared one by 130,000 yen or
 * more; due within 30 days. With separate 労災 / 雇用 bases, the 200% test passes when either base
 * exceeds it (the rule speaks of one 賃金総額; the library's reading). The coverage-change trigger
 * (労災のみ → 両保険) is not modelled. `amount` is the 増加概算保険料.
 *
 * @throws {@link InvalidInputError} `AMOUNT_*`, `INVALID_OPTION`, `INVALID_DATE`.
 *
 * @example
 * ```ts
 * import { increasedEstimate } from 'jp-labor-insurance';
 * const x = increasedEstimate({ fiscalYear: 2025, industry: '98', category: 'general', declaredWages: 20_000_000, revisedWages: 40_001_000 });
 * console.log(x.required, x.revisedEstimate.amount, x.amount); //=> true 700017 350017
 * console.log(increasedEstimate({ fiscalYear: 2025, industry: '98', category: 'general', declaredWages: 20_000_000, revisedWages: 40_000_000 }).required); //=> false
 * ```
 */
export function increasedEstimate(input: IncreasedEstimateInput): IncreasedEstimate {
  const o = assertObject(input, 'increasedEstimate');
  const fiscalYear = assertFiscalYear(o['fiscalYear']);
  const coverage = oneOf<Coverage>(o['coverage'], ['both', 'workersCompensation', 'employmentInsurance'], 'coverage', 'both');
  const spec: PremiumSpec = { coverage };
  if (o['industry'] !== undefined) spec.industry = o['industry'];
  if (o['category'] !== undefined) spec.category = o['category'];
  if (o['rates'] !== undefined) spec.rates = o['rates'] as RatesOption;
  const rate = o['workersCompensationRate'];
  const declared = premiumOf(spec, fiscalYear, parsePremiumWages(o['declaredWages'], coverage), rate);
  const revised = premiumOf(spec, fiscalYear, parsePremiumWages(o['revisedWages'], coverage), rate);
  const declaredEstimate = o['declaredEstimate'] === undefined ? declared.amount : parseYen(o['declaredEstimate'], 'declaredEstimate');
  // The rule of the year: a custom table's procedures block for it overrides the bundled data.
  const P = proceduresFor(fiscalYear, spec.rates);
  const DATA = P.increasedEstimate;
  const MINIMUM = BigInt(DATA.minimumDifference);
  const ratio = ratioSteps(declared, revised, BigInt(DATA.ratioPercent));
  const trace: TraceStep[] = [...premiumSteps('revised', revised), ...ratio.trace];
  const diff = revised.amount - declaredEstimate;
  const amount = diff > 0n ? diff : 0n;
  const required = ratio.exceeded && amount >= MINIMUM;
  trace.push(
    traceStep('increase.difference', required ? 'renewal.increaseRequired' : 'renewal.increaseNotRequired', amount, {
      next: String(revised.amount),
      filed: String(declaredEstimate),
      legalBasis: DATA.legalBasis,
    }),
  );
  const reason = !ratio.exceeded
    ? 'the revised base does not exceed 200% of the declared base'
    : amount < MINIMUM
      ? `the increase ${amount} is under ${MINIMUM} yen`
      : `the revised base exceeds 200% and the increase ${amount} is at least ${MINIMUM} yen`;
  const result: IncreasedEstimate = {
    required,
    ratioExceeded: ratio.exceeded,
    declaredEstimate: yenToNumber(declaredEstimate, 'declaredEstimate'),
    revisedEstimate: revised.premium,
    amount: yenToNumber(amount, 'amount'),
    reason,
    legalBasis: [DATA.legalBasis],
    sources: [...new Set([...procedureSources(DATA.sources, P), ...revised.premium.sources])],
    status: weakestStatus(DATA.status as SourceStatus, revised.status),
    trace,
  };
  if (o['expectedOn'] !== undefined) {
    const d = toIsoDate(o['expectedOn'], 'expectedOn');
    const dueDate = addDays(d, DATA.dueDays);
    result.dueDate = dueDate;
    trace.push(traceStep('increase.due', 'renewal.increaseDue', dueDate, { expectedOn: d }));
    if (assertBoolean(o['installments'], 'installments', false) && required) {
      if (d < `${fiscalYear}-04-01` || d > `${fiscalYear + 1}-03-31`)
        throw new InvalidInputError('INVALID_OPTION', `expectedOn ${d} is not in FY${fiscalYear}`, { field: 'expectedOn' });
      const parts = increaseInstallments(P, amount, fiscalYear, d, dueDate, assertBoolean(o['commissioned'], 'commissioned', false));
      result.installments = parts.installments;
      result.legalBasis.push(INCREASE_INSTALLMENTS_LAW);
      trace.push(parts.step);
    }
  } else if (o['installments'] === true) {
    throw new InvalidInputError('INVALID_OPTION', 'installments needs expectedOn (the day the increase became expected)', { field: 'expectedOn' });
  }
  return result;
}

const INCREASE_INSTALLMENTS_LAW = '徴収則30条 (single-source)';

/** 徴収則30条: the increase divided over the 期 from the one containing `expectedOn`, the first due with the declaration. */
function increaseInstallments(
  P: ProceduresData,
  amount: bigint,
  fiscalYear: number,
  expectedOn: string,
  dueDate: string,
  commissioned: boolean,
): { installments: Installment[]; step: TraceStep } {
  const data = P.installments;
  const DATA = P.increasedEstimate;
  const periods = data.periods.filter((p) => fiscalDate(fiscalYear, p.to) >= expectedOn);
  const n = BigInt(periods.length);
  const { first, each } = splitRemainderFirst(amount, n);
  const installments = periods.map((p, i): Installment => {
    const byCommission = i > 0 && commissioned && 'commissionedDue' in p && p.commissionedDue !== undefined;
    const due = i === 0 ? dueDate : fiscalDate(fiscalYear, byCommission ? p.commissionedDue! : p.due);
    return {
      number: p.number,
      from: fiscalDate(fiscalYear, p.from),
      to: fiscalDate(fiscalYear, p.to),
      dueDate: due,
      nonBusinessDay: isWeekend(due),
      dueDateBasis: byCommission ? 'commissioned' : 'statutory',
      dueDateStatus: (i === 0 ? DATA.status : byCommission ? data.commissionedDueDates.status : data.status) as SourceStatus,
      amount: yenToNumber(i === 0 ? first : each, 'installment'),
    };
  });
  const step = traceStep('increase.installments', 'renewal.increaseInstallments', first, {
    difference: String(amount),
    count: String(n),
    each: String(each),
    listJa: installments.map((x) => `第${x.number}期 ${x.amount} (${x.dueDate})`).join(', '),
    listEn: installments.map((x) => `#${x.number} ${x.amount} (${x.dueDate})`).join(', '),
  });
  return { installments, step };
}
