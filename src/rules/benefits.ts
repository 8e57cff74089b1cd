import type { RuleArea } from './types.js';

/**
 * 給付・特別加入・メリット・費用徴収・建設の賃金総額: derived from the trace texts of src/benefits/*.ts.
 * @internal
 */
export const BENEFITS_RULES = {
  // careBenefit.ts
  'benefits.careLimits': {
    ja: '{level:term} {month}: 上限額 {value:n}円, 最低保障額 {minimum:n}円 ({from}〜{to})',
    en: '{level:term} {month}: cap ¥{value:n}, minimum ¥{minimum:n} ({from}..{to})',
    law: '{legalBasis}',
  },
  'benefits.careMinimum': {
    ja: '親族等による介護あり、支出額 {expense:n}円 ≤ 最低保障額 → {value:n}円',
    en: 'care by a relative and expense ¥{expense:n} ≤ minimum → ¥{value:n}',
    law: '{legalBasis}',
  },
  'benefits.careCap': { ja: '支出額 {expense:n}円 > 上限額 → {value:n}円', en: 'expense ¥{expense:n} > cap → ¥{value:n}', law: '{legalBasis}' },
  'benefits.careFirstMonth': {
    ja: '支給事由が生じた月: 最低保障なし、支出額 {value:n}円',
    en: 'first month of entitlement: no minimum, the expense paid ¥{value:n}',
    law: '{legalBasis} (新たに支給すべき事由が生じた月は支出された額)',
  },
  'benefits.careExpense': { ja: '支出額 {value:n}円 (上限額以下、最低保障額超)', en: 'expense ¥{value:n} (within the cap, above the minimum)', law: '{legalBasis}' },
  'benefits.careExpenseNoFamily': {
    ja: '支出額 {value:n}円 (上限額以下、親族等の介護なし: 最低保障なし)',
    en: 'expense ¥{value:n} (within the cap; no care by a relative: no minimum)',
    law: '{legalBasis}',
  },
  // medicalCopayment.ts
  'benefits.copayAmount': { ja: '一部負担金 {value:n}円', en: 'copayment ¥{value:n}', law: '{legalBasis}' },
  'benefits.copayAmountDayLaborer': { ja: '一部負担金 {value:n}円 (日雇特例被保険者)', en: 'copayment ¥{value:n} (day-labourer insured)', law: '{legalBasis}' },
  'benefits.copayCost': {
    ja: '療養に要した費用 {value:n}円 < 一部負担金 → {value:n}円',
    en: 'cost of treatment ¥{value:n} is below the copayment → ¥{value:n}',
    law: '{legalBasis}',
  },
  // costRecovery.ts
  'benefits.recoveryExcluded': {
    ja: '{kind:term} {amount:n}円: 対象外の給付',
    en: '{kind} ¥{amount:n}: benefit not subject to collection',
    law: '未手続事業主に対する費用徴収の取扱い (山梨労働局)',
  },
  'benefits.recoveryBeyondThreeYears': {
    ja: '{kind:term} {amount:n}円: 療養開始後3年を超える期間の分',
    en: '{kind} ¥{amount:n}: paid for the period beyond 3 years from the start of treatment',
    law: '未手続事業主に対する費用徴収の取扱い (山梨労働局)',
  },
  'benefits.recoverySubject': { ja: '{kind:term} {value:n}円: 対象', en: '{kind} ¥{value:n}: subject to collection', law: '未手続事業主に対する費用徴収の取扱い (山梨労働局)' },
  'benefits.recoveryAmount': {
    ja: '{subject:n} × {percent}% ({culpability:term}) = {exact:n} → {value:n} (見込み)',
    en: '{subject:n} × {percent}% ({culpability:term}) = {exact:n} → {value:n} (estimate)',
    law: '労災法31条1項1号',
  },
  'benefits.recoveryCap': {
    ja: '労基法の災害補償の価額 {cap:n}円を限度',
    en: 'limited to the Labour Standards Act compensation value ¥{cap:n}',
    law: '労災法31条1項 (労働基準法の規定による災害補償の価額の限度)',
  },
  // merit.ts
  'benefits.meritOccupational': {
    ja: '労災保険率 {rate} − 非業務災害率 {nonOccupational} = {value}/1000',
    en: 'rate {rate} − non-occupational rate {nonOccupational} = {value}/1000',
    law: '徴収法12条3項',
  },
  'benefits.meritAdjust': { ja: '{occupational} × (100 {sign} {percent})/100 = {value}', en: '{occupational} × (100 {sign} {percent})/100 = {value}', law: '徴収法12条3項' },
  'benefits.meritRate': {
    ja: '{adjusted} + 非業務災害率 {nonOccupational} = メリット改定後の労災保険率 {value}/1000',
    en: '{adjusted} + {nonOccupational} = merit-adjusted rate {value}/1000',
    law: '徴収法12条3項',
  },
  'benefits.meritRatio': {
    ja: 'メリット収支率 {ratio}% は「{over}%超{upTo}%まで」→ 増減率 {value}%',
    en: 'balance ratio {ratio}% is in ({over}, {upTo}] → adjustment {value}%',
    law: '{legalBasis}',
  },
  'benefits.meritRatioLowest': {
    ja: 'メリット収支率 {ratio}% は「{upTo}%まで」→ 増減率 {value}%',
    en: 'balance ratio {ratio}% is in (−∞, {upTo}] → adjustment {value}%',
    law: '{legalBasis}',
  },
  'benefits.meritRatioHighest': {
    ja: 'メリット収支率 {ratio}% は「{over}%超」→ 増減率 {value}%',
    en: 'balance ratio {ratio}% is in ({over}, ∞] → adjustment {value}%',
    law: '{legalBasis}',
  },
  'benefits.meritCoefficient': {
    ja: '災害度係数 = {workers} × ({rate} − {nonOccupational})/1000 = {value}',
    en: 'disaster coefficient = {workers} × ({rate} − {nonOccupational})/1000 = {value}',
    law: '{legalBasis}',
  },
  'benefits.meritEligibleWorkers': { ja: '労働者数 {workers} ≥ 100 → 適用', en: '{workers} workers ≥ 100 → eligible', law: '{legalBasis}' },
  'benefits.meritTooFew': { ja: '労働者数 {workers} < 20 → 非適用', en: '{workers} workers < 20 → not eligible', law: '{legalBasis}' },
  'benefits.meritEligibleCoefficient': {
    ja: '労働者数 20〜99、災害度係数 {coefficient} ≥ 0.4 → 適用',
    en: '20–99 workers, coefficient {coefficient} ≥ 0.4 → eligible',
    law: '{legalBasis}',
  },
  'benefits.meritLowCoefficient': {
    ja: '労働者数 20〜99、災害度係数 {coefficient} < 0.4 → 非適用',
    en: '20–99 workers, coefficient {coefficient} < 0.4 → not eligible',
    law: '{legalBasis}',
  },
  // specialEnrollment.ts
  'benefits.specialRateGiven': {
    ja: '{kind:term}保険料率 {value}/1000 (事業の労災保険率 (指定))',
    en: "special enrollment class {kind} rate {value}/1000 (the business's rate as given)",
    law: '徴収法13条',
  },
  'benefits.specialRateIndustryGiven': {
    ja: '{kind:term}保険料率 {value}/1000 ({industry} {industryName}, メリット改定後等の指定料率 (表 {tableRate}))',
    en: 'special enrollment class {kind} rate {value}/1000 (industry {industry}, given (e.g. merit-adjusted) rate; table {tableRate})',
    law: '徴収法13条・12条3項',
  },
  'benefits.specialRateIndustry': {
    ja: '{kind:term}保険料率 {value}/1000 ({industry} {industryName} の労災保険率)',
    en: 'special enrollment class {kind} rate {value}/1000 (rate of industry {industry})',
    law: '徴収法13条; {legalBasis}',
  },
  'benefits.specialRateAsGiven': {
    ja: '{kind:term}保険料率 {value}/1000 (指定料率)',
    en: 'special enrollment class {kind} rate {value}/1000 (rate as given)',
    law: '{legalBasis}',
  },
  'benefits.specialRateThirdClass': {
    ja: '{kind:term}保険料率 {value}/1000 (海外派遣者)',
    en: 'special enrollment class {kind} rate {value}/1000 (workers posted abroad)',
    law: '{legalBasis}',
  },
  'benefits.specialRateWorkTypeGiven': {
    ja: '{kind:term}保険料率 {value}/1000 ({workTypeName}, 指定料率 (表 {tableRate}))',
    en: 'special enrollment class {kind} rate {value}/1000 ({workType}, rate as given (table {tableRate}))',
    law: '{legalBasis}',
  },
  'benefits.specialRateWorkType': {
    ja: '{kind:term}保険料率 {value}/1000 ({workTypeName} (表 {table}))',
    en: 'special enrollment class {kind} rate {value}/1000 ({workType} (table {table}))',
    law: '{legalBasis}',
  },
  'benefits.specialMemberYear': { ja: '{label}: 給付基礎日額 {daily:n} × 365 = {value:n}', en: '{label}: daily base {daily:n} × 365 = {value:n}', law: '{legalBasis}' },
  'benefits.specialMemberMonths': {
    ja: '{label}: {daily:n} × 365 = {annual:n} ÷ 12 → 1円未満切上げ {monthly:n} × {months}月 = {value:n}',
    en: '{label}: {daily:n} × 365 = {annual:n} ÷ 12 → rounded up {monthly:n} × {months} months = {value:n}',
    law: '{legalBasis}',
  },
  'benefits.specialBase': {
    ja: '保険料算定基礎額の総額 {total:n} → 千円未満切捨て {value:n}',
    en: 'total base {total:n} → truncated to ¥1,000: {value:n}',
    law: '{legalBasis} (特別加入者全員の保険料算定基礎額の合計の千円未満切捨て)',
  },
  'benefits.specialPremium': {
    ja: '{base:n} × {rate}/1000 = {exact:n} → 円未満切捨て {value:n}',
    en: '{base:n} × {rate}/1000 = {exact:n} → truncated to the yen: {value:n}',
    law: '端数計算法2条1項',
  },
  // constructionWageBase.ts
  'benefits.contract': {
    ja: '請負代金の額 (消費税等相当額を除く) {value:n}',
    en: 'contract price excluding consumption tax {value:n}',
    law: '徴収則13条 (平成27年4月1日以降、消費税等相当額を除く)',
  },
  'benefits.contractLessTax': {
    ja: '請負代金 (税込) {including:n} − 消費税等 {tax:n} = {value:n}',
    en: 'contract price {including:n} − consumption tax {tax:n} = {value:n}',
    law: '徴収則13条 (消費税等相当額を除く)',
  },
  'benefits.contractTaxPercent': {
    ja: '請負代金 (税込) {including:n} × 100/(100 + {percent}) = 税抜 {value:n}',
    en: 'contract price {including:n} × 100/(100 + {percent}) = {value:n} excluding tax',
    law: '徴収則13条 (消費税等相当額を除く)',
  },
  'benefits.addition': { ja: '{item:term} {value:n} を加算', en: '{item:term} {value:n} added', law: '徴収則13条 (支給又は貸与された物の価額相当額を加算)' },
  'benefits.machineryNotAdded': {
    ja: '業種36: 注文者から支給された機械装置の価額 {amount:n} は加算しない',
    en: 'industry 36: the machinery supplied ({amount:n}) is not added',
    law: '昭58.2.21労告14号 (機械装置の組立て又は据付けの事業)',
  },
  'benefits.contractTotal': { ja: '請負金額 {value:n}', en: 'contract amount {value:n}', law: '徴収則13条' },
  'benefits.laborCostGiven': { ja: '労務費率 {value}% (指定)', en: 'labour cost ratio {value}% (given)', law: '{legalBasis}' },
  'benefits.laborCost': {
    ja: '労務費率 {value}% ({industry} {industryNameJa}; 労務費率表 {table}, 事業開始日 {startDate})',
    en: 'labour cost ratio {value}% ({industry}; table {table}, work started {startDate})',
    law: '{legalBasis}',
  },
  'benefits.wageBase': {
    ja: '{total:n} × {percent}% = {exact:n} → 千円未満切捨て 賃金総額 {value:n}',
    en: '{total:n} × {percent}% = {exact:n} → truncated to ¥1,000: wage total {value:n}',
    law: '徴収法15条1項 (千円未満切捨て); 徴収則13条',
  },
  'benefits.constructionPremium': {
    ja: '労災保険料 {base:n} × {rate}/1000 = {exact:n} → 円未満切捨て {value:n}',
    en: "workers' compensation premium {base:n} × {rate}/1000 = {exact:n} → truncated: {value:n}",
    law: '端数計算法2条1項',
  },
} as const satisfies RuleArea<'benefits'>;
