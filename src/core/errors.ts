/**
 * Every stable error code the library throws. A code never changes meaning between versions;
 * match on `error.code`, not on the message.
 */
export type ErrorCode =
  | 'AMOUNT_NOT_FINITE'
  | 'AMOUNT_NEGATIVE'
  | 'AMOUNT_NOT_INTEGER'
  | 'AMOUNT_UNSAFE_INTEGER'
  | 'AMOUNT_MALFORMED'
  | 'AMOUNT_TYPE'
  | 'RESULT_UNSAFE_INTEGER'
  | 'INVALID_RATE'
  | 'INVALID_DATE'
  | 'INVALID_OPTION'
  | 'INVALID_ROUNDING_MODE'
  | 'UNKNOWN_CATEGORY'
  | 'UNKNOWN_INDUSTRY'
  | 'NO_RATE_TABLE'
  | 'RATE_NOT_KNOWN'
  | 'RATE_PERIOD_SPLIT'
  | 'INVALID_RATE_TABLE'
  | 'DAILY_BASE_NOT_LISTED'
  | 'CATEGORY_NOT_IN_FORCE';

/** One problem found while validating input or a custom rate table (valibot-style issue). */
export interface Issue {
  /** Where the problem is, e.g. `employmentInsurance[0].categories.general.worker`. */
  path: string;
  /** What is wrong, in English. */
  message: string;
}

/**
 * Base class of every error thrown by jp-labor-insurance. Carries a stable {@link ErrorCode}.
 *
 * @example
 * ```ts
 * import { employeeDeduction, LaborInsuranceError } from 'jp-labor-insurance';
 * try {
 *   employeeDeduction({ wage: -1, category: 'general', fiscalYear: 2025 });
 * } catch (e) {
 *   console.log(e instanceof LaborInsuranceError, (e as LaborInsuranceError).code);
 *   //=> true 'AMOUNT_NEGATIVE'
 * }
 * ```
 */
export class LaborInsuranceError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** Extra facts about the failure (the offending value, the field, issues found). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

/**
 * Bad input: an amount that is not a non-negative safe integer of yen, a malformed date, an unknown
 * category or rounding mode, an inconsistent option.
 *
 * @example
 * ```ts
 * import { parseYen, InvalidInputError } from 'jp-labor-insurance';
 * try { parseYen('3,300,000'); } catch (e) {
 *   console.log(e instanceof InvalidInputError, (e as InvalidInputError).code);
 *   //=> true 'AMOUNT_MALFORMED'
 * }
 * ```
 */
export class InvalidInputError extends LaborInsuranceError {}

/**
 * A rate or amount the tables cannot give: a date outside every table, an unknown 業種, a figure no
 * source confirms, or a malformed custom table.
 *
 * @example
 * ```ts
 * import { ratesFor, RateTableError } from 'jp-labor-insurance';
 * try { ratesFor(2010); } catch (e) {
 *   console.log(e instanceof RateTableError, (e as RateTableError).code);
 *   //=> true 'NO_RATE_TABLE'
 * }
 * ```
 */
export class RateTableError extends LaborInsuranceError {}
