import { assertFiscalYear, toIsoDate, type DateInput } from '../core/dates.js';
import { InvalidInputError } from '../core/errors.js';
import { groupDigits, step, type TraceStep } from '../core/trace.js';
import { yenToNumber } from '../core/yen.js';
import { laborInsurancePremium, type Coverage, type Premium, type PremiumInput, type PremiumWages } from '../premium/premium.js';
import type { RatesOption } from '../rates/registry.js';
import type { EmploymentCategory } from '../rates/types.js';
import { generalContribution, type GeneralContribution } from './generalContribution.js';
import { surcharge, type Surcharge } from './penalties.js';
import { PROCEDURES, fiscalDate, assertObject, oneOf } from './shared.js';

/** Input of {@link unregisteredEstimate}. */
export interface UnregisteredEstimateInput {
  industry?: string;
  category?: EmploymentCategory;
  /** Default 'both'. */
  coverage?: Coverage;
  /** The ended fiscal years the business employed workers without registering, with their wages. */
  years: readonly { fiscalYear: number; wages: PremiumWages }[];
  /**
   * The day of the estimate (e.g. the 手続勧奨 visit). Years whose 確定保険料 deadline (7/10 of the next
   * year) is more than two years before it are time-barred (徴収法41条) and left out with a note; years not
   * yet ended are refused. Without it, at most two years are accepted.
   */
  asOf?: DateInput;
  rates?: RatesOption;
}

/** One year of an {@link UnregisteredEstimate}. */
export interface UnregisteredYear {
  fiscalYear: number;
  /** 確定保険料 fixed by 認定決定. */
  premium: Premium;
  /** 追徴金 10% on it. */
  surcharge: Surcharge;
  /** 一般拠出金 (no 追徴金 is added to it here). */
  generalContribution: GeneralContribution;
  /** premium + surcharge + 一般拠出金. */
  total: number;
}

/** Result of {@link unregisteredEstimate}. */
export interface UnregisteredEstimate {
  years: UnregisteredYear[];
  /** Years left out as time-barred. */
  timeBarred: number[];
  premium: number;
  surcharge: number;
  generalContribution: number;
  /** What the State would collect: premiums + 追徴金 + 一般拠出金 (延滞金 may follow if unpaid). */
  total: number;
  trace: TraceStep[];
}

/**
 * What a business that never registered its 労働保険 relationship owes when the State fixes the premium by
 * 認定決定 (徴収法19条4項) — the figure a 手続勧奨 visit shows: for each ended fiscal year still
 * collectable (at most two — 徴収法41条 時効), the 確定保険料 on that year's wages and rates, 追徴金 10%
 * (徴収法21条) and the 一般拠出金. Whether a 追徴金 also applies to the 一般拠出金 is not established and it
 * is not added. 延滞金 and the 費用徴収 after an accident (costRecoveryEstimate) come on top.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION` (more than two years, a year not yet ended, duplicates), `AMOUNT_*`.
 *
 * @example
 * ```ts
 * import { unregisteredEstimate } from 'jp-labor-insurance';
 * const u = unregisteredEstimate({ industry: '98', category: 'general', asOf: '2025-11-20', years: [
 *   { fiscalYear: 2023, wages: 12_000_000 }, { fiscalYear: 2024, wages: 15_000_000 },
 * ] });
 * console.log(u.premium, u.surcharge, u.generalContribution, u.total); //=> 499500 49900 540 549940
 * ```
 */
export function unregisteredEstimate(input: UnregisteredEstimateInput): UnregisteredEstimate {
  const o = assertObject(input, 'unregisteredEstimate');
  const coverage = oneOf<Coverage>(o['coverage'], ['both', 'workersCompensation', 'employmentInsurance'], 'coverage', 'both');
  const list = o['years'];
  if (!Array.isArray(list) || list.length === 0) throw new InvalidInputError('INVALID_OPTION', 'years must be a non-empty array of { fiscalYear, wages }', { field: 'years' });
  const asOf = o['asOf'] === undefined ? undefined : toIsoDate(o['asOf'], 'asOf');
  const limitYears = PROCEDURES.limitation.years;
  const trace: TraceStep[] = [];
  const timeBarred: number[] = [];
  const seen = new Set<number>();
  const kept: { fiscalYear: number; wages: PremiumWages }[] = [];
  list.forEach((y: unknown, i) => {
    const x = assertObject(y, `years[${i}]`);
    const fy = assertFiscalYear(x['fiscalYear'], `years[${i}].fiscalYear`);
    if (seen.has(fy)) throw new InvalidInputError('INVALID_OPTION', `FY${fy} is listed twice`, { field: `years[${i}].fiscalYear` });
    seen.add(fy);
    if (asOf !== undefined) {
      if (asOf <= `${fy + 1}-03-31`) throw new InvalidInputError('INVALID_OPTION', `FY${fy} has not ended on ${asOf}: its premium is a 概算, not a 確定 (no 追徴金)`, { field: `years[${i}].fiscalYear` });
      const due = fiscalDate(fy + 1, PROCEDURES.renewal.declarationPeriod.lastDay);
      const barredAfter = `${Number(due.slice(0, 4)) + limitYears}${due.slice(4)}`;
      if (asOf > barredAfter) {
        timeBarred.push(fy);
        trace.push(step(`unregistered.${fy}.barred`, 0, `FY${fy}: 納期限 ${due} から2年経過 (${barredAfter}) — 時効`, `FY${fy}: more than two years since its deadline ${due} — time-barred`, PROCEDURES.limitation.legalBasis));
        return;
      }
    }
    kept.push({ fiscalYear: fy, wages: x['wages'] as PremiumWages });
  });
  if (kept.length > limitYears) throw new InvalidInputError('INVALID_OPTION', `at most ${limitYears} years can be collected (徴収法41条); give asOf to drop time-barred years`, { field: 'years' });
  kept.sort((a, b) => a.fiscalYear - b.fiscalYear);
  const ratesOpt = o['rates'] === undefined ? {} : { rates: o['rates'] as RatesOption };
  const years: UnregisteredYear[] = kept.map(({ fiscalYear, wages }) => {
    const p: PremiumInput = { fiscalYear, wages, coverage, ...ratesOpt };
    if (o['industry'] !== undefined) p.industry = o['industry'] as string;
    if (o['category'] !== undefined) p.category = o['category'] as EmploymentCategory;
    const premium = laborInsurancePremium(p);
    const s = surcharge({ amount: premium.amount });
    const gc = generalContribution({ fiscalYear, wages: premium.workersCompensation?.wages ?? 0, coverage, ...ratesOpt });
    const total = premium.amount + s.amount + gc.amount;
    trace.push(step(`unregistered.${fiscalYear}`, total, `FY${fiscalYear}: 確定保険料 ${groupDigits(premium.amount)} + 追徴金 ${groupDigits(s.amount)} + 一般拠出金 ${groupDigits(gc.amount)} = ${groupDigits(total)}`, `FY${fiscalYear}: premium ${groupDigits(premium.amount)} + surcharge ${groupDigits(s.amount)} + general contribution ${groupDigits(gc.amount)} = ${groupDigits(total)}`, '徴収法19条4項・21条'));
    return { fiscalYear, premium, surcharge: s, generalContribution: gc, total };
  });
  const sum = (f: (y: UnregisteredYear) => number): number => yenToNumber(years.reduce((a, y) => a + BigInt(f(y)), 0n), 'total');
  const result: UnregisteredEstimate = {
    years,
    timeBarred,
    premium: sum((y) => y.premium.amount),
    surcharge: sum((y) => y.surcharge.amount),
    generalContribution: sum((y) => y.generalContribution.amount),
    total: sum((y) => y.total),
    trace,
  };
  trace.push(step('unregistered.total', result.total, `認定決定の見込み 合計 ${groupDigits(result.total)}`, `estimated collection by official determination: ${groupDigits(result.total)}`, '徴収法19条4項・21条; 石綿法38条'));
  return result;
}
