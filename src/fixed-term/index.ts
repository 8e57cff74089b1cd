// 有期事業: the 一括有期事業報告書・総括表, the 単独有期事業's 概算 (with 延納) and 確定.
export { lumpSumFixedTermReport } from './lumpSumReport.js';
export type { LumpSumFixedTermReportInput, LumpSumFixedTermReport, LumpSumGroup, LumpSumIndustryTotal, FixedTermWork } from './lumpSumReport.js';
export { fixedTermEstimate } from './fixedTermEstimate.js';
export type { FixedTermEstimateInput, FixedTermEstimate, FixedTermWorkInput, FixedTermWorkPremium } from './fixedTermEstimate.js';
export { fixedTermFinal } from './fixedTermFinal.js';
export type { FixedTermFinalInput, FixedTermFinal } from './fixedTermFinal.js';
export type { FixedTermWageMethod } from './work.js';
