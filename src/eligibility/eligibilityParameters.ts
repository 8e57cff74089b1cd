/**
 * 雇用保険の適用基準 — the dated thresholds come from rates/parameters/eligibility.yaml (compiled into
 * src/rates/generated/eligibility.ts by `npm run rates`); this module adds the citations of the rules that are
 * not dated figures (昼間学生, 役員, 同居の親族: 施行規則 and 業務取扱要領 as quoted by the pages below).
 * @module
 */
import { ELIGIBILITY } from '../rates/generated/eligibility.js';
import type { EligibilityPeriod } from '../rates/types.js';

/** Citations of the undated rules. @internal */
export const RULE_SOURCES = {
  egov_koyou: 'https://laws.e-gov.go.jp/law/349AC0000000116 (雇用保険法 4条・6条・37条の2・38条・42条・43条)',
  egov_koyou_kisoku: 'https://laws.e-gov.go.jp/law/350M50002000003 (雇用保険法施行規則 3条の2)',
  srlearn_student: 'http://sr-learn.com/?p=4322 (法6条、則3条の2、行政手引20303: 昼間学生とその例外)',
  work8_student: 'https://work8.jp/hi14/ (雇用保険業務取扱要領: 昼間学生の例外4つ)',
  tama5cci_student: 'https://www.tama5cci.or.jp/hp/yanagida/?p=3729 (通信制・夜間・定時制の学校に在籍する従業員は雇用保険に入る)',
  silc_officer: 'https://ameblo.jp/silc-study/entry-12351882091.html (役員: 従業員の身分を有し労働者的性格が強い者は被保険者)',
  hrouho_relative: 'https://h-rouho.jp/faq/main.php?article=8&mode=detail (同居の親族: 指揮命令・就労実態・賃金が他の労働者と同様なら労働者)',
  sharousi_relative: 'https://sharou-si.com/doukyosinnzokunorousai/ (昭和54年4月2日基発153号: 同居の親族の2条件)',
} as const;

/** The period in force on an ISO date, or undefined before the first. @internal */
export function eligibilityPeriodOn(date: string): EligibilityPeriod | undefined {
  let found: EligibilityPeriod | undefined;
  for (const p of ELIGIBILITY.periods) if (p.from <= date) found = p;
  return found;
}

/** The first day covered. @internal */
export const ELIGIBILITY_FIRST_DAY: string = ELIGIBILITY.periods[0]!.from;

/** The citations of a period's figures. @internal */
export function periodSources(p: EligibilityPeriod): string[] {
  return p.sources.map((k) => ELIGIBILITY.sources[k] ?? k);
}
