import { weakestStatus } from '../core/status.js';
import { isRuleStep, prefixSteps, type AnyTraceStep, type RuleStep } from '../core/trace.js';
import { laborInsurancePremium, type Coverage, type Premium, type PremiumInput, type PremiumWages } from '../premium/premium.js';
import { ratesFor } from '../rates/registry.js';
import type { EmploymentCategory, RatesOption, SourceStatus } from '../rates/types.js';
import { industryRateFor } from '../workers-compensation/industry.js';

/** What the 年度更新 fixes once for both of its premiums (確定 and 概算). @internal */
export interface PremiumSpec {
  coverage: Coverage;
  industry?: unknown;
  category?: unknown;
  rates?: RatesOption;
}

/** Wages of one premium as the 年度更新 holds them: bigint yen, one total or one per rate period. @internal */
export type RenewalWages = PremiumWages | { workersCompensation?: bigint; employmentInsurance?: bigint | readonly bigint[] };

/** One premium of the 年度更新, with the figures the next steps use as bigint yen. @internal */
export interface PremiumOf {
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
 * The premium of one fiscal year for the 年度更新 — the single place where the renewal meets the premium
 * calculation. Until the internal exact premium core (src/premium/compute.ts) is merged it goes through the
 * premium module's entry function; the renewal's own steps never see anything but this. @internal
 */
export function premiumOf(spec: PremiumSpec, fiscalYear: number, wages: RenewalWages, workersCompensationRate: unknown): PremiumOf {
  const input: PremiumInput = { fiscalYear, wages: wages as PremiumWages, coverage: spec.coverage };
  if (spec.industry !== undefined) input.industry = spec.industry as string;
  if (spec.category !== undefined) input.category = spec.category as EmploymentCategory;
  if (spec.rates !== undefined) input.rates = spec.rates;
  if (workersCompensationRate !== undefined) input.workersCompensationRate = workersCompensationRate as string;
  const premium = laborInsurancePremium(input);
  const out: PremiumOf = { premium, amount: BigInt(premium.amount), status: premiumStatus(premium, spec, workersCompensationRate !== undefined) };
  if (premium.workersCompensation) out.workersCompensationWages = BigInt(premium.workersCompensation.wages);
  if (premium.employmentInsurance) out.employmentInsuranceWages = BigInt(premium.employmentInsurance.wages);
  return out;
}

/** The weakest status of the 労災保険率 (unless メリット-adjusted: a rate the employer gives) and 雇用保険率 used. */
function premiumStatus(p: Premium, spec: PremiumSpec, meritAdjusted: boolean): SourceStatus {
  const own = (p as { status?: SourceStatus }).status;
  if (own !== undefined) return own;
  const table = ratesFor(p.fiscalYear, spec.rates === undefined ? {} : { rates: spec.rates });
  const statuses: SourceStatus[] = [];
  if (p.workersCompensation && !meritAdjusted) statuses.push(industryRateFor(table, spec.industry).status);
  if (p.employmentInsurance) for (const period of table.employmentInsurance) statuses.push(period.status);
  return weakestStatus(...statuses);
}

/** A part's steps under a prefix; structured steps through {@link prefixSteps}, text steps by id only. @internal */
export function prefixTrace(prefix: string, steps: readonly AnyTraceStep[]): AnyTraceStep[] {
  return steps.map((s) => (isRuleStep(s) ? prefixSteps(prefix, [s as RuleStep])[0]! : { ...s, step: `${prefix}.${s.step}` }));
}
