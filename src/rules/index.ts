import { AUDIT_RULES } from './audit.js';
import { BENEFITS_RULES } from './benefits.js';
import { EMPLOYMENT_RULES } from './employment.js';
import { PREMIUM_RULES } from './premium.js';
import { RENEWAL_RULES } from './renewal.js';
import { ROUNDING_RULES } from './rounding.js';
// payroll integration (issue 12): eligibility and pay items
import { PAYROLL_RULES } from './payroll.js';

import type { Rule } from './types.js';

export type { Rule, Term } from './types.js';
export { TERMS } from './terms.js';

function frozen<T extends Record<string, Rule>>(rules: T): Readonly<T> {
  for (const rule of Object.values(rules)) Object.freeze(rule);
  return Object.freeze(rules);
}

/**
 * The rule catalogue — every trace step names a rule here by id, and {@link explain} renders its
 * Japanese or English template and its legal basis on demand. One source file per area, each id
 * prefixed by its area (`employment.`, `premium.`, `renewal.`, `benefits.`, `audit.`, `rounding.`),
 * composed here. Frozen throughout: no caller can change how a trace reads.
 *
 * Templates name a step's params: `{name}` as built, `{name:n}` with thousands separators,
 * `{name:term}` a code in words, `{value}` the step's value, `[[…]]` an optional segment.
 *
 * @example
 * ```ts
 * import { RULES } from 'jp-labor-insurance';
 * console.log(RULES['premium.employerShare'].law, RULES['rounding.halfDown'].ja); //=> '徴収法31条' '50銭以下切捨て・50銭超切上げ (源泉控除)'
 * console.log(Object.isFrozen(RULES['premium.employerShare'])); //=> true
 * ```
 */
export const RULES = frozen({
  ...ROUNDING_RULES,
  ...EMPLOYMENT_RULES,
  ...PREMIUM_RULES,
  ...RENEWAL_RULES,
  ...BENEFITS_RULES,
  ...AUDIT_RULES,
  ...PAYROLL_RULES,
});

/** The id of a rule of {@link RULES}, e.g. `'premium.employerShare'` or `'employment.round.halfDown'`. */
export type RuleId = keyof typeof RULES;

/**
 * True when `id` names a rule of {@link RULES} (own ids only: `'toString'` is not one).
 *
 * @example
 * ```ts
 * import { isRuleId } from 'jp-labor-insurance';
 * console.log(isRuleId('premium.total'), isRuleId('toString')); //=> true false
 * ```
 */
export function isRuleId(id: unknown): id is RuleId {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(RULES, id);
}
