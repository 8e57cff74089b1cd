// The steps of the 請負 wage base after the contract price: row, 請負金額, 労務費率, 賃金総額, premium. Internal.
import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen } from '../core/yen.js';
import { divideTruncate, multiplyYen, ratioFromPercent, ratioFromPerMille, rationalToDecimal, truncateToUnit } from '../kernel/index.js';
import { isMachineryWork } from './machineryWork.js';

/** The row of the 労務費率表: the 業種番号, with 36 split into 36a (組立て又は取付け) and 36b (その他) by `work`. @internal */
export function laborCostRow(industry: unknown, work: unknown): string {
  if (typeof industry !== 'string' || !/^3[1-8][ab]?$/.test(industry)) {
    throw new InvalidInputError('UNKNOWN_INDUSTRY', `industry must be a 建設 業種番号 '31'–'38' (or '36a' / '36b') (got ${formatValue(industry)})`, {
      field: 'industry',
      value: industry,
    });
  }
  if (industry === '36') {
    if (!isMachineryWork(work))
      throw new InvalidInputError('INVALID_OPTION', `業種36 needs work: 'assembly' (組立て又は取付け, 36a) or 'other' (その他, 36b) (got ${formatValue(work)})`, {
        field: 'work',
        value: work,
      });
    return work === 'assembly' ? '36a' : '36b';
  }
  if (work !== undefined && (!isMachineryWork(work) || industry !== (work === 'assembly' ? '36a' : '36b'))) {
    throw new InvalidInputError('INVALID_OPTION', `work applies to 業種36 only and must match the row (got industry ${industry}, work ${formatValue(work)})`, {
      field: 'work',
      value: work,
    });
  }
  return industry;
}

const ADDED = ['suppliedMaterials', 'leasedEquipment', 'suppliedMachinery'] as const;

/**
 * The amounts added to the contract price (徴収則13条: 支給又は貸与された物の価額相当額) — except the
 * 機械装置 supplied for 業種36 (昭58.2.21労告14号), which is left out. One step per amount given. @internal
 */
export function contractAdditions(o: Record<string, unknown>, machinery: boolean, trace: TraceStep[]): bigint {
  let sum = 0n;
  for (const field of ADDED) {
    if (o[field] === undefined) continue;
    const v = parseYen(o[field], field);
    if (field === 'suppliedMachinery' && machinery) {
      trace.push(traceStep('add.suppliedMachinery', 'benefits.machineryNotAdded', '0', { amount: String(v) }));
      continue;
    }
    trace.push(traceStep(`add.${field}`, 'benefits.addition', v, { item: field }));
    sum += v;
  }
  return sum;
}

/** 賃金総額 = 請負金額 × 労務費率, 千円未満切捨て in one step (徴収法15条1項; 徴収則13条), with the exact product. @internal */
export function wageTotal(contractTotal: bigint, percent: string): { amount: bigint; exact: string } {
  const product = multiplyYen(contractTotal, ratioFromPercent(percent, 'laborCostPercent'));
  return { amount: truncateToUnit(product, 1000n), exact: rationalToDecimal(product) };
}

/** 労災保険料 = ⌊賃金総額 × 労災保険率⌋ (端数計算法2条1項), with the exact product. @internal */
export function wagePremium(wageBase: bigint, rate: string): { amount: bigint; exact: string } {
  const product = multiplyYen(wageBase, ratioFromPerMille(rate, 'workersCompensationRate'));
  return { amount: divideTruncate(product.numerator, product.denominator), exact: rationalToDecimal(product) };
}
