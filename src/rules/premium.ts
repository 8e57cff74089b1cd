import type { RuleArea } from './types.js';

/**
 * 労働保険料 (laborInsurancePremium) and 事業主負担額 (employerShare). Params: `insurance` (`wc` |
 * `ei`, a term), `wages`/`base`/`exact` (yen), `rate` (per mille), `industry`/`industryNameJa`,
 * `from`/`to`, `legalBasis`.
 * @internal
 */
export const PREMIUM_RULES = {
  'premium.wcRate': { ja: '労災保険率 {rate}/1000 ({industry} {industryNameJa})', en: "workers' compensation rate {rate}/1000 (industry {industry})", law: '{legalBasis}' },
  'premium.wcRateMerit': {
    ja: '労災保険率 {rate}/1000 ({industry} {industryNameJa}, メリット改定後)',
    en: "workers' compensation rate {rate}/1000 (industry {industry}, merit-adjusted)",
    law: '徴収法12条3項',
  },
  'premium.eiRate': { ja: '雇用保険率 {rate}/1000 ({from}〜{to})', en: 'employment insurance rate {rate}/1000 ({from}..{to})', law: '{legalBasis}' },
  'premium.base': {
    ja: '{insurance:term} 賃金総額 {wages:n} → 千円未満切捨て {value:n}',
    en: '{insurance:term} wages {wages:n} → truncated to ¥1,000: {value:n}',
    law: '徴収法15条1項1号',
  },
  'premium.basePeriod': {
    ja: '{insurance:term}({from}〜{to}) 賃金総額 {wages:n} → 千円未満切捨て {value:n}',
    en: '{insurance:term} ({from}..{to}) wages {wages:n} → truncated to ¥1,000: {value:n}',
    law: '徴収法15条1項1号',
  },
  'premium.part': {
    ja: '{insurance:term} {base:n} × {rate}/1000 = {exact:n} → 円未満切捨て {value:n}',
    en: '{insurance:term} {base:n} × {rate}/1000 = {exact:n} → truncated to the yen: {value:n}',
    law: '端数計算法2条1項',
  },
  'premium.combinedTotal': {
    ja: '算定基礎額が同額のため合計料率で計算: {base:n} × {rate}/1000 = {exact:n} → 円未満切捨て {value:n}',
    en: 'equal bases: combined rate {base:n} × {rate}/1000 = {exact:n} → truncated: {value:n}',
    law: '厚生労働省 労働保険 FAQ Q1 (算定基礎額が同額の場合は合計の料率を乗じ、その後切り捨て)',
  },
  'premium.periodExact': {
    ja: '{insurance:term}({from}〜{to}) {base:n} × {rate}/1000 = {value:n} (1円未満の端数は切り捨てず)',
    en: '{insurance:term} ({from}..{to}) {base:n} × {rate}/1000 = {value:n} (fraction kept)',
    law: '{legalBasis}',
  },
  'premium.periodSum': {
    ja: '{insurance:term}保険分 {exacts:n} = {exact:n} → 合算額の円未満切捨て {value:n}',
    en: '{insurance:term} part {exacts:n} = {exact:n} → the sum truncated to the yen: {value:n}',
    law: '{legalBasis}',
  },
  'premium.combinedTotalPeriods': {
    ja: '前期・後期とも算定基礎額が同額のため合算してから切捨て: {wcExact:n} + {eiExact:n} = {exact:n} → 円未満切捨て {value:n}',
    en: 'equal bases in every period: summed before truncation {exact:n} → {value:n}',
    law: '{legalBasis}; 厚生労働省 労働保険 FAQ Q1 (算定基礎額が同額の場合は合計の料率を乗じ、その後切り捨て)',
  },
  'premium.display': {
    ja: '内訳の差 {difference}円を労災保険分に加算 → {value:n}',
    en: "column difference of ¥{difference} added to the workers' compensation column → {value:n}",
    law: '全国労保連『やさしい年度更新』 (内訳の端数は労災保険分で調整)',
  },
  'premium.total': { ja: '労働保険料 合計 {value:n}', en: 'total premium {value:n}', law: '徴収法11条・15条・19条' },
  'premium.workerShares': { ja: '被保険者負担額の合計 {value:n}', en: 'worker shares withheld {value:n}', law: '徴収法31条1項' },
  'premium.employerShare': { ja: '事業主負担額 {premium:n} − {workerShares:n} = {value:n}', en: 'employer share {premium:n} − {workerShares:n} = {value:n}', law: '徴収法31条' },
} as const satisfies RuleArea<'premium'>;
