// 請負代金の額 (消費税等相当額を除く), the first step of the 請負 wage base, internal.
import { InvalidInputError } from '../core/errors.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen } from '../core/yen.js';
import { ratioFromDecimal } from '../kernel/index.js';

/**
 * The tax-excluded amount `including × 100 / (100 + percent)`, exactly, or `undefined` when it is not a
 * whole number of yen. Integer arithmetic only: with percent = p / d, the amount is
 * including × 100d / (100d + p). @internal
 */
export function excludeTax(including: bigint, percent: string): bigint | undefined {
  const p = ratioFromDecimal(percent, 1n, 'consumptionTaxPercent');
  const numerator = including * 100n * p.denominator;
  const denominator = 100n * p.denominator + p.numerator;
  return numerator % denominator === 0n ? numerator / denominator : undefined;
}

/**
 * 請負代金の額 without consumption tax (徴収則13条; since 2015-04-01 the 消費税等相当額 is left out): the
 * `contractAmount` as given, or `contractAmountIncludingTax` less the `consumptionTax` given, or divided
 * by (100 + `consumptionTaxPercent`)/100 (default 10%) when that comes out whole. @internal
 */
export function contractExcludingTax(o: Record<string, unknown>): { contract: bigint; step: TraceStep } {
  if (o['contractAmount'] !== undefined) {
    if (o['contractAmountIncludingTax'] !== undefined)
      throw new InvalidInputError('INVALID_OPTION', 'give contractAmount (tax excluded) or contractAmountIncludingTax, not both', { field: 'contractAmountIncludingTax' });
    if (o['consumptionTax'] !== undefined || o['consumptionTaxPercent'] !== undefined)
      throw new InvalidInputError('INVALID_OPTION', 'consumptionTax / consumptionTaxPercent go with contractAmountIncludingTax', { field: 'consumptionTax' });
    const contract = parseYen(o['contractAmount'], 'contractAmount');
    return { contract, step: traceStep('contract', 'benefits.contract', contract) };
  }
  if (o['contractAmountIncludingTax'] === undefined) {
    throw new InvalidInputError('INVALID_OPTION', 'give contractAmount (tax excluded) or contractAmountIncludingTax', { field: 'contractAmount' });
  }
  const including = parseYen(o['contractAmountIncludingTax'], 'contractAmountIncludingTax');
  if (o['consumptionTax'] !== undefined) {
    if (o['consumptionTaxPercent'] !== undefined)
      throw new InvalidInputError('INVALID_OPTION', 'give consumptionTax or consumptionTaxPercent, not both', { field: 'consumptionTaxPercent' });
    const tax = parseYen(o['consumptionTax'], 'consumptionTax');
    if (tax > including) throw new InvalidInputError('INVALID_OPTION', `consumptionTax ${tax} exceeds contractAmountIncludingTax ${including}`, { field: 'consumptionTax' });
    const contract = including - tax;
    return { contract, step: traceStep('contract', 'benefits.contractLessTax', contract, { including: String(including), tax: String(tax) }) };
  }
  const percent = o['consumptionTaxPercent'] ?? '10';
  const contract = excludeTax(including, percent as string); // INVALID_RATE for anything but a decimal string
  if (contract === undefined) {
    throw new InvalidInputError(
      'INVALID_OPTION',
      `${including} × 100/(100 + ${percent as string}) is not a whole number of yen; give the tax-excluded contractAmount or the consumptionTax amount`,
      {
        field: 'contractAmountIncludingTax',
        value: including,
      },
    );
  }
  return { contract, step: traceStep('contract', 'benefits.contractTaxPercent', contract, { including: String(including), percent: percent as string }) };
}
