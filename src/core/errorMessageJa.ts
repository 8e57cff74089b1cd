import { InvalidInputError, LaborInsuranceError } from './errors.js';
import { ERROR_TEXTS_JA } from './errorTextsJa.js';

/**
 * エラーの日本語メッセージ — the failure of a {@link LaborInsuranceError} in Japanese, for office-facing
 * text: the catalogue's Japanese meaning of its code, then the field and the value received, e.g.
 * `金額が負の数です（wage: -1）`. A separate import (as date-fns keeps its locales apart), so that an app
 * that never shows Japanese text does not ship the texts.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION` when given anything but a {@link LaborInsuranceError}.
 *
 * @example
 * ```ts
 * import { errorMessageJa, parseYen, LaborInsuranceError } from 'jp-labor-insurance';
 * try { parseYen(-1, 'wage'); } catch (e) {
 *   console.log(errorMessageJa(e as LaborInsuranceError)); //=> '金額が負の数です（wage: -1）'
 * }
 * ```
 */
export function errorMessageJa(error: LaborInsuranceError): string {
  let ours: boolean;
  try {
    ours = error instanceof LaborInsuranceError; // a hostile Proxy's getPrototypeOf trap may throw
  } catch {
    ours = false;
  }
  if (!ours) throw new InvalidInputError('INVALID_OPTION', 'errorMessageJa expects an error thrown by jp-labor-insurance', { field: 'error' });
  const ja = ERROR_TEXTS_JA[error.code];
  const details = error.details;
  const field = details['field'];
  const where = typeof field === 'string' && field !== '' ? field : undefined;
  const r = details['received'];
  const received = typeof r === 'string' ? r : undefined;
  if (where === undefined && received === undefined) return ja;
  return `${ja}（${[where, received].filter((x) => x !== undefined).join(': ')}）`;
}
