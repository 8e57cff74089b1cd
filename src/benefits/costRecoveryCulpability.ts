/** 故意 (the employer had been told to file by the authorities and did not) or 重大な過失 (not told, but over a year late). */
export type CostRecoveryCulpability = 'intentional' | 'grossNegligence';

/**
 * The degrees of fault of {@link costRecoveryEstimate}: 故意 (`intentional`, 100%) and 重大な過失
 * (`grossNegligence`, 40%). Frozen.
 *
 * @example
 * ```ts
 * import { COST_RECOVERY_CULPABILITIES } from 'jp-labor-insurance';
 * console.log(COST_RECOVERY_CULPABILITIES); //=> [ 'intentional', 'grossNegligence' ]
 * ```
 */
export const COST_RECOVERY_CULPABILITIES: readonly CostRecoveryCulpability[] = Object.freeze(['intentional', 'grossNegligence']);

/**
 * True when `value` is one of {@link COST_RECOVERY_CULPABILITIES}.
 *
 * @example
 * ```ts
 * import { isCostRecoveryCulpability } from 'jp-labor-insurance';
 * console.log(isCostRecoveryCulpability('grossNegligence'), isCostRecoveryCulpability('negligence')); //=> true false
 * ```
 * @group Type guards
 */
export function isCostRecoveryCulpability(value: unknown): value is CostRecoveryCulpability {
  return value === 'intentional' || value === 'grossNegligence';
}
