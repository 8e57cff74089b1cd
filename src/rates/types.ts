/**
 * How well a figure is established (from shared reference):
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
}
