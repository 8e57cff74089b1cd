import { toIsoDate, type DateInput } from '../core/dates.js';
import { InvalidInputError, RateTableError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { assertBoolean, assertObject, oneOf } from '../core/options.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import type { EligibilityPeriod, SourceStatus } from '../rates/types.js';
import { ELIGIBILITY_FIRST_DAY, eligibilityPeriodOn, periodSources, RULE_SOURCES as S } from './eligibilityParameters.js';

/** 学生の区分: `daytime` 昼間学生; `night` 夜間学部・夜間; `partTimeCourse` 定時制; `correspondence` 通信制. */
export type StudentKind = 'none' | 'daytime' | 'night' | 'partTimeCourse' | 'correspondence';
/**
 * 昼間学生の例外 (施行規則3条の2, 業務取扱要領20303): `graduating` 卒業見込証明書があり卒業後も同じ事業に勤務する予定;
 * `onLeave` 休学中; `employerSponsored` 雇用関係を存続したまま事業主の命・承認で大学院等に在学;
 * `noAttendanceRequirement` 一定の出席日数を課程修了の要件としない学校に在学し、他の労働者と同様に勤務し得る.
 */
export type StudentException = 'graduating' | 'onLeave' | 'employerSponsored' | 'noAttendanceRequirement';
/** `worker` 労働者; `officer` 役員 (代表者・取締役等, 従業員の身分なし); `concurrentOfficer` 兼務役員 (従業員の身分を併せ持つ). */
export type WorkerRole = 'worker' | 'officer' | 'concurrentOfficer';
/** 被保険者の種類: 一般, 高年齢, 高年齢継続 (2016年12月31日まで), 短期雇用特例, 日雇労働. */
export type InsuredCategory = 'general' | 'elderly' | 'elderlyContinued' | 'shortTermSpecial' | 'dayLaborer';

/** Input of {@link employmentInsuranceEligibility}. */
export interface EmploymentInsuranceEligibilityInput {
  /** 判定日: the rule in force on this day applies (資格取得日 or the day checked). */
  date: DateInput;
  /** 週所定労働時間 (hours, a finite number 0–168; 19.5 allowed). */
  weeklyHours: number;
  /** 同一事業主に継続して雇用される見込みの日数, or `'indefinite'` (期間の定めなし). */
  expectedDays: number | 'indefinite';
  /** 判定日の年齢 (whole years). Omitted: under 65. */
  age?: number;
  /** Before 2017-01-01 only: employed by the same employer since before turning 65 (高年齢継続被保険者). */
  employedSinceBefore65?: boolean;
  student?: StudentKind;
  studentException?: StudentException;
  role?: WorkerRole;
  /** 事業主と同居の親族. */
  cohabitingRelative?: boolean;
  /** 同居の親族 who meets the conditions: 事業主の指揮命令に従い、就業の実態・賃金が他の労働者と同様 (and not a 取締役). */
  relativeTreatedAsWorker?: boolean;
  /** 季節的に雇用される. */
  seasonal?: boolean;
  /** 季節的雇用の期間の定め (months); omitted: longer than 4 months or none. */
  seasonalTermMonths?: number;
  /** 日雇労働者 (42条: 日々雇用 or 30日以内の期間を定めて雇用). */
  dayLaborer?: boolean;
  /** 43条1項各号 (適用区域 or 公共職業安定所長の認可) met: the 日雇労働者 is a 日雇労働被保険者. */
  dayLaborerQualified?: boolean;
}

/** The code of one {@link EligibilityReason}. */
export type EligibilityReasonCode =
  | 'weeklyHours'
  | 'weeklyHoursBelowMinimum'
  | 'expectedDays'
  | 'expectedDaysBelowMinimum'
  | 'daytimeStudent'
  | 'studentException'
  | 'nonDaytimeStudent'
  | 'officer'
  | 'concurrentOfficer'
  | 'cohabitingRelative'
  | 'cohabitingRelativeAsWorker'
  | 'elderly'
  | 'elderlyContinued'
  | 'elderlyHireExcluded'
  | 'shortTermSpecial'
  | 'seasonalExcluded'
  | 'dayLaborer'
  | 'dayLaborerNotQualified';

/** One reason of a decision, Japanese first. `excludes`: this reason alone makes the worker not insured. */
export interface EligibilityReason {
  code: EligibilityReasonCode;
  ja: string;
  en: string;
  legalBasis: string;
  excludes: boolean;
}

/**
 * Result of {@link employmentInsuranceEligibility}: a decision, not an amount — every field of the contract
 * but `amount` (`trace`, `sources`, `legalBasis`, `status`); its headline is `insured`.
 */
export interface EmploymentInsuranceEligibility {
  insured: boolean;
  /** 被保険者の種類 when insured, else `null`. */
  category: InsuredCategory | null;
  /** Every rule that applied, in the order checked; the excluding ones have `excludes: true`. */
  reasons: EligibilityReason[];
  /** The ISO date judged. */
  date: string;
  /** The thresholds in force on `date`. */
  thresholds: { weeklyHoursMin: number; expectedDaysMin: number; elderlyAge: number; from: string };
  legalBasis: string[];
  sources: string[];
  status: SourceStatus;
  /** What the function does not decide. */
  note: string;
  trace: TraceStep[];
}

const L_STUDENT = '雇用保険法 6条4号; 同法施行規則 3条の2; 雇用保険に関する業務取扱要領 20303';
const L_OFFICER = '雇用保険法 4条1項; 雇用保険に関する業務取扱要領 (被保険者の範囲: 法人の役員, 兼務役員雇用実態証明書)';
const L_RELATIVE = '雇用保険法 4条1項; 雇用保険に関する業務取扱要領 (同居の親族); 昭和54年4月2日基発153号';
const L_SEASONAL = '雇用保険法 6条3号, 38条1項';
const NOTE = '判定しないもの / not decided: 6条5号・6号, 37条の5, 日雇の前2月各月18日以上, 週所定労働時間の算定';

function periodOn(date: string): EligibilityPeriod {
  const found = eligibilityPeriodOn(date);
  if (found === undefined) throw new RateTableError('NO_RATE_TABLE', `no 雇用保険 適用基準 before ${ELIGIBILITY_FIRST_DAY} (got ${date})`, { field: 'date', value: date });
  return found;
}

function number(o: Record<string, unknown>, field: string, max: number, integer: boolean, optional: boolean): number | undefined {
  const v = o[field];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max || (integer && !Number.isInteger(v)))
    throw new InvalidInputError('INVALID_OPTION', `${field} must be ${integer ? 'an integer' : 'a number'} from 0 to ${max} (got ${formatValue(v)})`, { field, value: v });
  return v;
}

/**
 * 雇用保険の被保険者か — whether a worker is an employment-insurance 被保険者 on a date, and as which kind,
 * by the rule in force on that date: 週所定労働時間20時間以上 (10時間以上 from 2028-10-01, 令和6年法律第26号)
 * and 31日以上の雇用見込み (6条1号・2号); 昼間学生 excluded unless an exception of 施行規則3条の2 applies
 * (6条4号); 役員 excluded, 兼務役員 insured for the worker part; 同居の親族 excluded unless treated like the
 * other workers; 65歳以上 高年齢被保険者 (37条の2, from 2017-01-01; before, a worker hired at 65 or later was
 * excluded and one employed since before 65 was a 高年齢継続被保険者); 季節的雇用 短期雇用特例被保険者 (38条)
 * unless 4か月以内 or 週30時間未満 (6条3号); 日雇労働者 日雇労働被保険者 (42条・43条) when 43条1項 is met.
 * Every rule that applied is in `reasons` with its legal basis.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION`, `INVALID_DATE`; {@link RateTableError} `NO_RATE_TABLE` (before 2010-04-01).
 *
 * @example
 * ```ts
 * import { employmentInsuranceEligibility } from 'jp-labor-insurance';
 * const a = employmentInsuranceEligibility({ date: '2025-04-01', weeklyHours: 20, expectedDays: 'indefinite' });
 * console.log(a.insured, a.category); //=> true 'general'
 * const b = employmentInsuranceEligibility({ date: '2028-09-30', weeklyHours: 15, expectedDays: 'indefinite' });
 * console.log(b.insured, b.reasons[0].code); //=> false 'weeklyHoursBelowMinimum'
 * const c = employmentInsuranceEligibility({ date: '2028-10-01', weeklyHours: 15, expectedDays: 'indefinite' });
 * console.log(c.insured, c.thresholds.weeklyHoursMin); //=> true 10
 * ```
 */
export function employmentInsuranceEligibility(input: EmploymentInsuranceEligibilityInput): EmploymentInsuranceEligibility {
  const o = assertObject(input, 'employmentInsuranceEligibility');
  const date = toIsoDate(o['date'], 'date');
  const hours = number(o, 'weeklyHours', 168, false, false)!;
  const days = o['expectedDays'] === 'indefinite' ? Infinity : number(o, 'expectedDays', 1_000_000, true, false)!;
  const age = number(o, 'age', 150, true, true);
  const since65 = assertBoolean(o['employedSinceBefore65'], 'employedSinceBefore65', false);
  const student = oneOf<StudentKind>(o['student'], ['none', 'daytime', 'night', 'partTimeCourse', 'correspondence'], 'student', 'none');
  const exception =
    o['studentException'] === undefined
      ? undefined
      : oneOf<StudentException>(o['studentException'], ['graduating', 'onLeave', 'employerSponsored', 'noAttendanceRequirement'], 'studentException');
  const role = oneOf<WorkerRole>(o['role'], ['worker', 'officer', 'concurrentOfficer'], 'role', 'worker');
  const relative = assertBoolean(o['cohabitingRelative'], 'cohabitingRelative', false);
  const relativeOk = assertBoolean(o['relativeTreatedAsWorker'], 'relativeTreatedAsWorker', false);
  const seasonal = assertBoolean(o['seasonal'], 'seasonal', false);
  const seasonalMonths = number(o, 'seasonalTermMonths', 1200, false, true);
  const day = assertBoolean(o['dayLaborer'], 'dayLaborer', false);
  const dayOk = assertBoolean(o['dayLaborerQualified'], 'dayLaborerQualified', false);
  // A qualifier given without the status it qualifies is a conflict, not silently ignored.
  const conflict = (field: string, needs: string, ok: boolean): void => {
    if (!ok) throw new InvalidInputError('INVALID_OPTION', `${field} needs ${needs}`, { field, value: o[field] });
  };
  conflict('studentException', "student: 'daytime'", exception === undefined || student === 'daytime');
  conflict('relativeTreatedAsWorker', 'cohabitingRelative: true', !relativeOk || relative);
  conflict('seasonalTermMonths', 'seasonal: true', seasonalMonths === undefined || seasonal);
  conflict('dayLaborerQualified', 'dayLaborer: true', !dayOk || day);
  const p = periodOn(date);

  const reasons: EligibilityReason[] = [];
  const add = (code: EligibilityReasonCode, excludes: boolean, ja: string, en: string, legalBasis: string): void => {
    reasons.push({ code, ja, en, legalBasis, excludes });
  };
  let category: InsuredCategory = 'general';

  if (role === 'officer') add('officer', true, '役員 (従業員としての身分なし) は被保険者とならない', 'an officer without an employee status is not insured', L_OFFICER);
  else if (role === 'concurrentOfficer')
    add(
      'concurrentOfficer',
      false,
      '兼務役員: 労働者としての部分 (従業員としての賃金) について被保険者 (兼務役員雇用実態証明書)',
      'a 兼務役員 is insured for the worker part (its wages as an employee)',
      L_OFFICER,
    );
  if (relative) {
    if (relativeOk)
      add(
        'cohabitingRelativeAsWorker',
        false,
        '同居の親族: 指揮命令・就業実態・賃金が他の労働者と同様 → 労働者として被保険者',
        'cohabiting relative treated like the other workers: insured',
        L_RELATIVE,
      );
    else
      add(
        'cohabitingRelative',
        true,
        '事業主と同居の親族は原則として被保険者とならない',
        'a relative living with the employer is not insured unless treated like the other workers',
        L_RELATIVE,
      );
  }
  if (day) {
    category = 'dayLaborer';
    if (dayOk) add('dayLaborer', false, '日雇労働者 (43条1項各号に該当) → 日雇労働被保険者', 'day labourer meeting 43条1項 → 日雇労働被保険者', '雇用保険法 42条, 43条1項');
    else
      add(
        'dayLaborerNotQualified',
        true,
        '日雇労働者で43条1項各号 (適用区域・認可) に該当しない',
        'day labourer not meeting 43条1項 (area or permission)',
        '雇用保険法 42条, 43条1項',
      );
  } else {
    const h = String(hours);
    const hoursBasis = `雇用保険法 6条1号 (週${p.weeklyHoursMin}時間以上, ${p.from}〜)`;
    if (hours >= p.weeklyHoursMin) add('weeklyHours', false, `週所定労働時間 ${h}時間 ≥ ${p.weeklyHoursMin}時間`, `weekly hours ${h} ≥ ${p.weeklyHoursMin}`, hoursBasis);
    else add('weeklyHoursBelowMinimum', true, `週所定労働時間 ${h}時間 < ${p.weeklyHoursMin}時間 → 適用除外`, `weekly hours ${h} < ${p.weeklyHoursMin}: excluded`, hoursBasis);
    const d = days === Infinity ? '期間の定めなし' : `${days}日`;
    const dEn = days === Infinity ? 'no fixed term' : `${days} days`;
    if (days >= p.expectedDaysMin)
      add('expectedDays', false, `雇用見込み ${d} ≥ ${p.expectedDaysMin}日`, `expected employment ${dEn} ≥ ${p.expectedDaysMin} days`, '雇用保険法 6条2号');
    else
      add(
        'expectedDaysBelowMinimum',
        true,
        `雇用見込み ${d} < ${p.expectedDaysMin}日 → 適用除外`,
        `expected employment ${dEn} < ${p.expectedDaysMin} days: excluded`,
        '雇用保険法 6条2号',
      );
    if (seasonal) {
      if ((seasonalMonths !== undefined && seasonalMonths <= p.seasonalMonthsMax) || hours < p.seasonalWeeklyHoursMin)
        add(
          'seasonalExcluded',
          true,
          `季節的雇用で${p.seasonalMonthsMax}か月以内の期間または週${p.seasonalWeeklyHoursMin}時間未満 → 適用除外`,
          `seasonal, ≤ ${p.seasonalMonthsMax} months or < ${p.seasonalWeeklyHoursMin} h/week: excluded`,
          L_SEASONAL,
        );
      else {
        category = 'shortTermSpecial';
        add('shortTermSpecial', false, '季節的に雇用される者 → 短期雇用特例被保険者', 'seasonal worker → 短期雇用特例被保険者', '雇用保険法 38条1項');
      }
    }
  }
  if (student === 'daytime') {
    if (exception !== undefined)
      add('studentException', false, `昼間学生の例外 (${EXCEPTION_JA[exception]}) → 被保険者となりうる`, `daytime student exception (${exception})`, L_STUDENT);
    else add('daytimeStudent', true, '昼間学生は被保険者とならない', 'a daytime student is not insured', L_STUDENT);
  } else if (student !== 'none')
    add('nonDaytimeStudent', false, '夜間・定時制・通信制の学生は昼間学生に当たらない', 'a night, part-time-course or correspondence student is not a daytime student', L_STUDENT);
  if (age !== undefined && age >= p.elderlyAge && category === 'general') {
    if (p.elderlyHiresInsured) {
      category = 'elderly';
      add('elderly', false, `${p.elderlyAge}歳以上 → 高年齢被保険者`, `aged ${p.elderlyAge} or over → 高年齢被保険者`, '雇用保険法 37条の2 (平成29年1月1日〜)');
    } else if (since65) {
      category = 'elderlyContinued';
      add(
        'elderlyContinued',
        false,
        '65歳前から引き続き雇用 → 高年齢継続被保険者 (平成28年12月31日まで)',
        'employed since before 65 → 高年齢継続被保険者 (to 2016-12-31)',
        '雇用保険法 37条の2 (平成28年法律第17号による改正前)',
      );
    } else
      add(
        'elderlyHireExcluded',
        true,
        '65歳に達した日以後に雇用された者 → 適用除外 (平成28年12月31日まで)',
        'hired at 65 or later: excluded (to 2016-12-31)',
        '雇用保険法 6条1号 (平成28年法律第17号による改正前)',
      );
  }

  const insured = !reasons.some((r) => r.excludes);
  const trace = reasons.map((r, i) => traceStep(`eligibility.${i + 1}`, 'payroll.eligibilityReason', String(!r.excludes), { ja: r.ja, en: r.en, legalBasis: r.legalBasis }));
  trace.push(traceStep('eligibility.decision', 'payroll.eligibilityDecision', String(insured), { category: insured ? category : 'none' }));
  const legalBasis = [...new Set(['雇用保険法 4条1項', p.legalBasis, ...reasons.map((r) => r.legalBasis)])];
  return {
    insured,
    category: insured ? category : null,
    reasons,
    date,
    thresholds: { weeklyHoursMin: p.weeklyHoursMin, expectedDaysMin: p.expectedDaysMin, elderlyAge: p.elderlyAge, from: p.from },
    legalBasis,
    sources: [...new Set<string>([...periodSources(p), ...reasonSources(reasons)])],
    status: p.status,
    note: p.note === undefined ? NOTE : `${p.note} ${NOTE}`,
    trace,
  };
}

const EXCEPTION_JA: Readonly<Record<StudentException, string>> = {
  graduating: '卒業見込みで卒業後も同じ事業に勤務',
  onLeave: '休学中',
  employerSponsored: '事業主の命・承認で大学院等に在学',
  noAttendanceRequirement: '出席日数を修了要件としない学校',
};

function reasonSources(reasons: readonly EligibilityReason[]): string[] {
  const out = new Set<string>();
  for (const r of reasons) {
    if (r.legalBasis === L_STUDENT) {
      out.add(S.egov_koyou_kisoku).add(S.srlearn_student).add(S.work8_student).add(S.tama5cci_student);
    } else if (r.legalBasis === L_OFFICER) out.add(S.silc_officer);
    else if (r.legalBasis === L_RELATIVE) out.add(S.hrouho_relative).add(S.sharousi_relative);
    else out.add(S.egov_koyou);
  }
  return [...out];
}
