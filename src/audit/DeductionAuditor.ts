import { errorMessageJa } from '../core/errorMessageJa.js';
import { toIsoDate } from '../core/dates.js';
import { InvalidInputError, LaborInsuranceError } from '../core/errors.js';
import { assertObject } from '../core/options.js';
import { traceStep } from '../core/trace.js';
import { parseYen, yenToNumber } from '../core/yen.js';
import { assertCategory } from '../employment/category.js';
import { employmentRateFor } from '../employment/rates.js';
import { ratesFor, type RatesOption } from '../rates/registry.js';
import type { EmploymentCategory } from '../rates/types.js';
import { assertRoundingMode, type RoundingMode } from '../rounding/roundYen.js';
import { RULES, type Rule } from '../rules/index.js';
import { expectedDeduction, RateLookup, RuleCache, type ExpectedDeduction, type RateEntry } from './expectedDeduction.js';
import { CauseFinder } from './likelyCauses.js';
import { normaliseCategory, normaliseDate, readRow } from './rowInput.js';
import type { AuditOptions, AuditOutcome, AuditRowResult, AuditSummary, DeductionRow } from './types.js';

const isTyped = (e: unknown): boolean => e instanceof LaborInsuranceError;

/** A row's inputs once parsed, in the order the checks run (so a row with several faults reports the first). */
interface ParsedRow {
  closingDate: string;
  category: EmploymentCategory;
  wage: bigint;
  entry: RateEntry;
  expected: ExpectedDeduction;
  deducted: bigint;
}

/**
 * Checks payroll deductions one row at a time — the incremental form of {@link auditDeductions} for
 * large files and progress reporting. Options are validated once, in the constructor; each row is
 * validated on its own and never throws. The expected amount is computed on the library's exact
 * integer kernel (wage × rate as an integer ratio, one division per rounding mode), and the rounding
 * rule is the catalogue's `RULES['rounding.<mode>']`.
 *
 * @throws {@link InvalidInputError} `INVALID_ROUNDING_MODE` / `INVALID_OPTION` for bad options
 *
 * @example
 * ```ts
 * import { DeductionAuditor } from 'jp-labor-insurance';
 * const auditor = new DeductionAuditor();
 * const r = auditor.check({ id: 'E7', wage: '200000', closingDate: '2025-04-30', category: 'general', deducted: '1200' });
 * console.log(r.outcome, r.expected, r.difference, r.likelyCause, r.status); //=> 'mismatch' 1100 100 'old-rate' 'confirmed'
 * console.log(auditor.summary.rows, auditor.summary.mismatched); //=> 1 1
 * ```
 */
export class DeductionAuditor {
  /** Rounding the payroll is checked against. */
  readonly rounding: RoundingMode;
  /** Whether the 厘-truncation variant is expected. */
  readonly truncateToRinFirst: boolean;
  private readonly rule: Rule;
  private readonly rates: RateLookup;
  private readonly rules = new RuleCache();
  private readonly causes: CauseFinder;
  private index = 0;
  private readonly counts = { matched: 0, mismatched: 0, invalid: 0 };
  private deductedSum = 0n;
  private expectedSum = 0n;

  constructor(options: AuditOptions = {}) {
    options = assertObject(options, 'DeductionAuditor options'); // guard: an object, read once
    this.rounding = assertRoundingMode(options.rounding ?? 'halfDown');
    if (options.truncateToRinFirst !== undefined && typeof options.truncateToRinFirst !== 'boolean') {
      throw new InvalidInputError('INVALID_OPTION', 'truncateToRinFirst must be a boolean', { field: 'truncateToRinFirst' });
    }
    this.truncateToRinFirst = options.truncateToRinFirst ?? false;
    const custom: RatesOption | undefined = options.rates;
    if (custom !== undefined) ratesFor(2025, { rates: custom }); // validates custom tables once
    this.rule = RULES[`rounding.${this.rounding}`];
    this.rates = new RateLookup((closingDate, category) => employmentRateFor(custom === undefined ? { closingDate } : { closingDate, rates: custom }, category), this.rounding);
    this.causes = new CauseFinder(this.rates, this.rules, this.rounding, this.truncateToRinFirst, isTyped);
  }

  /** Checks one row and adds it to the summary. */
  check(row: DeductionRow): AuditRowResult {
    const index = this.index++;
    const read = readRow(row);
    if (read.error !== undefined) return this.invalid(index, read.id, read.error);
    try {
      const insured: unknown = read.row.insured;
      if (insured !== undefined && typeof insured !== 'boolean') {
        throw new InvalidInputError('INVALID_OPTION', `insured must be a boolean (got ${typeof insured})`, { field: 'insured' });
      }
      if (insured === false) return this.notInsured(index, read.id, read.row);
      return this.checked(index, read.id, this.parse(read.row));
    } catch (e) {
      if (!isTyped(e)) throw e;
      return this.invalid(index, read.id, e as LaborInsuranceError);
    }
  }

  /** A row that is not a 被保険者: the same checks of its cells, no rate, an expected deduction of 0. */
  private notInsured(index: number, id: string | number | undefined, row: DeductionRow): AuditRowResult {
    const closingDate = toIsoDate(normaliseDate(row.closingDate), 'closingDate');
    const category = assertCategory(normaliseCategory(row.category));
    const wage = yenToNumber(parseYen(row.wage, 'wage'), 'wage');
    const deducted = parseYen(row.deducted, 'deducted');
    const deductedNumber = yenToNumber(deducted, 'deducted');
    const match = deducted === 0n;
    const rule = RULES['audit.notInsured'];
    const trace = [
      traceStep('expected', 'audit.notInsured', 0n),
      match ? traceStep('compare', 'audit.match', 0n, { deducted: '0' }) : traceStep('compare', 'audit.mismatch', 0n, { deducted: String(deducted), difference: String(deducted) }),
    ];
    if (match) this.counts.matched++;
    else this.counts.mismatched++;
    this.deductedSum += deducted;
    return {
      index,
      id,
      outcome: match ? 'match' : 'mismatch',
      insured: false,
      wage,
      closingDate,
      category,
      deducted: deductedNumber,
      expected: 0,
      difference: deductedNumber,
      rounding: this.rounding,
      rule,
      truncateToRinFirst: this.truncateToRinFirst,
      legalBasis: rule.law!.split('; '),
      sources: [],
      status: 'confirmed',
      likelyCauses: [],
      trace,
    };
  }

  /** Counts and totals so far; the counts always add up to the rows checked. */
  get summary(): AuditSummary {
    const { matched, mismatched, invalid } = this.counts;
    return {
      rows: this.index,
      matched,
      mismatched,
      invalid,
      totalDeducted: yenToNumber(this.deductedSum, 'totalDeducted'),
      totalExpected: yenToNumber(this.expectedSum, 'totalExpected'),
      totalDifference: yenToNumber(this.deductedSum - this.expectedSum, 'totalDifference'),
    };
  }

  /**
   * Date, category, wage, rate, expected amount, deducted — in this order (the order of
   * employeeDeduction's checks, then the deducted amount); the first fault throws its typed error.
   */
  private parse(row: DeductionRow): ParsedRow {
    const closingDate = toIsoDate(normaliseDate(row.closingDate), 'closingDate');
    const category = assertCategory(normaliseCategory(row.category));
    const wage = parseYen(row.wage, 'wage');
    const entry = this.rates.on(closingDate, category);
    const rule = this.rules.get(entry.rate.rates.worker, this.rounding, this.truncateToRinFirst);
    const expected = expectedDeduction(wage, entry, rule, this.rounding, this.truncateToRinFirst);
    yenToNumber(expected.amount, 'amount');
    yenToNumber(wage, 'wage'); // the wage is reported as a number
    const deducted = parseYen(row.deducted, 'deducted');
    yenToNumber(deducted, 'deducted');
    return { closingDate, category, wage, entry, expected, deducted };
  }

  private checked(index: number, id: string | number | undefined, p: ParsedRow): AuditRowResult {
    const worker = p.entry.rate.rates.worker;
    const e = p.expected;
    const expected = Number(e.amount); // range-checked in parse
    const outcome: AuditOutcome = p.deducted === e.amount ? 'match' : 'mismatch';
    const difference = p.deducted - e.amount;
    if (outcome === 'match') {
      this.counts.matched++;
      e.trace.push(traceStep('compare', 'audit.match', e.amount, { deducted: String(p.deducted) }));
    } else {
      this.counts.mismatched++;
      e.trace.push(traceStep('compare', 'audit.mismatch', e.amount, { deducted: String(p.deducted), difference: String(difference) }));
    }
    this.deductedSum += p.deducted;
    this.expectedSum += e.amount;
    const found = outcome === 'mismatch' ? this.causes.find({ wage: p.wage, deducted: p.deducted, category: p.category, entry: p.entry }) : undefined;
    if (found !== undefined) e.trace.push(...found.steps);
    const r = p.entry.rate;
    // Built as one literal (no object spread): this runs once per payroll row.
    const result: AuditRowResult = {
      index,
      id,
      outcome,
      wage: Number(p.wage),
      closingDate: p.closingDate,
      category: p.category,
      deducted: Number(p.deducted),
      expected,
      difference: Number(difference),
      exact: e.exact,
      rate: worker,
      period: { from: r.period.from, to: r.period.to },
      rounding: this.rounding,
      rule: this.rule,
      truncateToRinFirst: this.truncateToRinFirst,
      legalBasis: [...p.entry.legalBasis],
      sources: [...r.sources],
      status: r.status,
      likelyCauses: found?.causes ?? [],
      trace: e.trace,
    };
    if (found !== undefined && found.causes.length > 0) result.likelyCause = found.causes[0]!;
    return result;
  }

  private invalid(index: number, id: string | number | undefined, e: LaborInsuranceError): AuditRowResult {
    this.counts.invalid++;
    const field = typeof e.details['field'] === 'string' ? e.details['field'] : undefined;
    const error =
      field === undefined ? { code: e.code, message: e.message, messageJa: errorMessageJa(e) } : { code: e.code, message: e.message, messageJa: errorMessageJa(e), field };
    return { index, id, outcome: 'invalid', rounding: this.rounding, truncateToRinFirst: this.truncateToRinFirst, likelyCauses: [], error, trace: [] };
  }
}
