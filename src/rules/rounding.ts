import type { RuleArea } from './types.js';

/**
 * 端数処理 — the rounding rules by name (no placeholders), as an audit reports which rule applies, and
 * the truncation steps shared by every area.
 * @internal
 */
export const ROUNDING_RULES = {
  'rounding.halfDown': {
    ja: '50銭以下切捨て・50銭超切上げ (源泉控除)',
    en: 'fraction ≤ 0.5 down, > 0.5 up (withheld from wages)',
    law: '通貨法3条1項 applied to the net pay (厚生労働省パンフレット)',
  },
  'rounding.halfUp': { ja: '50銭未満切捨て・50銭以上切上げ (現金払い)', en: 'fraction < 0.5 down, ≥ 0.5 up (paid in cash)', law: '通貨法3条1項' },
  'rounding.floor': { ja: '1円未満切捨て (特約)', en: 'truncate (agreed custom)', law: '通貨法3条1項ただし書 (特約)' },
  'rounding.ceil': { ja: '1円未満切上げ (特約)', en: 'round up (agreed custom)', law: '通貨法3条1項ただし書 (特約)' },
  'rounding.thousand': { ja: '{amount:n} → 千円未満切捨て {value:n}', en: '{amount:n} → truncated to ¥1,000: {value:n}', law: '{legalBasis}' },
  'rounding.hundred': { ja: '{amount:n} → 百円未満切捨て {value:n}', en: '{amount:n} → truncated to ¥100: {value:n}', law: '{legalBasis}' },
  'rounding.yen': { ja: '{exact:n} → 円未満切捨て {value:n}', en: '{exact:n} → truncated to the yen: {value:n}', law: '端数計算法2条1項' },
} as const satisfies RuleArea<'rounding'>;
