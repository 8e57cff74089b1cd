import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { divideTruncate, multiplyYen, ratioFromPercent, rationalToDecimal } from '../kernel/index.js';
import type { SourceStatus } from '../rates/types.js';
import { BENEFIT_KINDS, isBenefitKind, type BenefitKind } from './benefitKind.js';
import { isCostRecoveryCulpability, type CostRecoveryCulpability } from './costRecoveryCulpability.js';
import { assertBoolean, assertObject } from './shared.js';

/** One benefit paid for the accident. */
export interface PaidBenefit {
  kind: BenefitKind;
  /** Amount paid (yen). */
  amount: YenInput;
  /** Paid for the period within 3 years from the start of treatment (療養開始日の翌日起算). Default true. */
  withinThreeYears?: boolean;
}

/** Input of {@link costRecoveryEstimate}. */
export interface CostRecoveryInput {
  culpability: CostRecoveryCulpability;
  benefits: readonly PaidBenefit[];
  /** The 労働基準法 災害補償 equivalent, when known: the collection never exceeds it. */
  laborStandardsCap?: YenInput;
}

/** Result of {@link costRecoveryEstimate}. */
export interface CostRecoveryEstimate {
  /** Always true: this is an estimate of exposure, not a decision of the 労働局. */
  estimate: true;
  culpability: CostRecoveryCulpability;
  /** The percentage collected, a decimal string: `'100'` (故意) or `'40'` (重大な過失). */
  percent: string;
  /** Σ of the benefits subject to collection. */
  subjectTotal: number;
  /** Σ of the benefits left out (療養・介護・二次健診, or beyond 3 years). */
  excludedTotal: number;
  /** Estimated 費用徴収金 (円未満切捨て assumed; capped by `laborStandardsCap` when given). */
  amount: number;
  /** True when the 労基法 cap lowered the amount. */
  capped: boolean;
  disclaimer: string;
  legalBasis: string[];
  /**
   * `single-source`: the percentages follow one 労働局's published administrative standard (山梨労働局),
   * and the rounding is assumed.
   */
  status: SourceStatus;
  sources: string[];
  /** Structured steps; render them with {@link explain}. */
  trace: TraceStep[];
}

const EXCLUDED: ReadonlySet<BenefitKind> = new Set(['medical', 'care', 'secondaryHealthCheck']);
const PERCENT: Readonly<Record<CostRecoveryCulpability, string>> = { intentional: '100', grossNegligence: '40' };
const LEGAL_BASIS = '労災法31条1項1号';
const CAP_BASIS = '労災法31条1項 (労働基準法の規定による災害補償の価額の限度)';
const SOURCES: readonly string[] = [
  'https://jsite.mhlw.go.jp/yamanashi-roudoukyoku/hourei_seido_tetsuzuki/rousai_hoken/hourei_seido/6-3.html',
  'MHLW 労働保険パンフレット 令和7年度版 (費用徴収)',
];

const DISCLAIMER =
  'Estimate only: the 労働局 decides whether and how much to collect (労災法31条1項1号). Percentages follow the administrative standard (故意 100%, 重大な過失 40%); the rounding of the amount is not confirmed by a source (円未満切捨て assumed).';

/** Σ of the benefits subject to collection and of those left out, with one step per benefit. */
function sortBenefits(benefits: unknown, trace: TraceStep[]): { subject: bigint; excluded: bigint } {
  if (!Array.isArray(benefits)) throw new InvalidInputError('INVALID_OPTION', 'benefits must be an array of { kind, amount, withinThreeYears? }', { field: 'benefits' });
  let subject = 0n;
  let excluded = 0n;
  benefits.forEach((b: unknown, i: number) => {
    const bo = assertObject(b, `benefits[${i}]`);
    const kind = bo['kind'];
    if (!isBenefitKind(kind))
      throw new InvalidInputError('INVALID_OPTION', `benefits[${i}].kind must be one of ${BENEFIT_KINDS.join(', ')} (got ${formatValue(kind)})`, {
        field: `benefits[${i}].kind`,
        value: kind,
      });
    const amount = parseYen(bo['amount'], `benefits[${i}].amount`);
    const within = assertBoolean(bo['withinThreeYears'], `benefits[${i}].withinThreeYears`, true);
    const params = { kind, amount: String(amount) };
    if (EXCLUDED.has(kind)) {
      excluded += amount;
      trace.push(traceStep(`benefit.${i}`, 'benefits.recoveryExcluded', '0', params));
    } else if (!within) {
      excluded += amount;
      trace.push(traceStep(`benefit.${i}`, 'benefits.recoveryBeyondThreeYears', '0', params));
    } else {
      subject += amount;
      trace.push(traceStep(`benefit.${i}`, 'benefits.recoverySubject', amount, { kind }));
    }
  });
  return { subject, excluded };
}

/**
 * ESTIMATE of the 費用徴収 exposure when an accident happens while the employer has not filed the
 * 保険関係成立届 (未手続事業主; 労災法31条1項1号): 100% (故意) or 40% (重大な過失) of the 保険給付 paid,
 * counting only benefits for the 3 years from the start of treatment and leaving out 療養・介護
 * (and 二次健康診断等給付), capped at the 労働基準法 災害補償 equivalent when you give it. Per the
 * administrative standard published by 山梨労働局; the authorities decide the actual amount.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION`, `AMOUNT_*`.
 *
 * @example
 * ```ts
 * import { costRecoveryEstimate } from 'jp-labor-insurance';
 * const benefits = [{ kind: 'absence', amount: 600_000 }, { kind: 'medical', amount: 1_000_000 }] as const;
 * console.log(costRecoveryEstimate({ culpability: 'intentional', benefits }).amount); //=> 600000
 * const e = costRecoveryEstimate({ culpability: 'grossNegligence', benefits });
 * console.log(e.amount, e.percent, e.estimate, e.status); //=> 240000 '40' true 'single-source'
 * ```
 */
export function costRecoveryEstimate(input: CostRecoveryInput): CostRecoveryEstimate {
  const o = assertObject(input, 'costRecoveryEstimate');
  const culpability = o['culpability'];
  if (!isCostRecoveryCulpability(culpability)) {
    throw new InvalidInputError('INVALID_OPTION', `culpability must be 'intentional' (故意) or 'grossNegligence' (重大な過失) (got ${formatValue(culpability)})`, {
      field: 'culpability',
      value: culpability,
    });
  }
  const percent = PERCENT[culpability];
  const trace: TraceStep[] = [];
  const { subject, excluded } = sortBenefits(o['benefits'], trace);
  const exact = multiplyYen(subject, ratioFromPercent(percent));
  let amount = divideTruncate(exact.numerator, exact.denominator);
  trace.push(traceStep('amount', 'benefits.recoveryAmount', amount, { subject: String(subject), percent, culpability, exact: rationalToDecimal(exact) }));
  let capped = false;
  const legalBasis = [LEGAL_BASIS];
  if (o['laborStandardsCap'] !== undefined) {
    const cap = parseYen(o['laborStandardsCap'], 'laborStandardsCap');
    if (amount > cap) {
      amount = cap;
      capped = true;
      legalBasis.push(CAP_BASIS);
      trace.push(traceStep('cap', 'benefits.recoveryCap', amount, { cap: String(cap) }));
    }
  }
  return {
    estimate: true,
    culpability,
    percent,
    subjectTotal: yenToNumber(subject, 'subjectTotal'),
    excludedTotal: yenToNumber(excluded, 'excludedTotal'),
    amount: yenToNumber(amount, 'amount'),
    capped,
    disclaimer: DISCLAIMER,
    legalBasis,
    status: 'single-source',
    sources: [...SOURCES],
    trace,
  };
}
