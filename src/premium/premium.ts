import { toBigInt, dec, type Decimal } from '../core/decimal.js';
import { InvalidInputError } from '../core/errors.js';
import { isDecimalString, perMille } from '../core/rate.js';
import { groupDigits, step, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { assertCategory, type EmploymentCategory } from '../employment/category.js';
import { ratesFor, citations, type RatesOption } from '../rates/registry.js';
import { assertFiscalYear } from '../core/dates.js';
import { floorYen } from '../rounding/floor.js';
import { floorToThousand } from '../rounding/units.js';
import { industryRateFor } from '../workers-compensation/industry.js';

/** Which insurances the declaration covers (二元適用事業 declare each separately). */
export type Coverage = 'both' | 'workersCompensation' | 'employmentInsurance';

/** Wages of the year: one total (same base for both insurances) or separate bases. */
export type PremiumWages =
  | YenInput
  | {
      /**
       * 労災保険 wage total (all workers). For the FY2022 確定 of a 一元適用事業, one total per rate period, in
       * order: the 令和5年度 instructions compute the 労災 base per period too (docs/fy2022.md).
       */
      workersCompensation?: YenInput | readonly YenInput[];
      /**
       * 雇用保険 wage total (insured workers only); in a year whose rate changed (FY2022), one
       * total per rate period, in order.
       */
      employmentInsurance?: YenInput | readonly YenInput[];
    };

/** Input of {@link laborInsurancePremium}. */
export interface PremiumInput {
  /** 保険年度. */
  fiscalYear: number;
  /** 労災 業種番号 ('98' 卸売業・小売業…, '94' その他の各種事業). Not needed for employment-only coverage. */
  industry?: string;
  /** 雇用保険 category. Not needed for 労災-only coverage. */
  category?: EmploymentCategory;
  wages: PremiumWages;
  /** Default 'both'. */
  coverage?: Coverage;
  /** A メリット-adjusted 労災保険率 per 1000 replacing the table's rate for this business. */
  workersCompensationRate?: string;
  rates?: RatesOption;
}

/** One insurance's part of the premium. */
export interface PremiumPart {
  /** Wage total as given. */
  wages: number;
  /** 算定基礎額: wages truncated to 千円. */
  base: number;
  /** Rate per 1000. */
  rate: string;
  /** Exact base × rate. */
  exact: string;
  /** The amount shown for this part (円未満切捨て; with equal bases, may carry the +1 display adjustment). */
  amount: number;
}

/**
 * An 雇用保険 rate period's part (FY2022 has two). Its `amount` is its exact product truncated, for display:
 * the part's own amount truncates the exact sum of the periods once (docs/fy2022.md).
 */
export interface EmploymentPeriodPart extends PremiumPart {
  from: string;
  to: string;
}

/** Result of {@link laborInsurancePremium}. */
export interface Premium {
  fiscalYear: number;
  coverage: Coverage;
  /** 労災保険分, absent for employment-only coverage. */
  workersCompensation?: PremiumPart & {
    industry: { number: string; name: string };
    meritAdjusted: boolean;
    /** FY2022 確定 (一元適用) with the 労災 wages given per rate period: each period's base and exact premium. */
    periods?: EmploymentPeriodPart[];
  };
  /** 雇用保険分, absent for 労災-only coverage. */
  employmentInsurance?: PremiumPart & { category: EmploymentCategory; periods: EmploymentPeriodPart[] };
  /** 労働保険料 total. */
  total: number;
  /** True when the bases were equal and the combined rate was applied with one truncation. */
  combinedRate: boolean;
  /** Yen added to the 労災 column so the columns add up to the single-truncation total (0 or 1). */
  displayAdjustment: number;
  sources: string[];
  trace: TraceStep[];
}

interface PartSpec {
  wages: bigint;
  rate: string;
}

/**
 * 労働保険料 (一般保険料) for a fiscal year = 賃金総額 × (労災保険率 + 雇用保険率), with the legal
 * truncations: each base to 千円 (徴収法15条), each premium to 円 (端数計算法2条). When the 労災 and
 * 雇用 bases are equal the combined rate is applied and truncated once, and the 1-yen difference of
 * the columns goes to the 労災 column (MHLW FAQ; 全国労保連). Use it for 確定保険料 (last year's
 * actual wages) and 概算保険料 (this year's estimate) alike. FY2022: docs/fy2022.md.
 *
 * @throws {@link RateTableError} `RATE_PERIOD_SPLIT` when a year with two 雇用保険 rate periods
 *   (FY2022) gets a single 雇用 wage total; `UNKNOWN_INDUSTRY`; `NO_RATE_TABLE`.
 *
 * @example
 * ```ts
 * import { laborInsurancePremium } from 'jp-labor-insurance';
 * // MHLW pamphlet, 小売業 FY2025: 200,000 × 12 + 450,000 × 2
 * const p = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000 });
 * console.log(p.total, p.workersCompensation?.amount, p.employmentInsurance?.amount); //=> 57750 9900 47850
 * ```
 */
export function laborInsurancePremium(input: PremiumInput): Premium {
  const fiscalYear = assertFiscalYear(input.fiscalYear);
  const coverage = input.coverage ?? 'both';
  if (coverage !== 'both' && coverage !== 'workersCompensation' && coverage !== 'employmentInsurance') {
    throw new InvalidInputError('INVALID_OPTION', `coverage must be 'both', 'workersCompensation' or 'employmentInsurance' (got ${JSON.stringify(coverage)})`, { field: 'coverage' });
  }
  const table = ratesFor(fiscalYear, input.rates === undefined ? {} : { rates: input.rates });
  const wantWc = coverage !== 'employmentInsurance';
  const wantEi = coverage !== 'workersCompensation';
  const { wc: wcWages, wcPeriods: wcPeriodWages, ei: eiWages } = splitWages(input.wages, wantWc, wantEi);
  const trace: TraceStep[] = [];
  const sources = new Set<string>();

  // 労災保険分
  let wc: (PartSpec & { industry: { number: string; name: string }; meritAdjusted: boolean }) | undefined;
  if (wantWc) {
    const ind = industryRateFor(table, input.industry);
    ind.sources.forEach((s) => sources.add(s));
    let rate = ind.rate;
    const merit = input.workersCompensationRate !== undefined;
    if (merit) {
      if (!isDecimalString(input.workersCompensationRate)) throw new InvalidInputError('INVALID_RATE', `workersCompensationRate must be a decimal string per 1000 such as "2.04"`, { value: input.workersCompensationRate });
      rate = input.workersCompensationRate;
    }
    wc = { wages: wcWages!, rate, industry: { number: ind.number, name: ind.name }, meritAdjusted: merit };
    trace.push(step('wc.rate', rate, `労災保険率 ${rate}/1000 (${ind.number} ${ind.name}${merit ? ', メリット改定後' : ''})`, `workers' compensation rate ${rate}/1000 (industry ${ind.number}${merit ? ', merit-adjusted' : ''})`, merit ? '徴収法12条3項' : ind.legalBasis));
  }

  // 雇用保険分
  let eiPeriods: { from: string; to: string; spec: PartSpec }[] | undefined;
  let category: EmploymentCategory | undefined;
  if (wantEi) {
    category = assertCategory(input.category);
    const periods = table.employmentInsurance;
    const given = eiWages!;
    if (given.length !== periods.length) {
      if (given.length === 1 && periods.length > 1) {
        throw new InvalidInputError('RATE_PERIOD_SPLIT', `雇用保険率 changed during FY${fiscalYear} (${periods.map((p) => `${p.from}..${p.to}`).join(', ')}): give wages.employmentInsurance as one total per period`, { fiscalYear, periods: periods.map((p) => ({ from: p.from, to: p.to })) });
      }
      throw new InvalidInputError('INVALID_OPTION', `FY${fiscalYear} has ${periods.length} 雇用保険 rate period(s) but ${given.length} wage totals were given`, { fiscalYear });
    }
    eiPeriods = periods.map((p, i) => {
      citations(table, p.sources).forEach((s) => sources.add(s));
      const rate = p.categories[category!].total;
      trace.push(step(`ei.rate.${i}`, rate, `雇用保険率 ${rate}/1000 (${p.from}〜${p.to})`, `employment insurance rate ${rate}/1000 (${p.from}..${p.to})`, p.legalBasis));
      return { from: p.from, to: p.to, spec: { wages: given[i]!, rate } };
    });
  }

  if (wcPeriodWages !== undefined && wcPeriodWages.length !== table.employmentInsurance.length) {
    throw new InvalidInputError('INVALID_OPTION', `FY${fiscalYear} has ${table.employmentInsurance.length} 雇用保険 rate period(s) but ${wcPeriodWages.length} 労災 wage totals were given`, { fiscalYear, field: 'wages.workersCompensation' });
  }

  const truncateBase = (label: { ja: string; en: string; id: string }, wages: bigint): Decimal => {
    const base = floorToThousand(dec(wages));
    trace.push(step(`${label.id}.base`, base.toString(), `${label.ja} 賃金総額 ${groupDigits(wages)} → 千円未満切捨て ${groupDigits(base.toString())}`, `${label.en} wages ${groupDigits(wages)} → truncated to ¥1,000: ${groupDigits(base.toString())}`, '徴収法15条1項1号'));
    return base;
  };
  const part = (id: string, ja: string, en: string, base: Decimal, rate: string) => {
    const exact = base.times(perMille(rate));
    const amount = floorYen(exact);
    trace.push(step(`${id}.premium`, amount.toString(), `${ja} ${groupDigits(base.toString())} × ${rate}/1000 = ${groupDigits(exact.toString())} → 円未満切捨て ${groupDigits(amount.toString())}`, `${en} ${groupDigits(base.toString())} × ${rate}/1000 = ${groupDigits(exact.toString())} → truncated to the yen: ${groupDigits(amount.toString())}`, '端数計算法2条1項'));
    return { exact, amount };
  };

  const periodsOfTable = table.employmentInsurance;
  const wcBases = wc && wcPeriodWages ? wcPeriodWages.map((w, i) => truncateBase({ id: `wc.${i}`, ja: `労災(${periodsOfTable[i]!.from}〜${periodsOfTable[i]!.to})`, en: `workers' compensation (${periodsOfTable[i]!.from}..${periodsOfTable[i]!.to})` }, w)) : undefined;
  const wcBase = wc ? (wcBases ? wcBases.reduce((a, b) => a.plus(b), dec(0)) : truncateBase({ id: 'wc', ja: '労災', en: "workers' compensation" }, wc.wages)) : undefined;
  const eiBases = eiPeriods?.map((p, i) => truncateBase({ id: `ei.${i}`, ja: eiPeriods!.length > 1 ? `雇用(${p.from}〜${p.to})` : '雇用', en: eiPeriods!.length > 1 ? `employment (${p.from}..${p.to})` : 'employment' }, p.spec.wages));

  // FY2022 確定 with the 労災 wages per period too: equal bases in every period → one truncation of the whole.
  const combinedByPeriod = wcBases !== undefined && eiBases !== undefined && eiBases.length > 1 && wcBases.every((b, i) => b.eq(eiBases[i]!));
  const combined = combinedByPeriod || (wc !== undefined && wcBases === undefined && eiPeriods !== undefined && eiPeriods.length === 1 && wcBase!.eq(eiBases![0]!));
  let total: Decimal;
  let displayAdjustment = 0;
  let wcPart: { exact: Decimal; amount: Decimal } | undefined;
  let eiParts: { exact: Decimal; amount: Decimal }[] | undefined;
  let eiSum: { exact: Decimal; amount: Decimal } | undefined;

  const wcPeriodSum = () => periodSplitPremium('wc', '労災', "workers' compensation", wcBases!.map((b, i) => ({ from: periodsOfTable[i]!.from, to: periodsOfTable[i]!.to, base: b, rate: wc!.rate })), trace).sum;
  const eiPeriodSum = () => {
    const split = periodSplitPremium('ei', '雇用', 'employment', eiPeriods!.map((p, i) => ({ from: p.from, to: p.to, base: eiBases![i]!, rate: p.spec.rate })), trace);
    FY2022_SPLIT_SOURCES.forEach((x) => sources.add(x));
    eiParts = split.periods;
    eiSum = split.sum;
  };

  if (combinedByPeriod) {
    wcPart = wcPeriodSum();
    eiPeriodSum();
    const exact = wcPart.exact.plus(eiSum!.exact);
    total = floorYen(exact);
    trace.push(step('total', total.toString(), `前期・後期とも算定基礎額が同額のため合算してから切捨て: ${groupDigits(wcPart.exact.toString())} + ${groupDigits(eiSum!.exact.toString())} = ${groupDigits(exact.toString())} → 円未満切捨て ${groupDigits(total.toString())}`, `equal bases in every period: summed before truncation ${groupDigits(exact.toString())} → ${groupDigits(total.toString())}`, `${FY2022_SPLIT_LAW}; 厚生労働省 労働保険 FAQ Q1 (算定基礎額が同額の場合は合計の料率を乗じ、その後切り捨て)`));
    displayAdjustment = Number(toBigInt(total.minus(wcPart.amount).minus(eiSum!.amount)));
    if (displayAdjustment !== 0) {
      wcPart = { exact: wcPart.exact, amount: wcPart.amount.plus(displayAdjustment) };
      trace.push(step('wc.display', wcPart.amount.toString(), `内訳の差 ${displayAdjustment}円を労災保険分に加算 → ${groupDigits(wcPart.amount.toString())}`, `column difference of ¥${displayAdjustment} added to the workers' compensation column → ${groupDigits(wcPart.amount.toString())}`, '全国労保連『やさしい年度更新』 (内訳の端数は労災保険分で調整)'));
    }
  } else if (combined) {
    const eiRate = eiPeriods![0]!.spec.rate;
    const combinedRate = dec(wc!.rate).plus(dec(eiRate)).toString();
    const exact = wcBase!.times(perMille(combinedRate));
    total = floorYen(exact);
    trace.push(step('total', total.toString(), `算定基礎額が同額のため合計料率で計算: ${groupDigits(wcBase!.toString())} × ${combinedRate}/1000 = ${groupDigits(exact.toString())} → 円未満切捨て ${groupDigits(total.toString())}`, `equal bases: combined rate ${groupDigits(wcBase!.toString())} × ${combinedRate}/1000 = ${groupDigits(exact.toString())} → truncated: ${groupDigits(total.toString())}`, '厚生労働省 労働保険 FAQ Q1 (算定基礎額が同額の場合は合計の料率を乗じ、その後切り捨て)'));
    wcPart = part('wc', '労災', "workers' compensation", wcBase!, wc!.rate);
    eiParts = [part('ei.0', '雇用', 'employment', eiBases![0]!, eiRate)];
    displayAdjustment = Number(toBigInt(total.minus(wcPart.amount).minus(eiParts[0]!.amount)));
    if (displayAdjustment !== 0) {
      wcPart = { exact: wcPart.exact, amount: wcPart.amount.plus(displayAdjustment) };
      trace.push(step('wc.display', wcPart.amount.toString(), `内訳の差 ${displayAdjustment}円を労災保険分に加算 → ${groupDigits(wcPart.amount.toString())}`, `column difference of ¥${displayAdjustment} added to the workers' compensation column → ${groupDigits(wcPart.amount.toString())}`, '全国労保連『やさしい年度更新』 (内訳の端数は労災保険分で調整)'));
    }
  } else {
    if (wc) wcPart = wcBases ? wcPeriodSum() : part('wc', '労災', "workers' compensation", wcBase!, wc.rate);
    // FY2022: each period's base × its rate, fractions kept; only the sum is truncated to the yen.
    if (eiPeriods && eiPeriods.length > 1) eiPeriodSum();
    else if (eiPeriods) eiParts = eiPeriods.map((p, i) => part(`ei.${i}`, '雇用', 'employment', eiBases![i]!, p.spec.rate));
    total = (wcPart?.amount ?? dec(0)).plus(eiSum?.amount ?? (eiParts ?? []).reduce((a, p) => a.plus(p.amount), dec(0)));
    trace.push(step('total', total.toString(), `労働保険料 合計 ${groupDigits(total.toString())}`, `total premium ${groupDigits(total.toString())}`, '徴収法11条・15条・19条'));
  }

  const num = (d: Decimal, f: string) => yenToNumber(toBigInt(d), f);
  const result: Premium = {
    fiscalYear,
    coverage,
    total: num(total, 'total'),
    combinedRate: combined,
    displayAdjustment,
    sources: [...sources],
    trace,
  };
  if (wc && wcPart) {
    result.workersCompensation = {
      wages: yenToNumber(wc.wages, 'wages.workersCompensation'),
      base: num(wcBase!, 'base'),
      rate: wc.rate,
      exact: wcPart.exact.toString(),
      amount: num(wcPart.amount, 'amount'),
      industry: wc.industry,
      meritAdjusted: wc.meritAdjusted,
    };
    if (wcBases && wcPeriodWages) {
      result.workersCompensation.periods = wcBases.map((b, i) => {
        const exact = b.times(perMille(wc!.rate));
        return { from: periodsOfTable[i]!.from, to: periodsOfTable[i]!.to, wages: yenToNumber(wcPeriodWages[i]!, 'wages.workersCompensation'), base: num(b, 'base'), rate: wc!.rate, exact: exact.toString(), amount: num(floorYen(exact), 'amount') };
      });
    }
  }
  if (eiPeriods && eiParts) {
    const periods: EmploymentPeriodPart[] = eiPeriods.map((p, i) => ({
      from: p.from,
      to: p.to,
      wages: yenToNumber(p.spec.wages, 'wages.employmentInsurance'),
      base: num(eiBases![i]!, 'base'),
      rate: p.spec.rate,
      exact: eiParts![i]!.exact.toString(),
      amount: num(eiParts![i]!.amount, 'amount'),
    }));
    const first = periods[0]!;
    result.employmentInsurance = {
      ...(periods.length === 1
        ? { wages: first.wages, base: first.base, rate: first.rate, exact: first.exact, amount: first.amount }
        : {
            wages: periods.reduce((a, p) => a + p.wages, 0),
            base: periods.reduce((a, p) => a + p.base, 0),
            rate: periods.map((p) => p.rate).join('/'),
            exact: eiSum!.exact.toString(),
            amount: num(eiSum!.amount, 'amount'),
          }),
      category: category!,
      periods,
    };
  }
  return result;
}

function splitWages(wages: PremiumWages, wantWc: boolean, wantEi: boolean): { wc?: bigint; wcPeriods?: bigint[]; ei?: bigint[] } {
  if (typeof wages === 'object' && wages !== null && typeof wages !== 'bigint') {
    const w = wages as { workersCompensation?: YenInput | readonly YenInput[]; employmentInsurance?: YenInput | readonly YenInput[] };
    const out: { wc?: bigint; wcPeriods?: bigint[]; ei?: bigint[] } = {};
    if (wantWc) {
      const c = w.workersCompensation;
      if (c === undefined) throw new InvalidInputError('INVALID_OPTION', 'wages.workersCompensation is required for 労災 coverage', { field: 'wages.workersCompensation' });
      if (Array.isArray(c)) {
        // one 労災 total per rate period (FY2022 確定); a one-element list is the ordinary annual total
        const list = c.map((x, i) => parseYen(x, `wages.workersCompensation[${i}]`));
        out.wc = list.reduce((a, x) => a + x, 0n);
        // 二元適用事業 (労災 only): the 令和4年度 確定 is computed as usual, on the annual total.
        if (list.length !== 1 && wantEi) out.wcPeriods = list;
      } else out.wc = parseYen(c as YenInput, 'wages.workersCompensation');
    }
    if (wantEi) {
      const e = w.employmentInsurance;
      if (e === undefined) throw new InvalidInputError('INVALID_OPTION', 'wages.employmentInsurance is required for 雇用保険 coverage', { field: 'wages.employmentInsurance' });
      out.ei = Array.isArray(e) ? e.map((x, i) => parseYen(x, `wages.employmentInsurance[${i}]`)) : [parseYen(e, 'wages.employmentInsurance')];
    }
    return out;
  }
  const total = parseYen(wages, 'wages');
  return { ...(wantWc ? { wc: total } : {}), ...(wantEi ? { ei: [total] } : {}) };
}

/**
 * Where the FY2022 (令和4年度) period rule is written: the 令和4年度 申告書 instructions (概算保険料(雇用保険分)
 * 算定内訳 ※3: "(ホ)、(へ)については、1円未満の端数が生じた場合であってもその端数は切り捨てず、(ホ)+(へ)に
 * ついては…切り捨て") as quoted by these pages, and for the 令和4年度 確定 (令和5年度 年度更新) "保険料の端数は
 * 原則合算後に切り捨て". See docs/fy2022.md. @internal
 */
export const FY2022_SPLIT_SOURCES: readonly string[] = [
  'https://sr.gracelaw.jp/?p=888',
  'https://office-matsuda.jp/blog_articles/nendokoushin.html',
  'https://faq.freeway-japan.com/faq/show/6421',
  'https://office-sato.jp/archives/5003/law/2022/04',
  'https://www.advance-news.co.jp/column/2022/06/post-1785.html',
  'https://officekodama-sr.com/労働保険年度更新-令和５年度の変更点',
];

/** The law cited for the single truncation of a multi-period 雇用保険 premium. @internal */
export const FY2022_SPLIT_LAW =
  '端数計算法2条1項 (保険料の額に1円未満の端数 → 切捨て; 期間ごとの額は保険料の額ではないので切り捨てない); 厚生労働省『令和4年度 労働保険年度更新 申告書の書き方』概算保険料(雇用保険分)算定内訳 ※3';

/**
 * 雇用保険分 of a year with several rate periods (FY2022): each period's 算定基礎額 × its rate is kept exact
 * (1円未満の端数は切り捨てず), the exact products are added, and only the sum is truncated to the yen — so the
 * part's amount is always ⌊Σ exact⌋. A period's own `amount` is its exact product truncated, for display.
 */
function periodSplitPremium(
  id: 'wc' | 'ei',
  ja: string,
  en: string,
  periods: readonly { from: string; to: string; base: Decimal; rate: string }[],
  trace: TraceStep[],
): { periods: { exact: Decimal; amount: Decimal }[]; sum: { exact: Decimal; amount: Decimal } } {
  const parts = periods.map((p, i) => {
    const exact = p.base.times(perMille(p.rate));
    trace.push(step(`${id}.${i}.premium`, exact.toString(), `${ja}(${p.from}〜${p.to}) ${groupDigits(p.base.toString())} × ${p.rate}/1000 = ${groupDigits(exact.toString())} (1円未満の端数は切り捨てず)`, `${en} (${p.from}..${p.to}) ${groupDigits(p.base.toString())} × ${p.rate}/1000 = ${groupDigits(exact.toString())} (fraction kept)`, FY2022_SPLIT_LAW));
    return { exact, amount: floorYen(exact) };
  });
  const exact = parts.reduce((a, p) => a.plus(p.exact), dec(0));
  const amount = floorYen(exact);
  trace.push(step(`${id}.premium`, amount.toString(), `${ja}保険分 ${parts.map((p) => groupDigits(p.exact.toString())).join(' + ')} = ${groupDigits(exact.toString())} → 合算額の円未満切捨て ${groupDigits(amount.toString())}`, `${en} part ${parts.map((p) => groupDigits(p.exact.toString())).join(' + ')} = ${groupDigits(exact.toString())} → the sum truncated to the yen: ${groupDigits(amount.toString())}`, FY2022_SPLIT_LAW));
  return { periods: parts, sum: { exact, amount } };
}
