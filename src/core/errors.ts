import type { ErrorClassName, ErrorCode, InvalidInputCode, RateTableCode } from './errorCatalogue.js';
import { ERROR_TEXTS } from './errorTexts.js';
import { formatValue } from './format.js';

export type { ErrorCode, InvalidInputCode, RateTableCode, ErrorClassName, ErrorCatalogueEntry, ErrorCatalogue } from './errorCatalogue.js';

/** One problem found while validating a custom rate table (`path` and an English `message`). */
export interface Issue {
  /** Where the problem is, e.g. `employmentInsurance[0].categories.general.worker`. */
  path: string;
  /** What is wrong, in English. */
  message: string;
}

/**
 * One problem with an input (valibot-style issue), as listed in {@link InvalidInputError.issues}.
 */
export interface InputIssue extends Issue {
  /** The input field, e.g. `wage` or `members[3].wage`; `''` for the input as a whole. */
  path: string;
  /** The error code of this problem. */
  code: InvalidInputCode;
  /** What a valid value looks like, e.g. `a non-negative whole number of yen`. */
  expected: string;
  /** The value received, rendered safely and briefly (`-1`, `"abc"`, `null`, `12n`; `''` when not known). */
  received: string;
  /** What is wrong, in English. */
  message: string;
}

function checkCode(code: unknown, cls: ErrorClassName): ErrorCode {
  if (typeof code !== 'string' || !Object.prototype.hasOwnProperty.call(ERROR_TEXTS, code)) {
    throw new TypeError(`jp-labor-insurance internal error: unknown error code ${formatValue(code)}`);
  }
  const owner = ERROR_TEXTS[code as ErrorCode].errorClass;
  if (owner !== cls) throw new TypeError(`jp-labor-insurance internal error: ${code} belongs to ${owner}, not ${cls}`);
  return code as ErrorCode;
}

/**
 * details as stored: `value` kept when it is a primitive (a bigint as its digits), rendered safely
 * otherwise, and `received` (the safe rendering of the raw value) added when a value is given.
 */
function safeDetails(details: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...details };
  if ('value' in out) {
    const v = out['value'];
    if (!('received' in out)) out['received'] = formatValue(v);
    if (typeof v === 'bigint') out['value'] = v.toString();
    else if (!(v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === undefined)) out['value'] = formatValue(v);
  }
  return out;
}

/**
 * Base class of every error thrown by jp-labor-insurance. Carries a stable {@link ErrorCode}, listed
 * with its one class in {@link ERROR_CATALOGUE}. Not constructed directly: the library throws
 * {@link InvalidInputError} or {@link RateTableError}.
 *
 * `message` is in English; {@link errorMessageJa} gives the same failure in Japanese (a separate
 * import, as date-fns keeps its locales apart, so an app that never shows Japanese text does not ship it).
 *
 * @example
 * ```ts
 * import { employeeDeduction, errorMessageJa, LaborInsuranceError } from 'jp-labor-insurance';
 * try {
 *   employeeDeduction({ wage: -1, category: 'general', fiscalYear: 2025 });
 * } catch (e) {
 *   console.log(e instanceof LaborInsuranceError, (e as LaborInsuranceError).code);
 *   //=> true 'AMOUNT_NEGATIVE'
 *   console.log(errorMessageJa(e as LaborInsuranceError)); //=> '金額が負の数です（wage: -1）'
 * }
 * ```
 */
export class LaborInsuranceError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** Extra facts about the failure (the offending value rendered safely, the field, issues found). */
  readonly details: Readonly<Record<string, unknown>>;

  protected constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    if (new.target === LaborInsuranceError) throw new TypeError('jp-labor-insurance internal error: throw InvalidInputError or RateTableError');
    this.name = new.target.name;
    this.code = code;
    this.details = Object.freeze(safeDetails(details));
  }
}

/**
 * Bad input: an amount that is not a non-negative safe integer of yen, a malformed date, an unknown
 * category, 業種 or rounding mode, a fiscal year whose rate changed when a closing date is needed,
 * an inconsistent option. `issues` lists the problems valibot-style (`path`, `code`, `expected`,
 * `received`, `message`).
 *
 * @example
 * ```ts
 * import { parseYen, InvalidInputError } from 'jp-labor-insurance';
 * try { parseYen('3,300,000', 'wage'); } catch (e) {
 *   const err = e as InvalidInputError;
 *   console.log(err instanceof InvalidInputError, err.code); //=> true 'AMOUNT_MALFORMED'
 *   console.log(err.issues[0]?.path, err.issues[0]?.received); //=> 'wage' '"3,300,000"'
 * }
 * ```
 */
export class InvalidInputError extends LaborInsuranceError {
  declare readonly code: InvalidInputCode;
  /** The problems found, one per offending field (valibot-style). */
  readonly issues: readonly InputIssue[];

  constructor(code: InvalidInputCode, message: string, details: Record<string, unknown> = {}) {
    super(checkCode(code, 'InvalidInputError'), message, details);
    const given = details['issues'];
    this.issues = Object.freeze(
      Array.isArray(given) && given.length > 0 ? given.map((i) => Object.freeze({ ...(i as InputIssue) })) : [Object.freeze(issueFromDetails(code, message, this.details))],
    );
  }
}

/** The one issue of an error built from its code, message and details. */
function issueFromDetails(code: InvalidInputCode, message: string, details: Readonly<Record<string, unknown>>): InputIssue {
  const field = details['field'];
  const expected = details['expected'];
  const received = details['received'];
  return {
    path: typeof field === 'string' ? field : '',
    code,
    expected: typeof expected === 'string' ? expected : ERROR_TEXTS[code].expected,
    received: typeof received === 'string' ? received : '',
    message,
  };
}

/**
 * A rate or amount the tables cannot give: a date or year outside every table, a figure no source
 * confirms, a category not yet in force on the date, or a malformed custom table.
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
export class RateTableError extends LaborInsuranceError {
  declare readonly code: RateTableCode;

  constructor(code: RateTableCode, message: string, details: Record<string, unknown> = {}) {
    super(checkCode(code, 'RateTableError'), message, details);
  }
}
