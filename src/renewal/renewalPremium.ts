import { prefixSteps, type TraceStep } from '../core/trace.js';
import { computePremium, premiumRatesFor, type PremiumCore, type PremiumCoreWages, type PremiumRates } from '../premium/compute.js';
import type { Coverage } from '../premium/coverage.js';
import { premiumToNumbers, type Premium } from '../premium/premium.js';
import type { RatesOption, SourceStatus } from '../rates/types.js';

/** What the 年度更新 fixes once for both of its premiums (確定 and 概算). @internal */
export interface PremiumSpec {
  coverage: Coverage;
  industry?: unknown;
  category?: unknown;
  rates?: RatesOption;
}

/** One premium of the 年度更新: the exact core, its public form, and the figures the next steps use. @internal */
export interface PremiumOf {
  core: PremiumCore;
  /** The public, number-typed result embedded in the renewal's result. */
  premium: Premium;
  /** 労働保険料 (the premium's headline yen). */
  amount: bigint;
  /** 労災 wages as given (the 一般拠出金 and the 50–200% rule start from them). */
  workersCompensationWages?: bigint;
  /** 雇用 wages as given, summed over the rate periods. */
  employmentInsuranceWages?: bigint;
  /** The weakest status of the rates used. */
  status: SourceStatus;
}

/**
 * The premium of one fiscal year for the 年度更新 on the exact premium core ({@link computePremium}): bigint
 * wages in, bigint figures out, converted to numbers once for the embedded public result. @internal
 */
export function premiumOf(spec: PremiumSpec, fiscalYear: number, wages: PremiumCoreWages, workersCompensationRate: unknown): PremiumOf {
  const core = computePremium({
    rates: ratesOf(fiscalYear, spec.rates),
    coverage: spec.coverage,
    industry: spec.industry,
    category: spec.category,
    wages,
    workersCompensationRate,
  });
  const out: PremiumOf = { core, premium: premiumToNumbers(core), amount: core.amount, status: core.status };
  if (core.workersCompensation) out.workersCompensationWages = core.workersCompensation.wages;
  if (core.employmentInsurance) out.employmentInsuranceWages = core.employmentInsurance.wages;
  return out;
}

// The bundled rate data is deep-frozen: its per-year view is looked up once per year (a custom table is
// looked up on every call, since the caller may pass a different one each time).
const BUNDLED = new Map<number, PremiumRates>();
function ratesOf(fiscalYear: number, rates: RatesOption | undefined): PremiumRates {
  if (rates !== undefined) return premiumRatesFor(fiscalYear, rates);
  let r = BUNDLED.get(fiscalYear);
  if (r === undefined) BUNDLED.set(fiscalYear, (r = premiumRatesFor(fiscalYear)));
  return r;
}

/** The premium's steps under a prefix (`final`, `estimate`, `revised`). @internal */
export function premiumSteps(prefix: string, p: PremiumOf): TraceStep[] {
  return prefixSteps(prefix, p.core.trace);
}
