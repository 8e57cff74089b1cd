/**
 * 雇用保険の被保険者の判定. Each expected decision is read from the source named beside it (statute on e-Gov,
 * MHLW-relayed pages, the 業務取扱要領 as quoted by the pages cited in src/eligibility/eligibilityParameters.ts),
 * not from what the code returns; the properties check the statute's shape (a threshold is a minimum).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { employmentInsuranceEligibility as eligibility, InvalidInputError, RateTableError, explain } from '../../src/index.js';

const base = { date: '2025-04-01', expectedDays: 'indefinite' as const };
const codes = (r: { reasons: { code: string }[] }): string[] => r.reasons.map((x) => x.code);

describe('週所定労働時間・雇用見込み (雇用保険法 6条1号・2号)', () => {
  // kuroishi_h29 / cscj_h29: 適用要件は「1週間の所定労働時間が20時間以上であり、31日以上の雇用見込みがあること」.
  it('20 hours a week is insured, 19.5 is not (20時間以上: inclusive)', () => {
    expect(eligibility({ ...base, weeklyHours: 20 })).toMatchObject({ insured: true, category: 'general' });
    const r = eligibility({ ...base, weeklyHours: 19.5 });
    expect(r.insured).toBe(false);
    expect(r.category).toBeNull();
    expect(codes(r)).toContain('weeklyHoursBelowMinimum');
  });
  it('31 days of expected employment is insured, 30 is not (31日以上: inclusive)', () => {
    expect(eligibility({ ...base, weeklyHours: 40, expectedDays: 31 }).insured).toBe(true);
    const r = eligibility({ ...base, weeklyHours: 40, expectedDays: 30 });
    expect(r.insured).toBe(false);
    expect(codes(r)).toEqual(['weeklyHours', 'expectedDaysBelowMinimum']);
  });
});

describe('令和6年改正 (法律第26号): 週10時間以上 from 2028-10-01', () => {
  // chukidan_r10: 「2028年10月1日施行…20時間以上から10時間以上へ」; msharoushi_r10: 「施行は令和10年10月1日」.
  it('15 hours a week: not insured on 2028-09-30, insured on 2028-10-01', () => {
    const before = eligibility({ date: '2028-09-30', weeklyHours: 15, expectedDays: 'indefinite' });
    const after = eligibility({ date: '2028-10-01', weeklyHours: 15, expectedDays: 'indefinite' });
    expect([before.insured, before.thresholds.weeklyHoursMin]).toEqual([false, 20]);
    expect([after.insured, after.thresholds.weeklyHoursMin, after.category]).toEqual([true, 10, 'general']);
    expect(after.legalBasis.join(' ')).toContain('令和6年法律第26号');
    expect(after.status).toBe('single-source'); // two secondary pages, the amending act's text not read
  });
  it('the 10-hour boundary is inclusive; 9.5 hours is excluded; the other conditions still apply', () => {
    expect(eligibility({ date: '2028-10-01', weeklyHours: 10, expectedDays: 31 }).insured).toBe(true);
    expect(eligibility({ date: '2028-10-01', weeklyHours: 9.5, expectedDays: 31 }).insured).toBe(false);
    expect(eligibility({ date: '2028-10-01', weeklyHours: 15, expectedDays: 30 }).insured).toBe(false);
    expect(eligibility({ date: '2028-10-01', weeklyHours: 15, expectedDays: 'indefinite', student: 'daytime' }).insured).toBe(false);
  });
});

describe('65歳以上 (37条の2, 平成29年1月1日〜)', () => {
  // kuroishi_h29: 平成29年1月1日以降、65歳以上も「高年齢被保険者」; 平成28年12月末までは高年齢継続被保険者を除き適用除外.
  it('a worker hired at 65 is a 高年齢被保険者 from 2017-01-01, excluded on 2016-12-31', () => {
    expect(eligibility({ date: '2017-01-01', weeklyHours: 30, expectedDays: 'indefinite', age: 65 })).toMatchObject({ insured: true, category: 'elderly' });
    const r = eligibility({ date: '2016-12-31', weeklyHours: 30, expectedDays: 'indefinite', age: 65 });
    expect(r.insured).toBe(false);
    expect(codes(r)).toContain('elderlyHireExcluded');
  });
  it('before 2017 a worker employed since before 65 was a 高年齢継続被保険者 (cscj_h29 ※1)', () => {
    expect(eligibility({ date: '2016-06-01', weeklyHours: 30, expectedDays: 'indefinite', age: 66, employedSinceBefore65: true })).toMatchObject({
      insured: true,
      category: 'elderlyContinued',
    });
  });
  it('64 is not elderly; 65 at 2025 still needs 20 hours', () => {
    expect(eligibility({ ...base, weeklyHours: 20, age: 64 }).category).toBe('general');
    expect(eligibility({ ...base, weeklyHours: 19, age: 70 }).insured).toBe(false);
  });
});

describe('昼間学生 (6条4号, 施行規則3条の2, 要領20303)', () => {
  // srlearn_student / work8_student: 昼間学生は被保険者とならない。ただし (1) 卒業見込証明書…卒業後も引き続き勤務予定
  // (2) 休学中 (3) 事業主の命により雇用関係を存続したまま大学院等に在学 (4) 一定の出席日数を課程修了の要件としない学校.
  it('a daytime student is not insured', () => {
    const r = eligibility({ ...base, weeklyHours: 25, student: 'daytime' });
    expect(r.insured).toBe(false);
    expect(codes(r)).toContain('daytimeStudent');
    expect(r.reasons.find((x) => x.code === 'daytimeStudent')!.legalBasis).toContain('3条の2');
  });
  it.each(['graduating', 'onLeave', 'employerSponsored', 'noAttendanceRequirement'] as const)('the exception %s is insured', (studentException) => {
    expect(eligibility({ ...base, weeklyHours: 25, student: 'daytime', studentException }).insured).toBe(true);
  });
  // work8_student: 「大学の夜間学部及び高等学校の夜間等の定時制の課程の者等以外のもの」が昼間学生; tama5cci: 通信制・夜間・定時制は加入.
  it.each(['night', 'partTimeCourse', 'correspondence'] as const)('a %s student is not a 昼間学生', (student) => {
    expect(eligibility({ ...base, weeklyHours: 25, student }).insured).toBe(true);
  });
});

describe('役員・同居の親族 (4条1項, 業務取扱要領)', () => {
  // silc_officer: 代表取締役等は被保険者とならない; 取締役で従業員の身分を有し労働者的性格が強い者は被保険者.
  it('an officer is not insured; a 兼務役員 is insured for the worker part', () => {
    expect(eligibility({ ...base, weeklyHours: 40, role: 'officer' }).insured).toBe(false);
    const c = eligibility({ ...base, weeklyHours: 40, role: 'concurrentOfficer' });
    expect(c.insured).toBe(true);
    expect(c.reasons[0]!.ja).toContain('兼務役員雇用実態証明書');
  });
  // hrouho_relative / sharousi_relative (昭54.4.2 基発153号): 同居の親族は原則労働者でない; 指揮命令・就労実態・賃金が他の労働者と同様なら労働者.
  it('a cohabiting relative is not insured unless treated like the other workers', () => {
    expect(eligibility({ ...base, weeklyHours: 40, cohabitingRelative: true }).insured).toBe(false);
    expect(eligibility({ ...base, weeklyHours: 40, cohabitingRelative: true, relativeTreatedAsWorker: true }).insured).toBe(true);
  });
});

describe('短期雇用特例 (38条) and 日雇 (42条・43条)', () => {
  // 雇用保険法 38条1項: 季節的に雇用される者のうち 一 4か月以内の期間を定めて雇用される者 二 週20時間以上30時間未満 の
  // いずれにも該当しない者が短期雇用特例被保険者; 6条3号: 該当する者は適用除外.
  it('seasonal: 6 months at 40 hours is 短期雇用特例; 4 months or 25 hours is excluded', () => {
    expect(eligibility({ ...base, weeklyHours: 40, seasonal: true, seasonalTermMonths: 6 })).toMatchObject({ insured: true, category: 'shortTermSpecial' });
    expect(eligibility({ ...base, weeklyHours: 40, seasonal: true, seasonalTermMonths: 4 }).insured).toBe(false);
    expect(eligibility({ ...base, weeklyHours: 25, seasonal: true }).insured).toBe(false);
    expect(eligibility({ ...base, weeklyHours: 30, seasonal: true }).category).toBe('shortTermSpecial'); // 30時間未満 is excluded: 30 is not
  });
  // 6条1号・2号 括弧書: 日雇労働被保険者に該当する者は除外されない; 43条1項各号 (適用区域・認可).
  it('a day labourer meeting 43条1項 is a 日雇労働被保険者 whatever the hours; otherwise excluded', () => {
    expect(eligibility({ ...base, weeklyHours: 8, expectedDays: 1, dayLaborer: true, dayLaborerQualified: true })).toMatchObject({ insured: true, category: 'dayLaborer' });
    expect(eligibility({ ...base, weeklyHours: 8, expectedDays: 1, dayLaborer: true }).insured).toBe(false);
  });
});

describe('the result and its input', () => {
  it('follows the contract: reasons Japanese first, a trace explain renders, sources and legal basis', () => {
    const r = eligibility({ ...base, weeklyHours: 20, age: 70 });
    expect(Object.keys(r.reasons[0]!).slice(0, 4)).toEqual(['code', 'ja', 'en', 'legalBasis']);
    expect(r.trace.length).toBe(r.reasons.length + 1);
    expect(explain(r as never, { lang: 'ja' })).toContain('高年齢被保険者');
    expect(r.legalBasis).toContain('雇用保険法 4条1項');
    expect(r.sources.some((s) => s.startsWith('https://laws.e-gov.go.jp/law/349AC0000000116'))).toBe(true);
  });
  it('refuses bad input with a coded error', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return (e as InvalidInputError).code;
      }
      return undefined;
    };
    expect(code(() => eligibility({ ...base, weeklyHours: Number.NaN }))).toBe('INVALID_OPTION');
    expect(code(() => eligibility({ ...base, weeklyHours: -1 }))).toBe('INVALID_OPTION');
    expect(code(() => eligibility({ ...base, weeklyHours: '20' as never }))).toBe('INVALID_OPTION');
    expect(code(() => eligibility({ ...base, weeklyHours: 20, expectedDays: 1.5 }))).toBe('INVALID_OPTION');
    expect(code(() => eligibility({ ...base, weeklyHours: 20, student: 'evening' as never }))).toBe('INVALID_OPTION');
    expect(code(() => eligibility({ ...base, weeklyHours: 20, date: '2025-02-30' }))).toBe('INVALID_DATE');
    expect(code(() => eligibility(null as never))).toBe('INVALID_OPTION');
    // a qualifier without the status it qualifies is a conflict
    expect(code(() => eligibility({ ...base, weeklyHours: 20, studentException: 'onLeave' }))).toBe('INVALID_OPTION');
    expect(code(() => eligibility({ ...base, weeklyHours: 20, relativeTreatedAsWorker: true }))).toBe('INVALID_OPTION');
    expect(code(() => eligibility({ ...base, weeklyHours: 20, seasonalTermMonths: 3 }))).toBe('INVALID_OPTION');
    expect(code(() => eligibility({ ...base, weeklyHours: 20, dayLaborerQualified: true }))).toBe('INVALID_OPTION');
    expect(() => eligibility({ ...base, weeklyHours: 20, date: '2010-03-31' })).toThrow(RateTableError);
  });
});

describe('properties', () => {
  const date = fc.integer({ min: Date.UTC(2010, 3, 1), max: Date.UTC(2035, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
  const hours = fc.double({ min: 0, max: 168, noNaN: true });
  it('monotone in weekly hours and expected days: more never turns insured into not insured', () => {
    fc.assert(
      fc.property(date, hours, hours, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 15, max: 90 }), (d, h1, h2, d1, d2, age) => {
        const [lo, hi] = h1 <= h2 ? [h1, h2] : [h2, h1];
        const [dlo, dhi] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const a = eligibility({ date: d, weeklyHours: lo, expectedDays: dlo, age, employedSinceBefore65: true });
        const b = eligibility({ date: d, weeklyHours: hi, expectedDays: dhi, age, employedSinceBefore65: true });
        return !a.insured || b.insured;
      }),
    );
  });
  it('any single excluding reason makes the worker not insured, and insured results name a category', () => {
    fc.assert(
      fc.property(date, hours, fc.boolean(), fc.constantFrom('none', 'daytime', 'night') as fc.Arbitrary<'none' | 'daytime' | 'night'>, (d, h, officer, student) => {
        const r = eligibility({ date: d, weeklyHours: h, expectedDays: 'indefinite', role: officer ? 'officer' : 'worker', student });
        return r.insured === !r.reasons.some((x) => x.excludes) && (r.insured ? r.category !== null : r.category === null);
      }),
    );
  });
});
