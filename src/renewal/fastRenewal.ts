/**
 * The fast path of {@link annualRenewal} (internal): the common 年度更新 — bundled rates, both insurances, one
 * previous-year wage total, a year with one 雇用保険 rate period on both sides — on safe-integer arithmetic,
 * every figure eager, the structured trace built on first read (tracedResult.ts). Anything else (a custom
 * table, payment records, separate 労災/雇用 totals, FY2022 and FY2023, メリット rates, an `appropriationOrder`,
 * bigint or string amounts, amounts above ¥1,000,000,000,000, any input the exact path would refuse) returns
 * `undefined`, and the exact path (renewalExact.ts) runs. test/renewal/fastRenewal.test.ts proves by
 * property that both paths give equal results, traces included.
 *
 * Exactness: every wage and amount read here is a non-negative safe integer ≤ `FAST_MAX` (10^12); a rate is
 * `n / 10^k` with the integer `n` fixed per table and checked once so that `FAST_MAX × n < 2^53`. So every
 * product `base × n` is an integer below 2^53 (exact in a double), `p % 10^k` is exact, and `(p − r) / 10^k`
 * is an exact integer quotient: ⌊p / 10^k⌋ with no rounding. The 50%–200% comparison multiplies bases by at
 * most 200 (2 × 10^14), the 延納 division is by 3 with the remainder taken first, and every sum of amounts
 * stays below 2^53 (at most a few times 10^14).
 * @internal
 * @module
 */
import { ratioFromPerMille } from '../kernel/ratioFromPerMille.js';
import { scaledToDecimal } from '../kernel/scaledToDecimal.js';
import type { Rational } from '../kernel/types.js';
import { computePremium, premiumRatesFor } from '../premium/compute.js';
import type { Premium } from '../premium/premium.js';
import type { EmploymentCategory, SourceStatus } from '../rates/types.js';
import type { Appropriation, AppropriationTarget } from './appropriation.js';
import { ESTIMATE_BASIS_CITED, ESTIMATE_RULE_PERCENT, NO_ESTIMATE_REASON, NO_PREVIOUS_REASON, basisReason, type EstimateBasis } from './estimateBasis.js';
import { generalContributionOf, type GeneralContribution } from './generalContribution.js';
import {
  COMMISSIONED_REASON,
  NOT_APPLIED_REASON,
  aboveThresholdReason,
  belowThresholdReason,
  planSkeleton,
  type Installment,
  type Installments,
  type PlanSkeleton,
} from './installments.js';
import type { AnnualRenewal, AnnualRenewalInput } from './renewal.js';
import { exactRenewal, renewalCitations } from './renewalExact.js';
import { renewalForm } from './renewalForm.js';
import { PROCEDURES } from './shared.js';
import { RenewalDetail, TracedResult, type TracePick } from './tracedResult.js';

/** The largest wage or amount the fast path takes (¥1,000,000,000,000); larger ones take the exact path. */
const FAST_MAX = 1e12;
const TWO_53 = 2n ** 53n;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
interface Cited {
  /** Never frozen (see STATICS), never handed out: results get copies. */
  readonly sources: readonly string[];
  readonly legalBasis: readonly string[];
  readonly status: SourceStatus;
}

/** What a premium of one year, 業種 and category needs besides the wages: rates as `n / 10^digits`, texts, citations. */
interface PremiumStatics extends Cited {
  readonly fiscalYear: number;
  readonly digits: number;
  readonly nWc: number;
  readonly nEi: number;
  readonly nAll: number;
  readonly wcRate: string;
  readonly eiRate: string;
  readonly industryNumber: string;
  readonly industryName: string;
  readonly wcStatus: SourceStatus;
  readonly category: EmploymentCategory;
  readonly eiStatus: SourceStatus;
  readonly from: string;
  readonly to: string;
}

interface GcStatics extends Cited {
  readonly fiscalYear: number;
  readonly rate: string;
  readonly digits: number;
  readonly n: number;
}

/** Everything of a 年度更新 that depends only on (year, 業種, category, 事務組合委託): built once, on the exact kernels. */
interface RenewalStatics {
  readonly final: PremiumStatics;
  readonly estimate: PremiumStatics;
  readonly gc: GcStatics;
  readonly threshold: number;
  /** Index 1 (全期) and 3 (three 期). */
  readonly plans: readonly (PlanSkeleton | undefined)[];
  readonly cited: readonly (Cited | undefined)[];
}

/** `n / 10^digits` equal to each ratio, with integer numerators and `FAST_MAX × Σn < 2^53`; else undefined. */
function scaled(ratios: readonly Rational[]): { digits: number; n: number[] } | undefined {
  for (let digits = 0; digits <= 12; digits++) {
    const d = 10n ** BigInt(digits);
    if (ratios.every((r) => r.denominator > 0n && r.numerator >= 0n && (r.numerator * d) % r.denominator === 0n)) {
      const n = ratios.map((r) => (r.numerator * d) / r.denominator);
      if (n.reduce((a, x) => a + x, 0n) * BigInt(FAST_MAX) >= TWO_53) return undefined;
      return { digits, n: n.map(Number) };
    }
  }
  return undefined;
}

/** The statics of a premium, read off the exact premium core run once on zero wages. */
function premiumStatics(fiscalYear: number, industry: string, category: string): PremiumStatics | undefined {
  const core = computePremium({ rates: premiumRatesFor(fiscalYear), coverage: 'both', industry, category, wages: 0n });
  const wc = core.workersCompensation;
  const ei = core.employmentInsurance;
  if (wc === undefined || ei === undefined || ei.rate === undefined || ei.periods.length !== 1 || wc.meritAdjusted || wc.periods !== undefined) return undefined;
  const s = scaled([wc.ratio, ratioFromPerMille(ei.rate)]);
  if (s === undefined) return undefined;
  const [nWc, nEi] = s.n as [number, number];
  return Object.freeze({
    fiscalYear,
    digits: s.digits,
    nWc,
    nEi,
    nAll: nWc + nEi,
    wcRate: wc.rate,
    eiRate: ei.rate,
    industryNumber: wc.industry.number,
    industryName: wc.industry.name,
    wcStatus: wc.status,
    category: ei.category,
    eiStatus: ei.status,
    from: ei.periods[0]!.from,
    to: ei.periods[0]!.to,
    sources: [...core.sources],
    legalBasis: [...core.legalBasis],
    status: core.status,
  });
}

function gcStatics(fiscalYear: number): GcStatics | undefined {
  const r = generalContributionOf(fiscalYear, 0n, 'both', undefined).result;
  const s = scaled([ratioFromPerMille(r.rate)]);
  if (s === undefined) return undefined;
  return Object.freeze({ fiscalYear, rate: r.rate, digits: s.digits, n: s.n[0]!, sources: [...r.sources], legalBasis: [...r.legalBasis], status: r.status });
}

const STATICS = new Map<string, RenewalStatics>();
// The cached lists are never handed out, only copied; they are not frozen, because V8 copies a frozen array
// (dictionary elements) an order of magnitude more slowly than a packed one.
const BASIS_SOURCES = [...ESTIMATE_BASIS_CITED.sources];
const BASIS_LAW = [...ESTIMATE_BASIS_CITED.legalBasis];

function staticsOf(renewalYear: number, industry: string, category: string, commissioned: boolean): RenewalStatics | undefined {
  const key = `${renewalYear}|${commissioned ? 1 : 0}|${category}|${industry}`;
  const cached = STATICS.get(key);
  if (cached !== undefined) return cached;
  // Built on the exact kernels; any refusal (unknown 業種 or category, no table) leaves the input to the exact path.
  let built: RenewalStatics | undefined;
  try {
    built = buildStatics(renewalYear, industry, category, commissioned);
  } catch {
    return undefined;
  }
  if (built !== undefined) STATICS.set(key, built); // bounded: only valid (year, 業種, category, 委託) keys are kept
  return built;
}

function buildStatics(renewalYear: number, industry: string, category: string, commissioned: boolean): RenewalStatics | undefined {
  const final = premiumStatics(renewalYear - 1, industry, category);
  const estimate = premiumStatics(renewalYear, industry, category);
  const gc = gcStatics(renewalYear - 1);
  if (final === undefined || estimate === undefined || gc === undefined) return undefined;
  const plans: (PlanSkeleton | undefined)[] = [];
  const cited: (Cited | undefined)[] = [];
  for (const count of [1, 3]) {
    const plan = planSkeleton(PROCEDURES, renewalYear, count, commissioned, false, undefined);
    plans[count] = plan;
    const c = renewalCitations(final, gc, { workersCompensation: ESTIMATE_BASIS_CITED, employmentInsurance: ESTIMATE_BASIS_CITED }, estimate, plan);
    cited[count] = Object.freeze({ sources: c.sources, legalBasis: c.legalBasis, status: c.status });
  }
  return Object.freeze({ final, estimate, gc, threshold: PROCEDURES.installments.thresholds.bothInsurances, plans, cited });
}

/** A non-negative safe integer ≤ FAST_MAX (−0 read as 0), or −1. */
function yen(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= FAST_MAX ? value + 0 : -1;
}

const PICK_ALL: TracePick = (r) => r.trace;
const PICK_FINAL: TracePick = (r) => r.finalPremium.trace;
const PICK_ESTIMATE: TracePick = (r) => r.estimatedPremium.trace;
const PICK_GC: TracePick = (r) => r.generalContribution.trace;
const PICK_BASIS_WC: TracePick = (r) => r.estimateBasis.workersCompensation!.trace;
const PICK_BASIS_EI: TracePick = (r) => r.estimateBasis.employmentInsurance!.trace;
const PICK_PLAN: TracePick = (r) => r.installmentPlan.trace;

/** The premium of a year on one base for both insurances: the combined rate truncated once (徴収法; MHLW FAQ). */
function premium(detail: RenewalDetail, pick: TracePick, S: PremiumStatics, wages: number): Premium {
  const base = wages - (wages % 1000);
  const D = 10 ** S.digits;
  const pAll = base * S.nAll;
  const total = (pAll - (pAll % D)) / D;
  const pWc = base * S.nWc;
  const wcAmount = (pWc - (pWc % D)) / D;
  const pEi = base * S.nEi;
  const eiAmount = (pEi - (pEi % D)) / D;
  const eiExact = scaledToDecimal(pEi, S.digits);
  const p = new TracedResult(detail, pick) as unknown as Mutable<Premium>;
  p.fiscalYear = S.fiscalYear;
  p.coverage = 'both';
  p.amount = total;
  p.combinedRate = true;
  p.displayAdjustment = total - wcAmount - eiAmount;
  p.sources = S.sources.slice();
  p.legalBasis = S.legalBasis.slice();
  p.status = S.status;
  p.workersCompensation = {
    wages,
    base,
    rate: S.wcRate,
    exact: scaledToDecimal(pWc, S.digits),
    amount: total - eiAmount,
    industry: { number: S.industryNumber, name: S.industryName },
    meritAdjusted: false,
    status: S.wcStatus,
  };
  p.employmentInsurance = {
    wages,
    base,
    rate: S.eiRate,
    exact: eiExact,
    amount: eiAmount,
    category: S.category,
    periods: [{ from: S.from, to: S.to, wages, base, rate: S.eiRate, exact: eiExact, amount: eiAmount }],
    status: S.eiStatus,
  };
  return p;
}

function basisOf(detail: RenewalDetail, pick: TracePick, use: 'previous' | 'estimate', amount: number, previousBase: number, estimateBase: number, reason: string): EstimateBasis {
  const b = new TracedResult(detail, pick) as unknown as Mutable<EstimateBasis>;
  b.use = use;
  b.amount = amount;
  b.previousBase = previousBase;
  b.reason = reason;
  b.sources = BASIS_SOURCES.slice();
  b.legalBasis = BASIS_LAW.slice();
  b.status = ESTIMATE_BASIS_CITED.status;
  if (estimateBase >= 0) b.estimateBase = estimateBase;
  return b;
}

/** 充当 in the default order (第1期, 一般拠出金, 第2期, 第3期) as the choice allows; returns the refund. */
function appropriateFast(
  excess: number,
  choice: Appropriation,
  parts: readonly number[],
  gc: number,
  applied: { target: AppropriationTarget; amount: number }[],
  taken: number[],
): number {
  let left = excess;
  const toPremium = choice === 'both' || choice === 'premium';
  const toGc = choice === 'both' || choice === 'generalContribution';
  const take = (target: AppropriationTarget, cap: number, slot: number): void => {
    if (left === 0 || cap <= 0) return;
    const a = left < cap ? left : cap;
    left -= a;
    taken[slot] = a;
    applied.push({ target, amount: a });
  };
  if (toPremium) take('installment1', parts[0]!, 0);
  if (toGc) take('generalContribution', gc, 3);
  if (toPremium && parts.length === 3) {
    take('installment2', parts[1]!, 1);
    take('installment3', parts[2]!, 2);
  }
  return left;
}

/**
 * {@link annualRenewal} on the fast path, or `undefined` when the input is outside it (then the exact path
 * runs and gives the same result, or the coded error). @internal
 */
export function fastRenewal(input: unknown): AnnualRenewal | undefined {
  try {
    if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype) return undefined;
    return fast(input as Record<string, unknown>);
  } catch {
    return undefined; // a throwing getter or Proxy trap: the exact path reports it with its code
  }
}

function fast(o: Record<string, unknown>): AnnualRenewal | undefined {
  const renewalYear = o['renewalYear'];
  if (typeof renewalYear !== 'number' || !Number.isInteger(renewalYear) || renewalYear < 2000 || renewalYear > 2200) return undefined;
  if (
    o['rates'] !== undefined ||
    o['previousYearPayroll'] !== undefined ||
    o['previousYearWorkersCompensationRate'] !== undefined ||
    o['workersCompensationRate'] !== undefined ||
    o['appropriationOrder'] !== undefined
  )
    return undefined;
  const coverage = o['coverage'];
  if (coverage !== undefined && coverage !== 'both') return undefined;
  const industry = o['industry'];
  const category = o['category'];
  if (typeof industry !== 'string' || typeof category !== 'string' || industry.length > 8) return undefined;
  const wages = yen(o['previousYearWages']);
  const declared = yen(o['declaredEstimate']);
  if (wages < 0 || declared < 0) return undefined;
  const estimatedRaw = o['estimatedWages'];
  const estimated = estimatedRaw === undefined ? -2 : yen(estimatedRaw);
  if (estimated === -1) return undefined;
  const c = o['commissioned'];
  const a = o['applyInstallments'];
  const ch = o['appropriation'];
  if ((c !== undefined && typeof c !== 'boolean') || (a !== undefined && typeof a !== 'boolean')) return undefined;
  if (ch !== undefined && ch !== 'both' && ch !== 'premium' && ch !== 'generalContribution' && ch !== 'refund') return undefined;
  const commissioned = c === true;
  const apply = a !== false;
  const choice: Appropriation = ch ?? 'both';
  const S = staticsOf(renewalYear, industry, category, commissioned);
  if (S === undefined) return undefined;

  // The snapshot the trace is computed from, if it is ever read: the parsed values, not the caller's object.
  const snapshot: AnnualRenewalInput = {
    renewalYear,
    industry,
    category: category as EmploymentCategory,
    previousYearWages: wages,
    declaredEstimate: declared,
    commissioned,
    applyInstallments: apply,
    appropriation: choice,
  };
  if (estimated >= 0) snapshot.estimatedWages = estimated;
  const detail = new RenewalDetail(snapshot, exactRenewal);

  // 1. 確定保険料 and 不足額 / 超過額.
  const finalPremium = premium(detail, PICK_FINAL, S.final, wages);
  const k = finalPremium.amount;
  const shortfall = k > declared ? k - declared : 0;
  const excess = declared > k ? declared - k : 0;

  // 2. 一般拠出金 on the 労災 base of the year just ended.
  const previousBase = wages - (wages % 1000);
  const G = S.gc;
  const pGc = previousBase * G.n;
  const DG = 10 ** G.digits;
  const gcAmount = (pGc - (pGc % DG)) / DG;
  const generalContribution = new TracedResult(detail, PICK_GC) as unknown as Mutable<GeneralContribution>;
  generalContribution.fiscalYear = G.fiscalYear;
  generalContribution.applicable = true;
  generalContribution.wages = wages;
  generalContribution.base = previousBase;
  generalContribution.rate = G.rate;
  generalContribution.exact = scaledToDecimal(pGc, G.digits);
  generalContribution.amount = gcAmount;
  generalContribution.legalBasis = G.legalBasis.slice();
  generalContribution.sources = G.sources.slice();
  generalContribution.status = G.status;

  // 3. The base of the 概算 (徴収則24条, the same for both insurances on one total) and the 概算保険料.
  let use: 'previous' | 'estimate' = 'previous';
  let basisAmount = previousBase;
  let estimateBase = -1;
  let reason = NO_ESTIMATE_REASON;
  if (estimated >= 0) {
    estimateBase = estimated - (estimated % 1000);
    if (previousBase === 0) {
      use = 'estimate';
      basisAmount = estimateBase;
      reason = NO_PREVIOUS_REASON;
    } else {
      const within = ESTIMATE_RULE_PERCENT.lower * previousBase <= 100 * estimateBase && 100 * estimateBase <= ESTIMATE_RULE_PERCENT.upper * previousBase;
      if (!within) {
        use = 'estimate';
        basisAmount = estimateBase;
      }
      reason = basisReason(within, estimateBase, previousBase);
    }
  }
  const estimateBasis = {
    workersCompensation: basisOf(detail, PICK_BASIS_WC, use, basisAmount, previousBase, estimateBase, reason),
    employmentInsurance: basisOf(detail, PICK_BASIS_EI, use, basisAmount, previousBase, estimateBase, reason),
  };
  const estimatedPremium = premium(detail, PICK_ESTIMATE, S.estimate, basisAmount);
  const E = estimatedPremium.amount;

  // 4. 延納 (徴収則27条): three 期 from the threshold, at any amount when commissioned, if applied for.
  const threshold = S.threshold;
  let allowed: boolean;
  let planReason: string;
  if (E < threshold && !commissioned) {
    allowed = false;
    planReason = belowThresholdReason(E, threshold, 'both');
  } else if (!apply) {
    allowed = false;
    planReason = NOT_APPLIED_REASON;
  } else {
    allowed = true;
    planReason = commissioned && E < threshold ? COMMISSIONED_REASON : aboveThresholdReason(E, threshold);
  }
  const count = allowed ? 3 : 1;
  const skeleton = S.plans[count]!;
  const each = count === 3 ? (E - (E % 3)) / 3 : E;
  const parts = count === 3 ? [E - 2 * each, each, each] : [E];
  const planRows: Installment[] = skeleton.rows.map((r, i) => ({
    number: r.number,
    from: r.from,
    to: r.to,
    dueDate: r.dueDate,
    nonBusinessDay: r.nonBusinessDay,
    dueDateBasis: r.dueDateBasis,
    dueDateStatus: r.dueDateStatus,
    amount: parts[i]!,
  }));
  const installmentPlan = new TracedResult(detail, PICK_PLAN) as unknown as Mutable<Installments>;
  installmentPlan.fiscalYear = renewalYear;
  installmentPlan.amount = E;
  installmentPlan.installmentsAllowed = allowed;
  installmentPlan.reason = planReason;
  installmentPlan.count = count;
  installmentPlan.threshold = threshold;
  installmentPlan.commissioned = commissioned;
  installmentPlan.coverage = 'both';
  installmentPlan.paymentMethod = 'paymentSlip';
  installmentPlan.installments = planRows;
  installmentPlan.legalBasis = skeleton.legalBasis.slice();
  installmentPlan.sources = skeleton.sources.slice();
  installmentPlan.status = skeleton.status;

  // 5. 充当 of the 超過額; 6. 期別納付額.
  const applied: { target: AppropriationTarget; amount: number }[] = [];
  const taken = [0, 0, 0, 0]; // 第1期, 第2期, 第3期, 一般拠出金
  const refund = appropriateFast(excess, choice, parts, gcAmount, applied, taken);
  const toGc = taken[3]!;
  let amount = 0;
  const installments: Installment[] = skeleton.rows.map((r, i) => {
    const first = i === 0;
    const ap = taken[i]! + (first ? toGc : 0);
    const due = parts[i]! + (first ? shortfall + gcAmount : 0) - ap;
    amount += due;
    return {
      number: r.number,
      from: r.from,
      to: r.to,
      dueDate: r.dueDate,
      nonBusinessDay: r.nonBusinessDay,
      dueDateBasis: r.dueDateBasis,
      dueDateStatus: r.dueDateStatus,
      amount: due,
      estimatedPremium: parts[i]!,
      shortfall: first ? shortfall : 0,
      generalContribution: first ? gcAmount : 0,
      appropriated: ap,
    };
  });

  const cited = S.cited[count]!;
  const result = new TracedResult(detail, PICK_ALL) as unknown as Mutable<AnnualRenewal>;
  result.renewalYear = renewalYear;
  result.coverage = 'both';
  result.finalPremium = finalPremium;
  result.declaredEstimate = declared;
  result.shortfall = shortfall;
  result.excess = excess;
  result.appropriation = { choice, toPremium: excess - refund - toGc, toGeneralContribution: toGc, refund, applied };
  result.generalContribution = generalContribution;
  result.estimateBasis = estimateBasis;
  result.estimatedPremium = estimatedPremium;
  result.installmentPlan = installmentPlan;
  result.installments = installments;
  result.amount = amount;
  result.form = renewalForm({
    final: finalPremium,
    estimate: estimatedPremium,
    generalContribution,
    declaredEstimate: declared,
    appropriated: excess - refund,
    refund,
    shortfall,
    choice,
    installmentCount: count,
    installments,
  });
  result.sources = cited.sources.slice();
  result.legalBasis = cited.legalBasis.slice();
  result.status = cited.status;
  return result;
}
