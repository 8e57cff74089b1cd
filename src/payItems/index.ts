// 賃金とするもの・しないもの (payroll integration, issue 12).
export { classifyPayItem } from './classifyPayItem.js';
export type { PayItemClassification } from './classifyPayItem.js';
