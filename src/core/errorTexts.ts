import type { ErrorClassName, ErrorCode } from './errorCatalogue.js';

/**
 * What a thrown error needs of the error catalogue, per code: the one class that throws it, the Japanese
 * meaning (`messageJa`) and what a valid input looks like (an input issue's `expected`). The English
 * meanings are only in `ERROR_CATALOGUE` (src/core/errorCatalogue.ts), which adds them to these: an app
 * that throws but never reads the catalogue does not carry them. @internal
 */
export const ERROR_TEXTS: Readonly<Record<ErrorCode, { readonly errorClass: ErrorClassName; readonly ja: string; readonly expected: string }>> = {
  AMOUNT_NOT_FINITE: { errorClass: 'InvalidInputError', ja: '金額が有限の数ではありません（NaN・Infinity）', expected: 'a whole number of yen' },
  AMOUNT_NEGATIVE: { errorClass: 'InvalidInputError', ja: '金額が負の数です', expected: 'a non-negative whole number of yen' },
  AMOUNT_NOT_INTEGER: { errorClass: 'InvalidInputError', ja: '金額に円未満の端数があります（数値は整数の円で渡してください）', expected: 'a whole number of yen' },
  AMOUNT_UNSAFE_INTEGER: {
    errorClass: 'InvalidInputError',
    ja: '金額が大きすぎます（number は 2^53−1 まで、計算への金額は 21 桁まで、端数処理関数へは 64 桁まで）',
    expected: 'a safe integer, or a bigint / digit string below 10^21 (10^64 for the rounding functions)',
  },
  AMOUNT_MALFORMED: { errorClass: 'InvalidInputError', ja: '金額の文字列の形式が不正です（符号・区切り・小数点・指数のない数字のみ）', expected: 'a string of ASCII digits' },
  AMOUNT_TYPE: { errorClass: 'InvalidInputError', ja: '金額の型が不正です（number・bigint・数字文字列のいずれか）', expected: 'a number, bigint or digit string' },
  RESULT_UNSAFE_INTEGER: {
    errorClass: 'InvalidInputError',
    ja: '計算結果が number で正確に表せる範囲（2^53−1）を超えます',
    expected: 'inputs whose results stay within Number.MAX_SAFE_INTEGER',
  },
  INVALID_RATE: { errorClass: 'InvalidInputError', ja: '料率・割合の形式が不正です（"5.5" のような10進数の文字列）', expected: 'a decimal string such as "5.5"' },
  INVALID_DATE: { errorClass: 'InvalidInputError', ja: '日付が不正です（YYYY-MM-DD 形式の実在する日付、または有効な Date）', expected: "a date 'YYYY-MM-DD' or a valid Date" },
  INVALID_OPTION: { errorClass: 'InvalidInputError', ja: '入力または指定が不正です（型・値・組合せ）', expected: 'a value of the documented type' },
  INVALID_ROUNDING_MODE: { errorClass: 'InvalidInputError', ja: '端数処理の方法が不正です（halfDown・halfUp・floor・ceil）', expected: "'halfDown', 'halfUp', 'floor' or 'ceil'" },
  UNKNOWN_CATEGORY: { errorClass: 'InvalidInputError', ja: '事業の区分が不明です（雇用保険の事業区分、または特別加入の区分が料率表にない）', expected: 'a known category code' },
  UNKNOWN_INDUSTRY: { errorClass: 'InvalidInputError', ja: '業種番号が不明です（形式が不正、または料率表・労務費率表にない）', expected: "a 業種番号 string such as '94'" },
  RATE_PERIOD_SPLIT: {
    errorClass: 'InvalidInputError',
    ja: '年度の途中で料率が変わるため、年度だけでは料率が決まりません（賃金締切日か期間ごとの賃金を指定）',
    expected: 'a closingDate, or one wage total per rate period',
  },
  DAILY_BASE_NOT_LISTED: { errorClass: 'InvalidInputError', ja: '給付基礎日額が告示の額にありません', expected: 'a listed 給付基礎日額' },
  NO_RATE_TABLE: { errorClass: 'RateTableError', ja: 'その年度・日付の料率表がありません', expected: 'a fiscal year or date covered by a rate table' },
  RATE_NOT_KNOWN: { errorClass: 'RateTableError', ja: '料率表にその料率・額がありません（出典で確認できない値は収録していません）', expected: 'a figure the rate table holds' },
  INVALID_RATE_TABLE: { errorClass: 'RateTableError', ja: '独自の料率表の形式が不正です', expected: 'a rate table of the documented shape' },
  UNCHECKED_RATE_TABLE: {
    errorClass: 'RateTableError',
    ja: '独自の料率表が検証されていません（defineRateTable() の戻り値を渡してください）',
    expected: 'a table returned by defineRateTable() or ratesFor()',
  },
  CATEGORY_NOT_IN_FORCE: { errorClass: 'RateTableError', ja: 'その区分はその日付にはまだ（またはもう）存在しません', expected: 'a date on which the category is in force' },
};
