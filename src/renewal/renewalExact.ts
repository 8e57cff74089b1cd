/**
 * The exact 年度更新 (internal): every step on the bigint kernels, with the full structured trace — the
 * reference the fast path (fastRenewal.ts) is property-tested against, and what its traces are read from.
 * @internal
 * @module
 */
import { assertFiscalYear } from '../core/dates.js';
import { InvalidInputError } from '../core/errors.js';
import { weakestStatus } from '../core/status.js';
import type { TraceStep } from '../core/trace.js';
import type { AnnualRenewal, AnnualRenewalInput } from './renewalTypes.js';
import type { PremiumCoreWages } from '../premium/compute.js';
import { parseYen, yenToNumber } from '../core/yen.js';
import { parsePremiumWages, type Coverage } from '../premium/premium.js';
import type { RatesOption } from '../rates/registry.js';
import type { SourceStatus } from '../rates/types.js';
import { APPROPRIATIONS, APPROPRIATION_TARGETS, appropriate, type Appropriation, type AppropriationTarget } from './appropriation.js';
import { estimateOf, type EstimatedWages } from './estimate.js';
import { finalPremiumOf } from './finalPremium.js';
import { generalContributionOf } from './generalContribution.js';
import { proceduresFor } from '../rates/areas/procedures.js';
import { installmentPlanOf } from './installments.js';
import { computeWageLedger } from './ledgerCore.js';
import { wageLedger, type PaymentRecord, type WageLedger } from './payroll.js';
import { renewalForm } from './renewalForm.js';
import { renewalInstallmentsOf } from './renewalInstallments.js';
import type { PremiumSpec } from './renewalPremium.js';
import { assertObject, oneOf, assertBoolean } from './shared.js';

/** The parsed input of {@link annualRenewal}. */
interface RenewalRequest {
  renewalYear: number;
  spec: PremiumSpec;
  commissioned: boolean;
  applyInstallments: boolean;
  choice: Appropriation;
  order: readonly AppropriationTarget[];
  declared: bigint;
  estimated: EstimatedWages;
}

const INSTALLMENT_TARGETS = ['installment1', 'installment2', 'installment3'] as const;
const RENEWAL_LAW = ['徴収法19条1項・3項・6項 (確定保険料, 不足額, 超過額の充当・還付)', '徴収法15条1項 (概算保険料)', '石綿法35条・37条・38条 (一般拠出金)'] as const;

type Cited = { readonly sources: readonly string[]; readonly legalBasis: readonly string[]; readonly status: SourceStatus };

/**
 * The renewal's own `sources`, `legalBasis` and `status`: those of its parts, deduplicated in the order the
 * procedure uses them (shared by the exact and the fast path). @internal
 */
export function renewalCitations(
  final: Cited,
  gc: Cited,
  basis: { workersCompensation?: Cited; employmentInsurance?: Cited },
  estimate: Cited,
  plan: Cited,
): { sources: string[]; legalBasis: string[]; status: SourceStatus } {
  return {
    sources: [
      ...new Set([
        ...final.sources,
        ...gc.sources,
        ...(basis.workersCompensation?.sources ?? []),
        ...(basis.employmentInsurance?.sources ?? []),
        ...estimate.sources,
        ...plan.sources,
      ]),
    ],
    legalBasis: [
      ...new Set([...RENEWAL_LAW, ...gc.legalBasis, ...(basis.workersCompensation?.legalBasis ?? []), ...(basis.employmentInsurance?.legalBasis ?? []), ...plan.legalBasis]),
    ],
    status: weakestStatus(
      final.status,
      gc.status,
      basis.workersCompensation?.status ?? 'confirmed',
      basis.employmentInsurance?.status ?? 'confirmed',
      estimate.status,
      plan.status,
    ),
  };
}

/**
 * Freezes the citation lists (`sources`, `legalBasis`) of a 年度更新 result and of its parts: they are read-only
 * on both paths, and the fast path shares one frozen list between results. @internal
 */
export function freezeCitations(r: AnnualRenewal): AnnualRenewal {
  const parts: { sources: string[]; legalBasis: string[] }[] = [r, r.finalPremium, r.estimatedPremium, r.generalContribution, r.installmentPlan];
  if (r.estimateBasis.workersCompensation) parts.push(r.estimateBasis.workersCompensation);
  if (r.estimateBasis.employmentInsurance) parts.push(r.estimateBasis.employmentInsurance);
  for (const p of parts) {
    Object.freeze(p.sources);
    Object.freeze(p.legalBasis);
  }
  return r;
}

/**
 * {@link annualRenewal} on the exact path: every input it accepts, every figure on the bigint kernels, the full
 * trace built eagerly. @internal
 */
export function exactRenewal(input: AnnualRenewalInput): AnnualRenewal {
  return exactRenewalOf(assertObject(input, 'annualRenewal'));
}

/**
 * {@link exactRenewal} on an input already read once by `assertObject` (a plain copy of data properties), or on
 * the fast path's null-prototype snapshot: nothing of the caller's object is read again. @internal
 */
export function exactRenewalOf(o: Record<string, unknown>): AnnualRenewal {
  const req = renewalRequest(o);
  const { renewalYear, spec } = req;
  const previousYear = renewalYear - 1;
  const trace: TraceStep[] = [];

  // 0. The wages of the year just ended: given, or totalled from payment records.
  const prev = previousYearWages(o, previousYear, spec);
  if (prev.steps) trace.push(...prev.steps);

  // 1. 確定保険料, 不足額 / 超過額
  const f = finalPremiumOf(spec, previousYear, prev.wages, o['previousYearWorkersCompensationRate'], req.declared);
  trace.push(...f.trace);

  // 2. 一般拠出金 on the previous year's 労災 base.
  const gc = generalContributionOf(previousYear, f.final.workersCompensationWages ?? 0n, spec.coverage, spec.rates);
  trace.push(...gc.result.trace);

  // 3. 概算保険料: the base per insurance (50–200%), this year's rates.
  const e = estimateOf(spec, renewalYear, f.final, req.estimated, o['workersCompensationRate']);
  trace.push(...e.trace);

  // 4. 延納 of the 概算保険料.
  const plan = installmentPlanOf(e.estimate.amount, renewalYear, {
    commissioned: req.commissioned,
    coverage: spec.coverage,
    apply: req.applyInstallments,
    paymentMethod: 'paymentSlip',
    procedures: proceduresFor(renewalYear, spec.rates), // a custom table's procedures block for the filing year
  });
  trace.push(...plan.plan.trace);

  // 5. 充当 of the 超過額.
  const capacity: Partial<Record<AppropriationTarget, bigint>> = { generalContribution: gc.amount };
  plan.amounts.forEach((a, i) => (capacity[INSTALLMENT_TARGETS[i]!] = a));
  const ap = appropriate(f.excess, req.choice, req.order, capacity);
  trace.push(...ap.trace);

  // 6. 期別納付額.
  const due = renewalInstallmentsOf(plan.plan.installments, plan.amounts, f.shortfall, gc.amount, ap);
  trace.push(...due.trace);

  const declaredEstimate = yenToNumber(req.declared, 'declaredEstimate');
  const shortfall = yenToNumber(f.shortfall, 'shortfall');
  const refund = yenToNumber(ap.refund, 'refund');
  const basis = e.basis;
  const result: AnnualRenewal = {
    renewalYear,
    coverage: spec.coverage,
    finalPremium: f.final.premium,
    declaredEstimate,
    shortfall,
    excess: yenToNumber(f.excess, 'excess'),
    appropriation: {
      choice: req.choice,
      toPremium: yenToNumber(ap.toPremium, 'toPremium'),
      toGeneralContribution: yenToNumber(ap.toGeneralContribution, 'toGeneralContribution'),
      refund,
      applied: ap.applied.map((a) => ({ target: a.target, amount: yenToNumber(a.amount, 'appropriated') })),
    },
    generalContribution: gc.result,
    estimateBasis: basis,
    estimatedPremium: e.estimate.premium,
    installmentPlan: plan.plan,
    installments: due.installments,
    amount: yenToNumber(due.amount, 'amount'),
    form: renewalForm({
      final: f.final.premium,
      estimate: e.estimate.premium,
      generalContribution: gc.result,
      declaredEstimate,
      appropriated: yenToNumber(f.excess - ap.refund, 'appropriated'),
      refund,
      shortfall,
      choice: req.choice,
      installmentCount: plan.plan.count,
      installments: due.installments,
    }),
    trace,
    ...renewalCitations(f.final.premium, gc.result, basis, e.estimate.premium, plan.plan),
  };
  if (prev.ledger) result.ledger = prev.ledger;
  return freezeCitations(result);
}

/** Reads and checks the options of the 年度更新 (everything but the wages of the year just ended). */
function renewalRequest(o: Record<string, unknown>): RenewalRequest {
  const renewalYear = assertFiscalYear(o['renewalYear']);
  const coverage = oneOf<Coverage>(o['coverage'], ['both', 'workersCompensation', 'employmentInsurance'], 'coverage', 'both');
  const commissioned = assertBoolean(o['commissioned'], 'commissioned', false);
  const applyInstallments = assertBoolean(o['applyInstallments'], 'applyInstallments', true);
  const choice = oneOf<Appropriation>(o['appropriation'], APPROPRIATIONS, 'appropriation', 'both');
  const order = parseOrder(o['appropriationOrder']);
  const declared = parseYen(o['declaredEstimate'], 'declaredEstimate');
  const spec: PremiumSpec = { coverage };
  if (o['industry'] !== undefined) spec.industry = o['industry'];
  if (o['category'] !== undefined) spec.category = o['category'];
  if (o['rates'] !== undefined) spec.rates = o['rates'] as RatesOption;
  return { renewalYear, spec, commissioned, applyInstallments, choice, order, declared, estimated: splitEstimate(o['estimatedWages'], coverage) };
}

/**
 * The wages of the year just ended: `previousYearWages`, or `previousYearPayroll` totalled on the exact ledger
 * core (its bigint premium wages and its steps feed the 確定; the public ledger is embedded in the result).
 */
function previousYearWages(o: Record<string, unknown>, previousYear: number, spec: PremiumSpec): { wages: PremiumCoreWages; steps?: TraceStep[]; ledger?: WageLedger } {
  const rates = spec.rates;
  if (o['previousYearPayroll'] !== undefined) {
    if (o['previousYearWages'] !== undefined)
      throw new InvalidInputError('INVALID_OPTION', 'give previousYearWages or previousYearPayroll, not both', { field: 'previousYearPayroll' });
    const records = o['previousYearPayroll'];
    const core = computeWageLedger({ fiscalYear: previousYear, records, rates, field: 'previousYearPayroll' });
    const ledger = wageLedger({ fiscalYear: previousYear, records: records as PaymentRecord[], ...(rates === undefined ? {} : { rates }) });
    return { wages: core.premiumWages, steps: core.steps, ledger };
  }
  if (o['previousYearWages'] !== undefined) return { wages: parsePremiumWages(o['previousYearWages'], spec.coverage) };
  throw new InvalidInputError('INVALID_OPTION', 'give the wages of the year just ended (previousYearWages) or its payment records (previousYearPayroll)', {
    field: 'previousYearWages',
  });
}

function parseOrder(value: unknown): readonly AppropriationTarget[] {
  if (value === undefined) return APPROPRIATION_TARGETS;
  if (!Array.isArray(value) || value.length === 0 || new Set(value).size !== value.length || !value.every((v) => (APPROPRIATION_TARGETS as readonly unknown[]).includes(v))) {
    throw new InvalidInputError('INVALID_OPTION', `appropriationOrder must list distinct targets among ${APPROPRIATION_TARGETS.join(', ')}`, { field: 'appropriationOrder' });
  }
  return value as AppropriationTarget[];
}

function splitEstimate(value: unknown, coverage: Coverage): EstimatedWages {
  if (value === undefined) return {};
  const wantWc = coverage !== 'employmentInsurance';
  const wantEi = coverage !== 'workersCompensation';
  if (typeof value === 'object' && value !== null) {
    const w = value as { workersCompensation?: unknown; employmentInsurance?: unknown };
    const out: EstimatedWages = {};
    if (wantWc && w.workersCompensation !== undefined) out.workersCompensation = parseYen(w.workersCompensation, 'estimatedWages.workersCompensation');
    if (wantEi && w.employmentInsurance !== undefined) {
      const e = w.employmentInsurance;
      out.employmentInsurance = Array.isArray(e) ? e.map((x, i) => parseYen(x, `estimatedWages.employmentInsurance[${i}]`)) : [parseYen(e, 'estimatedWages.employmentInsurance')];
    }
    return out;
  }
  const total = parseYen(value, 'estimatedWages');
  return { ...(wantWc ? { workersCompensation: total } : {}), ...(wantEi ? { employmentInsurance: [total] } : {}) };
}
