/**
 * The data subpaths (`jp-labor-insurance/rates/<area>`, sources in src/rates/entries/): each exports its
 * frozen timeline and the figures of one fiscal year, equal to the fiscal-year view of ratesFor, and
 * a year not published is NO_RATE_TABLE. Figures checked: FY2025 一般 worker 5.5/1000 (MHLW 令和7年度
 * 雇用保険料率), 業種 94 3/1000 (R6 労災保険率表), 一般拠出金 0.02/1000, 介護 常時 上限 177,950 → 186,050
 * from 2025-08-01 (令和7年厚生労働省令第66号), 労務費率 35 建築事業 23%.
 */
import { describe, expect, it } from 'vitest';
import { ratesFor } from '../../src/index.js';
import { CARE_BENEFIT_LIMITS, careBenefitLimitsIn } from '../../src/rates/entries/care-benefit.js';
import { EMPLOYMENT_RATES, employmentRatesIn } from '../../src/rates/entries/employment.js';
import { GENERAL_CONTRIBUTION_RATES, generalContributionRatesIn } from '../../src/rates/entries/general-contribution.js';
import { LABOR_COST_RATIOS, laborCostRatiosIn } from '../../src/rates/entries/labor-cost-ratio.js';
import { MERIT_TABLE } from '../../src/rates/entries/merit.js';
import { PROCEDURE_DATA } from '../../src/rates/entries/procedures.js';
import { SPECIAL_ENROLLMENT_RATES, specialEnrollmentRatesIn } from '../../src/rates/entries/special-enrollment.js';
import { WORKERS_COMPENSATION_RATES, workersCompensationRatesIn } from '../../src/rates/entries/workers-compensation.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('rates/<area> subpaths', () => {
  it('export frozen data', () => {
    for (const d of [
      EMPLOYMENT_RATES,
      WORKERS_COMPENSATION_RATES,
      GENERAL_CONTRIBUTION_RATES,
      CARE_BENEFIT_LIMITS,
      LABOR_COST_RATIOS,
      SPECIAL_ENROLLMENT_RATES,
      MERIT_TABLE,
      PROCEDURE_DATA,
    ]) {
      expect(Object.isFrozen(d)).toBe(true);
      expect(Object.isFrozen(d.sources)).toBe(true);
    }
  });

  it('give the figures of a year as in ratesFor (FY2025 checked figures)', () => {
    const t = ratesFor(2025);
    expect(employmentRatesIn(2025)[0]?.categories.general.worker).toBe('5.5');
    expect(plain(employmentRatesIn(2025)).map((p: { categories: unknown }) => p.categories)).toEqual(
      plain(t.employmentInsurance).map((p: { categories: unknown }) => p.categories),
    );
    expect(workersCompensationRatesIn(2025)[0]?.industries.find((r) => r.number === '94')?.rate).toBe('3');
    expect(plain(workersCompensationRatesIn(2025))).toEqual(plain(t.workersCompensation));
    expect(generalContributionRatesIn(2025)[0]?.rate).toBe('0.02');
    expect(plain(generalContributionRatesIn(2025))).toEqual(plain(t.generalContribution));
    expect(careBenefitLimitsIn(2025).map((p) => p.constant.max)).toEqual([177_950, 186_050]);
    expect(plain(careBenefitLimitsIn(2025))).toEqual(plain(t.careBenefit));
    expect(laborCostRatiosIn(2025)[0]?.rows.find((r) => r.number === '35')?.percent).toBe('23');
    expect(plain(laborCostRatiosIn(2025))).toEqual(plain(t.laborCostRatio));
    expect(plain(specialEnrollmentRatesIn(2025))).toEqual(plain(t.specialEnrollment));
  });

  it('refuse a year not published', () => {
    for (const f of [employmentRatesIn, workersCompensationRatesIn, generalContributionRatesIn, careBenefitLimitsIn, laborCostRatiosIn, specialEnrollmentRatesIn]) {
      expect(() => f(2017)).toThrowError(expect.objectContaining({ code: 'NO_RATE_TABLE' }));
    }
  });
});
