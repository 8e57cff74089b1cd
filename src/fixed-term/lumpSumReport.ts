import { assertFiscalYear, fiscalYearOfIso, toIsoDate, type DateInput } from '../core/dates.js';
import { InvalidInputError } from '../core/errors.js';
import { assertObject } from '../core/options.js';
import { weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { yenToNumber, type YenInput } from '../core/yen.js';
import { unique, statusesOf } from '../benefits/shared.js';
import type { MachineryWork } from '../benefits/machineryWork.js';
import type { ConstructionWageBaseInput } from '../benefits/constructionWageBase.js';
import { wagePremium } from '../benefits/constructionSteps.js';
import { addRatios, multiplyYen, ratioFromPercent, rationalToDecimal, truncateToUnit, type Rational } from '../kernel/index.js';
import { ratesFor, type RatesOption } from '../rates/registry.js';
import type { SourceStatus } from '../rates/types.js';
import { readWork, type FixedTermWageMethod, type WorkCore } from './work.js';
import { FIXED_TERM_SOURCES } from './parameters.js';

/** The contract fields of a work, as {@link constructionWageBase} takes them. */
type ContractFields = Pick<
  ConstructionWageBaseInput,
  'contractAmount' | 'contractAmountIncludingTax' | 'consumptionTax' | 'consumptionTaxPercent' | 'suppliedMaterials' | 'leasedEquipment' | 'suppliedMachinery' | 'laborCostPercent'
>;

/**
 * One work (工事・立木の伐採) of a 有期事業, as listed on the 一括有期事業報告書 (様式第7号): its 請負金額 (the contract
 * fields of {@link constructionWageBase}: 請負代金の額 without consumption tax, plus what the orderer supplied or lent;
 * the 機械装置 not for 業種36), or its actual `wages`, or for 立木の伐採 `timberVolume` × `laborCostPerCubicMetre`.
 */
export interface FixedTermWork extends ContractFields {
  /** 事業の名称 (工事名), for the report; not used in the calculation. */
  name?: string;
  /** 労災 業種番号: '31'–'38' (36 with `work`, or '36a' / '36b'), or '02/03' for 立木の伐採. */
  industry: string;
  /** For 業種36: 'assembly' (組立て又は取付け) or 'other' (その他). */
  work?: MachineryWork;
  /** 事業の開始日 (= 保険関係成立日 of a 単独有期事業): picks the 労務費率 and the 労災保険率 (the 総括表's 事業開始時期). */
  startDate: DateInput;
  /** 事業の終了日: in the 保険年度 reported (一括); 予定 for a 単独 概算, the actual 終了日・廃止日 for its 確定. */
  endDate: DateInput;
  /** 実際の賃金総額 (見込み for a 概算), instead of 請負金額 × 労務費率. */
  wages?: YenInput;
  /** 立木の伐採: 素材の生産量 (m³, a decimal string). */
  timberVolume?: string;
  /** 立木の伐採: 素材1m³を生産するために必要な労務費の額 set by the 都道府県労働局長 (徴収則14条; not bundled). */
  laborCostPerCubicMetre?: YenInput;
}

/** Input of {@link lumpSumFixedTermReport}. */
export interface LumpSumFixedTermReportInput {
  /** The 保険年度 whose ended works are reported (the year just ended at the 年度更新). */
  fiscalYear: number;
  /** Every work that ended (終了) in the year, in any order. */
  works: readonly FixedTermWork[];
  rates?: RatesOption;
}

/** One row of the 一括有期事業総括表: a 事業の種類, one 事業開始時期 (労務費率表 and 労災保険率), one way to the wages. */
export interface LumpSumGroup {
  /** Row ('35', '36a', '02/03' …). */
  industry: string;
  name: string;
  method: FixedTermWageMethod;
  /** 労務費率表 of the works' start dates ('H30', 'R6'), for `laborCost`. */
  laborCostTable?: string;
  /** 労務費率 in percent, for `laborCost`. */
  laborCostPercent?: string;
  /** 労災保険率 per 1000. */
  rate: string;
  /** Indices (in `works`) of the works of the row, in input order. */
  works: number[];
  /** Σ 請負金額 of the row (0 when no work has a contract). */
  contractTotal: number;
  /** Exact 賃金総額 before truncation. */
  exactWages: string;
  /** 賃金総額, 千円未満切捨て. */
  wages: number;
  /** 保険料額 = ⌊賃金総額 × 労災保険率⌋. */
  premium: number;
}

/** Totals of one 事業の種類 over its rows (what the 申告書 carries). */
export interface LumpSumIndustryTotal {
  industry: string;
  wages: number;
  premium: number;
}

/** Result of {@link lumpSumFixedTermReport}. */
export interface LumpSumFixedTermReport {
  fiscalYear: number;
  /** 確定保険料 (労災) = Σ 保険料額 of the rows. */
  amount: number;
  /** Σ 賃金総額 of the rows. */
  wages: number;
  /** The rows of the 総括表, ordered by 業種, then 労務費率表, 労災保険率 and method. */
  groups: LumpSumGroup[];
  /** Per 事業の種類 (業種36's two rows together). */
  byIndustry: LumpSumIndustryTotal[];
  /** Each work: its row index in `groups` and its 請負金額. */
  works: { index: number; name?: string; group: number; contractTotal?: number; startDate: string; endDate: string }[];
  legalBasis: string[];
  sources: string[];
  status: SourceStatus;
  trace: TraceStep[];
}

const LAW = ['徴収法7条 (有期事業の一括)', '徴収則6条 (一括の要件)', '徴収則34条 (一括有期事業報告書)', '徴収法11条3項; 徴収則12条・13条 (労務費率)'];
const MAX_WORKS = 1_000_000;

interface Group {
  key: string;
  core: WorkCore;
  works: number[];
  contract: bigint;
  wages: Rational[];
}

/**
 * 一括有期事業報告書 (様式第7号) and 一括有期事業総括表 of one 保険年度 (徴収法7条; 徴収則6条・34条): the works
 * (建設の事業 and 立木の伐採の事業) that ended in the year, grouped by 事業の種類 and 事業開始時期 — the 労務費率表
 * and the 労災保険率 in force on each work's start date. Per row: Σ 請負金額 × 労務費率 (or the actual wages,
 * or 素材の生産量 × 労務費の額), 千円未満切捨て; 保険料額 = ⌊賃金総額 × 労災保険率⌋; the 確定保険料 is the sum of
 * the rows. Whether each work meets the 一括 limits (概算保険料 160万円未満, 請負金額 1億8千万円未満) is not checked.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION`, `INVALID_DATE`, `INVALID_RATE`, `UNKNOWN_INDUSTRY`, `AMOUNT_*`;
 *   {@link RateTableError} `RATE_NOT_KNOWN`, `NO_RATE_TABLE`.
 *
 * @example
 * ```ts
 * import { lumpSumFixedTermReport } from 'jp-labor-insurance';
 * // 建築 (35) works begun in R6's period: (8,000,000 + 4,500,000) × 23% = 2,875,000; × 9.5/1000 = 27,312.5 → 27,312
 * const r = lumpSumFixedTermReport({
 *   fiscalYear: 2025,
 *   works: [
 *     { industry: '35', startDate: '2025-05-01', endDate: '2025-09-30', contractAmount: 8_000_000 },
 *     { industry: '35', startDate: '2025-06-10', endDate: '2026-02-28', contractAmount: 4_500_000 },
 *   ],
 * });
 * console.log(r.groups[0]?.contractTotal, r.groups[0]?.wages, r.amount); //=> 12500000 2875000 27312
 * ```
 */
export function lumpSumFixedTermReport(input: LumpSumFixedTermReportInput): LumpSumFixedTermReport {
  const o = assertObject(input, 'lumpSumFixedTermReport');
  const fiscalYear = assertFiscalYear(o['fiscalYear']);
  const list = o['works'];
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_WORKS)
    throw new InvalidInputError('INVALID_OPTION', `works must be a non-empty array of at most ${MAX_WORKS} works`, { field: 'works' });
  const rates = o['rates'] as RatesOption | undefined;
  const fyFrom = `${fiscalYear}-04-01`;
  const fyTo = `${fiscalYear + 1}-03-31`;
  const groups = new Map<string, Group>();
  const works: LumpSumFixedTermReport['works'] = [];
  const trace: TraceStep[] = [];
  list.forEach((w, i) => {
    const prefix = `works[${i}].`;
    if (typeof w !== 'object' || w === null || Array.isArray(w)) throw new InvalidInputError('INVALID_OPTION', `works[${i}] must be an object`, { field: `works[${i}]` });
    const wo = w as Record<string, unknown>;
    // the work's own year picks the 労務費率表 and 労災保険率表 of its start date
    const startYear = fiscalYearOfStart(wo['startDate'], prefix);
    const table = ratesFor(startYear, rates === undefined ? {} : { rates });
    const core = readWork(wo, table, prefix, undefined);
    if (core.endDate < fyFrom || core.endDate > fyTo)
      throw new InvalidInputError('INVALID_OPTION', `${prefix}endDate ${core.endDate} is outside FY${fiscalYear}: list the works ended in the year`, {
        field: `${prefix}endDate`,
        value: core.endDate,
      });
    if (core.row !== '02/03' && core.row.slice(0, 1) !== '3')
      throw new InvalidInputError('UNKNOWN_INDUSTRY', `${prefix}industry ${core.row} is not 建設 or 立木の伐採`, { field: `${prefix}industry`, value: core.row });
    const key = [core.row, core.method, core.laborCost?.table?.name ?? '', core.laborCost?.percent ?? '', core.rate, core.rateTable ?? ''].join('|');
    let g = groups.get(key);
    if (!g) {
      g = { key, core, works: [], contract: 0n, wages: [] };
      groups.set(key, g);
    }
    g.works.push(i);
    if (core.contractTotal !== undefined) g.contract += core.contractTotal;
    if (core.wages !== undefined) g.wages.push(core.wages);
    trace.push(...core.steps);
    const row: LumpSumFixedTermReport['works'][number] = { index: i, group: -1, startDate: core.startDate, endDate: core.endDate };
    if (typeof wo['name'] === 'string') row.name = wo['name'];
    if (core.contractTotal !== undefined) row.contractTotal = yenToNumber(core.contractTotal, 'contractTotal');
    works.push(row);
  });
  const ordered = [...groups.values()].sort((a, b) => compareKeys(a.key, b.key));
  const sources: string[] = [FIXED_TERM_SOURCES.osaka_ikkatsu, FIXED_TERM_SOURCES.hyogo_yuki_end, FIXED_TERM_SOURCES.tokyo_ikkatsu_h28];
  const legalBasis = [...LAW];
  const statuses: (SourceStatus | undefined)[] = [];
  let total = 0n;
  let totalWages = 0n;
  const byIndustry = new Map<string, { wages: bigint; premium: bigint }>();
  const out: LumpSumGroup[] = ordered.map((g, gi) => {
    const c = g.core;
    for (const i of g.works) works[i]!.group = gi;
    const id = `group.${gi + 1}`;
    let exact: Rational;
    if (c.method === 'laborCost') {
      exact = multiplyYen(g.contract, ratioFromPercent(c.laborCost!.percent, 'laborCostPercent'));
      sources.push(...c.laborCost!.sources);
      legalBasis.push(...c.laborCost!.legalBasis);
      statuses.push(c.laborCost!.table?.status);
    } else exact = g.wages.reduce((a, b) => addRatios(a, b), { numerator: 0n, denominator: 1n });
    const wages = truncateToUnit(exact, 1000n);
    const params: Record<string, string> = { industry: c.row, total: String(g.contract), exact: rationalToDecimal(exact), count: String(g.works.length) };
    if (c.method === 'laborCost') params['percent'] = c.laborCost!.percent;
    trace.push(traceStep(`${id}.wages`, c.method === 'laborCost' ? 'fixedTerm.groupWages' : 'fixedTerm.groupActualWages', wages, params));
    const premium = wagePremium(wages, c.rate);
    trace.push(traceStep(`${id}.premium`, 'fixedTerm.groupPremium', premium.amount, { industry: c.row, base: String(wages), rate: c.rate, exact: premium.exact }));
    sources.push(...c.rateSources);
    legalBasis.push(...c.rateLegalBasis);
    statuses.push(c.rateStatus);
    total += premium.amount;
    totalWages += wages;
    const ind = c.row.slice(0, 2) === '02' ? '02/03' : c.row.slice(0, 2);
    const t = byIndustry.get(ind) ?? { wages: 0n, premium: 0n };
    t.wages += wages;
    t.premium += premium.amount;
    byIndustry.set(ind, t);
    const row: LumpSumGroup = {
      industry: c.row,
      name: c.rowName,
      method: c.method,
      rate: c.rate,
      works: g.works,
      contractTotal: yenToNumber(g.contract, 'contractTotal'),
      exactWages: rationalToDecimal(exact),
      wages: yenToNumber(wages, 'wages'),
      premium: yenToNumber(premium.amount, 'premium'),
    };
    if (c.laborCost) {
      if (c.laborCost.table) row.laborCostTable = c.laborCost.table.name;
      row.laborCostPercent = c.laborCost.percent;
    }
    return row;
  });
  trace.push(traceStep('total', 'fixedTerm.lumpSumTotal', total, { wages: String(totalWages), rows: String(out.length) }));
  legalBasis.push('端数計算法2条1項');
  return {
    fiscalYear,
    amount: yenToNumber(total, 'amount'),
    wages: yenToNumber(totalWages, 'wages'),
    groups: out,
    byIndustry: [...byIndustry.entries()].map(([industry, t]) => ({ industry, wages: yenToNumber(t.wages, 'wages'), premium: yenToNumber(t.premium, 'premium') })),
    works,
    legalBasis: unique(legalBasis),
    sources: unique(sources),
    status: weakestStatus('confirmed', ...statusesOf(statuses)),
    trace,
  };
}

function fiscalYearOfStart(value: unknown, prefix: string): number {
  // toIsoDate is repeated by readWork; the year is needed first to pick the table.
  return fiscalYearOfIso(toIsoDate(value, `${prefix}startDate`));
}

/** Orders rows by their key: 業種 (02/03 first, then 31…38), method, 労務費率表, 労務費率, 労災保険率. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
