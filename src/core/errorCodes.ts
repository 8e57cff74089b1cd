/**
 * The error codes and the classes they belong to (types only), apart from the catalogue that lists them with
 * their texts (errorCatalogue.ts), so that the text tables can be typed by code without importing the catalogue.
 * @module
 */
/** The error classes a code can belong to. */
export type ErrorClassName = 'InvalidInputError' | 'RateTableError';

/** Codes thrown as {@link InvalidInputError}: the input itself is wrong. */
export type InvalidInputCode =
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
  | 'RATE_PERIOD_SPLIT'
  | 'DAILY_BASE_NOT_LISTED'
  // 労働保険事務組合 (batch renewal, 労働保険番号)
  | 'INVALID_LABOR_INSURANCE_NUMBER';

/** Codes thrown as {@link RateTableError}: a well-formed input the rate tables cannot answer. */
export type RateTableCode = 'NO_RATE_TABLE' | 'RATE_NOT_KNOWN' | 'INVALID_RATE_TABLE' | 'UNCHECKED_RATE_TABLE' | 'CATEGORY_NOT_IN_FORCE';

/**
 * Every stable error code the library throws. A code never changes meaning between versions;
 * match on `error.code`, not on the message.
 */
export type ErrorCode = InvalidInputCode | RateTableCode;
