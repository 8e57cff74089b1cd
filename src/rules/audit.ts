import { ROUNDING_RULES } from './rounding.js';
import type { RuleArea } from './types.js';

type Mode = 'halfDown' | 'halfUp' | 'floor' | 'ceil';

/** The deduction's rounding step: the rule named once in `rounding.<mode>`, then the amount. */
function roundStep(mode: Mode): { readonly ja: string; readonly en: string; readonly law: string } {
  const r = ROUNDING_RULES[`rounding.${mode}`];
  return { ja: `${r.ja} → {value:n}円`, en: `${r.en} → ¥{value:n}`, law: r.law };
}

/** A likely cause: the deducted amount is what another rounding mode gives. */
function roundingCause(mode: Mode): { readonly ja: string; readonly en: string; readonly law: string } {
  const r = ROUNDING_RULES[`rounding.${mode}`];
  return { ja: `考えられる原因: 端数処理 ${r.ja} なら {value:n}円 (控除額と一致)`, en: `likely cause: rounding ${r.en} gives ¥{value:n} (equals the deduction)`, law: r.law };
}

/**
 * 監査 (auditDeductions): the expected deduction of a payroll row (rate by closing date, exact
 * product, optional 厘 step, rounding — the rounding rule itself named once in `rounding.<mode>`),
 * the comparison with the amount deducted, and the likely causes of a mismatch. Params: `rate`,
 * `from`/`to` (a rate period), `legalBasis` (the period's), `wage`, `deducted`, `difference` (yen).
 * @internal
 */
export const AUDIT_RULES = {
  'audit.rate': { ja: '被保険者負担率 {rate}/1000 ({from}〜{to}, 賃金締切日基準)', en: 'worker rate {rate}/1000 ({from}..{to}, by closing date)', law: '{legalBasis}' },
  'audit.exact': { ja: '賃金 {wage:n} × {rate}/1000 = {value:n}', en: 'wage {wage:n} × {rate}/1000 = {value:n}', law: '徴収法31条1項・32条1項; 徴収則60条' },
  'audit.rin': { ja: '厘未満切捨て {value} (互換オプション)', en: 'truncate to 厘: {value} (compatibility option)' },
  'audit.round.halfDown': roundStep('halfDown'),
  'audit.round.halfUp': roundStep('halfUp'),
  'audit.round.floor': roundStep('floor'),
  'audit.round.ceil': roundStep('ceil'),
  'audit.notInsured': {
    ja: '雇用保険の被保険者でない: 被保険者負担分はなく期待額 {value:n}円 (徴収法31条1項は被保険者の負担)',
    en: 'not a 雇用保険 insured person: no worker share, expected ¥{value:n} (徴収法31条1項 charges insured persons only)',
    law: '雇用保険法4条1項・6条; 徴収法31条1項',
  },
  'audit.match': { ja: '控除額 {deducted:n} = 期待額 {value:n}', en: 'deducted {deducted:n} = expected {value:n}' },
  'audit.mismatch': { ja: '控除額 {deducted:n} ≠ 期待額 {value:n} (差 {difference:n})', en: 'deducted {deducted:n} ≠ expected {value:n} (difference {difference:n})' },
  'audit.cause.oldRate': {
    ja: '考えられる原因: 前の料率期間の {rate}/1000 ({from}〜{to}) なら {value:n}円 (控除額と一致: 料率改定の見落とし)',
    en: 'likely cause: the previous period’s rate {rate}/1000 ({from}..{to}) gives ¥{value:n} (equals the deduction: a rate change missed)',
    law: '{legalBasis}',
  },
  'audit.cause.nextRate': {
    ja: '考えられる原因: 次の料率期間の {rate}/1000 ({from}〜{to}) なら {value:n}円 (控除額と一致: 新料率の早すぎる適用)',
    en: 'likely cause: the next period’s rate {rate}/1000 ({from}..{to}) gives ¥{value:n} (equals the deduction: a new rate applied too early)',
    law: '{legalBasis}',
  },
  'audit.cause.rounding.halfDown': roundingCause('halfDown'),
  'audit.cause.rounding.halfUp': roundingCause('halfUp'),
  'audit.cause.rounding.floor': roundingCause('floor'),
  'audit.cause.rounding.ceil': roundingCause('ceil'),
  'audit.cause.rinOn': {
    ja: '考えられる原因: 厘未満切捨てをしてから端数処理すると {value:n}円 (控除額と一致)',
    en: 'likely cause: truncating to 厘 before rounding gives ¥{value:n} (equals the deduction)',
  },
  'audit.cause.rinOff': {
    ja: '考えられる原因: 厘未満切捨てをせずに端数処理すると {value:n}円 (控除額と一致)',
    en: 'likely cause: rounding without the 厘 truncation gives ¥{value:n} (equals the deduction)',
  },
} as const satisfies RuleArea<'audit'>;
