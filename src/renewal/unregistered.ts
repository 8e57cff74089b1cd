import { assertFiscalYear, toIsoDate, type DateInput } from '../core/dates.js';
import { InvalidInputError } from '../core/errors.js';
import { weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { yenToNumber } from '../core/yen.js';
import { computePremium, premiumRatesFor, type PremiumCore } from '../premium/compute.js';
import { assertCoverage, type Coverage } from '../premium/coverage.js';
import { parsePremiumWages, premiumToNumbers, type Premium, type PremiumWages } from '../premium/premium.js';
import type { RatesOption } from '../rates/registry.js';
import type { EmploymentCategory, SourceStatus } from '../rates/types.js';
import { generalContributionOf, type GeneralContribution, type GeneralContributionOf } from './generalContribution.js';
import { computeSurcharge, surchargeToNumbers, type Surcharge, type SurchargeCore } from './surcharge.js';
import { PROCEDURES, assertObject, fiscalDate, procedureSources } from './shared.js';

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
  /** premium + surcharge + 一般拠出金 of the year. */
  amount: number;
}

/** Result of {@link unregisteredEstimate}. */
export interface UnregisteredEstimate {
  /** What the State would collect: premiums + 追徴金 + 一般拠出金 (延滞金 may follow if unpaid). */
  amount: number;
  years: UnregisteredYear[];
  /** Years left out as time-barred. */
  timeBarred: number[];
  premium: number;
  surcharge: number;
  generalContribution: number;
  trace: TraceStep[];
  /** Citations of every rate and rule used (the years' premiums, 追徴金, 一般拠出金, the 時効 period). */
  sources: string[];
  legalBasis: string[];
  /** The weakest status of the figures used (a `derived` 労災 rate makes the estimate `derived`). */
  status: SourceStatus;
}

/** A year kept for the estimate, its wages not yet parsed. */
interface KeptYear {
  fiscalYear: number;
  wages: unknown;
}

/** The exact figures of one year. @internal */
export interface UnregisteredYearCore {
  fiscalYear: number;
  premium: PremiumCore;
  surcharge: SurchargeCore;
  generalContribution: GeneralContributionOf;
  amount: bigint;
}

const OWN_LAW = ['徴収法19条4項', '徴収法21条', '石綿法38条'] as const;

/**
 * The years to assess: each checked (a fiscal year, listed once, ended on `asOf`), the time-barred ones
 * (deadline 7/10 of the next year + 2 years before `asOf`, 徴収法41条) left out with a step, at most two
 * kept, sorted. @internal
 */
export function collectableYears(list: unknown, asOf: string | undefined): { kept: KeptYear[]; timeBarred: number[]; steps: TraceStep[] } {
  if (!Array.isArray(list) || list.length === 0) throw new InvalidInputError('INVALID_OPTION', 'years must be a non-empty array of { fiscalYear, wages }', { field: 'years' });
  const limit = PROCEDURES.limitation;
  const seen = new Set<number>();
  const kept: KeptYear[] = [];
  const timeBarred: number[] = [];
  const steps: TraceStep[] = [];
  list.forEach((y: unknown, i) => {
    const x = assertObject(y, `years[${i}]`);
    const fy = assertFiscalYear(x['fiscalYear'], `years[${i}].fiscalYear`);
    if (seen.has(fy)) throw new InvalidInputError('INVALID_OPTION', `FY${fy} is listed twice`, { field: `years[${i}].fiscalYear` });
    seen.add(fy);
    if (asOf !== undefined) {
      if (asOf <= `${fy + 1}-03-31`)
        throw new InvalidInputError('INVALID_OPTION', `FY${fy} has not ended on ${asOf}: its premium is a 概算, not a 確定 (no 追徴金)`, { field: `years[${i}].fiscalYear` });
      const dueDate = fiscalDate(fy + 1, PROCEDURES.renewal.declarationPeriod.lastDay);
      const barredAfter = `${String(Number(dueDate.slice(0, 4)) + limit.years).padStart(4, '0')}${dueDate.slice(4)}`;
      if (asOf > barredAfter) {
        timeBarred.push(fy);
        steps.push(traceStep(`unregistered.${fy}.barred`, 'renewal.unregisteredBarred', 0n, { fiscalYear: String(fy), dueDate, barredAfter, legalBasis: limit.legalBasis }));
        return;
      }
    }
    kept.push({ fiscalYear: fy, wages: x['wages'] });
  });
  if (kept.length > limit.years)
    throw new InvalidInputError('INVALID_OPTION', `at most ${limit.years} years can be collected (徴収法41条); give asOf to drop time-barred years`, { field: 'years' });
  kept.sort((a, b) => a.fiscalYear - b.fiscalYear);
  return { kept, timeBarred, steps };
}

/**
 * One year's 認定決定 on the exact cores: the 確定保険料 on that year's wages and rates, 追徴金 on it,
 * the 一般拠出金 on its 労災 wages. @internal
 */
export function assessYear(year: KeptYear, o: Record<string, unknown>, coverage: Coverage, rates: RatesOption | undefined): UnregisteredYearCore {
  const premium = computePremium({
    rates: premiumRatesFor(year.fiscalYear, rates),
    coverage,
    industry: o['industry'],
    category: o['category'],
    wages: parsePremiumWages(year.wages, coverage),
  });
  const surcharge = computeSurcharge(premium.amount, 'premium', false);
  const generalContribution = generalContributionOf(year.fiscalYear, premium.workersCompensation?.wages ?? 0n, coverage, rates);
  return { fiscalYear: year.fiscalYear, premium, surcharge, generalContribution, amount: premium.amount + surcharge.amount + generalContribution.amount };
}

const yearStep = (y: UnregisteredYearCore): TraceStep =>
  traceStep(`unregistered.${y.fiscalYear}`, 'renewal.unregisteredYear', y.amount, {
    fiscalYear: String(y.fiscalYear),
    premium: String(y.premium.amount),
    surcharge: String(y.surcharge.amount),
    generalContribution: String(y.generalContribution.amount),
  });

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
 * console.log(u.premium, u.surcharge, u.generalContribution, u.amount); //=> 499500 49900 540 549940
 * console.log(u.years.map((y) => y.amount), u.status); //=> [ 244440, 305500 ] 'derived'
 * ```
 */
export function unregisteredEstimate(input: UnregisteredEstimateInput): UnregisteredEstimate {
  const o = assertObject(input, 'unregisteredEstimate');
  const coverage = assertCoverage(o['coverage']);
  const asOf = o['asOf'] === undefined ? undefined : toIsoDate(o['asOf'], 'asOf');
  const rates = o['rates'] as RatesOption | undefined;
  const { kept, timeBarred, steps } = collectableYears(o['years'], asOf);
  const cores = kept.map((y) => assessYear(y, o, coverage, rates));
  const trace = [...steps, ...cores.map(yearStep)];
  const sum = (f: (y: UnregisteredYearCore) => bigint): bigint => cores.reduce((a, y) => a + f(y), 0n);
  const amount = sum((y) => y.amount);
  trace.push(traceStep('unregistered.total', 'renewal.unregisteredTotal', amount));
  const limit = PROCEDURES.limitation;
  const parts = cores.flatMap((y) => [y.premium, y.surcharge, y.generalContribution.result]);
  return {
    amount: yenToNumber(amount, 'amount'),
    years: cores.map((y) => ({
      fiscalYear: y.fiscalYear,
      premium: premiumToNumbers(y.premium),
      surcharge: surchargeToNumbers(y.surcharge),
      generalContribution: y.generalContribution.result,
      amount: yenToNumber(y.amount, 'amount'),
    })),
    timeBarred,
    premium: yenToNumber(
      sum((y) => y.premium.amount),
      'premium',
    ),
    surcharge: yenToNumber(
      sum((y) => y.surcharge.amount),
      'surcharge',
    ),
    generalContribution: yenToNumber(
      sum((y) => y.generalContribution.amount),
      'generalContribution',
    ),
    trace,
    sources: [...new Set([...parts.flatMap((p) => p.sources), ...procedureSources(limit.sources)])],
    legalBasis: [...new Set([...OWN_LAW, limit.legalBasis, ...parts.flatMap((p) => p.legalBasis)])],
    status: weakestStatus(limit.status, ...parts.map((p) => p.status)),
  };
}
