// 特別加入者ごとの保険料算定基礎額 (給付基礎日額 → 年間の算定基礎額 → 月割), internal.
import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { divideAwayFromZero } from '../kernel/index.js';

/** A member's 保険料算定基礎額: the annual base, and for part of a year the monthly base and the months. @internal */
export interface MemberBase {
  /** 給付基礎日額 × 365 (徴収則21条・別表第四). */
  annual: bigint;
  /** ⌈annual ÷ 12⌉ (1円未満切上げ), for part of a year only. */
  monthly?: bigint;
  /** The member's base: annual, or monthly × months. */
  base: bigint;
}

/**
 * The 保険料算定基礎額 of one member: 給付基礎日額 × 365 for the whole year; for part of a year
 * ⌈annual ÷ 12⌉ × months (徴収則22条, 平7.3.30労徴発28号: 1円未満切上げ, a part of a month counts as a month).
 * 12 months is the whole year (not ⌈annual/12⌉ × 12). @internal
 */
export function memberBase(dailyBase: bigint, months: number): MemberBase {
  const annual = dailyBase * 365n;
  if (months === 12) return { annual, base: annual };
  const monthly = divideAwayFromZero(annual, 12n);
  return { annual, monthly, base: monthly * BigInt(months) };
}

/** Validates `members[i].months` (an integer 1–12; default 12). @internal */
export function memberMonths(value: unknown, i: number): number {
  if (value === undefined) return 12;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12) return value;
  throw new InvalidInputError('INVALID_OPTION', `members[${i}].months must be an integer 1–12 (a part of a month counts as a month) (got ${formatValue(value)})`, {
    field: `members[${i}].months`,
    value,
  });
}

/** Validates `members[i].name` (a string when given). @internal */
export function memberName(value: unknown, i: number): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new InvalidInputError('INVALID_OPTION', `members[${i}].name must be a string (got ${formatValue(value)})`, { field: `members[${i}].name`, value });
}
