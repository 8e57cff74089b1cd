import type { ErrorCode } from './errorCodes.js';

/** The meaning of every error code in Japanese (office-facing text), read by `errorMessageJa` and `ERROR_CATALOGUE`. @internal */
export const ERROR_TEXTS_JA: Readonly<Record<ErrorCode, string>> = {
  AMOUNT_NOT_FINITE: '金額が有限の数ではありません（NaN・Infinity）',
  AMOUNT_NEGATIVE: '金額が負の数です',
  AMOUNT_NOT_INTEGER: '金額に円未満の端数があります（数値は整数の円で渡してください）',
  AMOUNT_UNSAFE_INTEGER: '金額が大きすぎます（number は 2^53−1 まで、計算への金額は 21 桁まで、端数処理関数へは 64 桁まで）',
  AMOUNT_MALFORMED: '金額の文字列の形式が不正です（符号・区切り・小数点・指数のない数字のみ）',
  AMOUNT_TYPE: '金額の型が不正です（number・bigint・数字文字列のいずれか）',
  RESULT_UNSAFE_INTEGER: '計算結果が number で正確に表せる範囲（2^53−1）を超えます',
  INVALID_RATE: '料率・割合の形式が不正です（"5.5" のような10進数の文字列）',
  INVALID_DATE: '日付が不正です（YYYY-MM-DD 形式の実在する日付、または有効な Date）',
  INVALID_OPTION: '入力または指定が不正です（型・値・組合せ）',
  INVALID_ROUNDING_MODE: '端数処理の方法が不正です（halfDown・halfUp・floor・ceil）',
  UNKNOWN_CATEGORY: '事業の区分が不明です（雇用保険の事業区分、または特別加入の区分が料率表にない）',
  UNKNOWN_INDUSTRY: '業種番号が不明です（形式が不正、または料率表・労務費率表にない）',
  RATE_PERIOD_SPLIT: '年度の途中で料率が変わるため、年度だけでは料率が決まりません（賃金締切日か期間ごとの賃金を指定）',
  DAILY_BASE_NOT_LISTED: '給付基礎日額が告示の額にありません',
  NO_RATE_TABLE: 'その年度・日付の料率表がありません',
  RATE_NOT_KNOWN: '料率表にその料率・額がありません（出典で確認できない値は収録していません）',
  INVALID_RATE_TABLE: '独自の料率表の形式が不正です',
  UNCHECKED_RATE_TABLE: '独自の料率表が検証されていません（defineRateTable() の戻り値を渡してください）',
  CATEGORY_NOT_IN_FORCE: 'その区分はその日付にはまだ（またはもう）存在しません',
  // 労働保険事務組合 (batch renewal, 労働保険番号)
  INVALID_LABOR_INSURANCE_NUMBER: '労働保険番号の形式が不正です（府県2桁・所掌1桁・管轄2桁・基幹番号6桁・枝番号3桁の14桁）',
};
