// Audit toolkit: payroll checks, rate diffs, readable traces (no node: imports).
export { explain } from './explain.js';
export type { ExplainOptions } from './explain.js';
export { auditDeductions } from './auditDeductions.js';
export { DeductionAuditor } from './DeductionAuditor.js';
export { deductionColumns } from './deductionColumns.js';
export { deductionRowFromRecord } from './deductionRowFromRecord.js';
export type { DeductionRow, AuditOptions, AuditOutcome, LikelyCause, AuditRowResult, AuditSummary, AuditReport } from './types.js';
export { diffRates } from './diffRates.js';
export type { RateArea, RateChange, RateDiff } from './diffRates.js';
