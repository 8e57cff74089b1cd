/**
 * Overrides of メリット制 and procedure data through a custom table (issue 9 item 6): a `merit` or
 * `procedures` block in the shape of the compiled data, validated at definition (defineRateTable),
 * replaces the bundled data for the table's fiscal year only.
 */
import { describe, expect, it } from 'vitest';
import {
  annualRenewal,
  defineRateTable,
  increasedEstimate,
  installments,
  meritEligibility,
  meritRate,
  ratesFor,
  RateTableError,
  validateRateTable,
  type MeritData,
  type ProceduresData,
  type RateTable,
} from '../../src/index.js';
import { MERIT_TABLE } from '../../src/rates/entries/merit.js';
import { PROCEDURE_DATA } from '../../src/rates/entries/procedures.js';

type Editable = RateTable & { merit?: MeritData; procedures?: ProceduresData };
const copyOf = (fy: number): Editable => structuredClone(ratesFor(fy)) as Editable;
const merit = (): MeritData & Record<string, any> => structuredClone(MERIT_TABLE) as MeritData & Record<string, any>;
const procedures = (): ProceduresData & Record<string, any> => structuredClone(PROCEDURE_DATA) as ProceduresData & Record<string, any>;

function issuesOf(t: unknown): { path: string; code: string }[] {
  try {
    defineRateTable(t as RateTable);
  } catch (e) {
    expect(e).toBeInstanceOf(RateTableError);
    expect((e as RateTableError).code).toBe('INVALID_RATE_TABLE');
    return (e as RateTableError).details['issues'] as { path: string; code: string }[];
  }
  return [];
}

describe('merit override', () => {
  it('the bundled data is a valid override (nothing changes)', () => {
    const t = copyOf(2025);
    t.merit = merit();
    expect(validateRateTable(t)).toEqual([]);
    const r = meritRate({ rate: '5.5', fiscalYear: 2025, adjustmentPercent: '35', rates: defineRateTable(t) });
    // (5.5 − 0.6) × 135/100 + 0.6 = 6.615 + 0.6 = 7.215 (as without an override)
    expect(r.rate).toBe('7.215');
  });

  it('a lowered 継続事業 limit (±40% → ±30%) refuses 35% for that year only', () => {
    const t = copyOf(2025);
    const m = merit();
    m.limits.continuous = 30;
    t.merit = m;
    const rates = defineRateTable(t);
    expect(() => meritRate({ rate: '5.5', fiscalYear: 2025, adjustmentPercent: '35', rates })).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    // 30% is within the new limit: (5.5 − 0.6) × 130/100 + 0.6 = 6.37 + 0.6 = 6.97
    expect(meritRate({ rate: '5.5', fiscalYear: 2025, adjustmentPercent: '30', rates }).rate).toBe('6.97');
    // another year, or no rates: the bundled ±40% still allows 35%
    expect(meritRate({ rate: '5.5', fiscalYear: 2024, adjustmentPercent: '35', rates }).rate).toBe('7.215');
    expect(meritRate({ rate: '5.5', fiscalYear: 2025, adjustmentPercent: '35' }).rate).toBe('7.215');
  });

  it('an eligibility override (workersMin 20 → 30) changes the size test', () => {
    const t = copyOf(2025);
    const m = merit();
    m.eligibility.workersMin = 30;
    t.merit = m;
    // 25 workers, rate 15‰: 災害度係数 = 25 × (15 − 0.6)/1000 = 0.36; bundled: 20 ≤ 25 ≤ 99 and 0.36 < 0.4 → lowCoefficient
    expect(meritEligibility({ workers: 25, rate: '15', fiscalYear: 2025 }).reason).toBe('lowCoefficient');
    // with workersMin 30, 25 workers are too few
    expect(meritEligibility({ workers: 25, rate: '15', fiscalYear: 2025, rates: defineRateTable(t) }).reason).toBe('tooFew');
  });

  it('an invalid merit override is rejected at definition, with paths', () => {
    const cases: [string, (m: any) => void, string, string][] = [
      ['a limit above 100', (m) => (m.limits.continuous = 140), 'merit.limits.continuous', 'range'],
      ['a fractional limit', (m) => (m.limits.timber = 35.5), 'merit.limits.timber', 'type'],
      ['rows out of order', (m) => m.continuous.rows.reverse(), 'merit.continuous.rows', 'order'],
      ['an adjustment beyond maxPercent', (m) => (m.continuous.rows[0].adjustmentPercent = -45), 'merit.continuous.rows[0].adjustmentPercent', 'range'],
      ['an undefined source key', (m) => (m.limits.sources = ['nowhere']), 'merit.limits.sources[0]', 'source'],
      ['a missing block', (m) => delete m.eligibility, 'merit.eligibility', 'required'],
      ['an unknown key', (m) => (m.limitz = {}), 'merit.limitz', 'unknown-key'],
      ['workersMin above workersAlways', (m) => (m.eligibility.workersMin = 200), 'merit.eligibility.workersMin', 'order'],
      ['a coefficient as a number', (m) => (m.eligibility.disasterCoefficientMin = 0.4), 'merit.eligibility.disasterCoefficientMin', 'type'],
    ];
    for (const [name, breakIt, path, code] of cases) {
      const t = copyOf(2025);
      const m = merit();
      breakIt(m);
      t.merit = m;
      const issues = issuesOf(t);
      expect(
        issues.some((i) => i.path.startsWith(path) && i.code === code),
        `${name}: ${JSON.stringify(issues)}`,
      ).toBe(true);
    }
  });
});

describe('procedures override', () => {
  it('the bundled data is a valid override (the due dates stay 7/10, 10/31, 1/31)', () => {
    const t = copyOf(2025);
    t.procedures = procedures();
    expect(validateRateTable(t)).toEqual([]);
    const n = installments({ estimatedPremium: 1_000_000, fiscalYear: 2025, rates: defineRateTable(t) });
    expect(n.installments.map((i) => i.dueDate)).toEqual(['2025-07-10', '2025-10-31', '2026-01-31']);
  });

  it('a changed 第2期 due date (10-31 → 11-04) and 口座振替 date take effect for that year only', () => {
    const t = copyOf(2025);
    const p = procedures();
    p.installments.periods[1]!.due = '11-04';
    p.installments.periods[2]!.accountTransferDue = '02-20';
    t.procedures = p;
    const rates = defineRateTable(t);
    expect(installments({ estimatedPremium: 1_000_000, fiscalYear: 2025, rates }).installments.map((i) => i.dueDate)).toEqual(['2025-07-10', '2025-11-04', '2026-01-31']);
    expect(installments({ estimatedPremium: 1_000_000, fiscalYear: 2025, rates, paymentMethod: 'accountTransfer' }).installments.map((i) => i.dueDate)).toEqual([
      '2025-09-06',
      '2025-11-14',
      '2026-02-20',
    ]);
    // FY2024 (no table given for it) keeps the bundled dates
    expect(installments({ estimatedPremium: 1_000_000, fiscalYear: 2024, rates }).installments.map((i) => i.dueDate)).toEqual(['2024-07-10', '2024-10-31', '2025-01-31']);
  });

  it('a raised 延納 threshold (400,000 → 500,000 yen) refuses 延納 for 450,000 yen', () => {
    const t = copyOf(2025);
    const p = procedures();
    p.installments.thresholds.bothInsurances = 500_000;
    t.procedures = p;
    expect(installments({ estimatedPremium: 450_000, fiscalYear: 2025 }).count).toBe(3);
    const n = installments({ estimatedPremium: 450_000, fiscalYear: 2025, rates: defineRateTable(t) });
    expect([n.installmentsAllowed, n.count, n.threshold]).toEqual([false, 1, 500_000]);
  });

  it('annualRenewal takes the 延納 threshold, the due dates and the 50%–200% rule of the filing year’s table', () => {
    // rules.md §5.4 Example A: FY2025 概算 527,187 (≥ 400,000: three 期 with the bundled data).
    const base = { renewalYear: 2025, industry: '98', category: 'general' as const, previousYearWages: 30_125_678, declaredEstimate: 520_000 };
    expect(annualRenewal(base).installmentPlan.count).toBe(3);
    const t = copyOf(2025);
    const p = procedures();
    p.installments.thresholds.bothInsurances = 600_000; // 527,187 < 600,000: one payment
    p.installments.periods[1]!.due = '11-04';
    p.renewal.estimateRule.upperPercent = 150; // an estimate of 160% of the previous base is now outside
    t.procedures = p;
    const rates = defineRateTable(t);
    const r = annualRenewal({ ...base, rates });
    expect([r.installmentPlan.installmentsAllowed, r.installmentPlan.count, r.installmentPlan.threshold]).toEqual([false, 1, 600_000]);
    // one payment: 527,187 + 不足額 37,312 + 一般拠出金 602 = 565,101, due 7/10
    expect(r.installments.map((i) => [i.amount, i.dueDate])).toEqual([[565_101, '2025-07-10']]);
    // 160% of 30,125,000 = 48,200,000: within 50–200% with the bundled rule, outside 50–150% with the table's
    const e = { ...base, estimatedWages: 48_200_000 };
    expect(annualRenewal(e).estimateBasis.workersCompensation?.use).toBe('previous');
    const b = annualRenewal({ ...e, rates }).estimateBasis.workersCompensation!;
    expect([b.use, b.amount, b.reason]).toEqual(['estimate', 48_200_000, 'estimate 48200000 is outside 50%–150% of the previous base 30125000']);
    // with 延納 allowed (a 事務組合 member), the table's 第2期 date is used
    const c = annualRenewal({
      ...base,
      commissioned: false,
      rates: defineRateTable({
        ...copyOf(2025),
        procedures: { ...procedures(), installments: { ...p.installments, thresholds: { ...p.installments.thresholds, bothInsurances: 400_000 } } },
      } as Editable),
    });
    expect(c.installments.map((i) => i.dueDate)).toEqual(['2025-07-10', '2025-11-04', '2026-01-31']);
  });

  it('increasedEstimate takes the 200% ratio and the 130,000-yen minimum of the year’s table', () => {
    // the TSDoc example: declared 20,000,000, revised 40,001,000 (> 200%), increase 350,017 ≥ 130,000: required
    const x = { fiscalYear: 2025, industry: '98', category: 'general' as const, declaredWages: 20_000_000, revisedWages: 40_001_000 };
    expect(increasedEstimate(x).required).toBe(true);
    const t = copyOf(2025);
    const p = procedures();
    p.increasedEstimate.minimumDifference = 400_000; // 350,017 < 400,000: not required
    t.procedures = p;
    const r = increasedEstimate({ ...x, rates: defineRateTable(t) });
    expect([r.required, r.ratioExceeded, r.amount, r.reason]).toEqual([false, true, 350_017, 'the increase 350017 is under 400000 yen']);
  });

  it('an invalid procedures override is rejected at definition, with paths', () => {
    const cases: [string, (p: any) => void, string, string][] = [
      ['an impossible due date', (p) => (p.installments.periods[1]!.due = '02-30'), 'procedures.installments.periods[1].due', 'date'],
      ['a due date in another format', (p) => (p.installments.periods[0].due = '2025-07-10'), 'procedures.installments.periods[0].due', 'date'],
      ['periods misnumbered', (p) => (p.installments.periods[2].number = 5), 'procedures.installments.periods[2].number', 'order'],
      ['a negative threshold', (p) => (p.installments.thresholds.bothInsurances = -1), 'procedures.installments.thresholds.bothInsurances', 'range'],
      ['a surcharge of 1000%', (p) => (p.surcharge.percent = '1000'), 'procedures.surcharge.percent', 'range'],
      ['two 特例 rates for one year', (p) => (p.lateFee.specialRates[1].year = 2018), 'procedures.lateFee.specialRates[1].year', 'duplicate'],
      ['an undefined source key', (p) => (p.limitation.sources = ['nowhere']), 'procedures.limitation.sources[0]', 'source'],
      ['a missing block', (p) => delete p.surcharge, 'procedures.surcharge', 'required'],
      [
        'an unknown rule',
        (p) => (p.installments.accountTransferDueDates.nonBusinessDayShift.rule = 'previous-day'),
        'procedures.installments.accountTransferDueDates.nonBusinessDayShift.rule',
        'enum',
      ],
      ['a sources map that is not a map', (p) => (p.sources = ['mhlw_faq']), 'procedures.sources', 'type'],
      // flags the library does not read otherwise than as the statute does: refused, never silently ignored
      ['exclusive 50%–200% bounds', (p) => (p.renewal.estimateRule.inclusive = false), 'procedures.renewal.estimateRule.inclusive', 'range'],
      [
        '事務組合 members bound by the threshold',
        (p) => (p.installments.thresholds.commissionedAnyAmount = false),
        'procedures.installments.thresholds.commissionedAnyAmount',
        'range',
      ],
      [
        'a no-延納 day other than the establishment table’s',
        (p) => (p.installments.noInstallmentsFromMonthDay = '11-01'),
        'procedures.installments.noInstallmentsFromMonthDay',
        'outside-period',
      ],
    ];
    for (const [name, breakIt, path, code] of cases) {
      const t = copyOf(2025);
      const p = procedures();
      breakIt(p);
      t.procedures = p;
      const issues = issuesOf(t);
      expect(
        issues.some((i) => i.path.startsWith(path) && i.code === code),
        `${name}: ${JSON.stringify(issues)}`,
      ).toBe(true);
    }
  });

  it('the override is frozen with the table: editing the original block afterwards changes nothing', () => {
    const t = copyOf(2025);
    const p = procedures();
    t.procedures = p;
    const rates = defineRateTable(t);
    p.installments.periods[1]!.due = '12-31';
    expect(installments({ estimatedPremium: 1_000_000, fiscalYear: 2025, rates }).installments[1]!.dueDate).toBe('2025-10-31');
    expect(Object.isFrozen(rates.procedures!.installments.periods[1])).toBe(true);
  });
});
