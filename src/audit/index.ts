// Audit toolkit: payroll checks, rate diffs, readable traces (no node: imports).
export { explain } from './explain.js';
export type { ExplainOptions } from './explain.js';
export { auditDeductions, DeductionAuditor, deductionColumns, deductionRowFromRecord } from './auditDeductions.js';
export type { DeductionRow, AuditOptions, AuditStatus, LikelyCause, AuditRowResult, AuditSummary, AuditReport } from './auditDeductions.js';
export { diffRates } from './diffRates.js';
export type { RateArea, RateChange, RateDiff } from './diffRates.js';
