/**
 * 雇用保険の適用基準 — the dated thresholds come from rates/parameters/eligibility.yaml (compiled into
 * src/rates/generated/eligibility.ts by `npm run rates`); this module adds the citations of the rules that are
 * not dated figures (昼間学生, 役員, 同居の親族: 施行規則 and 業務取扱要領 as quoted by the pages below).
 * @module
 */
import { ELIGIBILITY } from '../rates/generated/eligibility.js';
import { citations } from '../rates/periods.js';
import type { EligibilityPeriod } from '../rates/types.js';

/** Citations of the undated rules. @internal */
export const RULE_SOURCES = {
  egov_koyou: 'https://laws.e-gov.go.jp/law/349AC0000000116',
  egov_koyou_kisoku: 'https://laws.e-gov.go.jp/law/350M50002000003',
  srlearn_student: 'http://sr-learn.com/?p=4322',
  work8_student: 'https://work8.jp/hi14/',
  tama5cci_student: 'https://www.tama5cci.or.jp/hp/yanagida/?p=3729',
  silc_officer: 'https://ameblo.jp/silc-study/entry-12351882091.html',
  hrouho_relative: 'https://h-rouho.jp/faq/main.php?article=8&mode=detail',
  sharousi_relative: 'https://sharou-si.com/doukyosinnzokunorousai/',
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
  return citations(ELIGIBILITY, p.sources);
}
