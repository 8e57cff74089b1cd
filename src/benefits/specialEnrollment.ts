import { ceilDivide, dec, toBigInt } from '../core/decimal.js';
import { InvalidInputError, RateTableError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { assertFiscalYear, fiscalYearOf, toIsoDate, type DateInput } from '../core/dates.js';
import { isDecimalString, perMille } from '../core/rate.js';
import { groupDigits, step, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { citations, periodOn, ratesFor, type RatesOption } from '../rates/registry.js';
import type { RateTable, SourceStatus } from '../rates/types.js';
import { floorYen } from '../rounding/floor.js';
import { floorToThousand } from '../rounding/units.js';
import { industryRateFor } from '../workers-compensation/industry.js';
import { assertObject } from './shared.js';

/** 特別加入の種類: 1 = 中小事業主等, 2 = 一人親方等・特定作業従事者, 3 = 海外派遣者. */
export type SpecialEnrollmentKind = 1 | 2 | 3;

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
  /** 保険年度 of the 申告. */
  fiscalYear: number;
  /**
   * The day whose rate and categories apply (e.g. the 承認日 of a mid-year enrolment); default the
   * first day of the fiscal year. A 第2種 category that starts later (特定フリーランス事業 from
   * 2024-11-01) is only available from its start.
   */
  date?: DateInput;
  /** 第1種: the business's 業種番号; its 労災保険率 is used unless `rate` is given. */
  industry?: string;
  /** 第2種: the category code of the table, e.g. `'construction'`, `'specified-freelance'`, `'homework-metal'`. */
  category?: string;
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
  premium: number;
}

/** Result of {@link specialEnrollmentPremium}. */
export interface SpecialEnrollmentPremium {
  kind: SpecialEnrollmentKind;
  fiscalYear: number;
  /** The date the rate and category were taken on. */
  date: string;
  /** Rate per 1000 applied. */
  rate: string;
  /** Where the rate comes from: the table row (第1種 業種, 第2種 category, 第3種) or `'given'`. */
  rateSource: { type: 'industry' | 'category' | 'thirdClass' | 'given'; code?: string; name?: string; status?: SourceStatus };
  /** Σ of the members' bases, before truncation. */
  baseTotal: number;
  /** 保険料算定基礎額の総額: baseTotal truncated to 千円. */
  base: number;
  /** Exact base × rate. */
  exact: string;
  /** 特別加入保険料 = ⌊base × rate⌋ — the amount of the 申告. */
  premium: number;
  /** ⌊baseTotal × rate⌋ without the 千円 truncation (what some per-member tables show). */
  premiumWithoutTruncation: number;
  members: SpecialEnrollmentAllocation[];
  legalBasis: string[];
  sources: string[];
  trace: TraceStep[];
}

const KIND_JA: Record<SpecialEnrollmentKind, string> = { 1: '第1種特別加入', 2: '第2種特別加入', 3: '第3種特別加入' };

/**
 * 特別加入保険料 (徴収法13条・14条・14条の2; 徴収則21–23条の3). Each member's 保険料算定基礎額 is
 * 給付基礎日額 × 365 (only the listed 日額 levels are accepted); for part of a year ⌈annual ÷ 12⌉
 * (1円未満切上げ) × months. The members' bases are summed and the total truncated to 千円; the premium
 * is ⌊total × rate⌋. The rate is the business's 労災保険率 (第1種, by `industry`, or a merit-adjusted
 * `rate`), the 第2種 category's rate, or the 第3種 rate, in force on `date`. Each member's untruncated
 * allocation is reported too.
 *
 * @throws {@link InvalidInputError} `DAILY_BASE_NOT_LISTED`, `INVALID_OPTION`, `INVALID_RATE`, `AMOUNT_*`,
 *   `UNKNOWN_CATEGORY`, `UNKNOWN_INDUSTRY`; {@link RateTableError} `CATEGORY_NOT_IN_FORCE`, `RATE_NOT_KNOWN`.
 *
 * @example
 * ```ts
 * import { specialEnrollmentPremium } from 'jp-labor-insurance';
 * // 一人親方 (建設) 17/1000, 日額 3,500: 1,277,500 → 1,277,000 × 17/1000
 * const p = specialEnrollmentPremium({ kind: 2, category: 'construction', fiscalYear: 2025, members: [{ dailyBase: 3500 }] });
 * console.log(p.base, p.premium, p.premiumWithoutTruncation); //=> 1277000 21709 21717
 * // 第1種 小売 3/1000, 日額 10,000, 承認 2025-10-15 (6 months): 304,167 × 6 = 1,825,002 → 1,825,000
 * const q = specialEnrollmentPremium({ kind: 1, industry: '98', fiscalYear: 2025, members: [{ dailyBase: 10000, months: 6 }] });
 * console.log(q.members[0]?.monthlyBase, q.base, q.premium); //=> 304167 1825000 5475
 * ```
 */
export function specialEnrollmentPremium(input: SpecialEnrollmentInput): SpecialEnrollmentPremium {
  const o = assertObject(input, 'specialEnrollmentPremium');
  const kind = o['kind'];
  if (kind !== 1 && kind !== 2 && kind !== 3) {
    throw new InvalidInputError('INVALID_OPTION', `kind must be 1 (中小事業主等), 2 (一人親方等) or 3 (海外派遣) (got ${formatValue(kind)})`, { field: 'kind', value: kind });
  }
  const fiscalYear = assertFiscalYear(o['fiscalYear']);
  const date = o['date'] === undefined ? `${fiscalYear}-04-01` : toIsoDate(o['date'], 'date');
  if (fiscalYearOf(date) !== fiscalYear) {
    throw new InvalidInputError('INVALID_OPTION', `date ${date} is not in FY${fiscalYear}`, { field: 'date', date, fiscalYear });
  }
  const table = ratesFor(fiscalYear, input.rates === undefined ? {} : { rates: input.rates });
  const trace: TraceStep[] = [];
  const sources = new Set<string>();
  const legalBasis: string[] = [];

  // Rate
  const given = o['rate'];
  if (given !== undefined && !isDecimalString(given)) {
    throw new InvalidInputError('INVALID_RATE', `rate must be a decimal string per 1000 such as "17" (got ${formatValue(given)})`, { field: 'rate', value: given });
  }
  const r = resolveRate(kind, o, table, date, given as string | undefined);
  r.sources.forEach((s) => sources.add(s));
  legalBasis.push(r.legalBasis);
  trace.push(step('rate', r.rate, `${KIND_JA[kind]}保険料率 ${r.rate}/1000 (${r.ja})`, `special enrollment class ${kind} rate ${r.rate}/1000 (${r.en})`, r.legalBasis));

  // Members
  const members = o['members'];
  if (!Array.isArray(members) || members.length === 0) {
    throw new InvalidInputError('INVALID_OPTION', 'members must be a non-empty array of { dailyBase, months? }', { field: 'members' });
  }
  const bases = table.specialEnrollment.dailyBenefitBases;
  const homework = kind === 2 && typeof r.code === 'string' && r.code.startsWith('homework-');
  const allowed = new Set<number>([...bases.standard, ...(homework ? bases.homeworkersOnly : [])]);
  citations(table, bases.sources).forEach((s) => sources.add(s));
  legalBasis.push(bases.legalBasis);
  const rate = perMille(r.rate);
  let baseTotal = 0n;
  const allocations: SpecialEnrollmentAllocation[] = members.map((m: unknown, i: number) => {
    const mo = assertObject(m, `members[${i}]`);
    const daily = parseYen(mo['dailyBase'], `members[${i}].dailyBase`);
    if (daily > BigInt(Number.MAX_SAFE_INTEGER) || !allowed.has(Number(daily))) {
      throw new InvalidInputError('DAILY_BASE_NOT_LISTED', `members[${i}].dailyBase ${daily} is not a listed 給付基礎日額 (${[...allowed].sort((a, b) => a - b).join(', ')})${!homework && bases.homeworkersOnly.includes(Number(daily)) ? '; 2,000–3,000 are for 家内労働者等 only' : ''}`, { field: `members[${i}].dailyBase`, value: daily, allowed: [...allowed].sort((a, b) => a - b) });
    }
    const monthsRaw = mo['months'];
    if (monthsRaw !== undefined && !(typeof monthsRaw === 'number' && Number.isInteger(monthsRaw) && monthsRaw >= 1 && monthsRaw <= 12)) {
      throw new InvalidInputError('INVALID_OPTION', `members[${i}].months must be an integer 1–12 (a part of a month counts as a month) (got ${formatValue(monthsRaw)})`, { field: `members[${i}].months`, value: monthsRaw });
    }
    const months = (monthsRaw as number | undefined) ?? 12;
    const annual = daily * 365n;
    const label = mo['name'] === undefined ? `#${i + 1}` : String(mo['name']);
    let base = annual;
    let monthly: bigint | undefined;
    if (months === 12) {
      trace.push(step(`member.${i}.base`, annual, `${label}: 給付基礎日額 ${groupDigits(daily)} × 365 = ${groupDigits(annual)}`, `${label}: daily base ${groupDigits(daily)} × 365 = ${groupDigits(annual)}`, bases.legalBasis));
    } else {
      monthly = ceilDivide(annual, 12n);
      base = monthly * BigInt(months);
      trace.push(step(`member.${i}.base`, base, `${label}: ${groupDigits(daily)} × 365 = ${groupDigits(annual)} ÷ 12 → 1円未満切上げ ${groupDigits(monthly)} × ${months}月 = ${groupDigits(base)}`, `${label}: ${groupDigits(daily)} × 365 = ${groupDigits(annual)} ÷ 12 → rounded up ${groupDigits(monthly)} × ${months} months = ${groupDigits(base)}`, table.specialEnrollment.partialYear.legalBasis));
    }
    baseTotal += base;
    const exact = dec(base).times(rate);
    const a: SpecialEnrollmentAllocation = {
      dailyBase: yenToNumber(daily),
      months,
      annualBase: yenToNumber(annual),
      base: yenToNumber(base),
      exact: exact.toString(),
      premium: yenToNumber(toBigInt(floorYen(exact))),
    };
    if (mo['name'] !== undefined) a.name = String(mo['name']);
    if (monthly !== undefined) a.monthlyBase = yenToNumber(monthly);
    return a;
  });
  if (allocations.some((a) => a.months !== 12)) {
    legalBasis.push(table.specialEnrollment.partialYear.legalBasis);
    citations(table, table.specialEnrollment.partialYear.sources).forEach((s) => sources.add(s));
  }

  const base = floorToThousand(dec(baseTotal));
  trace.push(step('base', base.toString(), `保険料算定基礎額の総額 ${groupDigits(baseTotal)} → 千円未満切捨て ${groupDigits(base.toString())}`, `total base ${groupDigits(baseTotal)} → truncated to ¥1,000: ${groupDigits(base.toString())}`, `${table.specialEnrollment.partialYear.legalBasis} (特別加入者全員の保険料算定基礎額の合計の千円未満切捨て)`));
  const exact = base.times(rate);
  const premium = floorYen(exact);
  trace.push(step('premium', premium.toString(), `${groupDigits(base.toString())} × ${r.rate}/1000 = ${groupDigits(exact.toString())} → 円未満切捨て ${groupDigits(premium.toString())}`, `${groupDigits(base.toString())} × ${r.rate}/1000 = ${groupDigits(exact.toString())} → truncated to the yen: ${groupDigits(premium.toString())}`, '端数計算法2条1項'));
  const untruncated = floorYen(dec(baseTotal).times(rate));

  const rateSource: SpecialEnrollmentPremium['rateSource'] = { type: r.type };
  if (r.code !== undefined) rateSource.code = r.code;
  if (r.name !== undefined) rateSource.name = r.name;
  if (r.status !== undefined) rateSource.status = r.status;
  return {
    kind,
    fiscalYear,
    date,
    rate: r.rate,
    rateSource,
    baseTotal: yenToNumber(baseTotal, 'baseTotal'),
    base: yenToNumber(toBigInt(base), 'base'),
    exact: exact.toString(),
    premium: yenToNumber(toBigInt(premium), 'premium'),
    premiumWithoutTruncation: yenToNumber(toBigInt(untruncated), 'premiumWithoutTruncation'),
    members: allocations,
    legalBasis,
    sources: [...sources],
    trace,
  };
}

interface ResolvedRate {
  rate: string;
  type: SpecialEnrollmentPremium['rateSource']['type'];
  code?: string;
  name?: string;
  status?: SourceStatus;
  ja: string;
  en: string;
  legalBasis: string;
  sources: string[];
}

function resolveRate(kind: SpecialEnrollmentKind, o: Record<string, unknown>, table: RateTable, date: string, given: string | undefined): ResolvedRate {
  if (kind === 1) {
    if (o['category'] !== undefined) throw new InvalidInputError('INVALID_OPTION', 'category is for 第2種 (kind 2); 第1種 uses the business\'s industry or rate', { field: 'category' });
    if (o['industry'] === undefined) {
      if (given === undefined) throw new InvalidInputError('INVALID_OPTION', '第1種 needs the business\'s industry (業種番号) or its 労災保険率 as rate', { field: 'industry' });
      return { rate: given, type: 'given', ja: '事業の労災保険率 (指定)', en: "the business's rate as given", legalBasis: '徴収法13条', sources: [] };
    }
    const ind = industryRateFor(table, o['industry'], date);
    if (given !== undefined) {
      return { rate: given, type: 'given', code: ind.number, name: ind.name, ja: `${ind.number} ${ind.name}, メリット改定後等の指定料率 (表 ${ind.rate})`, en: `industry ${ind.number}, given (e.g. merit-adjusted) rate; table ${ind.rate}`, legalBasis: '徴収法13条・12条3項', sources: ind.sources };
    }
    return { rate: ind.rate, type: 'industry', code: ind.number, name: ind.name, status: ind.status, ja: `${ind.number} ${ind.name} の労災保険率`, en: `rate of industry ${ind.number}`, legalBasis: `徴収法13条; ${ind.legalBasis}`, sources: ind.sources };
  }
  if (o['industry'] !== undefined) throw new InvalidInputError('INVALID_OPTION', `industry is for 第1種 (kind 1) only`, { field: 'industry' });
  if (kind === 3) {
    if (o['category'] !== undefined) throw new InvalidInputError('INVALID_OPTION', 'category is for 第2種 (kind 2) only', { field: 'category' });
    if (given !== undefined) return { rate: given, type: 'given', ja: '指定料率', en: 'rate as given', legalBasis: '徴収法14条の2', sources: [] };
    const p = periodOn(table.specialEnrollment.thirdClass, date, '第3種特別加入保険料率', table.fiscalYear);
    return { rate: p.rate, type: 'thirdClass', status: p.status, ja: '海外派遣者', en: 'workers posted abroad', legalBasis: p.legalBasis, sources: citations(table, p.sources) };
  }
  // kind 2
  const code = o['category'];
  if (code === undefined) {
    if (given === undefined) throw new InvalidInputError('INVALID_OPTION', '第2種 needs a category code (e.g. \'construction\') or a rate', { field: 'category' });
    return { rate: given, type: 'given', ja: '指定料率', en: 'rate as given', legalBasis: '徴収法14条', sources: [] };
  }
  if (typeof code !== 'string') throw new InvalidInputError('UNKNOWN_CATEGORY', `category must be a code string such as 'construction' (got ${formatValue(code)})`, { field: 'category', value: code });
  const p = periodOn(table.specialEnrollment.secondClass, date, '第2種特別加入保険料率', table.fiscalYear);
  const row = p.rows.find((x) => x.code === code);
  if (!row) {
    throw new InvalidInputError('UNKNOWN_CATEGORY', `第2種特別加入 category ${formatValue(code)} has no known rate in table ${p.table} (${p.from}..${p.to}); known: ${p.rows.map((x) => x.code).join(', ')}`, { field: 'category', value: code, known: p.rows.map((x) => x.code) });
  }
  if (row.from !== undefined && date < row.from) {
    throw new RateTableError('CATEGORY_NOT_IN_FORCE', `第2種特別加入 category ${formatValue(code)} (${row.name}) exists only from ${row.from}; got date ${date} — pass the 承認日 as date`, { field: 'category', value: code, from: row.from, date });
  }
  const rowSources = citations(table, row.sources.length > 0 ? row.sources : p.sources);
  if (given !== undefined) {
    return { rate: given, type: 'given', code: row.code, name: row.name, ja: `${row.name}, 指定料率 (表 ${row.rate})`, en: `${row.code}, rate as given (table ${row.rate})`, legalBasis: p.legalBasis, sources: rowSources };
  }
  return { rate: row.rate, type: 'category', code: row.code, name: row.name, status: row.status, ja: `${row.name} (表 ${p.table})`, en: `${row.code} (table ${p.table})`, legalBasis: p.legalBasis, sources: rowSources };
}
