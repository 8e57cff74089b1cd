import { dec, toBigInt } from '../core/decimal.js';
import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { groupDigits, step, type TraceStep } from '../core/trace.js';
import { parseYen, yenToNumber, type YenInput } from '../core/yen.js';
import { floorYen } from '../rounding/floor.js';
import { assertBoolean, assertObject } from './shared.js';

/** 故意 (the employer had been told to file by the authorities and did not) or 重大な過失 (not told, but over a year late). */
export type CostRecoveryCulpability = 'intentional' | 'grossNegligence';

/**
 * Kind of 保険給付 paid for the accident. 療養 (`medical`), 介護 (`care`) and 二次健康診断等給付
 * (`secondaryHealthCheck`) are never subject to 費用徴収 for an unregistered business.
 */
export type BenefitKind = 'medical' | 'care' | 'secondaryHealthCheck' | 'absence' | 'injuryDisease' | 'disability' | 'survivors' | 'funeral' | 'other';

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
  /** 100 (故意) or 40 (重大な過失). */
  percent: number;
  /** Σ of the benefits subject to collection. */
  subjectTotal: number;
  /** Σ of the benefits left out (療養・介護・二次健診, or beyond 3 years). */
  excludedTotal: number;
  /** Estimated 費用徴収金 (円未満切捨て assumed; capped by `laborStandardsCap` when given). */
  amount: number;
  /** True when the 労基法 cap lowered the amount. */
  capped: boolean;
  disclaimer: string;
  legalBasis: string;
  sources: string[];
  trace: TraceStep[];
}

const EXCLUDED: ReadonlySet<BenefitKind> = new Set(['medical', 'care', 'secondaryHealthCheck']);
const KINDS: ReadonlySet<string> = new Set(['medical', 'care', 'secondaryHealthCheck', 'absence', 'injuryDisease', 'disability', 'survivors', 'funeral', 'other']);
const KIND_JA: Record<BenefitKind, string> = {
  medical: '療養(補償)等給付',
  care: '介護(補償)等給付',
  secondaryHealthCheck: '二次健康診断等給付',
  absence: '休業(補償)等給付',
  injuryDisease: '傷病(補償)等年金',
  disability: '障害(補償)等給付',
  survivors: '遺族(補償)等給付',
  funeral: '葬祭料等',
  other: 'その他の給付',
};

const DISCLAIMER = 'Estimate only: the 労働局 decides whether and how much to collect (労災法31条1項1号). Percentages follow the administrative standard (故意 100%, 重大な過失 40%); the rounding of the amount is not confirmed by a source (円未満切捨て assumed).';

/**
 * ESTIMATE of the 費用徴収 exposure when an accident happens while the employer has not filed the
 * 保険関係成立届 (未手続事業主; 労災法31条1項1号): 100% (故意) or 40% (重大な過失) of the 保険給付 paid,
 * counting only benefits for the 3 years from the start of treatment and leaving out 療養・介護
 * (and 二次健康診断等給付), capped at the 労働基準法 災害補償 equivalent when you give it. Per the
 * administrative standard published by 山梨労働局; the authorities decide the actual amount.
 *
 * @example
 * ```ts
 * import { costRecoveryEstimate } from 'jp-labor-insurance';
 * const benefits = [{ kind: 'absence', amount: 600_000 }, { kind: 'medical', amount: 1_000_000 }] as const;
 * console.log(costRecoveryEstimate({ culpability: 'intentional', benefits }).amount); //=> 600000
 * const e = costRecoveryEstimate({ culpability: 'grossNegligence', benefits });
 * console.log(e.amount, e.estimate); //=> 240000 true
 * ```
 */
export function costRecoveryEstimate(input: CostRecoveryInput): CostRecoveryEstimate {
  const o = assertObject(input, 'costRecoveryEstimate');
  const culpability = o['culpability'];
  if (culpability !== 'intentional' && culpability !== 'grossNegligence') {
    throw new InvalidInputError('INVALID_OPTION', `culpability must be 'intentional' (故意) or 'grossNegligence' (重大な過失) (got ${formatValue(culpability)})`, { field: 'culpability', value: culpability });
  }
  const percent = culpability === 'intentional' ? 100 : 40;
  const benefits = o['benefits'];
  if (!Array.isArray(benefits)) throw new InvalidInputError('INVALID_OPTION', 'benefits must be an array of { kind, amount, withinThreeYears? }', { field: 'benefits' });
  const trace: TraceStep[] = [];
  let subject = 0n;
  let excluded = 0n;
  benefits.forEach((b: unknown, i: number) => {
    const bo = assertObject(b, `benefits[${i}]`);
    const kind = bo['kind'];
    if (typeof kind !== 'string' || !KINDS.has(kind)) throw new InvalidInputError('INVALID_OPTION', `benefits[${i}].kind must be one of ${[...KINDS].join(', ')} (got ${formatValue(kind)})`, { field: `benefits[${i}].kind`, value: kind });
    const k = kind as BenefitKind;
    const amount = parseYen(bo['amount'], `benefits[${i}].amount`);
    const within = assertBoolean(bo['withinThreeYears'], `benefits[${i}].withinThreeYears`, true);
    if (EXCLUDED.has(k) || !within) {
      excluded += amount;
      const why = EXCLUDED.has(k) ? { ja: '対象外の給付', en: 'benefit not subject to collection' } : { ja: '療養開始後3年を超える期間の分', en: 'paid for the period beyond 3 years from the start of treatment' };
      trace.push(step(`benefit.${i}`, 0, `${KIND_JA[k]} ${groupDigits(amount)}円: ${why.ja}`, `${k} ¥${groupDigits(amount)}: ${why.en}`, '未手続事業主に対する費用徴収の取扱い (山梨労働局)'));
    } else {
      subject += amount;
      trace.push(step(`benefit.${i}`, amount, `${KIND_JA[k]} ${groupDigits(amount)}円: 対象`, `${k} ¥${groupDigits(amount)}: subject to collection`, '未手続事業主に対する費用徴収の取扱い (山梨労働局)'));
    }
  });
  const exact = dec(subject).times(percent).div(100);
  let amount = floorYen(exact);
  trace.push(step('amount', amount.toString(), `${groupDigits(subject)} × ${percent}% (${culpability === 'intentional' ? '故意' : '重大な過失'}) = ${groupDigits(exact.toString())} → ${groupDigits(amount.toString())} (見込み)`, `${groupDigits(subject)} × ${percent}% (${culpability === 'intentional' ? 'wilful' : 'gross negligence'}) = ${groupDigits(exact.toString())} → ${groupDigits(amount.toString())} (estimate)`, '労災法31条1項1号'));
  let capped = false;
  if (o['laborStandardsCap'] !== undefined) {
    const cap = parseYen(o['laborStandardsCap'], 'laborStandardsCap');
    if (amount.gt(dec(cap))) {
      amount = dec(cap);
      capped = true;
      trace.push(step('cap', amount.toString(), `労基法の災害補償の価額 ${groupDigits(cap)}円を限度`, `limited to the Labour Standards Act compensation value ¥${groupDigits(cap)}`, '労災法31条1項 (労働基準法の規定による災害補償の価額の限度)'));
    }
  }
  return {
    estimate: true,
    culpability,
    percent,
    subjectTotal: yenToNumber(subject, 'subjectTotal'),
    excludedTotal: yenToNumber(excluded, 'excludedTotal'),
    amount: yenToNumber(toBigInt(amount), 'amount'),
    capped,
    disclaimer: DISCLAIMER,
    legalBasis: '労災法31条1項1号',
    sources: ['https://jsite.mhlw.go.jp/yamanashi-roudoukyoku/hourei_seido_tetsuzuki/rousai_hoken/hourei_seido/6-3.html', 'MHLW 労働保険パンフレット 令和7年度版 (費用徴収)'],
    trace,
  };
}
