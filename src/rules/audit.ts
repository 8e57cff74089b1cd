import type { RuleArea } from './types.js';

/**
 * 監査 (auditDeductions): the audit reads the rounding rule from the catalogue by the step's rule id
 * (`employment.round.<mode>` → `rounding.<mode>`), never from trace text. Its own steps:
 * @internal
 */
export const AUDIT_RULES = {
  'audit.match': { ja: '控除額 {deducted:n} = 期待額 {value:n}', en: 'deducted {deducted:n} = expected {value:n}' },
  'audit.mismatch': { ja: '控除額 {deducted:n} ≠ 期待額 {value:n} (差 {difference})', en: 'deducted {deducted:n} ≠ expected {value:n} (difference {difference})' },
} as const satisfies RuleArea<'audit'>;
