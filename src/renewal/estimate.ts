import { prefixSteps, traceStep, type TraceStep } from '../core/trace.js';
import { ratesFor } from '../rates/registry.js';
import { proceduresFor } from '../rates/areas/procedures.js';
import { estimateBasisOf, estimateRuleOf, toEstimateBasis, type EstimateBasis } from './estimateBasis.js';
import { premiumOf, premiumSteps, type PremiumOf, type PremiumSpec } from './renewalPremium.js';

/** This year's estimated wages, parsed: 労災 one total, 雇用 one total or one per rate period. @internal */
export interface EstimatedWages {
  workersCompensation?: bigint;
  employmentInsurance?: bigint[];
}

/** Steps 2 and 3 of the 年度更新: the base of each insurance (50–200%) and the 概算保険料 on it. @internal */
export interface EstimateOf {
  basis: { workersCompensation?: EstimateBasis; employmentInsurance?: EstimateBasis };
  estimate: PremiumOf;
  trace: TraceStep[];
}

const WC = Object.freeze({ insurance: 'wc' });
const EI = Object.freeze({ insurance: 'ei' });

/**
 * 概算保険料 (徴収法15条1項, 徴収則24条): per insurance, the previous year's base or this year's estimate by the
 * 50%–200% rule; in a year whose 雇用保険率 changes at the half-year (FY2022) one annual 雇用 base is halved;
 * then this year's rates. @internal
 */
export function estimateOf(spec: PremiumSpec, renewalYear: number, final: PremiumOf, estimated: EstimatedWages, rate: unknown): EstimateOf {
  const trace: TraceStep[] = [];
  const basis: EstimateOf['basis'] = {};
  // The 50%–200% rule of the filing year: a custom table's procedures block for that year overrides it.
  const rule = estimateRuleOf(proceduresFor(renewalYear, spec.rates));
  const wages: { workersCompensation?: bigint; employmentInsurance?: bigint | bigint[] } = {};
  if (final.workersCompensationWages !== undefined) {
    const b = estimateBasisOf(final.workersCompensationWages, estimated.workersCompensation, rule);
    basis.workersCompensation = toEstimateBasis(b, rule);
    trace.push(...prefixSteps('wc', b.trace, WC));
    wages.workersCompensation = b.amount;
  }
  if (final.employmentInsuranceWages !== undefined) {
    const given = estimated.employmentInsurance;
    const sum = given === undefined ? undefined : given.reduce((a, x) => a + x, 0n);
    const b = estimateBasisOf(final.employmentInsuranceWages, sum, rule);
    basis.employmentInsurance = toEstimateBasis(b, rule);
    trace.push(...prefixSteps('ei', b.trace, EI));
    if (b.use === 'estimate' && given !== undefined && given.length > 1) wages.employmentInsurance = given;
    else {
      const halves = halvesForRatePeriods(b.amount, renewalYear, spec);
      if (halves) {
        wages.employmentInsurance = halves.wages;
        trace.push(...halves.trace);
      } else wages.employmentInsurance = b.amount;
    }
  }
  const estimate = premiumOf(spec, renewalYear, wages, rate);
  trace.push(...premiumSteps('estimate', estimate));
  return { basis, estimate, trace };
}

type Halves = readonly [{ from: string; to: string }, { from: string; to: string }];
// Whether a year's 雇用保険率 changes at the half-year, looked up once per year for the bundled (frozen) data.
const BUNDLED_HALVES = new Map<number, Halves | null>();

function halfYearPeriods(fiscalYear: number, spec: PremiumSpec): Halves | undefined {
  const cached = spec.rates === undefined ? BUNDLED_HALVES.get(fiscalYear) : undefined;
  if (cached !== undefined) return cached ?? undefined;
  const p = ratesFor(fiscalYear, spec.rates === undefined ? {} : { rates: spec.rates }).employmentInsurance;
  const halves: Halves | null =
    p.length === 2 && p[0]!.from === `${fiscalYear}-04-01` && p[0]!.to === `${fiscalYear}-09-30` && p[1]!.from === `${fiscalYear}-10-01` && p[1]!.to === `${fiscalYear + 1}-03-31`
      ? [
          { from: p[0]!.from, to: p[0]!.to },
          { from: p[1]!.from, to: p[1]!.to },
        ]
      : null;
  if (spec.rates === undefined) BUNDLED_HALVES.set(fiscalYear, halves);
  return halves ?? undefined;
}

const HALVES_LAW =
  '徴収法15条1項・徴収則24条; 厚生労働省『令和4年度 労働保険年度更新 申告書の書き方』概算保険料(雇用保険分)算定内訳 ※1 (千円未満の端数は、前期は切り上げ、後期は切り捨て)';

/**
 * 令和4年度 (FY2022) 概算保険料(雇用保険分): when the year's 雇用保険率 changes at the half-year (4/1–9/30 and
 * 10/1–3/31) and the 概算 rests on one annual base (the previous year's, or one annual 見込額), the base — already
 * 千円未満切捨て — is halved: the April–September half rounded up to 千円, the October–March half rounded down
 * (so the halves add up to the base). Undefined for a year with one rate period, or periods that are not the
 * two halves of the year (no rule is published for them; the premium then refuses with RATE_PERIOD_SPLIT). @internal
 */
export function halvesForRatePeriods(base: bigint, fiscalYear: number, spec: PremiumSpec): { wages: [bigint, bigint]; trace: TraceStep[] } | undefined {
  const periods = halfYearPeriods(fiscalYear, spec);
  if (periods === undefined) return undefined;
  const k = base / 1000n; // the base is a multiple of 1,000 (千円未満切捨て); k in 千円
  const first = ((k + 1n) / 2n) * 1000n; // ⌈k / 2⌉ 千円: 千円未満切上げ
  const second = (k / 2n) * 1000n; // ⌊k / 2⌋ 千円: 千円未満切捨て
  const b = String(base);
  return {
    wages: [first, second],
    trace: [
      traceStep('ei.estimate.half.0', 'renewal.estimateHalfFirst', first, { insurance: 'ei', base: b, from: periods[0]!.from, to: periods[0]!.to, legalBasis: HALVES_LAW }),
      traceStep('ei.estimate.half.1', 'renewal.estimateHalfSecond', second, { insurance: 'ei', base: b, from: periods[1]!.from, to: periods[1]!.to, legalBasis: HALVES_LAW }),
    ],
  };
}
