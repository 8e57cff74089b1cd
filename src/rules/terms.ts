import type { Term } from './types.js';

function freezeTerms(terms: Record<string, Term>): Readonly<Record<string, Term>> {
  for (const t of Object.values(terms)) Object.freeze(t);
  return Object.freeze(terms);
}

/**
 * Codes rendered by `{name:term}` placeholders, keyed `name.value` (the param's name, then its value).
 * A code with no entry renders as itself.
 * @internal
 */
export const TERMS: Readonly<Record<string, Term>> = freezeTerms({
  'insurance.wc': { ja: '労災', en: "workers' compensation" },
  'insurance.ei': { ja: '雇用', en: 'employment' },
  'insurance.workersCompensation': { ja: '労災', en: 'workersCompensation' },
  'insurance.employmentInsurance': { ja: '雇用', en: 'employmentInsurance' },
  'target.generalContribution': { ja: '一般拠出金', en: 'generalContribution' },
  'target.installment1': { ja: '第1期概算保険料', en: 'installment1' },
  'target.installment2': { ja: '第2期概算保険料', en: 'installment2' },
  'target.installment3': { ja: '第3期概算保険料', en: 'installment3' },
  'reason.commissioned': { ja: '労働保険事務組合に委託 (金額を問わない)', en: 'commissioned to a 労働保険事務組合 (any amount)' },
  'reason.notApplied': { ja: '延納の申請なし', en: 'eligible, but 延納 was not applied for' },
  'coverage.both': { ja: '両保険', en: 'both insurances' },
  'coverage.wc': { ja: '一方の保険のみ', en: 'one insurance only' },
  'coverage.ei': { ja: '一方の保険のみ', en: 'one insurance only' },
  'level.constant': { ja: '常時介護', en: 'constant care' },
  'level.occasional': { ja: '随時介護', en: 'occasional care' },
  'culpability.intentional': { ja: '故意', en: 'wilful' },
  'culpability.grossNegligence': { ja: '重大な過失', en: 'gross negligence' },
  'kind.medical': { ja: '療養(補償)等給付', en: 'medical' },
  'kind.care': { ja: '介護(補償)等給付', en: 'care' },
  'kind.secondaryHealthCheck': { ja: '二次健康診断等給付', en: 'secondaryHealthCheck' },
  'kind.absence': { ja: '休業(補償)等給付', en: 'absence' },
  'kind.injuryDisease': { ja: '傷病(補償)等年金', en: 'injuryDisease' },
  'kind.disability': { ja: '障害(補償)等給付', en: 'disability' },
  'kind.survivors': { ja: '遺族(補償)等給付', en: 'survivors' },
  'kind.funeral': { ja: '葬祭料等', en: 'funeral' },
  'kind.other': { ja: 'その他の給付', en: 'other' },
  'kind.1': { ja: '第1種特別加入', en: 'class 1' },
  'kind.2': { ja: '第2種特別加入', en: 'class 2' },
  'kind.3': { ja: '第3種特別加入', en: 'class 3' },
  'item.suppliedMaterials': { ja: '支給材料の価額相当額', en: 'materials supplied' },
  'item.leasedEquipment': { ja: '貸与機械器具等の損料相当額', en: 'rental value of equipment lent' },
  'item.suppliedMachinery': { ja: '支給された機械装置の価額', en: 'machinery supplied' },
  // 有期事業 (src/fixed-term): reasons of a 単独有期事業's 延納
  'reason.fixedTermAmount': { ja: '概算保険料が75万円以上', en: 'the estimated premium is ¥750,000 or more' },
  'reason.fixedTermBelow': {
    ja: '概算保険料が75万円未満で労働保険事務組合に委託していない',
    en: 'the estimated premium is below ¥750,000 and the work is not commissioned to a 労働保険事務組合',
  },
  'reason.fixedTermShort': { ja: '事業の全期間が6月以内', en: 'the work lasts six months or less' },
});
