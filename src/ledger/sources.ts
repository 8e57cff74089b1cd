import type { SourceStatus } from '../rates/types.js';

/**
 * Citations of the rules of the 算定基礎賃金集計表 that are not rate figures (docs/wage-ledger.md lists them
 * with what each one says). Each rule carries the status its sources support.
 * @internal
 * @module
 */

/** A rule of the ledger: where it is written and how well that is established. @internal */
export interface LedgerRuleSource {
  sources: readonly string[];
  legalBasis: readonly string[];
  status: SourceStatus;
}

/** 在籍出向: 労災 at the 出向先 (its command), wages paid by the 出向元 included there; 雇用 with the main wage. */
export const SECONDMENT_SOURCE: LedgerRuleSource = {
  sources: ['https://www.ohno-jimusho.co.jp/2021/04/07/20210407', 'https://pm-net.gr.jp/qa/488', 'http://iris-zeirisi.com/article/45676261.html'],
  legalBasis: ['昭35.11.2 基発932号 (出向労働者に対する労災保険法の適用)'],
  status: 'confirmed',
};

/**
 * 資格取得日・喪失日: a pay period's wages are 雇用保険 wages when the period has an insured day. Two secondary sources
 * for the 取得 month (whole month, no pro-rating); one page (http://shahotoro.net/935) pro-rates the 喪失 month, so the
 * rule stays `single-source` (docs/wage-ledger.md §4).
 */
export const QUALIFICATION_SOURCE: LedgerRuleSource = {
  sources: [
    'https://support.yayoi-kk.co.jp/faq_Subcontents.html?page_id=19519',
    'https://www.msl-sr-office.com/post/【社労士が解説】月の途中で雇用保険に加入したら、保険料はどう計算する？',
  ],
  legalBasis: ['雇用保険法9条 (被保険者資格の取得・喪失の確認)', '徴収法11条'],
  status: 'single-source',
};

/**
 * ④ 常時使用労働者数, ⑤ 雇用保険被保険者数: the monthly average, 小数点以下切捨て; ④ at least 1 while the 保険関係
 * continues (a 労働局's 記入例 for a year without workers, as reported by the second page).
 */
export const HEADCOUNT_SOURCE: LedgerRuleSource = {
  sources: ['https://okwave.jp/qa/q1778209.html', 'https://yasunaga-nevergiveup.com/post/労働保険料の年度更新'],
  legalBasis: ['徴収則 様式第6号 記入に当たっての注意 (1か月平均使用労働者数, 小数点以下切捨て)'],
  status: 'single-source',
};
