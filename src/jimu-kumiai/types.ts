/**
 * The types of the 労働保険事務組合's batch 年度更新 ({@link renewMembers}, {@link renewalSummary}).
 * @module
 */
import type { LaborInsuranceError } from '../core/errors.js';
import type { AnnualRenewal, AnnualRenewalInput } from '../renewal/renewalTypes.js';

/**
 * One member employer (委託事業主) of a 労働保険事務組合: its `id` (normally the 14-digit 労働保険番号) and
 * the input of {@link annualRenewal} for it. `id` is read once; the member object itself is then given to
 * `annualRenewal`, which ignores `id`.
 */
export type RenewalMember = AnnualRenewalInput & {
  /** The member's identifier, normally its 労働保険番号 (a non-empty string; kept as given). */
  id: string;
};

/** A member renewed: `renewal` is exactly what {@link annualRenewal} gives for the same input. */
export interface MemberRenewalOk {
  readonly id: string;
  /** 0-based position of the member in the input. */
  readonly index: number;
  readonly ok: true;
  readonly renewal: AnnualRenewal;
}

/** A member that could not be renewed: the coded error (the one {@link annualRenewal} throws for its input). */
export interface MemberRenewalError {
  /** The member's `id`, or `undefined` when it has none (or it could not be read). */
  readonly id: string | undefined;
  readonly index: number;
  readonly ok: false;
  readonly error: LaborInsuranceError;
}

/**
 * One item of a batch: a report item, not a calculation (no `amount`, `trace` of its own: the renewal has
 * them).
 */
export type MemberRenewal = MemberRenewalOk | MemberRenewalError;

/** The amount due on one due date (期別納付額 summed over the members). */
export interface DueDateTotal {
  /** The 納期限 (or 事務組合委託の納期限) as the members' instalments give it, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The 期 (1, 2, 3; a single payment, 全期, is 1). */
  readonly number: number;
  /** Members with an instalment on this date and 期. */
  readonly members: number;
  /** Σ of their amounts due (after 不足額, 一般拠出金 and 充当). */
  readonly amount: number;
}

/**
 * The summary of a batch of 年度更新: counts and the totals a 事務組合 plans its cash with. A report, not a
 * calculation (no `trace`: each member's renewal has its own). Every total is a whole number of yen.
 */
export interface RenewalBatchSummary {
  /** Members seen (ok + invalid). */
  readonly members: number;
  readonly ok: number;
  readonly invalid: number;
  /** Invalid members per error code. */
  readonly errors: Readonly<Record<string, number>>;
  /** Σ 確定保険料 (of the year just ended). */
  readonly finalPremium: number;
  /** Σ 申告済概算保険料. */
  readonly declaredEstimate: number;
  /** Σ 不足額. */
  readonly shortfall: number;
  /** Σ 超過額. */
  readonly excess: number;
  /** Σ 充当額 (to this year's 概算 and to the 一般拠出金). */
  readonly appropriated: number;
  /** Σ 還付額 (to claim with the 労働保険料還付請求書). */
  readonly refund: number;
  /** Σ 一般拠出金. */
  readonly generalContribution: number;
  /** Σ 概算保険料 (this year). */
  readonly estimatedPremium: number;
  /** Σ amount due (every 期 of every member). */
  readonly totalDue: number;
  /** The amount due per due date and 期, in date order. */
  readonly dueDates: readonly DueDateTotal[];
}

/** Options of {@link renewMembers}. */
export interface RenewMembersOptions {
  /**
   * Also check each `id` as a 労働保険番号 ({@link parseLaborInsuranceNumber}, strict form): a malformed one
   * makes the member invalid (`INVALID_LABOR_INSURANCE_NUMBER`). Default false (any non-empty string).
   */
  checkIds?: boolean;
}
