import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { fiscalYearOf, toIsoDate, type DateInput } from '../core/dates.js';
import { weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { yenToNumber, type YenInput } from '../core/yen.js';
import { ratioFromPercent } from '../kernel/index.js';
import { citations, periodOn, ratesFor, type RatesOption } from '../rates/registry.js';
import type { RateTable, SourceStatus } from '../rates/types.js';
import { industryRateFor } from '../workers-compensation/industry.js';
import { contractExcludingTax } from './constructionContract.js';
import { contractAdditions, laborCostRow, wagePremium, wageTotal } from './constructionSteps.js';
import type { MachineryWork } from './machineryWork.js';
import { assertBoolean, assertObject, unique, statusesOf } from './shared.js';

/** Input of {@link constructionWageBase}. */
export interface ConstructionWageBaseInput {
  /** 請負代金の額, consumption tax excluded. Give this or `contractAmountIncludingTax`. */
  contractAmount?: YenInput;
  /** 請負代金の額 including consumption tax; the tax is removed with `consumptionTax` or `consumptionTaxPercent`. */
  contractAmountIncludingTax?: YenInput;
  /** The consumption tax included in `contractAmountIncludingTax` (yen), when known. */
  consumptionTax?: YenInput;
  /** Consumption tax rate in percent (default `'10'`); the tax-excluded amount must come out whole. */
  consumptionTaxPercent?: string;
  /** 注文者その他から支給された物の価額相当額 (added). */
  suppliedMaterials?: YenInput;
  /** 貸与された機械器具等の損料相当額 (added). */
  leasedEquipment?: YenInput;
  /** The 機械装置 supplied by the orderer: added, except for 業種36 where it is left out. */
  suppliedMachinery?: YenInput;
  /** 労災 業種番号 of the work: '31'–'38' (or '36a' / '36b'). */
  industry: string;
  /** For 業種36: which row of the 労務費率表. */
  work?: MachineryWork;
  /** The work's start date (事業の開始日): it picks the 労務費率表 (H30 until 2024-03-31, R6 after). */
  startDate: DateInput;
  /** A 労務費率 in percent to use instead of the table's (e.g. for an older table). */
  laborCostPercent?: string;
  /** Compute the 労災保険料 too, at the 業種's 労災保険率 on the start date. */
  includePremium?: boolean;
  /** Compute the 労災保険料 at this rate per 1000 (e.g. a メリット rate). */
  workersCompensationRate?: string;
  rates?: RatesOption;
}

/** Result of {@link constructionWageBase}. */
export interface ConstructionWageBase {
  /** 請負代金の額 (tax excluded). */
  contractAmount: number;
  /** Amounts added (supplied materials, leased equipment, machinery unless 業種36). */
  additions: number;
  /** 請負金額 = contract + additions. */
  contractTotal: number;
  /** Row used ('35', '36a' …) and its name. */
  row: { number: string; name: string };
  /** 労務費率 in percent. */
  laborCostPercent: string;
  /** Exact 請負金額 × 労務費率. */
  exact: string;
  /** 賃金総額 = exact truncated to 千円 (the headline figure). */
  amount: number;
  /** 労務費率表 used and its period; absent when `laborCostPercent` was given. */
  table?: { name: string; from: string; to: string; status: SourceStatus };
  /** The 労災保険料 on the wage total, when asked for (`includePremium` or `workersCompensationRate`). */
  premium?: { rate: string; exact: string; amount: number };
  legalBasis: string[];
  /**
   * The weakest status of the table figures used: the 労務費率表 (unless `laborCostPercent` was given)
   * and the 業種's 労災保険率 (when the premium was computed at the table's rate).
   */
  status: SourceStatus;
  sources: string[];
  /** Structured steps; render them with {@link explain}. */
  trace: TraceStep[];
}

/** The 労務費率 of the row: the one given, or the table's in force on the start date. @internal */
export function laborCost(o: Record<string, unknown>, table: RateTable, rowNumber: string, startDate: string, fiscalYear: number) {
  const given = o['laborCostPercent'];
  if (given !== undefined) {
    ratioFromPercent(given, 'laborCostPercent'); // INVALID_RATE for anything but a decimal string
    const percent = given as string;
    const p = table.laborCostRatio.find((x) => x.from <= startDate && startDate <= x.to);
    const legalBasis = ['徴収法11条3項', '徴収則12条・13条'];
    return {
      percent,
      name: p?.rows.find((r) => r.number === rowNumber)?.name ?? rowNumber,
      legalBasis,
      sources: [] as string[],
      step: traceStep('laborCost', 'benefits.laborCostGiven', percent, { legalBasis: legalBasis.join('; ') }),
    };
  }
  const p = periodOn(table.laborCostRatio, startDate, '労務費率', fiscalYear);
  const row = p.rows.find((r) => r.number === rowNumber);
  if (!row) throw new InvalidInputError('UNKNOWN_INDUSTRY', `業種 ${rowNumber} is not in the 労務費率表 ${p.table}`, { value: rowNumber, table: p.table });
  const step = traceStep('laborCost', 'benefits.laborCost', row.percent, { industry: rowNumber, industryNameJa: row.name, table: p.table, startDate, legalBasis: p.legalBasis });
  return {
    percent: row.percent,
    name: row.name,
    legalBasis: ['徴収法11条3項', p.legalBasis],
    sources: citations(table, p.sources),
    table: { name: p.table, from: p.from, to: p.to, status: p.status },
    step,
  };
}

/** The 労災保険料 on the wage total, when asked for: at the rate given, or the 業種's in force on the start date. */
function premiumPart(o: Record<string, unknown>, table: RateTable, rowNumber: string, startDate: string, wageBase: bigint) {
  const givenRate = o['workersCompensationRate'];
  const includePremium = assertBoolean(o['includePremium'], 'includePremium', false);
  if (givenRate === undefined && !includePremium) return undefined;
  let rate: string;
  let sources: string[] = [];
  let legalBasis: string[] = [];
  let status: SourceStatus | undefined;
  if (givenRate !== undefined) {
    if (typeof givenRate !== 'string')
      throw new InvalidInputError('INVALID_RATE', `workersCompensationRate must be a decimal string per 1000 such as "9.5" (got ${formatValue(givenRate)})`, {
        field: 'workersCompensationRate',
      });
    rate = givenRate;
  } else {
    const ind = industryRateFor(table, rowNumber.slice(0, 2), startDate);
    rate = ind.rate;
    sources = ind.sources;
    legalBasis = [ind.legalBasis];
    status = ind.status;
  }
  const premium = wagePremium(wageBase, rate);
  return {
    part: { rate, exact: premium.exact, amount: yenToNumber(premium.amount, 'premium') },
    step: traceStep('premium', 'benefits.constructionPremium', premium.amount, { base: String(wageBase), rate, exact: premium.exact }),
    sources,
    legalBasis: [...legalBasis, '端数計算法2条1項'],
    status,
  };
}

/**
 * 賃金総額 of a 請負による建設の事業 whose wages are hard to determine (徴収法11条3項; 徴収則12条・13条):
 * 請負金額 × 労務費率, truncated to 千円. 請負金額 is the contract price without consumption tax plus the
 * value of materials supplied and the 損料 of equipment lent by the orderer — the 機械装置 itself is not
 * added for 業種36 (機械装置の組立て又は据付け). The 労務費率 is the one in force on the work's start date.
 * Optionally the 労災保険料 = ⌊賃金総額 × 労災保険率⌋.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION`, `INVALID_RATE`, `UNKNOWN_INDUSTRY`, `INVALID_DATE`,
 *   `AMOUNT_*`; {@link RateTableError} `RATE_NOT_KNOWN`, `NO_RATE_TABLE`.
 *
 * @example
 * ```ts
 * import { constructionWageBase } from 'jp-labor-insurance';
 * // 建築事業 started 2025-05-01: (12,345,678 + 1,000,000) × 23% = 3,069,505.94 → 3,069,000
 * const c = constructionWageBase({ contractAmount: 12_345_678, suppliedMaterials: 1_000_000, industry: '35', startDate: '2025-05-01', includePremium: true });
 * console.log(c.amount, c.premium?.rate, c.premium?.amount, c.status); //=> 3069000 '9.5' 29155 'single-source'
 * const t = constructionWageBase({ contractAmountIncludingTax: 13_200_000, industry: '37', startDate: '2025-05-01' });
 * console.log(t.contractAmount, t.amount); //=> 12000000 2760000
 * ```
 */
export function constructionWageBase(input: ConstructionWageBaseInput): ConstructionWageBase {
  const o = assertObject(input, 'constructionWageBase');
  const startDate = toIsoDate(o['startDate'], 'startDate');
  const fiscalYear = fiscalYearOf(startDate);
  // 1. 請負代金の額 (税抜)
  const { contract, step: contractStep } = contractExcludingTax(o);
  const trace: TraceStep[] = [contractStep];
  // 2. the row of the 労務費率表; 3. 請負金額 = 請負代金 + 支給・貸与された物の価額 (業種36: not the 機械装置)
  const rowNumber = laborCostRow(o['industry'], o['work']);
  const additions = contractAdditions(o, rowNumber.startsWith('36'), trace);
  const total = contract + additions;
  trace.push(traceStep('contractTotal', 'benefits.contractTotal', total));
  // 4. 労務費率 in force on the start date (or given); 5. 賃金総額 = 請負金額 × 労務費率, 千円未満切捨て
  const rates = o['rates'] as RatesOption | undefined;
  const table = ratesFor(fiscalYear, rates === undefined ? {} : { rates });
  const lc = laborCost(o, table, rowNumber, startDate, fiscalYear);
  trace.push(lc.step);
  const wages = wageTotal(total, lc.percent);
  trace.push(traceStep('wageBase', 'benefits.wageBase', wages.amount, { total: String(total), percent: lc.percent, exact: wages.exact }));
  const sources = [...lc.sources];
  const legalBasis = [...lc.legalBasis, '徴収法15条1項'];
  const statuses: (SourceStatus | undefined)[] = [lc.table?.status];
  const result: ConstructionWageBase = {
    contractAmount: yenToNumber(contract, 'contractAmount'),
    additions: yenToNumber(additions, 'additions'),
    contractTotal: yenToNumber(total, 'contractTotal'),
    row: { number: rowNumber, name: lc.name },
    laborCostPercent: lc.percent,
    exact: wages.exact,
    amount: yenToNumber(wages.amount, 'amount'),
    legalBasis: [],
    status: 'confirmed',
    sources: [],
    trace,
  };
  if (lc.table) result.table = lc.table;
  // 6. optionally the 労災保険料 = ⌊賃金総額 × 労災保険率⌋
  const premium = premiumPart(o, table, rowNumber, startDate, wages.amount);
  if (premium) {
    trace.push(premium.step);
    sources.push(...premium.sources);
    legalBasis.push(...premium.legalBasis);
    statuses.push(premium.status);
    result.premium = premium.part;
  }
  result.legalBasis = unique(legalBasis);
  result.status = weakestStatus(...statusesOf(statuses));
  result.sources = unique(sources);
  return result;
}
