import { AUDIT_RULES } from './audit.js';
import { BENEFITS_RULES } from './benefits.js';
import { EMPLOYMENT_RULES } from './employment.js';
import { PREMIUM_RULES } from './premium.js';
import { RENEWAL_RULES } from './renewal.js';
import { ROUNDING_RULES } from './rounding.js';

export type { Rule, Term } from './types.js';
export { TERMS } from './terms.js';

/**
 * The one rule catalogue: every trace step names a rule here by id, and `explain` renders its
 * Japanese or English template and its legal basis on demand. One file per area, each id prefixed by
 * its area (`employment.`, `premium.`, `renewal.`, `benefits.`, `audit.`, `rounding.`), so the areas
 * cannot collide when composed. @internal
 */
export const RULES = Object.freeze({
  ...ROUNDING_RULES,
  ...EMPLOYMENT_RULES,
  ...PREMIUM_RULES,
  ...RENEWAL_RULES,
  ...BENEFITS_RULES,
  ...AUDIT_RULES,
});

/** The id of a rule of the catalogue, e.g. `'premium.employerShare'` or `'employment.round.halfDown'`. */
export type RuleId = keyof typeof RULES;

/** True when `id` names a rule of the catalogue. @internal */
export function isRuleId(id: unknown): id is RuleId {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(RULES, id);
}
