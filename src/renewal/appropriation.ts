import { traceStep, type TraceStep } from '../core/trace.js';

/**
 * 充当意思 — what an overpaid 概算保険料 (超過額) is applied to: `'premium'` (1: this year's 概算保険料),
 * `'generalContribution'` (2: the 一般拠出金), `'both'` (3, default) or `'refund'` (還付請求).
 *
 * @example
 * ```ts
 * import { APPROPRIATIONS, isAppropriation } from 'jp-labor-insurance';
 * console.log(APPROPRIATIONS, isAppropriation('refund'), isAppropriation('cash'));
 * //=> [ 'premium', 'generalContribution', 'both', 'refund' ] true false
 * ```
 */
export const APPROPRIATIONS = Object.freeze(['premium', 'generalContribution', 'both', 'refund'] as const);

/** A value of {@link APPROPRIATIONS}. */
export type Appropriation = (typeof APPROPRIATIONS)[number];

/**
 * True when `value` is one of {@link APPROPRIATIONS}.
 *
 * @example
 * ```ts
 * import { isAppropriation } from 'jp-labor-insurance';
 * console.log(isAppropriation('both')); //=> true
 * ```
 * @group Type guards
 */
export function isAppropriation(value: unknown): value is Appropriation {
  return (APPROPRIATIONS as readonly unknown[]).includes(value);
}

/**
 * The places an overpayment can be applied to, in the default order of {@link annualRenewal}: the first 期
 * of this year's 概算保険料, the 一般拠出金, then the second and third 期.
 *
 * @example
 * ```ts
 * import { APPROPRIATION_TARGETS, isAppropriationTarget } from 'jp-labor-insurance';
 * console.log(APPROPRIATION_TARGETS, isAppropriationTarget('installment3'));
 * //=> [ 'installment1', 'generalContribution', 'installment2', 'installment3' ] true
 * ```
 */
export const APPROPRIATION_TARGETS = Object.freeze(['installment1', 'generalContribution', 'installment2', 'installment3'] as const);

/** A value of {@link APPROPRIATION_TARGETS}. */
export type AppropriationTarget = (typeof APPROPRIATION_TARGETS)[number];

/**
 * True when `value` is one of {@link APPROPRIATION_TARGETS}.
 *
 * @example
 * ```ts
 * import { isAppropriationTarget } from 'jp-labor-insurance';
 * console.log(isAppropriationTarget('generalContribution'), isAppropriationTarget('installment4')); //=> true false
 * ```
 * @group Type guards
 */
export function isAppropriationTarget(value: unknown): value is AppropriationTarget {
  return (APPROPRIATION_TARGETS as readonly unknown[]).includes(value);
}

/** The outcome of {@link appropriate}, in bigint yen. @internal */
export interface AppropriationOf {
  /** What went where, in the order applied (targets that received nothing are left out). */
  applied: { target: AppropriationTarget; amount: bigint }[];
  /** Σ applied to the 期 of the 概算保険料. */
  toPremium: bigint;
  /** Applied to the 一般拠出金. */
  toGeneralContribution: bigint;
  /** 還付額: what no allowed target could take. */
  refund: bigint;
  trace: TraceStep[];
}

function allowed(choice: Appropriation, t: AppropriationTarget): boolean {
  if (choice === 'both') return true;
  if (choice === 'premium') return t !== 'generalContribution';
  if (choice === 'generalContribution') return t === 'generalContribution';
  return false;
}

/**
 * 充当 (徴収法19条6項; 徴収則37条 — article numbers unverified), a pure function: the 超過額 is applied, in
 * `order`, to each target the `choice` allows, up to what that target owes (`capacity`; a missing target
 * owes nothing); what is left is refunded. Invariants (property-tested): `toPremium + toGeneralContribution +
 * refund = excess`; nothing is negative; no target receives more than it owes; a target receives something
 * only when every allowed target before it in `order` is full. @internal
 */
export function appropriate(
  excess: bigint,
  choice: Appropriation,
  order: readonly AppropriationTarget[],
  capacity: Readonly<Partial<Record<AppropriationTarget, bigint>>>,
): AppropriationOf {
  let left = excess;
  let toGeneralContribution = 0n;
  const applied: { target: AppropriationTarget; amount: bigint }[] = [];
  const trace: TraceStep[] = [];
  for (const t of order) {
    if (left === 0n || !allowed(choice, t)) continue;
    const cap = capacity[t];
    if (cap === undefined || cap <= 0n) continue;
    const a = left < cap ? left : cap;
    left -= a;
    if (t === 'generalContribution') toGeneralContribution += a;
    applied.push({ target: t, amount: a });
    trace.push(traceStep(`appropriation.${t}`, 'renewal.appropriation', a, { target: t }));
  }
  if (excess > 0n) trace.push(traceStep('appropriation.refund', 'renewal.refund', left));
  return { applied, toPremium: excess - left - toGeneralContribution, toGeneralContribution, refund: left, trace };
}
