import { dec, toBigInt } from '../core/decimal.js';
import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { fiscalYearOf, toIsoDate, type DateInput } from '../core/dates.js';
import { isDecimalString, perMille } from '../core/rate.js';
import { groupDigits, step, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { citations, periodOn, ratesFor, type RatesOption } from '../rates/registry.js';
import type { SourceStatus } from '../rates/types.js';
import { floorYen } from '../rounding/floor.js';
import { floorToThousand } from '../rounding/units.js';
import { industryRateFor } from '../workers-compensation/industry.js';
import { assertBoolean, assertObject } from './shared.js';

/** 業種36 (機械装置の組立て又は据付けの事業) is split: `assembly` 組立て又は取付け (36a), `other` その他 (36b). */
export type MachineryWork = 'assembly' | 'other';

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
  /** 賃金総額 = exact truncated to 千円. */
  wageBase: number;
  /** 労務費率表 used and its period; absent when `laborCostPercent` was given. */
  table?: { name: string; from: string; to: string; status: SourceStatus };
  premium?: { rate: string; exact: string; amount: number };
  legalBasis: string;
  sources: string[];
  trace: TraceStep[];
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
 * console.log(c.wageBase, c.premium?.rate, c.premium?.amount); //=> 3069000 '9.5' 29155
 * const t = constructionWageBase({ contractAmountIncludingTax: 13_200_000, industry: '37', startDate: '2025-05-01' });
 * console.log(t.contractAmount, t.wageBase); //=> 12000000 2760000
 * ```
 */
export function constructionWageBase(input: ConstructionWageBaseInput): ConstructionWageBase {
  const o = assertObject(input, 'constructionWageBase');
  const startDate = toIsoDate(o['startDate'], 'startDate');
  const fiscalYear = fiscalYearOf(startDate);
  const trace: TraceStep[] = [];
  const sources = new Set<string>();

  // 請負代金の額 (税抜)
  let contract: bigint;
  if (o['contractAmount'] !== undefined) {
    if (o['contractAmountIncludingTax'] !== undefined) throw new InvalidInputError('INVALID_OPTION', 'give contractAmount (tax excluded) or contractAmountIncludingTax, not both', { field: 'contractAmountIncludingTax' });
    if (o['consumptionTax'] !== undefined || o['consumptionTaxPercent'] !== undefined) throw new InvalidInputError('INVALID_OPTION', 'consumptionTax / consumptionTaxPercent go with contractAmountIncludingTax', { field: 'consumptionTax' });
    contract = parseYen(o['contractAmount'], 'contractAmount');
    trace.push(step('contract', contract, `請負代金の額 (消費税等相当額を除く) ${groupDigits(contract)}`, `contract price excluding consumption tax ${groupDigits(contract)}`, '徴収則13条 (平成27年4月1日以降、消費税等相当額を除く)'));
  } else if (o['contractAmountIncludingTax'] !== undefined) {
    const incl = parseYen(o['contractAmountIncludingTax'], 'contractAmountIncludingTax');
    if (o['consumptionTax'] !== undefined) {
      if (o['consumptionTaxPercent'] !== undefined) throw new InvalidInputError('INVALID_OPTION', 'give consumptionTax or consumptionTaxPercent, not both', { field: 'consumptionTaxPercent' });
      const tax = parseYen(o['consumptionTax'], 'consumptionTax');
      if (tax > incl) throw new InvalidInputError('INVALID_OPTION', `consumptionTax ${tax} exceeds contractAmountIncludingTax ${incl}`, { field: 'consumptionTax' });
      contract = incl - tax;
      trace.push(step('contract', contract, `請負代金 (税込) ${groupDigits(incl)} − 消費税等 ${groupDigits(tax)} = ${groupDigits(contract)}`, `contract price ${groupDigits(incl)} − consumption tax ${groupDigits(tax)} = ${groupDigits(contract)}`, '徴収則13条 (消費税等相当額を除く)'));
    } else {
      const p = o['consumptionTaxPercent'] ?? '10';
      if (!isDecimalString(p)) throw new InvalidInputError('INVALID_RATE', `consumptionTaxPercent must be a decimal string such as "10" (got ${formatValue(p)})`, { field: 'consumptionTaxPercent' });
      const excl = dec(incl).times(100).div(dec(100).plus(dec(p)));
      // Exact only when the division terminates with a whole number: check by multiplying back.
      const whole = floorYen(excl);
      if (!whole.times(dec(100).plus(dec(p))).eq(dec(incl).times(100))) {
        throw new InvalidInputError('INVALID_OPTION', `${groupDigits(incl)} × 100/(100 + ${p}) is not a whole number of yen; give the tax-excluded contractAmount or the consumptionTax amount`, { field: 'contractAmountIncludingTax', value: incl });
      }
      contract = toBigInt(whole);
      trace.push(step('contract', contract, `請負代金 (税込) ${groupDigits(incl)} × 100/(100 + ${p}) = 税抜 ${groupDigits(contract)}`, `contract price ${groupDigits(incl)} × 100/(100 + ${p}) = ${groupDigits(contract)} excluding tax`, '徴収則13条 (消費税等相当額を除く)'));
    }
  } else {
    throw new InvalidInputError('INVALID_OPTION', 'give contractAmount (tax excluded) or contractAmountIncludingTax', { field: 'contractAmount' });
  }

  // Row of the 労務費率表
  const industry = o['industry'];
  if (typeof industry !== 'string' || !/^3[1-8][ab]?$/.test(industry)) {
    throw new InvalidInputError('UNKNOWN_INDUSTRY', `industry must be a 建設 業種番号 '31'–'38' (or '36a' / '36b') (got ${formatValue(industry)})`, { field: 'industry', value: industry });
  }
  const work = o['work'];
  let rowNumber = industry;
  if (industry === '36') {
    if (work !== 'assembly' && work !== 'other') throw new InvalidInputError('INVALID_OPTION', `業種36 needs work: 'assembly' (組立て又は取付け, 36a) or 'other' (その他, 36b) (got ${formatValue(work)})`, { field: 'work', value: work });
    rowNumber = work === 'assembly' ? '36a' : '36b';
  } else if (work !== undefined) {
    if (!industry.startsWith('36') || (work !== 'assembly' && work !== 'other') || rowNumber !== (work === 'assembly' ? '36a' : '36b')) {
      throw new InvalidInputError('INVALID_OPTION', `work applies to 業種36 only and must match the row (got industry ${industry}, work ${formatValue(work)})`, { field: 'work', value: work });
    }
  }
  const isMachinery = rowNumber.startsWith('36');

  // 請負金額
  const add = (field: 'suppliedMaterials' | 'leasedEquipment' | 'suppliedMachinery', ja: string, en: string): bigint => {
    if (o[field] === undefined) return 0n;
    const v = parseYen(o[field], field);
    if (field === 'suppliedMachinery' && isMachinery) {
      trace.push(step('add.suppliedMachinery', 0, `業種36: 注文者から支給された機械装置の価額 ${groupDigits(v)} は加算しない`, `industry 36: the machinery supplied (${groupDigits(v)}) is not added`, '昭58.2.21労告14号 (機械装置の組立て又は据付けの事業)'));
      return 0n;
    }
    trace.push(step(`add.${field}`, v, `${ja} ${groupDigits(v)} を加算`, `${en} ${groupDigits(v)} added`, '徴収則13条 (支給又は貸与された物の価額相当額を加算)'));
    return v;
  };
  const additions = add('suppliedMaterials', '支給材料の価額相当額', 'materials supplied') + add('leasedEquipment', '貸与機械器具等の損料相当額', 'rental value of equipment lent') + add('suppliedMachinery', '支給された機械装置の価額', 'machinery supplied');
  const total = contract + additions;
  trace.push(step('contractTotal', total, `請負金額 ${groupDigits(total)}`, `contract amount ${groupDigits(total)}`, '徴収則13条'));

  // 労務費率
  const table = ratesFor(fiscalYear, input.rates === undefined ? {} : { rates: input.rates });
  const givenPercent = o['laborCostPercent'];
  let percent: string;
  let rowName: string;
  let tableInfo: ConstructionWageBase['table'];
  let legalBasis: string;
  if (givenPercent !== undefined) {
    if (!isDecimalString(givenPercent)) throw new InvalidInputError('INVALID_RATE', `laborCostPercent must be a decimal string such as "23" (got ${formatValue(givenPercent)})`, { field: 'laborCostPercent' });
    percent = givenPercent;
    const p = table.laborCostRatio.find((x) => x.from <= startDate && startDate <= x.to);
    rowName = p?.rows.find((r) => r.number === rowNumber)?.name ?? rowNumber;
    legalBasis = '徴収法11条3項; 徴収則12条・13条';
    trace.push(step('laborCost', percent, `労務費率 ${percent}% (指定)`, `labour cost ratio ${percent}% (given)`, legalBasis));
  } else {
    const p = periodOn(table.laborCostRatio, startDate, '労務費率', fiscalYear);
    const row = p.rows.find((r) => r.number === rowNumber);
    if (!row) throw new InvalidInputError('UNKNOWN_INDUSTRY', `業種 ${rowNumber} is not in the 労務費率表 ${p.table}`, { value: rowNumber, table: p.table });
    percent = row.percent;
    rowName = row.name;
    tableInfo = { name: p.table, from: p.from, to: p.to, status: p.status };
    legalBasis = `徴収法11条3項; ${p.legalBasis}`;
    citations(table, p.sources).forEach((s) => sources.add(s));
    trace.push(step('laborCost', percent, `労務費率 ${percent}% (${rowNumber} ${row.name}; 労務費率表 ${p.table}, 事業開始日 ${startDate})`, `labour cost ratio ${percent}% (${rowNumber}; table ${p.table}, work started ${startDate})`, p.legalBasis));
  }
  const exact = dec(total).times(dec(percent)).div(100);
  const wageBase = floorToThousand(exact);
  trace.push(step('wageBase', wageBase.toString(), `${groupDigits(total)} × ${percent}% = ${groupDigits(exact.toString())} → 千円未満切捨て 賃金総額 ${groupDigits(wageBase.toString())}`, `${groupDigits(total)} × ${percent}% = ${groupDigits(exact.toString())} → truncated to ¥1,000: wage total ${groupDigits(wageBase.toString())}`, '徴収法15条1項 (千円未満切捨て); 徴収則13条'));

  const result: ConstructionWageBase = {
    contractAmount: yenToNumber(contract, 'contractAmount'),
    additions: yenToNumber(additions, 'additions'),
    contractTotal: yenToNumber(total, 'contractTotal'),
    row: { number: rowNumber, name: rowName },
    laborCostPercent: percent,
    exact: exact.toString(),
    wageBase: yenToNumber(toBigInt(wageBase), 'wageBase'),
    legalBasis,
    sources: [],
    trace,
  };
  if (tableInfo) result.table = tableInfo;

  const givenRate = o['workersCompensationRate'];
  const includePremium = assertBoolean(o['includePremium'], 'includePremium', false);
  if (givenRate !== undefined || includePremium) {
    let rate: string;
    if (givenRate !== undefined) {
      if (!isDecimalString(givenRate)) throw new InvalidInputError('INVALID_RATE', `workersCompensationRate must be a decimal string per 1000 such as "9.5" (got ${formatValue(givenRate)})`, { field: 'workersCompensationRate' });
      rate = givenRate;
    } else {
      const ind = industryRateFor(table, rowNumber.slice(0, 2), startDate);
      rate = ind.rate;
      ind.sources.forEach((s) => sources.add(s));
    }
    const pExact = wageBase.times(perMille(rate));
    const amount = floorYen(pExact);
    trace.push(step('premium', amount.toString(), `労災保険料 ${groupDigits(wageBase.toString())} × ${rate}/1000 = ${groupDigits(pExact.toString())} → 円未満切捨て ${groupDigits(amount.toString())}`, `workers' compensation premium ${groupDigits(wageBase.toString())} × ${rate}/1000 = ${groupDigits(pExact.toString())} → truncated: ${groupDigits(amount.toString())}`, '端数計算法2条1項'));
    result.premium = { rate, exact: pExact.toString(), amount: yenToNumber(toBigInt(amount), 'premium') };
  }
  result.sources = [...sources];
  return result;
}
