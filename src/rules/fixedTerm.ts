import type { RuleArea } from './types.js';

/** 有期事業 (一括有期事業報告書・総括表、単独有期事業の概算・確定・延納): the trace texts of src/fixed-term/*.ts. @internal */
export const FIXED_TERM_RULES = {
  'fixedTerm.workWages': { ja: '賃金総額 (実額) {value:n}円', en: 'actual wages ¥{value:n}', law: '徴収法11条1項' },
  'fixedTerm.workTimber': {
    ja: '素材の生産量 {volume}m³ × 労務費の額 {unit:n}円 = {value:n}円',
    en: 'timber {volume} m³ × labour cost ¥{unit:n} per m³ = ¥{value:n}',
    law: '徴収則14条 (立木の伐採の事業の賃金総額)',
  },
  'fixedTerm.groupWages': {
    ja: '{industry} ({count}件): 請負金額 {total:n}円 × 労務費率 {percent}% = {exact:n}円 → 賃金総額 {value:n}円 (千円未満切捨て)',
    en: '{industry} ({count}): contracts ¥{total:n} × {percent}% = ¥{exact:n} → wages ¥{value:n} (¥1,000 down)',
    law: '徴収則13条; 徴収則34条 (一括有期事業総括表)',
  },
  'fixedTerm.groupActualWages': {
    ja: '{industry} ({count}件): 賃金総額 {exact:n}円 → {value:n}円 (千円未満切捨て)',
    en: '{industry} ({count}): wages ¥{exact:n} → ¥{value:n} (¥1,000 down)',
    law: '徴収法11条; 徴収則34条',
  },
  'fixedTerm.groupPremium': {
    ja: '{industry}: 賃金総額 {base:n}円 × {rate}/1000 = {exact:n}円 → 保険料額 {value:n}円 (1円未満切捨て)',
    en: '{industry}: ¥{base:n} × {rate}/1000 = ¥{exact:n} → ¥{value:n}',
    law: '徴収法11条1項; 端数計算法2条1項',
  },
  'fixedTerm.lumpSumTotal': {
    ja: '確定保険料 {value:n}円 (総括表 {rows}行の保険料額の合計; 賃金総額 {wages:n}円)',
    en: 'final premium ¥{value:n} (sum of {rows} rows; wages ¥{wages:n})',
    law: '徴収法7条・19条; 徴収則34条',
  },
  'fixedTerm.wageBase': {
    ja: '賃金総額 {value:n}円 (請負金額 {total:n}円 × 労務費率 {percent}% = {exact:n}円、千円未満切捨て)',
    en: 'wages ¥{value:n} (¥{total:n} × {percent}% = ¥{exact:n}, ¥1,000 down)',
    law: '徴収法11条3項; 徴収則13条',
  },
  'fixedTerm.wageTruncate': { ja: '賃金総額 {exact:n}円 → {value:n}円 (千円未満切捨て)', en: 'wages ¥{exact:n} → ¥{value:n} (¥1,000 down)', law: '徴収法11条' },
  'fixedTerm.premium': {
    ja: '保険料 {base:n}円 × {rate}/1000 = {exact:n}円 → {value:n}円 (1円未満切捨て)',
    en: 'premium ¥{base:n} × {rate}/1000 = ¥{exact:n} → ¥{value:n}',
    law: '徴収法11条1項; 端数計算法2条1項',
  },
  'fixedTerm.estimateDue': {
    ja: '概算保険料の納期限 {value} (保険関係成立日 {startDate} の翌日から{days}日以内)',
    en: 'estimate due {value} ({days} days after {startDate})',
    law: '{legalBasis}',
  },
  'fixedTerm.installmentsAllowed': {
    ja: '延納できる: {reason:term} (事業の全期間 {startDate}〜{endDate} が6月超)',
    en: 'instalments: {reason:term} ({startDate}..{endDate}, over six months)',
    law: '{legalBasis}',
  },
  'fixedTerm.installmentsRefused': { ja: '延納なし: {reason:term}', en: 'no instalments: {reason:term}', law: '{legalBasis}' },
  'fixedTerm.installmentsDivide': {
    ja: '{amount:n}円 ÷ {count}期 = 各期 {each:n}円、端数 {remainder:n}円は最初の期に加算 → 第1期 {value:n}円',
    en: '¥{amount:n} ÷ {count} = ¥{each:n}; remainder ¥{remainder:n} to the first → ¥{value:n}',
    law: '徴収則28条2項; 端数計算法3条',
  },
  'fixedTerm.installment': {
    ja: '第{number}期 ({from}〜{to}) {value:n}円、納期限 {dueDate}',
    en: 'instalment {number} ({from}..{to}) ¥{value:n}, due {dueDate}',
    law: '徴収則28条',
  },
  'fixedTerm.finalDue': {
    ja: '確定保険料の申告・納期限 {value} (事業終了日 {endDate} の翌日 (保険関係消滅日) から{days}日以内)',
    en: 'final due {value} ({days} days from the day after the end {endDate})',
    law: '{legalBasis}',
  },
  'fixedTerm.shortfall': {
    ja: '不足額 {value:n}円 (確定保険料 {final:n}円 − 申告済概算保険料 {paid:n}円)',
    en: 'shortfall ¥{value:n} (final ¥{final:n} − paid ¥{paid:n})',
    law: '徴収法19条3項',
  },
  'fixedTerm.excess': {
    ja: '超過額 {value:n}円 (申告済概算保険料 {paid:n}円 − 確定保険料 {final:n}円): 還付請求又は充当',
    en: 'excess ¥{value:n} (paid ¥{paid:n} − final ¥{final:n}): refund or appropriation',
    law: '徴収法19条6項; 徴収則36条・37条',
  },
} as const satisfies RuleArea<'fixedTerm'>;
