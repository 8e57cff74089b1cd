/**
 * How well a figure is established:
 * `confirmed` (≥ 2 independent sources, or a primary text), `single-source`, `derived`
 * (follows from a revision's scope rather than being printed for that period) or `unconfirmed`.
 */
export type SourceStatus = 'confirmed' | 'single-source' | 'derived' | 'unconfirmed';

/** A dated block of figures sharing their legal basis and sources. */
export interface DatedPeriod {
  /** First day in force, `YYYY-MM-DD`. */
  from: string;
  /** Last day in force (inclusive), `YYYY-MM-DD`. */
  to: string;
  /** Statute, ordinance or notice the figures rest on. */
  legalBasis: string;
  /** Keys into {@link RateTable.sources}. */
  sources: string[];
  /** How well the figures are established. */
  status: SourceStatus;
  note?: string;
}

/** 雇用保険率 of one 事業の種類, per 1000, as exact decimal strings. */
export interface EmploymentRates {
  /** 雇用保険率 (total). */
  total: string;
  /** 被保険者負担 (worker's share). */
  worker: string;
  /** 事業主負担 (employer's share) = employerBenefitPart + employerTwoProjectsPart. */
  employer: string;
  /** Employer's part for 失業等給付・育児休業給付 (equals the worker's share). */
  employerBenefitPart: string;
  /** 雇用保険二事業 part, borne by the employer alone. */
  employerTwoProjectsPart: string;
}

/** The three 雇用保険 business categories. */
export type EmploymentCategory = 'general' | 'agriculture' | 'construction';

/** A period with one set of 雇用保険率. */
export interface EmploymentPeriod extends DatedPeriod {
  id?: string;
  benefitPartName?: string;
  categories: Record<EmploymentCategory, EmploymentRates>;
}

/** One row of the 労災保険率表. */
export interface IndustryRate {
  /** 業種番号 / 事業の種類の番号 ('94'; 林業 is '02/03'). */
  number: string;
  /** 事業の種類の分類 (e.g. その他の事業). */
  category: string;
  /** 事業の種類 (e.g. その他の各種事業). */
  name: string;
  /** 労災保険率 per 1000. */
  rate: string;
  status: SourceStatus;
}

/** A period with one 労災保険率表. */
export interface WorkersCompensationPeriod extends DatedPeriod {
  table: string;
  label?: string;
  nonOccupationalRate: { rate: string; legalBasis: string; sources: string[]; status: SourceStatus };
  industries: IndustryRate[];
}

/** 一般拠出金率 period. */
export interface GeneralContributionPeriod extends DatedPeriod {
  /** Rate per 1000 ("0.02"). */
  rate: string;
}

/** 介護(補償)等給付 limits for a period (yen per month). */
export interface CareBenefitPeriod extends DatedPeriod {
  constant: { max: number; min: number };
  occasional: { max: number; min: number };
}

/** 労務費率表 period. */
export interface LaborCostRatioPeriod extends DatedPeriod {
  table: string;
  rows: { number: string; name: string; percent: string }[];
}

/** 第2種特別加入保険料率 period. */
export interface SecondClassPeriod {
  from: string;
  to: string;
  table: string;
  legalBasis: string;
  sources: string[];
  rows: {
    code: string;
    name: string;
    rate: string;
    /** When the category starts later than the period. */
    from?: string;
    reportedNumber?: string;
    status: SourceStatus;
    sources: string[];
  }[];
}

/** 特別加入 data. */
export interface SpecialEnrollmentData {
  secondClass: SecondClassPeriod[];
  thirdClass: (DatedPeriod & { rate: string })[];
  dailyBenefitBases: {
    standard: number[];
    homeworkersOnly: number[];
    legalBasis: string;
    sources: string[];
    status: SourceStatus;
    note?: string;
  };
  partialYear: { rule: string; legalBasis: string; sources: string[]; status: string };
}

/**
 * One fiscal year's rate table, exactly as stored in `rates/FY<year>.json`. Pass your own (same
 * shape) through the `rates` option of any calculation, e.g. for a year the package does not ship.
 */
export interface RateTable {
  $schema?: string;
  schemaVersion: 1;
  /** 保険年度 (April–March), named by its starting calendar year. */
  fiscalYear: number;
  name: string;
  /** `YYYY-04-01`. */
  from: string;
  /** `YYYY+1-03-31`. */
  to: string;
  employmentInsurance: EmploymentPeriod[];
  workersCompensation: WorkersCompensationPeriod[];
  generalContribution: GeneralContributionPeriod[];
  careBenefit: CareBenefitPeriod[];
  laborCostRatio: LaborCostRatioPeriod[];
  specialEnrollment: SpecialEnrollmentData;
  medicalCopayment: { standard: number; dayLaborer: number; legalBasis: string; sources: string[]; status: SourceStatus | string; note?: string };
  /** Source key → URL or citation. */
  sources: Record<string, string>;
  /**
   * Custom tables only: メリット制 data for this fiscal year, replacing the bundled data (the shape of
   * `MERIT_TABLE`, `jp-labor-insurance/rates/merit`, with its own `sources`).
   */
  merit?: MeritData;
  /**
   * Custom tables only: procedure data (延納 due dates and thresholds, …) for this fiscal year,
   * replacing the bundled data (the shape of `PROCEDURE_DATA`, `jp-labor-insurance/rates/procedures`).
   */
  procedures?: ProceduresData;
}

/** Source key → citation (URL or a document named precisely). */
export type SourceMap = Readonly<Record<string, string>>;

/**
 * Compiled data of one area (generated from rates/parameters by `npm run rates`): every dated entry
 * on the whole timeline (`to` `9999-12-31` = in force until changed) and the citations it uses.
 */
export interface AreaData {
  sources: SourceMap;
}

/** 雇用保険率, every revision (module `jp-labor-insurance/rates/employment`); `id`, `benefitPartName`, `note` are in {@link EmploymentDetailsData}. */
export interface EmploymentData extends AreaData {
  periods: readonly EmploymentPeriod[];
}

/** 雇用保険率 revisions with their dates and rates only, no provenance (the fast path of `createEmployeeDeduction`). */
export interface EmploymentRatesData {
  periods: readonly { from: string; to: string; categories: Record<EmploymentCategory, Pick<EmploymentRates, 'worker'>> }[];
}

/** What the fiscal-year view adds to each 雇用保険 revision: its id, the name of the benefit part, a note. */
export interface EmploymentDetailsData {
  periods: readonly { from: string; id?: string; benefitPartName?: string; note?: string }[];
}

/** 労災保険率表 revisions and 非業務災害率 values (module `jp-labor-insurance/rates/workers-compensation`). */
export interface WorkersCompensationData extends AreaData {
  tables: readonly Omit<WorkersCompensationPeriod, 'nonOccupationalRate'>[];
  nonOccupationalRate: readonly (DatedPeriod & { rate: string })[];
}

/** 一般拠出金率 periods (module `jp-labor-insurance/rates/general-contribution`). */
export interface GeneralContributionData extends AreaData {
  periods: readonly GeneralContributionPeriod[];
}

/** Care-benefit limits, every period with known amounts (module `jp-labor-insurance/rates/care-benefit`). */
export interface CareBenefitData extends AreaData {
  periods: readonly CareBenefitPeriod[];
}

/** 労務費率表 revisions (module `jp-labor-insurance/rates/labor-cost-ratio`). */
export interface LaborCostRatioData extends AreaData {
  tables: readonly LaborCostRatioPeriod[];
}

/** A 第2種 row on the timeline: `addedOn` when the category starts later than its table. */
export type SecondClassTimelineRow = Omit<SecondClassPeriod['rows'][number], 'from'> & { addedOn?: string };

/** 特別加入 and 療養給付の一部負担金 (module `jp-labor-insurance/rates/special-enrollment`). */
export interface SpecialEnrollmentAreaData extends AreaData {
  secondClass: readonly (Omit<SecondClassPeriod, 'rows'> & { rows: readonly SecondClassTimelineRow[] })[];
  thirdClass: readonly (DatedPeriod & { rate: string })[];
  dailyBenefitBases: SpecialEnrollmentData['dailyBenefitBases'];
  partialYear: SpecialEnrollmentData['partialYear'];
  medicalCopayment: readonly (RateTable['medicalCopayment'] & { from: string; to: string })[];
}

/** A block of procedure or merit data with its provenance. */
export interface ProvenanceBlock {
  legalBasis: string;
  sources: readonly string[];
  status: SourceStatus;
  note?: string;
}

/** メリット制 data (module `jp-labor-insurance/rates/merit`). */
export interface MeritData extends AreaData {
  name: string;
  legalBasis: string;
  status: SourceStatus;
  note: string;
  continuous: ProvenanceBlock & { maxPercent: number; rows: readonly { upToPercent: string | null; adjustmentPercent: number }[] };
  limits: { continuous: number; timber: number; lumpSumSmall: number; special: number; sources: readonly string[]; note: string };
  eligibility: ProvenanceBlock & { workersAlways: number; workersMin: number; disasterCoefficientMin: string; note: string };
}

/** One 延納 period: its months and its due dates (`MM-DD` within the 保険年度). */
export interface InstallmentPeriodData {
  number: number;
  from: string;
  to: string;
  /** 納期限. */
  due: string;
  /** 納期限 for an employer who commissions a 労働保険事務組合. */
  commissionedDue?: string;
  /** 口座振替納付日. */
  accountTransferDue: string;
  dueNextCalendarYear: boolean;
}

/** 年度更新・延納・追徴金・延滞金・時効 data (module `jp-labor-insurance/rates/procedures`). */
export interface ProceduresData extends AreaData {
  name: string;
  renewal: {
    declarationPeriod: { start: string; days: number; lastDay: string };
    legalBasis: string;
    estimateRule: ProvenanceBlock & { lowerPercent: number; upperPercent: number; inclusive: boolean };
    newBusinessDueDays: number;
    newBusinessLegalBasis: string;
    sources: readonly string[];
    status: SourceStatus;
  };
  installments: {
    legalBasis: string;
    thresholds: { bothInsurances: number; oneInsuranceOnly: number; commissionedAnyAmount: boolean };
    noInstallmentsFromMonthDay: string;
    periods: readonly InstallmentPeriodData[];
    establishment: readonly { from: string; to: string; count: number }[];
    sources: readonly string[];
    status: SourceStatus;
    commissionedDueDates: ProvenanceBlock & { second: string; third: string; verified: string };
    accountTransferDueDates: {
      legalBasis: string;
      first: string;
      second: string;
      third: string;
      sources: readonly string[];
      status: SourceStatus;
      verified: string;
      note: string;
      nonBusinessDayShift: { rule: 'next-business-day'; sources: readonly string[]; status: SourceStatus };
    };
    nonBusinessDayShift: { status: string; note: string };
  };
  increasedEstimate: ProvenanceBlock & { ratioPercent: number; minimumDifference: number; dueDays: number };
  surcharge: ProvenanceBlock & { percent: string; stampPremiumPercent: string; baseUnit: number; minimumAmount: number };
  lateFee: ProvenanceBlock & {
    statutory: { firstPercent: string; afterPercent: string };
    reducedMonths: number;
    daysPerYear: number;
    baseUnit: number;
    minimumPremium: number;
    feeUnit: number;
    minimumFee: number;
    specialRates: readonly { year: number; firstPercent: string; afterPercent: string; sources: readonly string[]; status: SourceStatus; note?: string }[];
  };
  limitation: ProvenanceBlock & { years: number };
}

/** A known gap in the data: a period or category for which no source gives a figure. */
export interface RateDataGap {
  area: string;
  key: string;
  /** First day of the gap (dated gaps). */
  from?: string;
  /** Last day of the gap (`9999-12-31`: until a figure is found). */
  to?: string;
  /** The category's name (第2種 categories). */
  name?: string;
  status: SourceStatus;
  verified: string;
  note: string;
}

/** Compiled counts, gaps and verification dates (src/rates/generated/status.ts). @internal */
export interface RateDataStatusData {
  latestVerified: string;
  oldestVerified: string;
  figureCount: number;
  sourceCount: number;
  byStatus: Readonly<Record<string, number>>;
  gaps: readonly RateDataGap[];
  unconfirmed: readonly { area: string; key: string; from: string; to: string; value: string; sources: readonly string[]; verified: string }[];
}

/** One custom table or several, accepted by every calculation's `rates` option. */
export type RatesOption = RateTable | readonly RateTable[];

// --- payroll integration (issue 12)
/** One period of the 雇用保険の適用基準 (rates/parameters/eligibility.yaml). */
export interface EligibilityPeriod {
  from: string;
  to: string;
  /** 6条1号: 週所定労働時間の下限 (hours, inclusive). */
  weeklyHoursMin: number;
  /** 6条2号: 継続雇用見込みの下限 (days, inclusive). */
  expectedDaysMin: number;
  /** 高年齢 from this age (37条の2). */
  elderlyAge: number;
  /** Whether a worker hired at `elderlyAge` or later is insured (from 2017-01-01). */
  elderlyHiresInsured: boolean;
  /** 38条1項1号: 4か月以内の期間を定めて雇用される季節労働者は除外. */
  seasonalMonthsMax: number;
  /** 38条1項2号: 週この時間未満の季節労働者は除外. */
  seasonalWeeklyHoursMin: number;
  legalBasis: string;
  status: SourceStatus;
  sources: readonly string[];
  note?: string;
}

/** 雇用保険の適用基準, every period, with the citations (generated: src/rates/generated/eligibility.ts). */
export interface EligibilityData extends AreaData {
  name: string;
  periods: readonly EligibilityPeriod[];
}
