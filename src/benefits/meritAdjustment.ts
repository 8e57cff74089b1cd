import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { MAX_DECIMAL_LENGTH } from '../core/rate.js';
import { weakestStatus } from '../core/status.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { rationalToDecimal, type Rational } from '../kernel/index.js';
import type { SourceStatus } from '../rates/types.js';
import { MERIT, meritSources } from './meritShared.js';
import { assertObject, statusesOf } from './shared.js';

/**
 * A メリット収支率 in percent: a decimal string (`'75'`, `'74.99'`), a safe integer, or an exact ratio
 * `{ numerator, denominator }` whose value × 100 is the percent (benefits ÷ adjusted premium).
 */
export type BalanceRatioInput = string | number | { numerator: string | number | bigint; denominator: string | number | bigint };

/**
 * Result of {@link meritAdjustmentFromBalanceRatio}. A rate, not an amount of money: exempt from the
 * contract's `amount` only (it has `trace`, `sources`, `legalBasis` and `status`).
 */
export interface MeritAdjustment {
  /** メリット増減率 (%), a decimal string with its sign: `'-40'` … `'40'` (`'0'` for none). */
  adjustmentPercent: string;
  /** The 収支率 in percent as a decimal string (display; a ratio that does not terminate is cut after 30 decimals). */
  ratioPercent: string;
  /** The row: `over` < ratio ≤ `upTo` (percent; `null` for the open ends). */
  interval: { overPercent: string | null; upToPercent: string | null };
  legalBasis: string[];
  /** The status of the 継続事業 table. */
  status: SourceStatus;
  sources: string[];
  /** Structured steps; render them with {@link explain}. */
  trace: TraceStep[];
}

const DECIMAL = /^(0|[1-9][0-9]*)(?:\.([0-9]+))?$/;

/** A non-negative exact value: bigint, safe integer or plain decimal string → rational. */
function exactNonNegative(v: unknown, field: string): Rational {
  if (typeof v === 'bigint' && v >= 0n) return { numerator: v, denominator: 1n };
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return { numerator: BigInt(v), denominator: 1n };
  const m = typeof v === 'string' && v.length <= MAX_DECIMAL_LENGTH ? DECIMAL.exec(v) : null;
  if (m) {
    const frac = m[2] ?? '';
    return { numerator: BigInt(m[1]! + frac), denominator: 10n ** BigInt(frac.length) };
  }
  throw new InvalidInputError('INVALID_OPTION', `${field} must be a non-negative decimal string, safe integer or bigint (got ${formatValue(v)})`, { field, value: v });
}

/** The balance ratio in percent, as an exact rational. */
function ratioInPercent(ratio: unknown): Rational {
  if (typeof ratio === 'object' && ratio !== null) {
    const o = assertObject(ratio, 'meritAdjustmentFromBalanceRatio');
    const num = exactNonNegative(o['numerator'], 'numerator');
    const den = exactNonNegative(o['denominator'], 'denominator');
    if (den.numerator === 0n) throw new InvalidInputError('INVALID_OPTION', 'denominator must not be 0', { field: 'denominator' });
    return { numerator: num.numerator * den.denominator * 100n, denominator: num.denominator * den.numerator };
  }
  return exactNonNegative(ratio, 'ratio');
}

/** The table row for a ratio: the first whose `upTo` is ≥ the ratio ("超 … まで"), with the bound below it. @internal */
export function meritRow(percent: Rational): { over: string | null; row: (typeof MERIT.continuous.rows)[number] } {
  const rows = MERIT.continuous.rows;
  let over: string | null = null;
  for (const row of rows) {
    if (row.upToPercent === null) return { over, row };
    const [i, f = ''] = row.upToPercent.split('.');
    const bound = { numerator: BigInt(i! + f), denominator: 10n ** BigInt(f.length) };
    // ratio ≤ bound ⇔ ratio.num × bound.den ≤ bound.num × ratio.den
    if (percent.numerator * bound.denominator <= bound.numerator * percent.denominator) return { over, row };
    over = row.upToPercent;
  }
  return { over, row: rows[rows.length - 1]! };
}

/**
 * メリット増減率 for a メリット収支率 (継続事業 table, 徴収則 別表第3): rows are "超 … まで", so a ratio
 * exactly on a bound takes the lower row (75% → −5, 85% → 0, 10% → −40). The comparison is exact; give
 * the ratio as a decimal string or as `{ numerator, denominator }` rather than a float.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION` for a float, a negative value or a zero denominator.
 *
 * @example
 * ```ts
 * import { meritAdjustmentFromBalanceRatio } from 'jp-labor-insurance';
 * console.log(meritAdjustmentFromBalanceRatio('75').adjustmentPercent, meritAdjustmentFromBalanceRatio('85').adjustmentPercent); //=> '-5' '0'
 * console.log(meritAdjustmentFromBalanceRatio({ numerator: 3, denominator: 4 }).adjustmentPercent); //=> '-5'
 * const a = meritAdjustmentFromBalanceRatio('150.01');
 * console.log(a.adjustmentPercent, a.interval, a.status); //=> '40' { overPercent: '150', upToPercent: null } 'single-source'
 * ```
 */
export function meritAdjustmentFromBalanceRatio(ratio: BalanceRatioInput): MeritAdjustment {
  const percent = ratioInPercent(ratio);
  const { over, row } = meritRow(percent);
  const table = MERIT.continuous;
  const ratioPercent = rationalToDecimal(percent, 30);
  const adjustmentPercent = String(row.adjustmentPercent);
  const legalBasis = table.legalBasis;
  const step =
    over === null
      ? traceStep('merit.ratio', 'benefits.meritRatioLowest', adjustmentPercent, { ratio: ratioPercent, upTo: row.upToPercent ?? '', legalBasis })
      : row.upToPercent === null
        ? traceStep('merit.ratio', 'benefits.meritRatioHighest', adjustmentPercent, { ratio: ratioPercent, over, legalBasis })
        : traceStep('merit.ratio', 'benefits.meritRatio', adjustmentPercent, { ratio: ratioPercent, over, upTo: row.upToPercent, legalBasis });
  return {
    adjustmentPercent,
    ratioPercent,
    interval: { overPercent: over, upToPercent: row.upToPercent },
    legalBasis: [legalBasis],
    status: weakestStatus(...statusesOf([table.status])),
    sources: meritSources(table.sources),
    trace: [step],
  };
}
