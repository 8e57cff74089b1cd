// The expected deduction of one payroll row, on the exact deduction kernel (internal to the audit).
import { traceStep, type TraceStep } from '../core/trace.js';
import { deductionRule, type DeductionRule } from '../employment/deduction.js';
import type { EmploymentRateInForce } from '../employment/rates.js';
import { rationalToDecimal, truncateToRin } from '../kernel/index.js';
import type { EmploymentCategory } from '../rates/types.js';
import type { RoundingMode } from '../rounding/roundYen.js';
import { RULES } from '../rules/index.js';
import { legalBasisList } from './legalBasis.js';

/** The statutes of the deduction itself: the worker's share (徴収法31条1項), withheld from wages (32条1項, 徴収則60条). */
const DEDUCTION_LAW: readonly string[] = ['徴収法31条1項・32条1項', '徴収則60条'];

/** Upper bound of every cache of the audit (a payroll has few distinct dates and rates). */
const CACHE_LIMIT = 4096;

/** A rate in force, with what every row that uses it shares: the trace params and the legal basis. @internal */
export interface RateEntry {
  readonly rate: EmploymentRateInForce;
  /** Params of the `audit.rate` step (and of a rate cause). */
  readonly params: Readonly<Record<string, string>>;
  /** The rate's legal basis, the deduction's and the rounding rule's, deduplicated. */
  readonly legalBasis: readonly string[];
}

/** Builds the {@link RateEntry} of a rate in force, for a rounding mode. @internal */
export function rateEntry(rate: EmploymentRateInForce, rounding: RoundingMode): RateEntry {
  const own = legalBasisList(rate.legalBasis);
  return Object.freeze({
    rate,
    params: Object.freeze({ rate: rate.rates.worker, from: rate.period.from, to: rate.period.to, legalBasis: own.join('; ') }),
    legalBasis: Object.freeze(legalBasisList(own, DEDUCTION_LAW, RULES[`rounding.${rounding}`].law)),
  });
}

/**
 * The rates in force by closing date and category, looked up once per distinct pair. A date with no
 * rate (no table, category not in force) throws its typed error on {@link RateLookup.on}, and is
 * `undefined` on {@link RateLookup.tryOn} (the likely-cause search asks about neighbouring periods).
 * @internal
 */
export class RateLookup {
  private readonly found = new Map<string, RateEntry | undefined>();

  constructor(
    private readonly lookup: (closingDate: string, category: EmploymentCategory) => EmploymentRateInForce,
    private readonly rounding: RoundingMode,
  ) {}

  /** The rate in force on `closingDate`; throws the lookup's typed error when there is none. */
  on(closingDate: string, category: EmploymentCategory): RateEntry {
    const key = `${closingDate}|${category}`;
    const hit = this.found.get(key);
    if (hit !== undefined) return hit;
    const entry = rateEntry(this.lookup(closingDate, category), this.rounding);
    this.remember(key, entry);
    return entry;
  }

  /** The rate in force on `closingDate`, or `undefined` when the tables give none. */
  tryOn(closingDate: string, category: EmploymentCategory, isTyped: (e: unknown) => boolean): RateEntry | undefined {
    const key = `${closingDate}|${category}`;
    if (this.found.has(key)) return this.found.get(key);
    try {
      return this.on(closingDate, category);
    } catch (e) {
      if (!isTyped(e)) throw e;
      this.remember(key, undefined);
      return undefined;
    }
  }

  private remember(key: string, entry: RateEntry | undefined): void {
    if (this.found.size >= CACHE_LIMIT) this.found.clear();
    this.found.set(key, entry);
  }
}

/** The {@link DeductionRule}s of the audit, one per rate × rounding × 厘 variant. @internal */
export class RuleCache {
  private readonly rules = new Map<string, DeductionRule>();

  get(rate: string, rounding: RoundingMode, truncateToRinFirst: boolean): DeductionRule {
    const key = `${rate}|${rounding}|${truncateToRinFirst ? 1 : 0}`;
    let rule = this.rules.get(key);
    if (rule === undefined) {
      rule = deductionRule(rate, rounding, truncateToRinFirst);
      if (this.rules.size >= CACHE_LIMIT) this.rules.clear();
      this.rules.set(key, rule);
    }
    return rule;
  }
}

/** The deduction of a wage under one rule: ⌊(wage·n + c) / d⌋ (see {@link DeductionRule}). @internal */
export function deductionAmount(wage: bigint, rule: DeductionRule): bigint {
  return (wage * rule.n + rule.c) / rule.d;
}

/** The expected deduction of a row and its steps. @internal */
export interface ExpectedDeduction {
  amount: bigint;
  /** Exact wage × rate as a decimal string. */
  exact: string;
  trace: TraceStep[];
}

/**
 * The legally expected deduction: wage × worker rate exactly, the optional 厘 step, the rounding —
 * the exact kernel of {@link deductionRule}, with structured steps. @internal
 */
export function expectedDeduction(wage: bigint, entry: RateEntry, rule: DeductionRule, rounding: RoundingMode, truncateToRinFirst: boolean): ExpectedDeduction {
  const product = { numerator: wage * rule.n, denominator: rule.d };
  const amount = deductionAmount(wage, rule);
  const exact = rationalToDecimal(product);
  const worker = entry.rate.rates.worker;
  const trace: TraceStep[] = [traceStep('rate', 'audit.rate', worker, entry.params), traceStep('exact', 'audit.exact', exact, { wage: String(wage), rate: worker })];
  if (truncateToRinFirst) trace.push(traceStep('rin', 'audit.rin', rationalToDecimal(truncateToRin(product))));
  trace.push(traceStep('round', `audit.round.${rounding}`, amount));
  return { amount, exact, trace };
}
