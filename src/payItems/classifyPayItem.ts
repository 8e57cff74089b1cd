import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import type { SourceStatus } from '../rates/types.js';
import { PAY_ITEM_SOURCES, PAY_ITEMS, type PayItem } from './payItemCatalogue.js';

/**
 * Result of {@link classifyPayItem}: a decision, not an amount — every field of the contract but `amount`
 * (`trace`, `sources`, `legalBasis`, `status`); its headline is `wage`. An item not in the catalogue is
 * `known: false` with `wage: 'depends'` (whether it is a wage depends on 徴収法2条2項, which the name alone
 * does not settle): never a guess.
 */
export interface PayItemClassification {
  /** Whether the name or code is in the catalogue. */
  known: boolean;
  /** `true` 賃金とする; `false` 賃金としない; `'depends'` on facts the name does not give (see `reason`). */
  wage: true | false | 'depends';
  /** The catalogue code (`null` when unknown). */
  code: string | null;
  /** The catalogue name (the input when unknown). */
  name: string;
  /** 読み (ひらがな), `null` when unknown. */
  reading: string | null;
  /** Why, Japanese first: `{ ja, en }`. */
  reason: { ja: string; en: string };
  legalBasis: string[];
  sources: string[];
  status: SourceStatus;
  trace: TraceStep[];
}

const MAX_LENGTH = 200;

/**
 * The lookup key of a name: NFKC (全角英数・半角カナ → 標準), no spaces (also 全角), lower case, カタカナ → ひらがな,
 * no 中黒. @internal
 */
export function payItemKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s・･]/gu, '')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

let index: Map<string, PayItem> | undefined;
function lookup(key: string): PayItem | undefined {
  if (index === undefined) {
    index = new Map();
    for (const item of PAY_ITEMS) for (const n of [item.code, item.name, item.reading, ...item.aliases]) index.set(payItemKey(n), item);
  }
  return index.get(key);
}

/**
 * 賃金とするもの・しないもの — whether a pay item counts as a 賃金 in the 労働保険料 wage total (徴収法2条2項:
 * 賃金、給料、手当、賞与その他名称の如何を問わず、労働の対償として事業主が労働者に支払うもの), from a catalogue of
 * the common items of the MHLW list (基本給, 時間外手当, 通勤手当, 賞与, 休業手当, 現物給与, 出張旅費, 慶弔見舞金, 退職金,
 * 解雇予告手当, 休業補償費, 傷病手当金 …). Looks up the code, the name, its reading or an alias, after normalising
 * 全角/半角, spaces, カタカナ/ひらがな and 中黒. An unknown name is `known: false`, `wage: 'depends'`.
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION` (not a string, empty, or longer than 200 characters).
 *
 * @example
 * ```ts
 * import { classifyPayItem } from 'jp-labor-insurance';
 * console.log(classifyPayItem('残業手当').wage, classifyPayItem('残業手当').code); //=> true 'overtimePay'
 * console.log(classifyPayItem('解雇予告手当').wage); //=> false
 * console.log(classifyPayItem('食事').wage, classifyPayItem('ツウキンテアテ').name); //=> 'depends' '通勤手当'
 * console.log(classifyPayItem('謎手当').known); //=> false
 * ```
 */
export function classifyPayItem(nameOrCode: string): PayItemClassification {
  if (typeof nameOrCode !== 'string' || nameOrCode.length === 0 || nameOrCode.length > MAX_LENGTH)
    throw new InvalidInputError('INVALID_OPTION', `nameOrCode must be a pay item name or code of 1–${MAX_LENGTH} characters (got ${formatValue(nameOrCode)})`, {
      field: 'nameOrCode',
      value: nameOrCode,
    });
  const key = payItemKey(nameOrCode);
  if (key === '') throw new InvalidInputError('INVALID_OPTION', `nameOrCode must not be blank (got ${formatValue(nameOrCode)})`, { field: 'nameOrCode', value: nameOrCode });
  const item = lookup(key);
  if (item === undefined) {
    const reason = {
      ja: '目録にない支給項目: 労働の対償として事業主が支払うものか (徴収法2条2項) を個別に判断してください',
      en: 'not in the catalogue: decide whether it is paid by the employer for work (徴収法2条2項)',
    };
    const legalBasis = ['徴収法 2条2項'];
    return {
      known: false,
      wage: 'depends',
      code: null,
      name: nameOrCode,
      reading: null,
      reason,
      legalBasis,
      sources: [PAY_ITEM_SOURCES.egov_choshu],
      status: 'unconfirmed',
      trace: [traceStep('payItem', 'payroll.payItem', 'depends', { name: nameOrCode, ...reason, legalBasis: legalBasis[0]! })],
    };
  }
  const reason = { ja: item.ja, en: item.en };
  return {
    known: true,
    wage: item.wage,
    code: item.code,
    name: item.name,
    reading: item.reading,
    reason,
    legalBasis: item.legalBasis.split('; '),
    sources: item.sources.map((k) => PAY_ITEM_SOURCES[k]),
    status: item.status,
    trace: [traceStep('payItem', 'payroll.payItem', String(item.wage), { name: item.name, ...reason, legalBasis: item.legalBasis })],
  };
}
