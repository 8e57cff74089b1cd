/**
 * 賃金とするもの・しないもの — the catalogue of common pay items (data, apart from the code that looks them
 * up): for each item its stable `code`, name, reading (ひらがな), aliases, whether it is a 賃金 of 徴収法2条2項
 * (`true`, `false`, or `'depends'` on facts the name does not give), the reason and its source. Kept as a data
 * module rather than a rates/parameters family: the items are not dated figures, and the rate compiler's
 * families are tables by fiscal year; see docs/payroll.md.
 * @module
 */
import type { SourceStatus } from '../rates/types.js';

/** The citations of the catalogue. @internal */
export const PAY_ITEM_SOURCES = {
  egov_choshu: 'https://laws.e-gov.go.jp/law/344AC0000000084',
  egov_roki: 'https://laws.e-gov.go.jp/law/322AC0000000049',
  mykomon_wage: 'https://www.mykomon.biz/seido/koho/koho_shurui.html',
  rousapo_wage: 'https://rousapo.com/become-a-wage-not-wages/',
} as const;

/** A key of {@link PAY_ITEM_SOURCES}. @internal */
export type PayItemSourceKey = keyof typeof PAY_ITEM_SOURCES;

/** One catalogued pay item. */
export interface PayItem {
  /** Stable code (English). */
  readonly code: string;
  /** 名称. */
  readonly name: string;
  /** 読み (ひらがな). */
  readonly reading: string;
  readonly aliases: readonly string[];
  readonly wage: true | false | 'depends';
  /** Why, in Japanese (then English). */
  readonly ja: string;
  readonly en: string;
  readonly legalBasis: string;
  readonly sources: readonly PayItemSourceKey[];
  readonly status: SourceStatus;
}

const W = '徴収法 2条2項';
const LIST: readonly PayItemSourceKey[] = ['mykomon_wage', 'egov_choshu'];
const IN_JA = '労働の対償として事業主が支払うもの: 賃金総額に算入する';
const IN_EN = 'paid by the employer for work: included in the wage total';
const OUT_BENEFIT_JA = '恩恵的・福利厚生的な給付: 賃金としない (就業規則に定めがあっても同じ)';
const OUT_BENEFIT_EN = 'a gift or welfare benefit: not a wage (even when the work rules provide it)';
const OUT_EXPENSE_JA = '実費弁償的なもの: 賃金としない';
const OUT_EXPENSE_EN = 'reimbursement of expenses: not a wage';

type Row = [
  code: string,
  name: string,
  reading: string,
  aliases: string,
  wage: PayItem['wage'],
  ja?: string,
  en?: string,
  law?: string,
  sources?: readonly PayItemSourceKey[],
  status?: SourceStatus,
];

// [code, name, reading, aliases (｜-separated), wage, ja, en, legal basis, sources, status]; defaults: the included-item texts, 徴収法2条2項, the MHLW list, single-source.
const ROWS: readonly Row[] = [
  ['basicPay', '基本給', 'きほんきゅう', '固定給|基本賃金|本給', true],
  ['overtimePay', '時間外手当', 'じかんがいてあて', '残業手当|ざんぎょうてあて|超過勤務手当|時間外勤務手当|残業代', true, undefined, undefined, `${W}; 労基法 37条`],
  ['lateNightPay', '深夜手当', 'しんやてあて', '深夜勤務手当|深夜割増手当', true, undefined, undefined, `${W}; 労基法 37条`],
  ['holidayPay', '休日手当', 'きゅうじつてあて', '休日出勤手当|休日勤務手当', true, undefined, undefined, `${W}; 労基法 37条`],
  ['dutyAllowance', '宿日直手当', 'しゅくにっちょくてあて', '宿直手当|日直手当', true],
  ['commutingAllowance', '通勤手当', 'つうきんてあて', '通勤費', true],
  [
    'commuterPass',
    '定期券',
    'ていきけん',
    '通勤定期券|定期代|回数券',
    true,
    '通勤定期券・回数券の現物支給も賃金 (通勤手当と同じ)',
    'a commuter pass or coupons given: a wage, as the commuting allowance',
  ],
  ['familyAllowance', '家族手当', 'かぞくてあて', '扶養手当|子供手当|子ども手当', true],
  ['housingAllowance', '住宅手当', 'じゅうたくてあて', '住居手当', true],
  ['positionAllowance', '役職手当', 'やくしょくてあて', '管理職手当', true],
  ['attendanceAllowance', '皆勤手当', 'かいきんてあて', '精勤手当', true, undefined, undefined, W, ['rousapo_wage', 'egov_choshu']],
  ['regionalAllowance', '地域手当', 'ちいきてあて', '勤務地手当', true],
  ['educationAllowance', '教育手当', 'きょういくてあて', '', true],
  ['separationAllowance', '単身赴任手当', 'たんしんふにんてあて', '別居手当', true],
  ['skillAllowance', '技能手当', 'ぎのうてあて', '技術手当', true],
  ['hazardAllowance', '特殊作業手当', 'とくしゅさぎょうてあて', '危険作業手当', true],
  ['incentiveAllowance', '奨励手当', 'しょうれいてあて', '', true],
  ['costOfLivingAllowance', '物価手当', 'ぶっかてあて', '', true],
  ['adjustmentAllowance', '調整手当', 'ちょうせいてあて', '調整給', true],
  ['bonus', '賞与', 'しょうよ', 'ボーナス|期末手当|夏季賞与|冬季賞与|決算賞与', true],
  [
    'shutdownAllowance',
    '休業手当',
    'きゅうぎょうてあて',
    '',
    true,
    '労基法26条の休業手当 (使用者の責に帰すべき事由による休業): 賃金',
    'the 休業手当 of 労基法26条: a wage',
    `${W}; 労基法 26条`,
    LIST.concat('egov_roki'),
  ],
  ['retroactiveRaise', '昇給差額', 'しょうきゅうさがく', '', true],
  [
    'paidLeaveWage',
    '年次有給休暇の賃金',
    'ねんじゆうきゅうきゅうかのちんぎん',
    '有給休暇の賃金|有給休暇手当|有給手当|年休手当',
    true,
    '年次有給休暇中に支払う賃金: 賃金',
    'pay for annual paid leave: a wage',
    `${W}; 労基法 39条`,
    ['rousapo_wage', 'egov_roki', 'egov_choshu'],
  ],
  [
    'prepaidRetirement',
    '前払退職金',
    'まえばらいたいしょくきん',
    '前払い退職金|退職金前払|退職金前払い',
    true,
    '在職中に退職金相当額を前払いで受けるもの: 賃金 (退職金とは別)',
    'retirement pay prepaid while employed: a wage (unlike 退職金)',
    W,
    ['rousapo_wage', 'egov_choshu'],
  ],
  [
    'employeeShareBorne',
    '労働者負担保険料の事業主負担',
    'ろうどうしゃふたんほけんりょうのじぎょうぬしふたん',
    '社会保険料の事業主負担分|雇用保険料の事業主負担分',
    true,
    '労働者負担分の雇用保険料・社会保険料を事業主が負担する場合のその額: 賃金',
    'the worker share of premiums borne by the employer: a wage',
  ],
  [
    'anniversaryBonus',
    '創立記念日等の祝金',
    'そうりつきねんびとうのいわいきん',
    '創立記念祝金|創業記念日祝金|記念祝金',
    'depends',
    '恩恵的でなく、全労働者又は相当多数に支給される場合は賃金; それ以外は賃金としない',
    'a wage when not a gift and paid to all or most workers; otherwise not',
  ],
  [
    'tips',
    'チップ',
    'ちっぷ',
    '奉仕料',
    'depends',
    '奉仕料の配分として事業主から受けるものは賃金; 客から直接受けるものは賃金としない',
    'a wage when the employer distributes it as a service charge; not when paid by customers directly',
  ],
  [
    'housingBenefit',
    '住居の利益',
    'じゅうきょのりえき',
    '社宅|社宅の貸与|住宅の貸与',
    'depends',
    '貸与を受けない者に均衡手当を支給する場合は賃金 (評価額による); 一部の者だけに貸与し均衡手当がない場合は福利厚生で賃金としない',
    'a wage (at its assessed value) when those without one get an allowance instead; else a welfare benefit',
    `${W}・3項; 徴収則 3条`,
  ],
  [
    'mealBenefit',
    '食事の利益',
    'しょくじのりえき',
    '食事|食事の現物給与|食事補助|給食',
    'depends',
    '現物給与: 賃金となる場合は法令に基づく評価額で算入 (徴収法2条3項); 福利厚生的なものは賃金としない',
    'pay in kind: when a wage, included at the value set under 徴収法2条3項; a welfare benefit is not',
    `${W}・3項; 徴収則 3条`,
  ],
  [
    'inKindPay',
    '現物給与',
    'げんぶつきゅうよ',
    '',
    'depends',
    '通貨以外で支払うもの: 範囲と評価は法令の定め (徴収法2条3項) による',
    'pay in kind: its range and value follow 徴収法2条3項',
    `${W}・3項; 徴収則 3条`,
  ],
  [
    'leaveCompensation',
    '休業補償費',
    'きゅうぎょうほしょうひ',
    '休業補償',
    false,
    '労基法76条の休業補償 (業務上の傷病): 災害補償であり賃金としない (法定額を超える上積み分の扱いは出典未確認)',
    'the 休業補償 of 労基法76条 is accident compensation, not a wage (a top-up above the statutory amount: no source found)',
    `${W}; 労基法 76条`,
    LIST.concat('egov_roki'),
  ],
  ['retirementAllowance', '退職金', 'たいしょくきん', '退職手当|退職慰労金', false, '退職を事由として支払うもの: 賃金としない', 'paid on retirement: not a wage'],
  ['congratulatoryCondolence', '慶弔見舞金', 'けいちょうみまいきん', '慶弔金|結婚祝金|結婚祝い金|死亡弔慰金|弔慰金|災害見舞金', false, OUT_BENEFIT_JA, OUT_BENEFIT_EN],
  ['illnessSympathy', '私傷病見舞金', 'ししょうびょうみまいきん', '傷病見舞金', false, OUT_BENEFIT_JA, OUT_BENEFIT_EN],
  ['capitalIncreaseGift', '増資記念品代', 'ぞうしきねんひんだい', '', false, OUT_BENEFIT_JA, OUT_BENEFIT_EN],
  [
    'dismissalNoticePay',
    '解雇予告手当',
    'かいこよこくてあて',
    '',
    false,
    '労基法20条の解雇予告手当: 賃金としない',
    'the 解雇予告手当 of 労基法20条: not a wage',
    `${W}; 労基法 20条`,
    LIST.concat('egov_roki'),
  ],
  ['longServiceReward', '年功慰労金', 'ねんこういろうきん', '', false, OUT_BENEFIT_JA, OUT_BENEFIT_EN],
  ['travelExpenses', '出張旅費', 'しゅっちょうりょひ', '旅費|宿泊費|出張宿泊費', false, OUT_EXPENSE_JA, OUT_EXPENSE_EN],
  [
    'relocationAllowance',
    '赴任手当',
    'ふにんてあて',
    '転勤赴任手当',
    false,
    `${OUT_EXPENSE_JA} (赴任旅費等の実費弁償として; 単身赴任手当は別で賃金)`,
    `${OUT_EXPENSE_EN} (as moving expenses; 単身赴任手当 is a wage)`,
    W,
    LIST,
    'derived',
  ],
  ['uniform', '制服', 'せいふく', '作業服|被服の貸与', false, '業務に必要な制服・作業服: 賃金としない', 'a uniform needed for the work: not a wage'],
  [
    'lifeInsurancePremium',
    '会社負担の生命保険料',
    'かいしゃふたんのせいめいほけんりょう',
    '生命保険の掛金|生命保険料補助',
    false,
    '会社が全額負担する生命保険の掛金: 賃金としない',
    'life-insurance premiums paid wholly by the company: not a wage',
  ],
  [
    'savingsIncentive',
    '財形奨励金',
    'ざいけいしょうれいきん',
    '財産形成貯蓄奨励金',
    false,
    '財形貯蓄を奨励援助するため事業主が支払う奨励金等: 賃金としない',
    'an incentive for 財形 savings: not a wage',
  ],
  [
    'sicknessBenefit',
    '傷病手当金',
    'しょうびょうてあてきん',
    '',
    false,
    '健康保険の保険者が支給するもので事業主が支払うものではない: 賃金としない',
    'paid by the health insurer, not by the employer: not a wage',
  ],
  [
    'privateSicknessAllowance',
    '私傷病手当',
    'ししょうびょうてあて',
    '',
    'depends',
    '事業主の私傷病手当: 労働協約・就業規則等で労働者の権利として保障されている場合は賃金; それ以外は賃金としない',
    "an employer's sickness allowance: a wage when guaranteed as a right by the collective agreement or work rules",
  ],
  [
    'withdrawalLumpSum',
    '脱退一時金',
    'だったいいちじきん',
    '',
    false,
    '年金制度 (厚生年金・企業年金等) から支給され事業主が労働の対償として支払うものではない: 賃金としない',
    'paid by a pension scheme, not by the employer for work: not a wage',
    W,
    ['egov_choshu'],
    'derived',
  ],
];

/** The catalogue, frozen. @internal */
export const PAY_ITEMS: readonly PayItem[] = Object.freeze(
  ROWS.map(([code, name, reading, aliases, wage, ja, en, law, sources, status]) =>
    Object.freeze({
      code,
      name,
      reading,
      aliases: Object.freeze(aliases === '' ? [] : aliases.split('|')),
      wage,
      ja: ja ?? IN_JA,
      en: en ?? IN_EN,
      legalBasis: law ?? W,
      sources: sources ?? LIST,
      status: status ?? 'single-source',
    }),
  ),
);
