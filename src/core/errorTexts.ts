import type { ErrorClassName, ErrorCode } from './errorCodes.js';

/**
 * What a thrown error needs of the error catalogue, per code: the one class that throws it and what a
 * valid input looks like (an input issue's `expected`). The meanings in English and Japanese are in
 * `ERROR_CATALOGUE` (src/core/errorCatalogue.ts) and the Japanese ones in src/core/errorTextsJa.ts, read
 * by `errorMessageJa`: an app that throws but never asks for Japanese text does not carry them (the
 * date-fns way with locales). @internal
 */
export const ERROR_TEXTS: Readonly<Record<ErrorCode, { readonly errorClass: ErrorClassName; readonly expected: string }>> = {
  AMOUNT_NOT_FINITE: { errorClass: 'InvalidInputError', expected: 'a whole number of yen' },
  AMOUNT_NEGATIVE: { errorClass: 'InvalidInputError', expected: 'a non-negative whole number of yen' },
  AMOUNT_NOT_INTEGER: { errorClass: 'InvalidInputError', expected: 'a whole number of yen' },
  AMOUNT_UNSAFE_INTEGER: {
    errorClass: 'InvalidInputError',
    expected: 'a safe integer, or a bigint / digit string below 10^21 (10^64 for the rounding functions)',
  },
  AMOUNT_MALFORMED: { errorClass: 'InvalidInputError', expected: 'a string of ASCII digits' },
  AMOUNT_TYPE: { errorClass: 'InvalidInputError', expected: 'a number, bigint or digit string' },
  RESULT_UNSAFE_INTEGER: {
    errorClass: 'InvalidInputError',
    expected: 'inputs whose results stay within Number.MAX_SAFE_INTEGER',
  },
  INVALID_RATE: { errorClass: 'InvalidInputError', expected: 'a decimal string such as "5.5"' },
  INVALID_DATE: { errorClass: 'InvalidInputError', expected: "a date 'YYYY-MM-DD' or a valid Date" },
  INVALID_OPTION: { errorClass: 'InvalidInputError', expected: 'a value of the documented type' },
  INVALID_ROUNDING_MODE: { errorClass: 'InvalidInputError', expected: "'halfDown', 'halfUp', 'floor' or 'ceil'" },
  UNKNOWN_CATEGORY: { errorClass: 'InvalidInputError', expected: 'a known category code' },
  UNKNOWN_INDUSTRY: { errorClass: 'InvalidInputError', expected: "a 業種番号 string such as '94'" },
  RATE_PERIOD_SPLIT: {
    errorClass: 'InvalidInputError',
    expected: 'a closingDate, or one wage total per rate period',
  },
  DAILY_BASE_NOT_LISTED: { errorClass: 'InvalidInputError', expected: 'a listed 給付基礎日額' },
  NO_RATE_TABLE: { errorClass: 'RateTableError', expected: 'a fiscal year or date covered by a rate table' },
  RATE_NOT_KNOWN: { errorClass: 'RateTableError', expected: 'a figure the rate table holds' },
  INVALID_RATE_TABLE: { errorClass: 'RateTableError', expected: 'a rate table of the documented shape' },
  UNCHECKED_RATE_TABLE: {
    errorClass: 'RateTableError',
    expected: 'a table returned by defineRateTable() or ratesFor()',
  },
  CATEGORY_NOT_IN_FORCE: { errorClass: 'RateTableError', expected: 'a date on which the category is in force' },
  // 労働保険事務組合 (batch renewal, 労働保険番号)
  INVALID_LABOR_INSURANCE_NUMBER: { errorClass: 'InvalidInputError', expected: 'a 14-digit 労働保険番号' },
};
