// 有期事業 (単独有期・一括有期) procedure parameters: dated legal figures with their sources. Internal.
//
// Kept here rather than in rates/parameters/procedures.yaml: adding a block there needs the schema, the
// compiler, the `ProceduresData` type and the custom-table validator of src/rates to change together
// (a custom table's `procedures` block is checked key by key), which could not be done safely in this
// change. The same URLs are listed in rates/parameters/sources.yaml (block "有期事業"); a test checks that
// both agree. Move the block into procedures.yaml when the rates area takes it.
import type { SourceStatus } from '../rates/types.js';

/** One 期 of a 単独有期事業's 延納 (徴収則28条1項): its months and the due date of its instalment (28条2項). @internal */
export interface FixedTermPeriod {
  /** First day, `MM-DD`. */
  readonly from: string;
  /** Last day, `MM-DD` (of the next calendar year when before `from`). */
  readonly to: string;
  /** Due date of the instalment of this 期 when it is not the first, `MM-DD`. */
  readonly due: string;
  /** Calendar years to add to the year in which the 期 starts to get the due date's year. */
  readonly dueYearOffset: number;
}

/** The 有期事業 parameters. @internal */
export interface FixedTermParameters {
  /** 単独有期事業の概算保険料: days after the 保険関係成立日 (翌日起算). */
  readonly estimateDueDays: number;
  readonly estimateLegalBasis: string;
  /** 確定保険料: days after the 事業終了日 (the 保険関係 ends the next day and that day counts as the first). */
  readonly finalDueDays: number;
  readonly finalLegalBasis: string;
  readonly installments: {
    /** 概算保険料 from which 延納 is allowed (yen), unless commissioned to a 労働保険事務組合 (any amount). */
    readonly threshold: number;
    /** The work must last longer than this many months (事業の全期間が6月以内のものを除く). */
    readonly minimumMonths: number;
    /** A first 期 of this many months or less is merged with the next. */
    readonly mergeFirstMonths: number;
    readonly periods: readonly FixedTermPeriod[];
    readonly legalBasis: string;
  };
  readonly sources: readonly string[];
  readonly status: SourceStatus;
  readonly dueDateSources: readonly string[];
  /** The count of 50 days from the day after the end (消滅日 as day 1) rests on one explanation page. */
  readonly dueDateStatus: SourceStatus;
  readonly verified: string;
}

/** Source URLs (the same as the "有期事業" block of rates/parameters/sources.yaml). @internal */
export const FIXED_TERM_SOURCES = Object.freeze({
  syarogo_r28: 'http://www.syarogo-itonao.jp/17514452726595',
  bridge2n_yuki: 'https://www.bridge2n.jp/17612382847759',
  livedoor_r28: 'http://blog.livedoor.jp/live140215-140220/archives/1014405381.html',
  gokaku_rsh2709b: 'https://gokaku-plus.com/2018/01/01/test-rsh2709B/',
  hyogo_yuki_end: 'https://jsite.mhlw.go.jp/hyogo-roudoukyoku/hourei_seido_tetsuzuki/roudou_hoken/tetsuzuki/kensetsugyo_ringyou/ikkatsu_yukijigyo/yukijigyo_shuryo.html',
  osaka_ikkatsu: 'https://jsite.mhlw.go.jp/osaka-roudoukyoku/hourei_seido_tetsuzuki/roudou_hoken/hourei_seido/kosin/yuki/yoken.html',
  tokyo_ikkatsu_h28: 'https://expydoc.com/doc/8841701/ (東京労働局事務組合室「一括有期事業報告書及び一括有期事業総括表の作成及び記入について」平成28年3月)',
  awaisora_50days: 'https://otoku.awaisora.com/68997e42-2664-49b5-893c-e8b72a60590b',
});

/** The bundled 有期事業 parameters (frozen). @internal */
export const FIXED_TERM: FixedTermParameters = Object.freeze({
  estimateDueDays: 20,
  estimateLegalBasis: '徴収法15条2項 (保険関係が成立した日から20日以内; 成立日の翌日起算)',
  finalDueDays: 50,
  finalLegalBasis: '徴収法19条2項 (保険関係が消滅した日から50日以内); 徴収法5条 (事業の終了・廃止の翌日に消滅)',
  installments: Object.freeze({
    threshold: 750_000,
    minimumMonths: 6,
    mergeFirstMonths: 2,
    periods: Object.freeze([
      Object.freeze({ from: '04-01', to: '07-31', due: '03-31', dueYearOffset: 0 }),
      Object.freeze({ from: '08-01', to: '11-30', due: '10-31', dueYearOffset: 0 }),
      Object.freeze({ from: '12-01', to: '03-31', due: '01-31', dueYearOffset: 1 }),
    ]),
    legalBasis: '徴収法18条; 徴収則28条 (有期事業の延納); 端数計算法3条',
  }),
  sources: Object.freeze([FIXED_TERM_SOURCES.syarogo_r28, FIXED_TERM_SOURCES.bridge2n_yuki, FIXED_TERM_SOURCES.livedoor_r28, FIXED_TERM_SOURCES.gokaku_rsh2709b]),
  status: 'confirmed',
  dueDateSources: Object.freeze([FIXED_TERM_SOURCES.hyogo_yuki_end, FIXED_TERM_SOURCES.awaisora_50days]),
  dueDateStatus: 'single-source',
  verified: '2026-12-02',
});
