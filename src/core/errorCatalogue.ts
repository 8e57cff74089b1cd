import { ERROR_TEXTS } from './errorTexts.js';
import { ERROR_TEXTS_JA } from './errorTextsJa.js';

import type { ErrorClassName, ErrorCode, InvalidInputCode, RateTableCode } from './errorCodes.js';

export type { ErrorClassName, ErrorCode, InvalidInputCode, RateTableCode } from './errorCodes.js';

/** One entry of {@link ERROR_CATALOGUE}. */
export interface ErrorCatalogueEntry {
  /** The one class that throws this code. */
  readonly errorClass: ErrorClassName;
  /** What the code means, in Japanese (used to build `error.messageJa`). */
  readonly ja: string;
  /** What the code means, in English. */
  readonly en: string;
  /** What a valid input looks like (the `expected` of an input issue). */
  readonly expected: string;
}

/** The shape of {@link ERROR_CATALOGUE}: each code with the one class that throws it. */
export type ErrorCatalogue = { readonly [K in InvalidInputCode]: ErrorCatalogueEntry & { readonly errorClass: 'InvalidInputError' } } & {
  readonly [K in RateTableCode]: ErrorCatalogueEntry & { readonly errorClass: 'RateTableError' };
};

/** The English meaning of each code (the rest of each entry is in src/core/errorTexts.ts). */
const EN: Readonly<Record<ErrorCode, string>> = {
  AMOUNT_NOT_FINITE: 'An amount is NaN or ±Infinity.',
  AMOUNT_NEGATIVE: 'An amount is negative.',
  AMOUNT_NOT_INTEGER: 'An amount given as a number has a fraction of a yen (pass fractions as a decimal string where allowed).',
  AMOUNT_UNSAFE_INTEGER:
    'An amount is too large: a number beyond 2^53 − 1, an amount for a calculation (bigint or digit string) of 10^21 or more, or a value of 10^64 or more given to a rounding function.',
  AMOUNT_MALFORMED: 'An amount string is not plain digits (no sign, separator, decimal point or exponent), or is too long.',
  AMOUNT_TYPE: 'An amount is not a number, a bigint or a digit string.',
  RESULT_UNSAFE_INTEGER: 'A result would exceed Number.MAX_SAFE_INTEGER.',
  INVALID_RATE: 'A rate or percentage is not a plain decimal string such as "5.5", or is out of range.',
  INVALID_DATE: 'A date is not a real calendar date `YYYY-MM-DD` or a valid Date within years 1–9999.',
  INVALID_OPTION: 'An input object, field or option has the wrong type or value, or options conflict.',
  INVALID_ROUNDING_MODE: "A rounding mode is not one of 'halfDown', 'halfUp', 'floor', 'ceil'.",
  UNKNOWN_CATEGORY: 'A category is not known: not a 雇用保険 事業区分, or a 特別加入 category the rate table does not list.',
  UNKNOWN_INDUSTRY: 'An 業種番号 is malformed, or is not in the 労災保険率表 / 労務費率表 in force.',
  RATE_PERIOD_SPLIT: 'The rate changed during the fiscal year, so a fiscal year (or one wage total) does not decide it: give a closingDate or one total per period.',
  DAILY_BASE_NOT_LISTED: 'A 給付基礎日額 is not one of the listed amounts.',
  NO_RATE_TABLE: 'No rate table covers the fiscal year or date.',
  RATE_NOT_KNOWN: 'The rate table holds no figure for this (figures no source confirms are left out).',
  INVALID_RATE_TABLE: 'A custom rate table is malformed (see details.issues).',
  UNCHECKED_RATE_TABLE: 'A custom rate table was passed without defineRateTable(): check it once with defineRateTable() and pass the result (docs/custom-rates.md).',
  CATEGORY_NOT_IN_FORCE: 'The category exists in the table but not on the given date.',
  // 労働保険事務組合 (batch renewal, 労働保険番号)
  INVALID_LABOR_INSURANCE_NUMBER: 'A 労働保険番号 is malformed: not 14 digits (府県 2, 所掌 1, 管轄 2, 基幹番号 6, 枝番号 3), an unknown 府県 or 所掌 code (see issues).',
};

const CATALOGUE = {} as Record<ErrorCode, ErrorCatalogueEntry>;
for (const code of Object.keys(ERROR_TEXTS) as ErrorCode[]) {
  const { errorClass, expected } = ERROR_TEXTS[code];
  CATALOGUE[code] = Object.freeze({ errorClass, ja: ERROR_TEXTS_JA[code], en: EN[code], expected });
}

/**
 * The error catalogue (エラーコード一覧): every code the library throws, the one class that throws it,
 * and its meaning in Japanese and English. Frozen. docs/errors.md lists the same entries.
 *
 * @example
 * ```ts
 * import { ERROR_CATALOGUE, employeeDeduction, LaborInsuranceError } from 'jp-labor-insurance';
 * console.log(ERROR_CATALOGUE.AMOUNT_NEGATIVE.errorClass, ERROR_CATALOGUE.NO_RATE_TABLE.errorClass);
 * //=> 'InvalidInputError' 'RateTableError'
 * try {
 *   employeeDeduction({ wage: -1, category: 'general', fiscalYear: 2025 });
 * } catch (e) {
 *   const code = (e as LaborInsuranceError).code;
 *   console.log(code, ERROR_CATALOGUE[code].ja); //=> 'AMOUNT_NEGATIVE' '金額が負の数です'
 * }
 * ```
 */
export const ERROR_CATALOGUE: ErrorCatalogue = Object.freeze(CATALOGUE) as ErrorCatalogue;

/**
 * True when `value` is one of the library's error codes (a key of {@link ERROR_CATALOGUE}).
 *
 * @example
 * ```ts
 * import { isErrorCode } from 'jp-labor-insurance';
 * console.log(isErrorCode('AMOUNT_NEGATIVE'), isErrorCode('toString')); //=> true false
 * ```
 * @group Type guards
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATALOGUE, value);
}
