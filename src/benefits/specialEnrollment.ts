import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { assertFiscalYear, fiscalYearOf, toIsoDate, type DateInput } from '../core/dates.js';
import { isDecimalString } from '../core/rate.js';
import { weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { divideTruncate, multiplyYen, ratioFromPerMille, rationalToDecimal, truncateToUnit, type Rational } from '../kernel/index.js';
import { citations, ratesFor, type RatesOption } from '../rates/registry.js';
import type { RateTable, SourceStatus } from '../rates/types.js';
import { assertObject, unique, statusesOf } from './shared.js';
import { isSpecialEnrollmentKind, type SpecialEnrollmentKind } from './specialEnrollmentKind.js';
import { memberBase, memberMonths, memberName } from './specialEnrollmentMember.js';
import { specialRate, type SpecialRate, type SpecialEnrollmentRateSourceType } from './specialEnrollmentRate.js';

/** One 特別加入者. */
export interface SpecialEnrollmentMember {
  /** 給付基礎日額: one of the listed levels (3,500 … 25,000; 2,000 / 2,500 / 3,000 for 家内労働者等 only). */
  dailyBase: YenInput;
  /** Months enrolled in the year (1–12) for a partial year; omitted or 12 = the whole year. */
  months?: number;
  /** Your label for the member, echoed in the allocation. */
  name?: string;
}

/** Input of {@link specialEnrollmentPremium}. */
export interface SpecialEnrollmentInput {
  kind: SpecialEnrollmentKind;
  members: readonly SpecialEnrollmentMember[];
  /** 保険年度 of the 申告: the year whose rates apply. */
  fiscalYear: number;
  /**
   * The day whose rate and kinds of work apply (e.g. the 承認日 of a mid-year enrolment); default the
   * first day of the fiscal year. A 第2種 kind of work that starts later (特定フリーランス事業 from
   * 2024-11-01) is only available from its start.
   */
  date?: DateInput;
  /** 第1種: the business's 業種番号; its 労災保険率 is used unless `rate` is given. */
  industry?: string;
  /**
   * 第2種: the 事業又は作業の種類 — the code of its row in the table, e.g. `'construction'` (建設の事業),
   * `'specified-freelance'`, `'homework-metal'`.
   */
  workType?: string;
  /**
   * The rate per 1000 to apply instead of the table's — e.g. the business's メリット-adjusted
   * 労災保険率 for 第1種 (徴収法13条), or a rate of a year the package does not ship.
   */
  rate?: string;
  rates?: RatesOption;
}

/** A member's share of the premium (an allocation; the 申告 truncates only the total). */
export interface SpecialEnrollmentAllocation {
  name?: string;
  dailyBase: number;
  /** Months counted (12 for the whole year). */
  months: number;
  /** 保険料算定基礎額 for a whole year = 日額 × 365. */
  annualBase: number;
  /** ⌈annual ÷ 12⌉, for a partial year only. */
  monthlyBase?: number;
  /** The member's base: annual, or monthly × months. */
  base: number;
  /** Exact base × rate (no 千円 truncation). */
  exact: string;
  /** ⌊exact⌋: the member's premium as published in per-member tables. */
  amount: number;
}

/** Result of {@link specialEnrollmentPremium}. */
export interface SpecialEnrollmentPremium {
  /** 特別加入保険料 = ⌊base × rate⌋ — the amount of the 申告. */
  amount: number;
  kind: SpecialEnrollmentKind;
  fiscalYear: number;
  /** The date the rate and the kind of work were taken on. */
  date: string;
  /** Rate per 1000 applied. */
  rate: string;
  /** Where the rate comes from: the table row (第1種 業種, 第2種 事業又は作業の種類, 第3種) or `'given'`. */
  rateSource: { type: SpecialEnrollmentRateSourceType; code?: string; name?: string; status?: SourceStatus };
  /** Σ of the members' bases, before truncation. */
  baseTotal: number;
  /** 保険料算定基礎額の総額: baseTotal truncated to 千円. */
  base: number;
  /** Exact base × rate. */
  exact: string;
  /** ⌊baseTotal × rate⌋ without the 千円 truncation (what some per-member tables show). */
  premiumWithoutTruncation: number;
  members: SpecialEnrollmentAllocation[];
  legalBasis: string[];
  /** The weakest status of the figures used: the table rate (not a given one), the 日額 levels, the partial-year rule. */
  status: SourceStatus;
  sources: string[];
  /** Structured steps; render them with {@link explain}. */
  trace: TraceStep[];
}

/** The members' allocations, their Σ base and their steps. */
function allocate(
  members: unknown,
  table: RateTable,
  r: SpecialRate,
  rate: Rational,
  kind: SpecialEnrollmentKind,
  trace: TraceStep[],
): { allocations: SpecialEnrollmentAllocation[]; baseTotal: bigint } {
  if (!Array.isArray(members) || members.length === 0) {
    throw new InvalidInputError('INVALID_OPTION', 'members must be a non-empty array of { dailyBase, months? }', { field: 'members' });
  }
  const bases = table.specialEnrollment.dailyBenefitBases;
  const homework = kind === 2 && typeof r.code === 'string' && r.code.startsWith('homework-');
  const allowed = new Set<number>([...bases.standard, ...(homework ? bases.homeworkersOnly : [])]);
  const sorted = [...allowed].sort((a, b) => a - b);
  const partialBasis = table.specialEnrollment.partialYear.legalBasis;
  let baseTotal = 0n;
  const allocations = members.map((m: unknown, i: number): SpecialEnrollmentAllocation => {
    const mo = assertObject(m, `members[${i}]`);
    const daily = parseYen(mo['dailyBase'], `members[${i}].dailyBase`);
    if (daily > BigInt(Number.MAX_SAFE_INTEGER) || !allowed.has(Number(daily))) {
      const hint = !homework && bases.homeworkersOnly.includes(Number(daily)) ? '; 2,000–3,000 are for 家内労働者等 only' : '';
      throw new InvalidInputError('DAILY_BASE_NOT_LISTED', `members[${i}].dailyBase ${daily} is not a listed 給付基礎日額 (${sorted.join(', ')})${hint}`, {
        field: `members[${i}].dailyBase`,
        value: daily,
        allowed: sorted,
      });
    }
    const months = memberMonths(mo['months'], i);
    const name = memberName(mo['name'], i);
    const label = name ?? `#${i + 1}`;
    const b = memberBase(daily, months);
    trace.push(
      b.monthly === undefined
        ? traceStep(`member.${i}.base`, 'benefits.specialMemberYear', b.base, { label, daily: String(daily), legalBasis: bases.legalBasis })
        : traceStep(`member.${i}.base`, 'benefits.specialMemberMonths', b.base, {
            label,
            daily: String(daily),
            annual: String(b.annual),
            monthly: String(b.monthly),
            months: String(months),
            legalBasis: partialBasis,
          }),
    );
    baseTotal += b.base;
    const exact = multiplyYen(b.base, rate);
    const a: SpecialEnrollmentAllocation = {
      dailyBase: yenToNumber(daily),
      months,
      annualBase: yenToNumber(b.annual),
      base: yenToNumber(b.base),
      exact: rationalToDecimal(exact),
      amount: yenToNumber(divideTruncate(exact.numerator, exact.denominator)),
    };
    if (name !== undefined) a.name = name;
    if (b.monthly !== undefined) a.monthlyBase = yenToNumber(b.monthly);
    return a;
  });
  return { allocations, baseTotal };
}

/**
 * 特別加入保険料 — the premium of a 特別加入 (第1種・第2種・第3種; 徴収法13条・14条・14条の2; 徴収則21–23条の3). Each member's 保険料算定基礎額 is
 * 給付基礎日額 × 365 (only the listed 日額 levels are accepted); for part of a year ⌈annual ÷ 12⌉
 * (1円未満切上げ) × months. The members' bases are summed and the total truncated to 千円; the premium
 * is ⌊total × rate⌋. The rate is the business's 労災保険率 (第1種, by `industry`, or a merit-adjusted
 * `rate`), the rate of the 第2種 事業又は作業の種類 (`workType`), or the 第3種 rate, in force on `date`.
 * Each member's untruncated allocation is reported too.
 *
 * @throws {@link InvalidInputError} `DAILY_BASE_NOT_LISTED`, `INVALID_OPTION`, `INVALID_RATE`, `AMOUNT_*`,
 *   `UNKNOWN_CATEGORY` (a `workType` the table does not list), `UNKNOWN_INDUSTRY`; {@link RateTableError}
 *   `CATEGORY_NOT_IN_FORCE`, `RATE_NOT_KNOWN`.
 *
 * @example
 * ```ts
 * import { specialEnrollmentPremium } from 'jp-labor-insurance';
 * // 一人親方 (建設) 17/1000, 日額 3,500: 1,277,500 → 1,277,000 × 17/1000
 * const p = specialEnrollmentPremium({ kind: 2, workType: 'construction', fiscalYear: 2025, members: [{ dailyBase: 3500 }] });
 * console.log(p.base, p.amount, p.premiumWithoutTruncation, p.status); //=> 1277000 21709 21717 'confirmed'
 * // 第1種 小売 3/1000, 日額 10,000, 承認 2025-10-15 (6 months): 304,167 × 6 = 1,825,002 → 1,825,000
 * const q = specialEnrollmentPremium({ kind: 1, industry: '98', fiscalYear: 2025, members: [{ dailyBase: 10000, months: 6 }] });
 * console.log(q.members[0]?.monthlyBase, q.base, q.amount); //=> 304167 1825000 5475
 * ```
 */
export function specialEnrollmentPremium(input: SpecialEnrollmentInput): SpecialEnrollmentPremium {
  const o = assertObject(input, 'specialEnrollmentPremium');
  const kind = o['kind'];
  if (!isSpecialEnrollmentKind(kind)) {
    throw new InvalidInputError('INVALID_OPTION', `kind must be 1 (中小事業主等), 2 (一人親方等) or 3 (海外派遣) (got ${formatValue(kind)})`, { field: 'kind', value: kind });
  }
  const fiscalYear = assertFiscalYear(o['fiscalYear']);
  const date = o['date'] === undefined ? `${fiscalYear}-04-01` : toIsoDate(o['date'], 'date');
  if (fiscalYearOf(date) !== fiscalYear) {
    throw new InvalidInputError('INVALID_OPTION', `date ${date} is not in FY${fiscalYear}`, { field: 'date', date, fiscalYear });
  }
  const rates = o['rates'] as RatesOption | undefined;
  const table = ratesFor(fiscalYear, rates === undefined ? {} : { rates });
  const given = o['rate'];
  if (given !== undefined && !isDecimalString(given)) {
    throw new InvalidInputError('INVALID_RATE', `rate must be a decimal string per 1000 such as "17" (got ${formatValue(given)})`, { field: 'rate', value: given });
  }
  // 1. the rate; 2. each member's 保険料算定基礎額 (日額 × 365, or ⌈÷ 12⌉ × months)
  const r = specialRate(kind, o, table, date, given);
  const rate = ratioFromPerMille(r.rate);
  const trace: TraceStep[] = [r.step];
  const { allocations, baseTotal } = allocate(o['members'], table, r, rate, kind, trace);
  const se = table.specialEnrollment;
  const partial = allocations.some((a) => a.months !== 12);
  // 3. 保険料算定基礎額の総額, 千円未満切捨て; 4. × rate, 円未満切捨て (端数計算法2条1項)
  const base = truncateToUnit(baseTotal, 1000n);
  trace.push(traceStep('base', 'benefits.specialBase', base, { total: String(baseTotal), legalBasis: se.partialYear.legalBasis }));
  const exact = multiplyYen(base, rate);
  const amount = divideTruncate(exact.numerator, exact.denominator);
  const exactText = rationalToDecimal(exact);
  trace.push(traceStep('premium', 'benefits.specialPremium', amount, { base: String(base), rate: r.rate, exact: exactText }));
  const untruncated = multiplyYen(baseTotal, rate);

  const rateSource: SpecialEnrollmentPremium['rateSource'] = { type: r.type };
  if (r.code !== undefined) rateSource.code = r.code;
  if (r.name !== undefined) rateSource.name = r.name;
  if (r.status !== undefined) rateSource.status = r.status;
  return {
    amount: yenToNumber(amount, 'amount'),
    kind,
    fiscalYear,
    date,
    rate: r.rate,
    rateSource,
    baseTotal: yenToNumber(baseTotal, 'baseTotal'),
    base: yenToNumber(base, 'base'),
    exact: exactText,
    premiumWithoutTruncation: yenToNumber(divideTruncate(untruncated.numerator, untruncated.denominator), 'premiumWithoutTruncation'),
    members: allocations,
    legalBasis: unique([...r.legalBasis, se.dailyBenefitBases.legalBasis, ...(partial ? [se.partialYear.legalBasis] : []), '端数計算法2条1項']),
    status: weakestStatus(...statusesOf([r.status, se.dailyBenefitBases.status, partial ? se.partialYear.status : undefined])),
    sources: unique([...r.sources, ...citations(table, se.dailyBenefitBases.sources), ...(partial ? citations(table, se.partialYear.sources) : [])]),
    trace,
  };
}
