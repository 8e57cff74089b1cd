/**
 * jp-labor-insurance — exact Japanese labour insurance (労働保険) calculations.
 * @packageDocumentation
 */
export { LaborInsuranceError, InvalidInputError, RateTableError } from './core/errors.js';
export type { ErrorCode, Issue, InputIssue, InvalidInputCode, RateTableCode, ErrorClassName, ErrorCatalogueEntry, ErrorCatalogue } from './core/errors.js';
export { ERROR_CATALOGUE, isErrorCode } from './core/errorCatalogue.js';
export { errorMessageJa } from './core/errorMessageJa.js';
export { Decimal } from './core/publicDecimal.js';
export { parseYen } from './core/yen.js';
export type { YenInput } from './core/yen.js';
export { fiscalYearOf } from './core/dates.js';
export type { DateInput } from './core/dates.js';
export type { TraceStep, TextStep, AnyTraceStep } from './core/trace.js';
export { RULES, isRuleId } from './rules/index.js';
export type { RuleId, Rule } from './rules/index.js';

export { floorYen } from './rounding/public/floorYen.js';
export { ceilYen } from './rounding/public/ceilYen.js';
export { roundHalfDownYen } from './rounding/public/roundHalfDownYen.js';
export { roundHalfUpYen } from './rounding/public/roundHalfUpYen.js';
export { floorToUnit } from './rounding/public/floorToUnit.js';
export { floorToThousand } from './rounding/public/floorToThousand.js';
export { floorToHundred } from './rounding/public/floorToHundred.js';
export { roundYen } from './rounding/roundYen.js';
export { ROUNDING_MODES, isRoundingMode } from './rounding/modes.js';
export type { RoundingMode } from './rounding/modes.js';
export type { RoundYenOptions, ExactInput } from './rounding/roundYen.js';

export { ratesFor, availableFiscalYears } from './rates/registry.js';
export type { RatesOption } from './rates/registry.js';
export { validateRateTable, type RateTableIssue, type RateTableIssueCode } from './rates/validate.js';
export { defineRateTable } from './rates/defineRateTable.js';
export { rateDataStatus } from './rates/status.js';
export type { RateDataStatus } from './rates/status.js';
export type * from './rates/types.js';

export { employeeDeduction, createEmployeeDeduction } from './employment/deduction.js';
export type { EmployeeDeductionInput, EmployeeDeduction, EmployeeDeductionOptions, DeductionSettings, DeductionTime } from './employment/deduction.js';
export { EMPLOYMENT_CATEGORIES, isEmploymentCategory } from './employment/category.js';

export { laborInsurancePremium } from './premium/premium.js';
export type { PremiumInput, Premium, PremiumPart, PremiumWages, EmploymentPeriodPart, WorkersCompensationPremiumPart, EmploymentPremiumPart } from './premium/premium.js';
export { COVERAGES, isCoverage } from './premium/coverage.js';
export type { Coverage } from './premium/coverage.js';
export { employerShare } from './premium/employerShare.js';
export type { EmployerShareInput, EmployerShare, EmployerSharePremium } from './premium/employerShare.js';

// Domain modules added by later work (each file owns its exports).
export * from './renewal/index.js';
export * from './benefits/index.js';
export * from './audit/index.js';
// 労働保険事務組合 (issue 11: batch renewal, summary, 労働保険番号).
export * from './jimu-kumiai/index.js';

// Payroll integration (issue 12): 被保険者の判定, 賃金とするもの・しないもの.
export * from './eligibility/index.js';
export * from './payItems/index.js';

// wage-ledger — the complete 算定基礎賃金集計表 (types of wageLedger's new fields; wageLedger itself via ./renewal)
export type { WageLedgerCell, WageLedgerColumns, WageLedgerHeadcounts, WageLedgerForm, WageLedgerTotals, PayItemAmount, WageLedgerPayItem } from './renewal/payroll.js';
export type { MonthlyAverage } from './ledger/headcount.js';
