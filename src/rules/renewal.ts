import type { RuleArea } from './types.js';

/**
 * 年度更新 and its parts: 確定/概算, 一般拠出金, 充当, 延納, 賃金集計, 追徴金, 延滞金, 増加概算, 認定決定.
 * Derived from the trace texts of src/renewal/*.ts; the helper converting a module adds or adjusts
 * the rules it needs here. A `{…Ja}` / `{…En}` param pair carries a text that comes with a data row.
 * @internal
 */
export const RENEWAL_RULES = {
  // renewal.ts
  'renewal.shortfall': {
    ja: '確定保険料 {final:n} − 申告済概算保険料 {declared:n} = 不足額 {shortfall:n}',
    en: 'final premium {final:n} − declared estimate {declared:n}: shortfall {shortfall:n}',
    law: '徴収法19条3項・6項',
  },
  'renewal.excess': {
    ja: '確定保険料 {final:n} − 申告済概算保険料 {declared:n} = 超過額 {excess:n}',
    en: 'final premium {final:n} − declared estimate {declared:n}: excess {excess:n}',
    law: '徴収法19条3項・6項',
  },
  'renewal.appropriation': {
    ja: '超過額を{target:term}に充当 {value:n}',
    en: 'excess applied to {target:term}: {value:n}',
    law: '徴収法19条6項; 徴収則37条 (article numbers unverified)',
  },
  'renewal.refund': { ja: '還付額 {value:n}', en: 'refundable: {value:n}', law: '徴収則36条 (article number unverified)' },
  'renewal.payment': {
    ja: '第{number}期 納付額 {estimated:n} − 充当額 {applied:n} = {value:n} (納期限 {dueDate})',
    en: 'instalment {number}: {estimated:n} − applied {applied:n} = {value:n} (due {dueDate})',
    law: '徴収法18条・19条3項; 石綿法37条',
  },
  'renewal.paymentFirst': {
    ja: '第{number}期 納付額 {estimated:n} + 不足額 {shortfall:n} + 一般拠出金 {generalContribution:n} − 充当額 {applied:n} = {value:n} (納期限 {dueDate})',
    en: 'instalment {number}: {estimated:n} + shortfall {shortfall:n} + general contribution {generalContribution:n} − applied {applied:n} = {value:n} (due {dueDate})',
    law: '徴収法18条・19条3項; 石綿法37条',
  },
  // estimateBasis.ts
  'renewal.estimatePrevious': {
    ja: '[[{insurance:term}: ]]見込額なし → 前年度の賃金総額 {value:n} を使用',
    en: '[[{insurance:term}: ]]no estimate given: the previous year’s base is used',
    law: '{legalBasis}',
  },
  'renewal.estimateWithin': {
    ja: '[[{insurance:term}: ]]見込額 {estimate:n} / 前年度 {previous:n}: {lower}%以上{upper}%以下 → 前年度の額 {value:n}',
    en: '[[{insurance:term}: ]]estimate {estimate:n} is within {lower}%–{upper}% of the previous base {previous:n}',
    law: '{legalBasis}',
  },
  'renewal.estimateOutside': {
    ja: '[[{insurance:term}: ]]見込額 {estimate:n} / 前年度 {previous:n}: {lower}%未満又は{upper}%超 → 見込額 {value:n}',
    en: '[[{insurance:term}: ]]estimate {estimate:n} is outside {lower}%–{upper}% of the previous base {previous:n}',
    law: '{legalBasis}',
  },
  'renewal.estimateNoPrevious': {
    ja: '[[{insurance:term}: ]]前年度の基礎額なし → 見込額 {value:n}',
    en: '[[{insurance:term}: ]]no previous base: the estimate is used',
    law: '{legalBasis}',
  },
  'renewal.estimateHalfFirst': {
    ja: '[[{insurance:term}: ]]算定基礎額の見込額 {base:n} の2分の1 → 前期 ({from}〜{to}) {value:n} (千円未満切上げ)',
    en: '[[{insurance:term}: ]]half of the estimated base {base:n} → first half ({from}..{to}) {value:n} (rounded up to ¥1,000)',
    law: '{legalBasis}',
  },
  'renewal.estimateHalfSecond': {
    ja: '[[{insurance:term}: ]]算定基礎額の見込額 {base:n} の2分の1 → 後期 ({from}〜{to}) {value:n} (千円未満切捨て)',
    en: '[[{insurance:term}: ]]half of the estimated base {base:n} → second half ({from}..{to}) {value:n} (rounded down to ¥1,000)',
    law: '{legalBasis}',
  },
  // generalContribution.ts
  'renewal.gcNotApplicable': {
    ja: '雇用保険のみの申告: 一般拠出金なし',
    en: 'employment-insurance-only declaration: no general contribution',
    law: '福島労働局「一般拠出金の申告・納付」',
  },
  'renewal.gcBase': {
    ja: '労災保険 確定賃金総額 {wages:n} → 千円未満切捨て {value:n}',
    en: "workers' compensation wages {wages:n} → truncated to ¥1,000: {value:n}",
    law: '石綿法38条 (徴収法15条1項1号の準用)',
  },
  'renewal.gcAmount': {
    ja: '{base:n} × {rate}/1000 = {exact:n} → 円未満切捨て {value:n}',
    en: '{base:n} × {rate}/1000 = {exact:n} → truncated to the yen: {value:n}',
    law: '{legalBasis}',
  },
  // installments.ts
  'renewal.firstDue': { ja: '第1期(全期)納期限 {value} (6月1日から40日以内)', en: 'first (or only) payment due {value} (40 days from June 1)', law: '{legalBasis}' },
  'renewal.firstDueAccountTransfer': { ja: '第1期(全期) 口座振替納付日 {value}', en: 'first (or only) payment debited on {value} (口座振替)', law: '{legalBasis}' },
  'renewal.firstDueNewBusiness': {
    ja: '保険関係成立 {established} → 翌日起算50日以内 {value}',
    en: 'established {established} → due within 50 days counted from the next day: {value}',
    law: '{legalBasis}',
  },
  'renewal.installmentsAllowed': { ja: '延納: 可 ({reason:term})', en: 'instalments: allowed ({reason:term})', law: '{legalBasis}' },
  'renewal.installmentsAllowedAmount': {
    ja: '延納: 可 (概算保険料 {amount:n} ≥ {threshold:n}円)',
    en: 'instalments: allowed (概算保険料 {amount:n} ≥ {threshold:n} yen)',
    law: '{legalBasis}',
  },
  'renewal.installmentsRefused': { ja: '延納: 不可 ({reason:term})', en: 'instalments: not allowed ({reason:term})', law: '{legalBasis}' },
  'renewal.installmentsRefusedLateStart': {
    ja: '延納: 不可 (10月1日以降の成立 ({established}))',
    en: 'instalments: not allowed (established on {established}, on or after October 1: no 延納)',
    law: '{legalBasis}',
  },
  'renewal.installmentsRefusedAmount': {
    ja: '延納: 不可 (概算保険料 {amount:n} が{threshold:n}円未満で事務組合委託なし)',
    en: 'instalments: not allowed (概算保険料 {amount:n} is below {threshold:n} yen ({coverage:term}) and the business is not commissioned to a 労働保険事務組合)',
    law: '{legalBasis}',
  },
  'renewal.installmentsDivide': {
    ja: '{amount:n} ÷ {count} = {each:n} (端数 {remainder:n} は第1期に合算) → 第1期 {value:n}',
    en: '{amount:n} ÷ {count} = {each:n} each; the remainder {remainder:n} goes to the first: {value:n}',
    law: '徴収則27条2項; 端数計算法3条',
  },
  'renewal.installment': { ja: '第{number}期 ({from}〜{to}) {value:n}円 納期限 {dueDate}', en: 'instalment {number} ({from}..{to}) ¥{value:n} due {dueDate}', law: '{legalBasis}' },
  'renewal.installmentWeekend': {
    ja: '第{number}期 ({from}〜{to}) {value:n}円 納期限 {dueDate} (土日)',
    en: 'instalment {number} ({from}..{to}) ¥{value:n} due {dueDate} (weekend)',
    law: '{legalBasis}',
  },
  // payroll.ts
  'renewal.ledgerWorkersCompensation': {
    ja: '労災保険対象者分 賃金総額 {wages:n} → 千円未満切捨て {value:n}',
    en: "workers' compensation wages {wages:n} → truncated to ¥1,000: {value:n}",
    law: '徴収法11条・15条1項1号',
  },
  'renewal.ledgerEmploymentInsurance': {
    ja: '雇用保険被保険者分 賃金総額 {wages:n} → 千円未満切捨て {value:n}',
    en: 'employment insurance wages {wages:n} → truncated to ¥1,000: {value:n}',
    law: '徴収法11条・15条1項1号',
  },
  'renewal.ledgerExempt': {
    ja: '免除対象高年齢労働者分 {value:n} ({bornBy}以前生まれ)',
    en: 'exempt insured workers aged 64+ on April 1 (born on or before {bornBy}): {value:n}',
    law: '旧徴収法11条の2 (2020-03-31まで)',
  },
  'renewal.ledgerExcluded': {
    ja: '他の保険年度の締切日の記録 {value}件を除外',
    en: '{value} record(s) with a closing date in another fiscal year left out',
    law: '賃金締切日基準',
  },
  // surcharge.ts — 追徴金
  'renewal.surchargeBase': { ja: '納付すべき額 {amount:n} → 千円未満切捨て {value:n}', en: 'amount due {amount:n} → truncated to ¥1,000: {value:n}', law: '徴収法21条1項' },
  'renewal.surchargeExcused': { ja: '天災その他やむを得ない理由により追徴金なし', en: '天災その他やむを得ない理由: no surcharge', law: '{legalBasis}' },
  'renewal.surchargeUnderMinimum': {
    ja: '納付すべき額が{minimum:n}円未満のため追徴金なし',
    en: 'amount due {amount:n} is under {minimum:n} yen: no surcharge',
    law: '{legalBasis}',
  },
  'renewal.surchargeAmount': { ja: '{base:n} × {percent}/100 = {value:n}', en: '{base:n} × {percent}% = {value:n}', law: '{legalBasis}' },
  // lateFee.ts, lateFeeSteps.ts — 延滞金
  'renewal.lateFeePeriod': { ja: '計算期間 {from}〜{to}; 納期限の翌日から2月を経過する日 {value}', en: 'days {from}..{to}; reduced rate until {value}', law: '徴収法28条1項' },
  'renewal.lateFeePaidByDeadline': {
    ja: '督促状の指定期限 {deadline} までに完納: 延滞金なし',
    en: 'paid by the demand notice deadline {deadline}: no late fee',
    law: '徴収法27条・28条',
  },
  'renewal.lateFeeSmallPremium': { ja: '労働保険料が{minimum:n}円未満: 延滞金なし', en: 'premium {premium:n} is under {minimum:n} yen: no late fee', law: '徴収法27条・28条' },
  'renewal.lateFeeUnderMinimum': { ja: '延滞金 {unrounded} が{minimum}円未満: 徴収しない', en: 'late fee {unrounded} is under {minimum} yen: none', law: '徴収法27条・28条' },
  'renewal.lateFeeSegment': { ja: '{from}〜{to} {days}日: {base:n} × {percent}% × {days}', en: '{from}..{to} {days} days: {base:n} × {percent}% × {days}', law: '{legalBasis}' },
  'renewal.lateFeeAmount': { ja: 'Σ ÷ 365 = {unrounded:n} → 百円未満切捨て {value:n}', en: 'sum ÷ 365 = {unrounded:n} → truncated to ¥100: {value:n}', law: '徴収法28条1項・3項' },
  // increasedEstimate.ts
  'renewal.increaseRatio': {
    ja: '{insurance:term} 見込額 {value:n} {op} 申告済の基礎額 {filed:n} × 200%',
    en: '{insurance:term} new base {value:n} {op} 200% of the filed base {filed:n}',
    law: '徴収則25条1項',
  },
  'renewal.increaseRequired': {
    ja: '増加額 {next:n} − {filed:n} = {value:n} (13万円以上かつ200%超: 申告要)',
    en: 'increase {next:n} − {filed:n} = {value:n} (required)',
    law: '{legalBasis}',
  },
  'renewal.increaseNotRequired': { ja: '増加額 {next:n} − {filed:n} = {value:n} (申告不要)', en: 'increase {next:n} − {filed:n} = {value:n} (not required)', law: '{legalBasis}' },
  'renewal.increaseDue': {
    ja: '増加が見込まれた日 {expectedOn} の翌日から30日以内: {value}',
    en: 'due within 30 days from the day after {expectedOn}: {value}',
    law: '徴収法16条',
  },
  'renewal.increaseInstallments': {
    ja: '増加概算保険料 {difference:n} ÷ 残りの期数 {count} = {each:n} (端数は最初の期) → {listJa}',
    en: 'increase {difference:n} ÷ {count} remaining instalments: {listEn}',
    law: '徴収則30条 (single-source)',
  },
  // unregistered.ts
  'renewal.unregisteredBarred': {
    ja: 'FY{fiscalYear}: 納期限 {dueDate} から2年経過 ({barredAfter}) — 時効',
    en: 'FY{fiscalYear}: more than two years since its deadline {dueDate} — time-barred',
    law: '{legalBasis}',
  },
  'renewal.unregisteredYear': {
    ja: 'FY{fiscalYear}: 確定保険料 {premium:n} + 追徴金 {surcharge:n} + 一般拠出金 {generalContribution:n} = {value:n}',
    en: 'FY{fiscalYear}: premium {premium:n} + surcharge {surcharge:n} + general contribution {generalContribution:n} = {value:n}',
    law: '徴収法19条4項・21条',
  },
  'renewal.unregisteredTotal': { ja: '認定決定の見込み 合計 {value:n}', en: 'estimated collection by official determination: {value:n}', law: '徴収法19条4項・21条; 石綿法38条' },
  // wage-ledger — 算定基礎賃金集計表: the 申告書's headcounts
  'renewal.ledgerPermanentWorkers': {
    ja: '常時使用労働者数 各月の人数の合計 {sum} ÷ 12 → 小数点以下切捨て {value}',
    en: 'workers employed: sum of the monthly counts {sum} ÷ 12, truncated: {value}',
    law: '徴収則 様式第6号 (1か月平均使用労働者数)',
  },
  'renewal.ledgerInsuredWorkers': {
    ja: '雇用保険被保険者数 各月の人数の合計 {sum} ÷ 12 → 小数点以下切捨て {value}',
    en: 'insured workers: sum of the monthly counts {sum} ÷ 12, truncated: {value}',
    law: '徴収則 様式第6号 (1か月平均被保険者数)',
  },
} as const satisfies RuleArea<'renewal'>;
