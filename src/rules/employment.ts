import type { RuleArea } from './types.js';

/**
 * 雇用保険 被保険者負担額 (employeeDeduction): rate by closing date, exact product, optional 厘 step,
 * rounding per mode. Params: `rate` (per mille), `from`/`to` (the rate period), `legalBasis` (the
 * table row's), `wage` (yen).
 * @internal
 */
export const EMPLOYMENT_RULES = {
  'employment.rate': { ja: '被保険者負担率 {rate}/1000 ({from}〜{to}, 賃金締切日基準)', en: 'worker rate {rate}/1000 ({from}..{to}, by closing date)', law: '{legalBasis}' },
  'employment.exact': { ja: '賃金 {wage:n} × {rate}/1000 = {value:n}', en: 'wage {wage:n} × {rate}/1000 = {value:n}', law: '徴収法31条1項・32条1項; 徴収則60条' },
  'employment.rin': { ja: '厘未満切捨て {value} (互換オプション)', en: 'truncate to 厘: {value} (compatibility option)' },
  'employment.round.halfDown': {
    ja: '50銭以下切捨て・50銭超切上げ (源泉控除) → {value:n}円',
    en: 'fraction ≤ 0.5 down, > 0.5 up (withheld from wages) → ¥{value:n}',
    law: '通貨法3条1項 applied to the net pay (厚生労働省パンフレット)',
  },
  'employment.round.halfUp': {
    ja: '50銭未満切捨て・50銭以上切上げ (現金払い) → {value:n}円',
    en: 'fraction < 0.5 down, ≥ 0.5 up (paid in cash) → ¥{value:n}',
    law: '通貨法3条1項',
  },
  'employment.round.floor': { ja: '1円未満切捨て (特約) → {value:n}円', en: 'truncate (agreed custom) → ¥{value:n}', law: '通貨法3条1項ただし書 (特約)' },
  'employment.round.ceil': { ja: '1円未満切上げ (特約) → {value:n}円', en: 'round up (agreed custom) → ¥{value:n}', law: '通貨法3条1項ただし書 (特約)' },
} as const satisfies RuleArea<'employment'>;
