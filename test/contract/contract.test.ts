/**
 * The calculation contract (docs/contract.md) holds for every export: a test walks the value exports of
 * src/index.ts and checks each calculation's result shape on a known case (the amounts themselves are
 * checked against official examples and hand computations in the area tests; the ones repeated here are
 * shown with their arithmetic).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const contractDoc = readFileSync(join(root, 'docs', 'contract.md'), 'utf8');
const STATUSES = ['confirmed', 'single-source', 'derived', 'unconfirmed'];

type Call = () => unknown;
/** Calculations whose headline is whole yen: each with a known case. */
const MONEY: Record<string, Call> = {
  // 200,000 × 5.5/1000 = 1,100
  employeeDeduction: () => lib.employeeDeduction({ wage: 200_000, category: 'general', closingDate: '2025-05-31' }),
  // MHLW pamphlet 小売業: 3,300,000 × 17.5/1000 = 57,750
  laborInsurancePremium: () => lib.laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000 }),
  // 57,750 − 18,150 = 39,600
  employerShare: () => lib.employerShare({ premium: 57_750, workerDeductions: 18_150 }),
  // ⌊10,129,000 × 0.02/1000⌋ = 202
  generalContribution: () => lib.generalContribution({ fiscalYear: 2024, wages: 10_129_569 }),
  installments: () => lib.installments({ estimatedPremium: 1_000_000, fiscalYear: 2025 }),
  surcharge: () => lib.surcharge({ assessedPremium: 28_300 }),
  lateFee: () => lib.lateFee({ unpaidPremium: 1_234_567, dueDate: '2025-07-10', paidOn: '2025-10-20' }),
  wageLedger: () => lib.wageLedger({ fiscalYear: 2025, records: [{ workerId: 'A', closingDate: '2025-04-25', wage: 300_000 }] }),
  estimateBasis: () => lib.estimateBasis({ previousYearWages: 30_125_000, estimatedWages: 60_250_000 }),
  annualRenewal: () => lib.annualRenewal({ renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 30_125_678, declaredEstimate: 520_000 }),
  increasedEstimate: () => lib.increasedEstimate({ fiscalYear: 2025, industry: '98', category: 'general', declaredWages: 20_000_000, revisedWages: 40_001_000 }),
  unregisteredEstimate: () => lib.unregisteredEstimate({ industry: '98', category: 'general', asOf: '2025-11-20', years: [{ fiscalYear: 2024, wages: 15_000_000 }] }),
  careBenefit: () => lib.careBenefit({ month: '2025-05', level: 'constant', expense: 50_000, familyCare: true }),
  medicalCopayment: () => lib.medicalCopayment({ fiscalYear: 2025 }),
  specialEnrollmentPremium: () => lib.specialEnrollmentPremium({ kind: 1, industry: '98', fiscalYear: 2025, members: [{ dailyBase: 10_000 }] }),
  constructionWageBase: () => lib.constructionWageBase({ contractAmount: 12_345_678, suppliedMaterials: 1_000_000, industry: '35', startDate: '2025-05-01', includePremium: true }),
  costRecoveryEstimate: () => lib.costRecoveryEstimate({ culpability: 'intentional', benefits: [{ kind: 'absence', amount: 600_000 }] }),
};
/** Calculations whose headline is a rate or a decision, not yen: exempt from `amount` only. */
const NOT_MONEY: Record<string, Call> = {
  // payroll integration (issue 12): decisions
  employmentInsuranceEligibility: () => lib.employmentInsuranceEligibility({ date: '2025-04-01', weeklyHours: 20, expectedDays: 'indefinite' }),
  classifyPayItem: () => lib.classifyPayItem('基本給'),
  meritRate: () => lib.meritRate({ rate: '5.5', fiscalYear: 2025, adjustmentPercent: '35' }),
  meritAdjustmentFromBalanceRatio: () => lib.meritAdjustmentFromBalanceRatio({ numerator: 3, denominator: 4 }),
  meritEligibility: () => lib.meritEligibility({ workers: 30, rate: '15', fiscalYear: 2025 }),
};
/** Value exports that are not calculations: reports, lookups, primitives, guards, constants, classes. */
const NOT_CALCULATIONS = new Set([
  'auditDeductions',
  'DeductionAuditor',
  // 労働保険事務組合 (issue 11): the batch and its summary are reports (each renewal follows the contract); the 労働保険番号 a lookup.
  'renewMembers',
  'renewalSummary',
  'parseLaborInsuranceNumber',
  'deductionColumns',
  'deductionRowFromRecord',
  'diffRates',
  'explain',
  'ratesFor',
  'availableFiscalYears',
  'rateDataStatus',
  'validateRateTable',
  'defineRateTable',
  'fiscalYearOf',
  'parseYen',
  'floorYen',
  'ceilYen',
  'roundHalfDownYen',
  'roundHalfUpYen',
  'floorToUnit',
  'floorToThousand',
  'floorToHundred',
  'roundYen',
  'createEmployeeDeduction',
  'errorMessageJa',
  'Decimal',
  'LaborInsuranceError',
  'InvalidInputError',
  'RateTableError',
]);
/** Old headline names that the contract replaced by `amount`. */
const RETIRED = ['total', 'totalDue', 'wageBase', 'employerShare', 'difference']; // `premium` stays where it is a part (employerShare's input premium, a construction premium)

function checkCommon(name: string, r: Record<string, unknown>): void {
  expect(Array.isArray(r.trace), `${name}.trace`).toBe(true);
  for (const s of r.trace as Record<string, unknown>[]) {
    expect(typeof s.id, `${name} step id`).toBe('string');
    expect(lib.isRuleId(s.rule), `${name} step ${String(s.id)} rule ${String(s.rule)}`).toBe(true);
    expect(typeof s.value, `${name} step ${String(s.id)} value`).toBe('string');
  }
  expect(Array.isArray(r.sources) && (r.sources as unknown[]).every((x) => typeof x === 'string'), `${name}.sources`).toBe(true);
  expect(
    Array.isArray(r.legalBasis) && (r.legalBasis as unknown[]).length > 0 && (r.legalBasis as unknown[]).every((x) => typeof x === 'string' && x.length > 0),
    `${name}.legalBasis`,
  ).toBe(true);
  expect(new Set(r.legalBasis as string[]).size, `${name}.legalBasis deduplicated`).toBe((r.legalBasis as string[]).length);
  expect(STATUSES, `${name}.status`).toContain(r.status);
  // explain renders every step of the result in both languages.
  for (const lang of ['ja', 'en'] as const)
    expect(
      lib
        .explain(r as never, { lang })
        .split('\n')
        .filter(Boolean).length,
      `${name} explain ${lang}`,
    ).toBeGreaterThanOrEqual((r.trace as unknown[]).length);
}

describe('the calculation contract (docs/contract.md)', () => {
  it('every value export is classified: money calculation, non-money calculation, or not a calculation', () => {
    const unclassified = Object.keys(lib).filter(
      (k) => typeof (lib as Record<string, unknown>)[k] === 'function' && !/^is[A-Z]/.test(k) && !(k in MONEY) && !(k in NOT_MONEY) && !NOT_CALCULATIONS.has(k),
    );
    expect(unclassified).toEqual([]);
  });

  it.each(Object.entries(MONEY))('%s: amount (whole yen), trace, sources, legalBasis, status', (name, call) => {
    const r = call() as Record<string, unknown>;
    expect(Number.isSafeInteger(r.amount), `${name}.amount`).toBe(true);
    for (const k of RETIRED) expect(Object.prototype.hasOwnProperty.call(r, k), `${name} still has the retired field ${k}`).toBe(false);
    checkCommon(name, r);
  });

  it.each(Object.entries(NOT_MONEY))('%s: trace, sources, legalBasis, status (a rate result, no amount)', (name, call) => {
    checkCommon(name, call() as Record<string, unknown>);
  });

  it('the headline amounts of the known cases', () => {
    expect((MONEY.employeeDeduction!() as { amount: number }).amount).toBe(1100);
    expect((MONEY.laborInsurancePremium!() as { amount: number }).amount).toBe(57_750);
    expect((MONEY.employerShare!() as { amount: number }).amount).toBe(39_600);
    expect((MONEY.generalContribution!() as { amount: number }).amount).toBe(202);
  });

  it('docs/contract.md names the non-money calculations the test exempts from amount', () => {
    for (const name of Object.keys(NOT_MONEY)) expect(contractDoc, name).toContain(`\`${name}\``);
  });

  it('every enumeration constant has a type guard that accepts exactly its members', () => {
    for (const [k, v] of Object.entries(lib)) {
      if (!/^[A-Z][A-Z_]+S$/.test(k) || !Array.isArray(v)) continue;
      expect(Object.isFrozen(v), `${k} frozen`).toBe(true);
      const singular = /IES$/.test(k) ? k.replace(/IES$/, 'Y') : /BASES$/.test(k) ? k.replace(/BASES$/, 'BASIS') : k.replace(/S$/, ''); // EMPLOYMENT_CATEGORIES → EMPLOYMENT_CATEGORY, …_BASES → …_BASIS
      const guardName = `is${singular.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _p, c: string) => c.toUpperCase())}`;
      const guard = (lib as Record<string, unknown>)[guardName] as ((x: unknown) => boolean) | undefined;
      expect(typeof guard, `${k} → ${guardName}`).toBe('function');
      for (const m of v) expect(guard!(m), `${guardName}(${String(m)})`).toBe(true);
      expect(guard!('no such member'), `${guardName}('no such member')`).toBe(false);
    }
  });
});
