/**
 * 雇用保険の適用基準 — the dated legal parameters of who is a 被保険者 (data, apart from the code that
 * applies them). Each period is in force from `from` to the day before the next one. Kept here as a small
 * dated table rather than in rates/parameters/*.yaml: the rate compiler's families are rate tables read by
 * fiscal year, and these figures are read by day; see docs/payroll.md.
 * @module
 */
import type { SourceStatus } from '../rates/types.js';

/** A cited figure source: its key and citation (URL or a document named precisely). @internal */
export const ELIGIBILITY_SOURCES = {
  egov_koyou: 'https://laws.e-gov.go.jp/law/349AC0000000116 (雇用保険法 4条・6条・37条の2・38条・42条・43条)',
  egov_koyou_kisoku: 'https://laws.e-gov.go.jp/law/350M50002000003 (雇用保険法施行規則 3条の2)',
  kuroishi_h29: 'http://www.city.kuroishi.aomori.jp/sangyou/shien/koyohoken_kakudai.html (平成29年1月1日から65歳以上も高年齢被保険者; 週20時間以上・31日以上の雇用見込み)',
  cscj_h29: 'http://cscj.co.jp/labor/no270.html (改正前: 高年齢継続被保険者を除き65歳以上は適用除外)',
  chukidan_r10: 'https://www.chukidan.jp/navi/column/insurance/13086 (2028年10月1日施行、週10時間以上)',
  msharoushi_r10: 'https://m-sharoushi.com/news/news-117.html (令和6年雇用保険法等改正: 施行は令和10年10月1日)',
  srlearn_student: 'http://sr-learn.com/?p=4322 (法6条、則3条の2、行政手引20303: 昼間学生とその例外)',
  work8_student: 'https://work8.jp/hi14/ (雇用保険業務取扱要領: 昼間学生の例外4つ)',
  tama5cci_student: 'https://www.tama5cci.or.jp/hp/yanagida/?p=3729 (通信制・夜間・定時制の学校に在籍する従業員は雇用保険に入る)',
  silc_officer: 'https://ameblo.jp/silc-study/entry-12351882091.html (役員: 従業員の身分を有し労働者的性格が強い者は被保険者)',
  hrouho_relative: 'https://h-rouho.jp/faq/main.php?article=8&mode=detail (同居の親族: 指揮命令・就労実態・賃金が他の労働者と同様なら労働者)',
  sharousi_relative: 'https://sharou-si.com/doukyosinnzokunorousai/ (昭和54年4月2日基発153号: 同居の親族の2条件)',
} as const;

/** A key of {@link ELIGIBILITY_SOURCES}. @internal */
export type EligibilitySourceKey = keyof typeof ELIGIBILITY_SOURCES;

/** One period of the 適用基準. @internal */
export interface EligibilityPeriod {
  /** First day in force (ISO). */
  readonly from: string;
  /** 6条1号: 週所定労働時間の下限 (hours, inclusive). */
  readonly weeklyHoursMin: number;
  /** 6条2号: 同一事業主に継続して雇用される見込みの下限 (days, inclusive). */
  readonly expectedDaysMin: number;
  /** The age from which a worker is 高年齢 (65). */
  readonly elderlyAge: number;
  /** Whether a worker hired at 65 or later is insured (高年齢被保険者, 37条の2) — from 2017-01-01. */
  readonly elderlyHiresInsured: boolean;
  /** 38条1項: 短期雇用特例の除外 — 4か月以内の期間 / 週30時間未満. */
  readonly seasonalMonthsMax: number;
  readonly seasonalWeeklyHoursMin: number;
  readonly legalBasis: string;
  readonly status: SourceStatus;
  readonly sources: readonly EligibilitySourceKey[];
  readonly note?: string;
}

/**
 * The periods, oldest first. The first starts on 2010-04-01 (31日以上の雇用見込み, 平成22年改正); earlier
 * dates are not covered.
 * @internal
 */
export const ELIGIBILITY_PERIODS: readonly EligibilityPeriod[] = Object.freeze([
  {
    from: '2010-04-01',
    weeklyHoursMin: 20,
    expectedDaysMin: 31,
    elderlyAge: 65,
    elderlyHiresInsured: false,
    seasonalMonthsMax: 4,
    seasonalWeeklyHoursMin: 30,
    legalBasis: '雇用保険法 6条 (平成28年法律第17号による改正前: 65歳に達した日以後に雇用される者は適用除外、高年齢継続被保険者を除く)',
    status: 'confirmed',
    sources: ['egov_koyou', 'kuroishi_h29', 'cscj_h29'],
  },
  {
    from: '2017-01-01',
    weeklyHoursMin: 20,
    expectedDaysMin: 31,
    elderlyAge: 65,
    elderlyHiresInsured: true,
    seasonalMonthsMax: 4,
    seasonalWeeklyHoursMin: 30,
    legalBasis: '雇用保険法 6条1号・2号, 37条の2 (平成28年法律第17号, 平成29年1月1日施行)',
    status: 'confirmed',
    sources: ['egov_koyou', 'kuroishi_h29', 'cscj_h29'],
  },
  {
    from: '2028-10-01',
    weeklyHoursMin: 10,
    expectedDaysMin: 31,
    elderlyAge: 65,
    elderlyHiresInsured: true,
    seasonalMonthsMax: 4,
    seasonalWeeklyHoursMin: 30,
    legalBasis: '雇用保険法 6条1号 (雇用保険法等の一部を改正する法律 令和6年法律第26号, 令和10年10月1日施行)',
    status: 'single-source',
    sources: ['chukidan_r10', 'msharoushi_r10'],
    note: '令和10年10月1日からの週10時間以上は二次資料2件で確認 (改正法の条文は未読). 短期雇用特例 (38条1項2号) の下限が10時間に変わるかは未確認: 週30時間未満の季節労働者はどちらでも適用除外なので判定は変わらない。',
  },
]);
