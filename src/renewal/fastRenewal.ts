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
 * product `p = base × n` is an integer below 2^53 (exact in a double), and `Math.floor(p / D)` with `D = 10^k`
 * is exactly ⌊p / D⌋: write `p = qD + r`, `0 ≤ r ≤ D − 1`; the double nearest `p / D` is within half an ulp,
 * at most `2^−53 · p / D < 1 / D` (as `p < 2^53`), of `p / D ∈ [q, q + 1 − 1/D]`, so it is ≥ `q` (q is a
 * double) and < `q + 1`, and its floor is `q` (the lemma of src/employment/deduction.ts). The 50%–200% comparison multiplies bases by at
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
import { NO_ESTIMATE_REASON, NO_PREVIOUS_REASON, basisReason, estimateRuleOf, type EstimateBasis } from './estimateBasis.js';
import { generalContributionOf, type GeneralContribution } from './generalContribution.js';
import {
  COMMISSIONED_REASON,
  NOT_APPLIED_REASON,
  aboveThresholdReason,
  belowThresholdReason,
  planInstallment,
  planSkeleton,
  type Installment,
  type Installments,
  type PlanSkeleton,
} from './installments.js';
import type { InputFields } from '../core/options.js';
import type { TraceStep } from '../core/trace.js';
import type { AnnualRenewal } from './renewalTypes.js';
import { exactRenewalOf, renewalCitations } from './renewalExact.js';
import { renewalForm } from './renewalForm.js';
import { PROCEDURES } from './shared.js';
import { TracedResult, type RenewalDetail, type TracePick } from './tracedResult.js';

/** The largest wage or amount the fast path takes (¥1,000,000,000,000); larger ones take the exact path. */
const FAST_MAX = 1e12;
const TWO_53 = 2n ** 53n;

interface Cited {
  /** Frozen; shared by every fast result (see freezeCitations in renewalExact.ts). */
  readonly sources: readonly string[];
  readonly legalBasis: readonly string[];
  readonly status: SourceStatus;
}

/** What a premium of one year, 業種 and category needs besides the wages: rates as `n / 10^digits`, texts, citations. */
interface PremiumStatics extends Cited {
  readonly fiscalYear: number;
  readonly digits: number;
  /** 10^digits. */
  readonly D: number;
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
  /** 10^digits. */
  readonly D: number;
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
  /** The plans' citations, frozen (index as `plans`). */
  readonly planCited: readonly (Cited | undefined)[];
  /** The renewal's own citations (index as `plans`). */
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
    D: 10 ** s.digits,
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
    sources: Object.freeze([...core.sources]),
    legalBasis: Object.freeze([...core.legalBasis]),
    status: core.status,
  });
}

function gcStatics(fiscalYear: number): GcStatics | undefined {
  const r = generalContributionOf(fiscalYear, 0n, 'both', undefined).result;
  const s = scaled([ratioFromPerMille(r.rate)]);
  if (s === undefined) return undefined;
  return Object.freeze({
    fiscalYear,
    rate: r.rate,
    digits: s.digits,
    D: 10 ** s.digits,
    n: s.n[0]!,
    sources: Object.freeze([...r.sources]),
    legalBasis: Object.freeze([...r.legalBasis]),
    status: r.status,
  });
}

// By year, then category, then 業種: [not commissioned, commissioned]. Only valid keys are kept (bounded).
const STATICS = new Map<number, Map<string, Map<string, (RenewalStatics | undefined)[]>>>();
// The citation lists of every 年度更新 result are frozen (renewalExact.ts), so the fast path hands out shared ones.
/** The bundled 50%–200% rule (徴収則24条; the fast path runs on the bundled data only). */
const RULE = estimateRuleOf();
const BASIS_SOURCES = RULE.cited.sources as string[];
const BASIS_LAW = RULE.cited.legalBasis as string[];

function staticsOf(renewalYear: number, industry: string, category: string, commissioned: boolean): RenewalStatics | undefined {
  const k = commissioned ? 1 : 0;
  const cached = STATICS.get(renewalYear)?.get(category)?.get(industry)?.[k];
  if (cached !== undefined) return cached;
  // Built on the exact kernels; any refusal (unknown 業種 or category, no table) leaves the input to the exact path.
  let built: RenewalStatics | undefined;
  try {
    built = buildStatics(renewalYear, industry, category, commissioned);
  } catch {
    return undefined;
  }
  if (built === undefined) return undefined;
  let byCategory = STATICS.get(renewalYear);
  if (byCategory === undefined) STATICS.set(renewalYear, (byCategory = new Map()));
  let byIndustry = byCategory.get(category);
  if (byIndustry === undefined) byCategory.set(category, (byIndustry = new Map()));
  let pair = byIndustry.get(industry);
  if (pair === undefined) byIndustry.set(industry, (pair = [undefined, undefined]));
  pair[k] = built;
  return built;
}

function buildStatics(renewalYear: number, industry: string, category: string, commissioned: boolean): RenewalStatics | undefined {
  const final = premiumStatics(renewalYear - 1, industry, category);
  const estimate = premiumStatics(renewalYear, industry, category);
  const gc = gcStatics(renewalYear - 1);
  if (final === undefined || estimate === undefined || gc === undefined) return undefined;
  const plans: (PlanSkeleton | undefined)[] = [];
  const cited: (Cited | undefined)[] = [];
  const planCited: (Cited | undefined)[] = [];
  for (const count of [1, 3]) {
    const plan = planSkeleton(PROCEDURES, renewalYear, count, commissioned, false, undefined);
    plans[count] = plan;
    planCited[count] = Object.freeze({ sources: Object.freeze([...plan.sources]), legalBasis: Object.freeze([...plan.legalBasis]), status: plan.status });
    const c = renewalCitations(final, gc, { workersCompensation: RULE.cited, employmentInsurance: RULE.cited }, estimate, plan);
    cited[count] = Object.freeze({ sources: Object.freeze(c.sources), legalBasis: Object.freeze(c.legalBasis), status: c.status });
  }
  return Object.freeze({ final, estimate, gc, threshold: PROCEDURES.installments.thresholds.bothInsurances, plans, planCited, cited });
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
const PICKS: readonly TracePick[] = [PICK_ALL, PICK_FINAL, PICK_ESTIMATE, PICK_GC, PICK_BASIS_WC, PICK_BASIS_EI, PICK_PLAN];

/**
 * The input of a fast result's deferred exact run, and its outcome: the parsed values, every other field the exact
 * path reads as an own `undefined` (so that nothing is looked up on `Object.prototype` when the trace is read), and
 * the traces of the exact result, computed on the first request.
 */
class RenewalSnapshot implements RenewalDetail {
  readonly coverage = undefined;
  readonly previousYearPayroll = undefined;
  readonly previousYearWorkersCompensationRate = undefined;
  readonly workersCompensationRate = undefined;
  readonly appropriationOrder = undefined;
  readonly rates = undefined;
  #traces: Map<TracePick, TraceStep[]> | undefined;
  constructor(
    readonly renewalYear: number,
    readonly industry: string,
    readonly category: string,
    readonly previousYearWages: number,
    readonly declaredEstimate: number,
    readonly estimatedWages: number | undefined,
    readonly commissioned: boolean,
    readonly applyInstallments: boolean,
    readonly appropriation: Appropriation,
  ) {
    this.#traces = undefined;
  }

  /** A trace of the exact, fully traced 年度更新 of these values (renewalExact.ts, run once; its traces kept). */
  traceOf(pick: TracePick): TraceStep[] {
    if (this.#traces === undefined) {
      const exact = exactRenewalOf(this as unknown as Record<string, unknown>);
      this.#traces = new Map(PICKS.map((p) => [p, p(exact)]));
    }
    return this.#traces.get(pick)!;
  }
}

// The parts of a fast result, one class per shape: every field is assigned in the constructor, so V8 gives each
// instance all its fields in-object at once (an object grown field by field reallocates its backing store).

/** 労働保険料 of a year on one base for both insurances: the combined rate, truncated once (MHLW FAQ Q1). */
// Its fields are those of the public type (declaration merging): every one is set in the constructor.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
interface PremiumResult extends Omit<Premium, 'trace'> {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class PremiumResult extends TracedResult {
  constructor(detail: RenewalDetail, pick: TracePick, S: PremiumStatics, wages: number) {
    super(detail, pick);
    const base = Math.floor(wages / 1000) * 1000;
    const D = S.D;
    const pAll = base * S.nAll;
    const total = Math.floor(pAll / D);
    const pWc = base * S.nWc;
    const wcAmount = Math.floor(pWc / D);
    const pEi = base * S.nEi;
    const eiAmount = Math.floor(pEi / D);
    const eiExact = scaledToDecimal(pEi, S.digits);
    this.fiscalYear = S.fiscalYear;
    this.coverage = 'both';
    this.amount = total;
    this.combinedRate = true;
    this.displayAdjustment = total - wcAmount - eiAmount;
    this.sources = S.sources as string[];
    this.legalBasis = S.legalBasis as string[];
    this.status = S.status;
    this.workersCompensation = {
      wages,
      base,
      rate: S.wcRate,
      exact: scaledToDecimal(pWc, S.digits),
      amount: total - eiAmount, // the 労災 column carries the display adjustment
      industry: { number: S.industryNumber, name: S.industryName },
      meritAdjusted: false,
      status: S.wcStatus,
    };
    this.employmentInsurance = {
      wages,
      base,
      rate: S.eiRate,
      exact: eiExact,
      amount: eiAmount,
      category: S.category,
      periods: [{ from: S.from, to: S.to, wages, base, rate: S.eiRate, exact: eiExact, amount: eiAmount }],
      status: S.eiStatus,
    };
  }
}

/** 一般拠出金 on the 労災 base of the year just ended (石綿法35条・38条). */
// Its fields are those of the public type (declaration merging): every one is set in the constructor.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
interface GeneralContributionResult extends Omit<GeneralContribution, 'trace'> {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class GeneralContributionResult extends TracedResult {
  constructor(detail: RenewalDetail, G: GcStatics, wages: number) {
    super(detail, PICK_GC);
    const base = Math.floor(wages / 1000) * 1000;
    const p = base * G.n;
    this.fiscalYear = G.fiscalYear;
    this.applicable = true;
    this.wages = wages;
    this.base = base;
    this.rate = G.rate;
    this.exact = scaledToDecimal(p, G.digits);
    this.amount = Math.floor(p / G.D);
    this.legalBasis = G.legalBasis as string[];
    this.sources = G.sources as string[];
    this.status = G.status;
  }
}

/** The base of the 概算 (徴収則24条) for one insurance. */
// Its fields are those of the public type (declaration merging): every one is set in the constructor.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
interface EstimateBasisResult extends Omit<EstimateBasis, 'trace'> {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class EstimateBasisResult extends TracedResult {
  constructor(detail: RenewalDetail, pick: TracePick, use: 'previous' | 'estimate', amount: number, previousBase: number, estimateBase: number, reason: string) {
    super(detail, pick);
    this.use = use;
    this.amount = amount;
    this.previousBase = previousBase;
    this.reason = reason;
    this.sources = BASIS_SOURCES;
    this.legalBasis = BASIS_LAW;
    this.status = RULE.cited.status;
    if (estimateBase >= 0) this.estimateBase = estimateBase;
  }
}

/** 延納 of the 概算保険料 (徴収則27条). */
// Its fields are those of the public type (declaration merging): every one is set in the constructor.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
interface InstallmentsResult extends Omit<Installments, 'trace'> {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class InstallmentsResult extends TracedResult {
  constructor(
    detail: RenewalDetail,
    fiscalYear: number,
    skeleton: PlanSkeleton,
    cited: Cited,
    parts: readonly number[],
    allowed: boolean,
    reason: string,
    threshold: number,
    commissioned: boolean,
  ) {
    super(detail, PICK_PLAN);
    const rows = skeleton.rows;
    const list: Installment[] = [];
    let amount = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      amount += parts[i]!;
      list.push(planInstallment(r, parts[i]!));
    }
    this.fiscalYear = fiscalYear;
    this.amount = amount;
    this.installmentsAllowed = allowed;
    this.reason = reason;
    this.count = rows.length;
    this.threshold = threshold;
    this.commissioned = commissioned;
    this.coverage = 'both';
    this.paymentMethod = 'paymentSlip';
    this.installments = list;
    this.legalBasis = cited.legalBasis as string[];
    this.sources = cited.sources as string[];
    this.status = cited.status;
  }
}

/** The 年度更新 (様式第6号) of a fast result. */
// Its fields are those of the public type (declaration merging): every one is set in the constructor.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
interface AnnualRenewalResult extends Omit<AnnualRenewal, 'trace'> {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class AnnualRenewalResult extends TracedResult {
  constructor(
    detail: RenewalDetail,
    renewalYear: number,
    final: Premium,
    declared: number,
    shortfall: number,
    excess: number,
    choice: Appropriation,
    gc: GeneralContribution,
    basis: AnnualRenewal['estimateBasis'],
    estimate: Premium,
    plan: Installments,
    cited: Cited,
  ) {
    super(detail, PICK_ALL);
    // 5. 充当 of the 超過額 (default order 第1期 → 一般拠出金 → 第2期 → 第3期, as the choice allows).
    const parts = plan.installments;
    const applied: { target: AppropriationTarget; amount: number }[] = [];
    const taken = [0, 0, 0, 0]; // 第1期, 第2期, 第3期, 一般拠出金
    let left = excess;
    const toPremium = choice === 'both' || choice === 'premium';
    const toGc = choice === 'both' || choice === 'generalContribution';
    for (let step = 0; step < 4 && left > 0; step++) {
      const slot = step === 0 ? 0 : step === 1 ? 3 : step - 1;
      if (slot === 3 ? !toGc : !toPremium) continue;
      const cap = slot === 3 ? gc.amount : slot < parts.length ? parts[slot]!.amount : 0;
      if (cap <= 0) continue;
      const a = left < cap ? left : cap;
      left -= a;
      taken[slot] = a;
      applied.push({ target: TARGETS[slot]!, amount: a });
    }
    const gcTaken = taken[3]!;
    // 6. 期別納付額: 第1期 = its 概算 + 不足額 + 一般拠出金 − 充当額; later 期 = 概算 − 充当額.
    const installments: Installment[] = [];
    let amount = 0;
    for (let i = 0; i < parts.length; i++) {
      const r = parts[i]!;
      const first = i === 0;
      const ap = taken[i]! + (first ? gcTaken : 0);
      const due = r.amount + (first ? shortfall + gc.amount : 0) - ap;
      amount += due;
      installments.push({
        number: r.number,
        from: r.from,
        to: r.to,
        dueDate: r.dueDate,
        nonBusinessDay: r.nonBusinessDay,
        dueDateBasis: r.dueDateBasis,
        dueDateStatus: r.dueDateStatus,
        amount: due,
        estimatedPremium: r.amount,
        shortfall: first ? shortfall : 0,
        generalContribution: first ? gc.amount : 0,
        appropriated: ap,
      });
    }
    this.renewalYear = renewalYear;
    this.coverage = 'both';
    this.finalPremium = final;
    this.declaredEstimate = declared;
    this.shortfall = shortfall;
    this.excess = excess;
    this.appropriation = { choice: choice, toPremium: excess - left - gcTaken, toGeneralContribution: gcTaken, refund: left, applied };
    this.generalContribution = gc;
    this.estimateBasis = basis;
    this.estimatedPremium = estimate;
    this.installmentPlan = plan;
    this.installments = installments;
    this.amount = amount;
    this.form = renewalForm({
      final: final,
      estimate,
      generalContribution: gc,
      declaredEstimate: declared,
      appropriated: excess - left,
      refund: left,
      shortfall: shortfall,
      choice: choice,
      installmentCount: plan.count,
      installments,
    });
    this.sources = cited.sources as string[];
    this.legalBasis = cited.legalBasis as string[];
    this.status = cited.status;
  }
}

const TARGETS: readonly AppropriationTarget[] = ['installment1', 'installment2', 'installment3', 'generalContribution'];

/**
 * {@link annualRenewal} on the fast path, or `undefined` when the input is outside it (then the exact path
 * runs on the copy of the same fields and gives the same result, or the coded error). `fields` are the input's
 * fields as `readFields` read them: once each, in `for…in` order. @internal
 */
export function fastRenewal({ keys, values }: InputFields): AnnualRenewal | undefined {
  // No catch-all here: the values are already read, the statics' refusals are caught where they are built, and an
  // error from this code would be a defect that a fallback to the exact path would hide from the equality tests.
  // The fields, as the exact path's copy would hold them (a later key of the same name cannot occur: for…in lists
  // each name once). Any field the fast path does not take sends the input to the exact path.
  let renewalYear: unknown;
  let industry: unknown;
  let category: unknown;
  let coverage: unknown;
  let previousYearWages: unknown;
  let declaredEstimate: unknown;
  let estimatedWages: unknown;
  let c: unknown;
  let a: unknown;
  let ch: unknown;
  for (let i = 0; i < keys.length; i++) {
    const v = values[i];
    switch (keys[i]) {
      case 'renewalYear':
        renewalYear = v;
        break;
      case 'industry':
        industry = v;
        break;
      case 'category':
        category = v;
        break;
      case 'coverage':
        coverage = v;
        break;
      case 'previousYearWages':
        previousYearWages = v;
        break;
      case 'declaredEstimate':
        declaredEstimate = v;
        break;
      case 'estimatedWages':
        estimatedWages = v;
        break;
      case 'commissioned':
        c = v;
        break;
      case 'applyInstallments':
        a = v;
        break;
      case 'appropriation':
        ch = v;
        break;
      case 'rates':
      case 'previousYearPayroll':
      case 'previousYearWorkersCompensationRate':
      case 'workersCompensationRate':
      case 'appropriationOrder':
        if (v !== undefined) return undefined;
        break;
      default: // other keys: ignored by the exact path too
    }
  }
  if (typeof renewalYear !== 'number' || !Number.isInteger(renewalYear) || renewalYear < 2000 || renewalYear > 2200) return undefined;
  if (coverage !== undefined && coverage !== 'both') return undefined;
  if (typeof industry !== 'string' || typeof category !== 'string' || industry.length > 8) return undefined;
  const wages = yen(previousYearWages);
  const declared = yen(declaredEstimate);
  if (wages < 0 || declared < 0) return undefined;
  const estimated = estimatedWages === undefined ? -2 : yen(estimatedWages);
  if (estimated === -1) return undefined;
  if ((c !== undefined && typeof c !== 'boolean') || (a !== undefined && typeof a !== 'boolean')) return undefined;
  if (ch !== undefined && ch !== 'both' && ch !== 'premium' && ch !== 'generalContribution' && ch !== 'refund') return undefined;
  const commissioned = c === true;
  const apply = a !== false;
  const choice: Appropriation = ch ?? 'both';
  const S = staticsOf(renewalYear, industry, category, commissioned);
  if (S === undefined) return undefined;

  // The snapshot the trace is computed from, if it is ever read: the parsed values, not the caller's object.
  // The parsed values, every field the exact path reads an own property: a key added to Object.prototype before
  // the trace is read cannot reach it.
  const detail = new RenewalSnapshot(renewalYear, industry, category, wages, declared, estimated >= 0 ? estimated : undefined, commissioned, apply, choice);

  // 1. 確定保険料 and 不足額 / 超過額 (徴収法19条).
  const finalPremium = new PremiumResult(detail, PICK_FINAL, S.final, wages);
  const k = finalPremium.amount;
  const shortfall = k > declared ? k - declared : 0;
  const excess = declared > k ? declared - k : 0;

  // 2. 一般拠出金.
  const generalContribution = new GeneralContributionResult(detail, S.gc, wages);

  // 3. The base of the 概算 (徴収則24条; the same for both insurances on one total) and the 概算保険料.
  const previousBase = Math.floor(wages / 1000) * 1000;
  let use: 'previous' | 'estimate' = 'previous';
  let basisAmount = previousBase;
  let estimateBase = -1;
  let reason = NO_ESTIMATE_REASON;
  if (estimated >= 0) {
    estimateBase = Math.floor(estimated / 1000) * 1000;
    if (previousBase === 0) {
      use = 'estimate';
      basisAmount = estimateBase;
      reason = NO_PREVIOUS_REASON;
    } else {
      const within = RULE.lower * previousBase <= 100 * estimateBase && 100 * estimateBase <= RULE.upper * previousBase;
      if (!within) {
        use = 'estimate';
        basisAmount = estimateBase;
      }
      reason = basisReason(within, estimateBase, previousBase);
    }
  }
  const estimateBasis = {
    workersCompensation: new EstimateBasisResult(detail, PICK_BASIS_WC, use, basisAmount, previousBase, estimateBase, reason),
    employmentInsurance: new EstimateBasisResult(detail, PICK_BASIS_EI, use, basisAmount, previousBase, estimateBase, reason),
  };
  const estimatedPremium = new PremiumResult(detail, PICK_ESTIMATE, S.estimate, basisAmount);
  const E = estimatedPremium.amount;

  // 4. 延納 (徴収則27条): three 期 from the threshold, at any amount when commissioned, if applied for;
  //    ⌊E / 3⌋ each, the remainder on the first (端数計算法3条).
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
  const each = count === 3 ? Math.floor(E / 3) : E;
  const parts = count === 3 ? [E - 2 * each, each, each] : [E];
  const plan = new InstallmentsResult(detail, renewalYear, S.plans[count]!, S.planCited[count]!, parts, allowed, planReason, threshold, commissioned);

  // 5–6. 充当 and 期別納付額, and the result.
  return new AnnualRenewalResult(
    detail,
    renewalYear,
    finalPremium,
    declared,
    shortfall,
    excess,
    choice,
    generalContribution,
    estimateBasis,
    estimatedPremium,
    plan,
    S.cited[count]!,
  ) as unknown as AnnualRenewal;
}
