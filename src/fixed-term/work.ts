// One 有期事業 (a work, 工事): its 請負金額, how its 賃金総額 is found, and its 労災保険率. Internal core shared by
// the 一括有期事業報告書 and the 単独有期事業's 概算 / 確定.
import { toIsoDate } from '../core/dates.js';
import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen } from '../core/yen.js';
import { contractExcludingTax } from '../benefits/constructionContract.js';
import { contractAdditions, laborCostRow, wagePremium, wageTotal } from '../benefits/constructionSteps.js';
import { laborCost } from '../benefits/constructionWageBase.js';
import { multiplyYen, ratioFromDecimal, ratioFromPerMille, rationalToDecimal, truncateToUnit, type Rational } from '../kernel/index.js';
import type { RateTable, SourceStatus } from '../rates/types.js';
import { industryRateFor } from '../workers-compensation/industry.js';

/** How the 賃金総額 of a work is found. */
export type FixedTermWageMethod = 'laborCost' | 'actual' | 'timber';

/** The 業種 of 立木の伐採の事業 in the 労災保険率表 (林業, '02/03'; '02' is read as the same). */
export const TIMBER = '02/03';

const CONTRACT_FIELDS = ['contractAmount', 'contractAmountIncludingTax', 'consumptionTax', 'consumptionTaxPercent', 'suppliedMaterials', 'leasedEquipment', 'suppliedMachinery'];

/** A work, read and checked. @internal */
export interface WorkCore {
  /** Row of the 労務費率表 ('35', '36a' …) or '02/03'. */
  row: string;
  rowName: string;
  startDate: string;
  endDate: string;
  method: FixedTermWageMethod;
  /** 請負金額 (税抜 + 支給・貸与された物), when a contract was given. */
  contractTotal?: bigint;
  /** The exact 賃金 (actual wages, or 材積 × 労務費の額), for `actual` and `timber`. */
  wages?: Rational;
  /** 労務費率 (percent) and its table, for `laborCost`. */
  laborCost?: ReturnType<typeof laborCost>;
  /** The 労災保険率 per 1000 (the 業種's on the start date, or the one given). */
  rate: string;
  rateTable?: string;
  rateSources: string[];
  rateLegalBasis: string[];
  rateStatus?: SourceStatus;
  steps: TraceStep[];
}

function hasContract(o: Record<string, unknown>): boolean {
  return CONTRACT_FIELDS.some((f) => o[f] !== undefined);
}

/** Reads one work: dates, 業種, 請負金額 and the way to its 賃金総額, the 労災保険率 on its start date. @internal */
export function readWork(o: Record<string, unknown>, table: RateTable, prefix: string, rateOverride: unknown): WorkCore {
  const startDate = toIsoDate(o['startDate'], `${prefix}startDate`);
  const endDate = toIsoDate(o['endDate'], `${prefix}endDate`);
  if (endDate < startDate)
    throw new InvalidInputError('INVALID_OPTION', `${prefix}endDate ${endDate} is before startDate ${startDate}`, { field: `${prefix}endDate`, value: endDate });
  const industry = o['industry'];
  const timber = industry === TIMBER || industry === '02';
  const row = timber ? TIMBER : laborCostRow(industry, o['work']);
  const steps: TraceStep[] = [];
  let method: FixedTermWageMethod;
  let contractTotal: bigint | undefined;
  let wages: Rational | undefined;
  let lc: ReturnType<typeof laborCost> | undefined;
  if (!timber && hasContract(o)) {
    const { contract, step } = contractExcludingTax(o);
    steps.push({ ...step, id: `${prefix}${step.id}` });
    const added: TraceStep[] = [];
    contractTotal = contract + contractAdditions(o, row.startsWith('36'), added);
    for (const s of added) steps.push({ ...s, id: `${prefix}${s.id}` });
    steps.push(traceStep(`${prefix}contractTotal`, 'benefits.contractTotal', contractTotal));
  } else if (timber && hasContract(o)) {
    throw new InvalidInputError('INVALID_OPTION', `${prefix}a 立木の伐採 work takes wages or timberVolume, not a contract`, {
      field: `${prefix}contractAmount`,
    });
  }
  if (o['wages'] !== undefined) {
    if (o['timberVolume'] !== undefined || o['laborCostPerCubicMetre'] !== undefined)
      throw new InvalidInputError('INVALID_OPTION', `${prefix}give wages or timberVolume, not both`, { field: `${prefix}timberVolume` });
    if (o['laborCostPercent'] !== undefined)
      throw new InvalidInputError('INVALID_OPTION', `${prefix}laborCostPercent goes with a contract, not wages`, { field: `${prefix}laborCostPercent` });
    const w = parseYen(o['wages'], `${prefix}wages`);
    wages = { numerator: w, denominator: 1n };
    method = 'actual';
    steps.push(traceStep(`${prefix}wages`, 'fixedTerm.workWages', w));
  } else if (timber) {
    if (o['timberVolume'] === undefined || o['laborCostPerCubicMetre'] === undefined)
      throw new InvalidInputError('INVALID_OPTION', `${prefix}a 立木の伐採 work needs wages, or timberVolume with laborCostPerCubicMetre (徴収則14条)`, {
        field: `${prefix}timberVolume`,
      });
    const volume = o['timberVolume'];
    const unit = parseYen(o['laborCostPerCubicMetre'], `${prefix}laborCostPerCubicMetre`);
    if (typeof volume !== 'string')
      throw new InvalidInputError('INVALID_OPTION', `${prefix}timberVolume must be a decimal string (got ${formatValue(volume)})`, {
        field: `${prefix}timberVolume`,
        value: volume,
      });
    wages = multiplyYen(unit, ratioFromDecimal(volume, 1n, `${prefix}timberVolume`)); // INVALID_RATE for a negative or malformed volume
    method = 'timber';
    steps.push(traceStep(`${prefix}timber`, 'fixedTerm.workTimber', rationalToDecimal(wages), { volume, unit: String(unit) }));
  } else {
    if (contractTotal === undefined)
      throw new InvalidInputError('INVALID_OPTION', `${prefix}give contractAmount, contractAmountIncludingTax or wages`, {
        field: `${prefix}contractAmount`,
      });
    method = 'laborCost';
    lc = laborCost(o, table, row, startDate, table.fiscalYear);
    steps.push({ ...lc.step, id: `${prefix}${lc.step.id}` });
  }
  const rowName = lc?.name ?? row;
  const out: WorkCore = { row, rowName, startDate, endDate, method, rate: '', rateSources: [], rateLegalBasis: [], steps };
  if (contractTotal !== undefined) out.contractTotal = contractTotal;
  if (wages !== undefined) out.wages = wages;
  if (lc !== undefined) out.laborCost = lc;
  if (rateOverride !== undefined) {
    if (typeof rateOverride !== 'string')
      throw new InvalidInputError('INVALID_RATE', `workersCompensationRate must be a decimal string per 1000 such as "9.5" (got ${formatValue(rateOverride)})`, {
        field: 'workersCompensationRate',
      });
    ratioFromPerMille(rateOverride, 'workersCompensationRate');
    out.rate = rateOverride;
  } else {
    const ind = industryRateFor(table, timber ? '02' : row.slice(0, 2), startDate);
    out.rate = ind.rate;
    out.rateTable = ind.table;
    out.rateSources = ind.sources;
    out.rateLegalBasis = [ind.legalBasis];
    out.rateStatus = ind.status;
    if (out.rowName === row) out.rowName = ind.name;
  }
  return out;
}

/** 賃金総額 (千円未満切捨て) and 労災保険料 of a single work, with their steps. @internal */
export function workPremium(core: WorkCore, steps: TraceStep[]): { wages: bigint; premium: bigint } {
  let wages: bigint;
  if (core.method === 'laborCost') {
    const w = wageTotal(core.contractTotal!, core.laborCost!.percent);
    wages = w.amount;
    steps.push(traceStep('wageBase', 'fixedTerm.wageBase', wages, { total: String(core.contractTotal!), percent: core.laborCost!.percent, exact: w.exact }));
  } else {
    wages = truncateToUnit(core.wages!, 1000n);
    steps.push(traceStep('wageBase', 'fixedTerm.wageTruncate', wages, { exact: rationalToDecimal(core.wages!) }));
  }
  const p = wagePremium(wages, core.rate);
  steps.push(traceStep('premium', 'fixedTerm.premium', p.amount, { base: String(wages), rate: core.rate, exact: p.exact }));
  return { wages, premium: p.amount };
}
