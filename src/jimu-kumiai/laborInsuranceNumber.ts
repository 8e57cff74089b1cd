import { InvalidInputError, type InputIssue } from '../core/errors.js';
import { formatValue } from '../core/format.js';

/** The parts of a 労働保険番号, named. */
export interface LaborInsuranceNumber {
  /** The 14 digits, separators removed. */
  number: string;
  /** `府県-所掌-管轄-基幹番号-枝番号`, e.g. `13-1-01-123456-000`. */
  formatted: string;
  /** 府県 (2 digits): the 都道府県 (of the 事業場, or of the 事務組合's main office for a 委託 member). */
  prefecture: { code: string; name: string };
  /** 所掌 (1 digit): `1` 労働基準監督署, `3` 公共職業安定所 — the office that gave the number. */
  administration: { code: '1' | '3'; name: '労働基準監督署' | '公共職業安定所' };
  /** 管轄 (2 digits): the 監督署 or 安定所 code within the 府県 (its code table is not checked). */
  office: string;
  /** 基幹番号 (6 digits). */
  baseNumber: string;
  /** 枝番号 (3 digits). `000` for an employer insured on its own; numbered for the members of a 事務組合. */
  branchNumber: string;
  /**
   * 事務組合委託: the 基幹番号 begins with 9, the mark of a business that entrusts its labour insurance to a
   * 労働保険事務組合 (practitioner descriptions of the numbering, see `sources`).
   */
  commissioned: boolean;
  /** 一括有期事業: the 基幹番号 begins with 6 (one practitioner description; see the sources). */
  lumpSumFixedTerm: boolean;
  /**
   * 事業区分: what the last digit of the 基幹番号 says — 0/1 一元適用 (労災 and 雇用 under one number), 2/3 二元適用の雇用保険,
   * 4 二元適用の労災 (林業等), 5 二元適用の労災 (建設業等, 現場), 6 二元適用の労災 (事務所), 8 特別加入 (一人親方等);
   * `'unknown'` for a digit no description gives (7, 9).
   */
  businessKind: { digit: string; kind: LaborInsuranceBusinessKind; name: string };
  /**
   * The status of the digit meanings above: `'single-source'` — they come from practitioners' descriptions of the
   * numbering (several agree), not from a page of MHLW; the form and the 府県/所掌 codes are checked as published.
   */
  meaningStatus: 'single-source';
  /** Where the meanings of the digits are described. */
  sources: readonly string[];
}

/** What the last digit of a 基幹番号 says about the business (see {@link LaborInsuranceNumber.businessKind}). */
export type LaborInsuranceBusinessKind =
  | 'unified'
  | 'dualEmploymentInsurance'
  | 'dualWorkersCompensationForestry'
  | 'dualWorkersCompensationConstruction'
  | 'dualWorkersCompensationOffice'
  | 'specialEnrollment'
  | 'unknown';

/** The pages that describe what the digits of a 労働保険番号 mean (none of them MHLW's; they agree). */
const LABOR_INSURANCE_NUMBER_SOURCES: readonly string[] = Object.freeze([
  'https://faq.shalf-asp.jp/--693ea3b608d74299edff7846',
  'https://shibahara-office.com/columns/roudouhoken',
  'https://blog.sr-clover.or.jp/14610',
  'https://hu-star.com/hokenbango01/',
]);

const KINDS: Readonly<Record<string, readonly [LaborInsuranceBusinessKind, string]>> = {
  '0': ['unified', '一元適用事業'],
  '1': ['unified', '一元適用事業'],
  '2': ['dualEmploymentInsurance', '二元適用事業の雇用保険'],
  '3': ['dualEmploymentInsurance', '二元適用事業の雇用保険'],
  '4': ['dualWorkersCompensationForestry', '二元適用事業の労災保険 (林業等)'],
  '5': ['dualWorkersCompensationConstruction', '二元適用事業の労災保険 (建設業等)'],
  '6': ['dualWorkersCompensationOffice', '二元適用事業の労災保険 (事務所)'],
  '8': ['specialEnrollment', '特別加入 (一人親方等)'],
};

/** Options of {@link parseLaborInsuranceNumber}. */
export interface ParseLaborInsuranceNumberOptions {
  /** The field named in errors (default `'laborInsuranceNumber'`). */
  field?: string;
}

// 都道府県コード (JIS X 0401), in code order 01–47.
const PREFECTURES = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県', '東京都', '神奈川県',
  '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県', '滋賀県', '京都府', '大阪府', '兵庫県',
  '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県', '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県',
  '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
] as const; // prettier-ignore

/** Digits, optionally one `-` or space between parts (at the part boundaries only). */
const FORM = /^(\d{2})[- ]?(\d)[- ]?(\d{2})[- ]?(\d{6})[- ]?(\d{3})$/;

function fail(field: string, value: unknown, issues: InputIssue[]): never {
  const message = `${field}: ${issues.map((i) => i.message).join('; ')}`;
  throw new InvalidInputError('INVALID_LABOR_INSURANCE_NUMBER', message, { field, value, issues });
}

function issue(path: string, expected: string, received: string, message: string): InputIssue {
  return { path, code: 'INVALID_LABOR_INSURANCE_NUMBER', expected, received, message };
}

/**
 * 労働保険番号 — parses and checks the 14-digit number printed on every 申告書 and 納付書: 府県 (2 digits), 所掌
 * (1), 管轄 (2), 基幹番号 (6), 枝番号 (3), and names its parts. Accepted forms: the 14 ASCII digits, or the same
 * with one hyphen or space at part boundaries (`13-1-01-123456-000`, `13101-123456-000`, `13 1 01 123456 000`).
 * The API is strict: full-width digits (１３…) and other separators are refused — normalise them first (e.g.
 * `s.normalize('NFKC')`) if your data has them.
 *
 * Checked: the form, the 府県 code (01–47, the 都道府県 codes of JIS X 0401: 13 東京, 27 大阪, 47 沖縄, as the
 * number's 府県 digits are described) and the 所掌 (1 労働基準監督署, 3 公共職業安定所). Read, as practitioners
 * describe the numbering (no MHLW page in reach states it; `meaningStatus: 'single-source'`): a 基幹番号 beginning
 * with 9 is a business entrusted to a 労働保険事務組合 (`commissioned`), one beginning with 6 an 一括有期事業, and its
 * last digit the 事業区分 (`businessKind`). Not checked, because no rule is published: the 管轄 office codes and
 * any check digit (none is published; none is invented here).
 *
 * @throws {@link InvalidInputError} `INVALID_LABOR_INSURANCE_NUMBER`, with one issue per wrong part (`path`
 *   `laborInsuranceNumber.prefecture`, `.administration`, or the whole number for its form).
 *
 * @example
 * ```ts
 * import { parseLaborInsuranceNumber } from 'jp-labor-insurance';
 * const n = parseLaborInsuranceNumber('13-1-01-654321-000');
 * console.log(n.number, n.prefecture.name, n.administration.name, n.baseNumber, n.branchNumber);
 * //=> '13101654321000' '東京都' '労働基準監督署' '654321' '000'
 * const member = parseLaborInsuranceNumber('27-1-05-912340-012');
 * console.log(member.commissioned, member.businessKind.name, member.branchNumber);
 * //=> true '一元適用事業' '012'
 * try { parseLaborInsuranceNumber('48201654321000'); } catch (e) {
 *   console.log((e as { code: string }).code, (e as { issues: { path: string }[] }).issues.map((i) => i.path));
 *   //=> 'INVALID_LABOR_INSURANCE_NUMBER' [ 'laborInsuranceNumber.prefecture', 'laborInsuranceNumber.administration' ]
 * }
 * ```
 */
export function parseLaborInsuranceNumber(value: string, options?: ParseLaborInsuranceNumberOptions): LaborInsuranceNumber {
  let field: unknown = 'laborInsuranceNumber';
  if (options !== undefined) {
    if (typeof options !== 'object' || options === null) {
      throw new InvalidInputError('INVALID_OPTION', `options must be an object (got ${formatValue(options)})`, { field: 'options', value: options });
    }
    try {
      field = (options as { field?: unknown }).field ?? field;
    } catch {
      throw new InvalidInputError('INVALID_OPTION', 'options.field could not be read', { field: 'options.field' });
    }
    if (typeof field !== 'string' || field.length === 0 || field.length > 64) {
      throw new InvalidInputError('INVALID_OPTION', `options.field must be a short non-empty string (got ${formatValue(field)})`, { field: 'options.field', value: field });
    }
  }
  const f = field as string;
  if (typeof value !== 'string') {
    fail(f, value, [issue(f, 'a string of 14 digits', formatValue(value), `a 労働保険番号 is a string of 14 digits (got ${formatValue(value)})`)]);
  }
  const m = value.length <= 18 ? FORM.exec(value) : null;
  if (m === null) {
    const hint = /[０-９]/.test(value) ? ' (full-width digits: convert them to ASCII first)' : '';
    const expected = '14 digits: 府県2 所掌1 管轄2 基幹番号6 枝番号3, optionally separated by - or a space';
    fail(f, value, [issue(f, expected, formatValue(value), `not a 労働保険番号: ${expected}${hint} (got ${formatValue(value)})`)]);
  }
  const [, pref, admin, office, base, branch] = m as unknown as [string, string, string, string, string, string];
  const issues: InputIssue[] = [];
  const p = Number(pref);
  if (p < 1 || p > 47) issues.push(issue(`${f}.prefecture`, '01–47 (都道府県コード)', `"${pref}"`, `府県 (prefecture) must be 01–47 (got ${pref})`));
  if (admin !== '1' && admin !== '3') issues.push(issue(`${f}.administration`, "'1' (労働基準監督署) or '3' (公共職業安定所)", `"${admin}"`, `所掌 must be 1 or 3 (got ${admin})`));
  if (issues.length > 0) fail(f, value, issues);
  const parts = [pref, admin, office, base, branch];
  const last = base.charAt(5);
  const [kind, kindName] = Object.prototype.hasOwnProperty.call(KINDS, last) ? KINDS[last]! : (['unknown', '不明 (説明のない区分)'] as const);
  return {
    number: parts.join(''),
    formatted: parts.join('-'),
    prefecture: { code: pref, name: PREFECTURES[p - 1]! },
    administration: admin === '1' ? { code: '1', name: '労働基準監督署' } : { code: '3', name: '公共職業安定所' },
    office,
    baseNumber: base,
    branchNumber: branch,
    commissioned: base.charAt(0) === '9',
    lumpSumFixedTerm: base.charAt(0) === '6',
    businessKind: { digit: last, kind, name: kindName },
    meaningStatus: 'single-source',
    sources: LABOR_INSURANCE_NUMBER_SOURCES,
  };
}
