/** The error classes a code can belong to. */
export type ErrorClassName = 'InvalidInputError' | 'RateTableError';

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
  | 'DAILY_BASE_NOT_LISTED';

/** Codes thrown as {@link RateTableError}: a well-formed input the rate tables cannot answer. */
export type RateTableCode = 'NO_RATE_TABLE' | 'RATE_NOT_KNOWN' | 'INVALID_RATE_TABLE' | 'UNCHECKED_RATE_TABLE' | 'CATEGORY_NOT_IN_FORCE';

/**
 * Every stable error code the library throws. A code never changes meaning between versions;
 * match on `error.code`, not on the message.
 */
export type ErrorCode = InvalidInputCode | RateTableCode;

/** The shape of {@link ERROR_CATALOGUE}: each code with the one class that throws it. */
export type ErrorCatalogue = { readonly [K in InvalidInputCode]: ErrorCatalogueEntry & { readonly errorClass: 'InvalidInputError' } } & {
  readonly [K in RateTableCode]: ErrorCatalogueEntry & { readonly errorClass: 'RateTableError' };
};

const CATALOGUE: ErrorCatalogue = {
  AMOUNT_NOT_FINITE: {
    errorClass: 'InvalidInputError',
    ja: '金額が有限の数ではありません（NaN・Infinity）',
    en: 'An amount is NaN or ±Infinity.',
    expected: 'a whole number of yen',
  },
  AMOUNT_NEGATIVE: {
    errorClass: 'InvalidInputError',
    ja: '金額が負の数です',
    en: 'An amount is negative.',
    expected: 'a non-negative whole number of yen',
  },
  AMOUNT_NOT_INTEGER: {
    errorClass: 'InvalidInputError',
    ja: '金額に円未満の端数があります（数値は整数の円で渡してください）',
    en: 'An amount given as a number has a fraction of a yen (pass fractions as a decimal string where allowed).',
    expected: 'a whole number of yen',
  },
  AMOUNT_UNSAFE_INTEGER: {
    errorClass: 'InvalidInputError',
    ja: '金額が大きすぎます（number は 2^53−1 まで、計算への金額は 21 桁まで、端数処理関数へは 64 桁まで）',
    en: 'An amount is too large: a number beyond 2^53 − 1, an amount for a calculation (bigint or digit string) of 10^21 or more, or a value of 10^64 or more given to a rounding function.',
    expected: 'a safe integer, or a bigint / digit string below 10^21 (10^64 for the rounding functions)',
  },
  AMOUNT_MALFORMED: {
    errorClass: 'InvalidInputError',
    ja: '金額の文字列の形式が不正です（符号・区切り・小数点・指数のない数字のみ）',
    en: 'An amount string is not plain digits (no sign, separator, decimal point or exponent), or is too long.',
    expected: 'a string of ASCII digits',
  },
  AMOUNT_TYPE: {
    errorClass: 'InvalidInputError',
    ja: '金額の型が不正です（number・bigint・数字文字列のいずれか）',
    en: 'An amount is not a number, a bigint or a digit string.',
    expected: 'a number, bigint or digit string',
  },
  RESULT_UNSAFE_INTEGER: {
    errorClass: 'InvalidInputError',
    ja: '計算結果が number で正確に表せる範囲（2^53−1）を超えます',
    en: 'A result would exceed Number.MAX_SAFE_INTEGER.',
    expected: 'inputs whose results stay within Number.MAX_SAFE_INTEGER',
  },
  INVALID_RATE: {
    errorClass: 'InvalidInputError',
    ja: '料率・割合の形式が不正です（"5.5" のような10進数の文字列）',
    en: 'A rate or percentage is not a plain decimal string such as "5.5", or is out of range.',
    expected: 'a decimal string such as "5.5"',
  },
  INVALID_DATE: {
    errorClass: 'InvalidInputError',
    ja: '日付が不正です（YYYY-MM-DD 形式の実在する日付、または有効な Date）',
    en: 'A date is not a real calendar date `YYYY-MM-DD` or a valid Date within years 1–9999.',
    expected: "a date 'YYYY-MM-DD' or a valid Date",
  },
  INVALID_OPTION: {
    errorClass: 'InvalidInputError',
    ja: '入力または指定が不正です（型・値・組合せ）',
    en: 'An input object, field or option has the wrong type or value, or options conflict.',
    expected: 'a value of the documented type',
  },
  INVALID_ROUNDING_MODE: {
    errorClass: 'InvalidInputError',
    ja: '端数処理の方法が不正です（halfDown・halfUp・floor・ceil）',
    en: "A rounding mode is not one of 'halfDown', 'halfUp', 'floor', 'ceil'.",
    expected: "'halfDown', 'halfUp', 'floor' or 'ceil'",
  },
  UNKNOWN_CATEGORY: {
    errorClass: 'InvalidInputError',
    ja: '事業の区分が不明です（雇用保険の事業区分、または特別加入の区分が料率表にない）',
    en: 'A category is not known: not a 雇用保険 事業区分, or a 特別加入 category the rate table does not list.',
    expected: 'a known category code',
  },
  UNKNOWN_INDUSTRY: {
    errorClass: 'InvalidInputError',
    ja: '業種番号が不明です（形式が不正、または料率表・労務費率表にない）',
    en: 'An 業種番号 is malformed, or is not in the 労災保険率表 / 労務費率表 in force.',
    expected: "a 業種番号 string such as '94'",
  },
  RATE_PERIOD_SPLIT: {
    errorClass: 'InvalidInputError',
    ja: '年度の途中で料率が変わるため、年度だけでは料率が決まりません（賃金締切日か期間ごとの賃金を指定）',
    en: 'The rate changed during the fiscal year, so a fiscal year (or one wage total) does not decide it: give a closingDate or one total per period.',
    expected: 'a closingDate, or one wage total per rate period',
  },
  DAILY_BASE_NOT_LISTED: {
    errorClass: 'InvalidInputError',
    ja: '給付基礎日額が告示の額にありません',
    en: 'A 給付基礎日額 is not one of the listed amounts.',
    expected: 'a listed 給付基礎日額',
  },
  NO_RATE_TABLE: {
    errorClass: 'RateTableError',
    ja: 'その年度・日付の料率表がありません',
    en: 'No rate table covers the fiscal year or date.',
    expected: 'a fiscal year or date covered by a rate table',
  },
  RATE_NOT_KNOWN: {
    errorClass: 'RateTableError',
    ja: '料率表にその料率・額がありません（出典で確認できない値は収録していません）',
    en: 'The rate table holds no figure for this (figures no source confirms are left out).',
    expected: 'a figure the rate table holds',
  },
  INVALID_RATE_TABLE: {
    errorClass: 'RateTableError',
    ja: '独自の料率表の形式が不正です',
    en: 'A custom rate table is malformed (see details.issues).',
    expected: 'a rate table of the documented shape',
  },
  UNCHECKED_RATE_TABLE: {
    errorClass: 'RateTableError',
    ja: '独自の料率表が検証されていません（defineRateTable() の戻り値を渡してください）',
    en: 'A custom rate table was passed without defineRateTable(): check it once with defineRateTable() and pass the result (docs/custom-rates.md).',
    expected: 'a table returned by defineRateTable() or ratesFor()',
  },
  CATEGORY_NOT_IN_FORCE: {
    errorClass: 'RateTableError',
    ja: 'その区分はその日付にはまだ（またはもう）存在しません',
    en: 'The category exists in the table but not on the given date.',
    expected: 'a date on which the category is in force',
  },
};

for (const entry of Object.values(CATALOGUE)) Object.freeze(entry);

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
export const ERROR_CATALOGUE: ErrorCatalogue = Object.freeze(CATALOGUE);

/**
 * True when `value` is one of the library's error codes (a key of {@link ERROR_CATALOGUE}).
 *
 * @example
 * ```ts
 * import { isErrorCode } from 'jp-labor-insurance';
 * console.log(isErrorCode('AMOUNT_NEGATIVE'), isErrorCode('toString')); //=> true false
 * ```
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATALOGUE, value);
}
