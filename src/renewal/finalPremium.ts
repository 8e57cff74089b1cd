import { traceStep, type TraceStep } from '../core/trace.js';
import type { PremiumCoreWages } from '../premium/compute.js';
import { premiumOf, premiumSteps, type PremiumOf, type PremiumSpec } from './renewalPremium.js';

/** Step 1 of the 年度更新: the 確定保険料 of the year just ended and its difference from the declared 概算. @internal */
export interface FinalPremiumOf {
  final: PremiumOf;
  /** 不足額 (確定 − 申告済概算, when positive). */
  shortfall: bigint;
  /** 超過額 (申告済概算 − 確定, when positive). */
  excess: bigint;
  trace: TraceStep[];
}

/**
 * 確定保険料 (徴収法19条1項) on the previous year's wages and rates, and 不足額 / 超過額 against the 申告済概算保険料
 * (徴収法19条3項・6項). @internal
 */
export function finalPremiumOf(spec: PremiumSpec, previousYear: number, wages: PremiumCoreWages, rate: unknown, declared: bigint): FinalPremiumOf {
  const final = premiumOf(spec, previousYear, wages, rate);
  const k = final.amount;
  const shortfall = k > declared ? k - declared : 0n;
  const excess = declared > k ? declared - k : 0n;
  const params = { final: String(k), declared: String(declared) };
  const difference =
    shortfall > 0n
      ? traceStep('final.difference', 'renewal.shortfall', k - declared, { ...params, shortfall: String(shortfall) })
      : traceStep('final.difference', 'renewal.excess', k - declared, { ...params, excess: String(excess) });
  return { final, shortfall, excess, trace: [...premiumSteps('final', final), difference] };
}
