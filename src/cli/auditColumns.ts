// Which column of a payroll export holds each field the audit reads: --map, then the header names of
// common Japanese payroll exports. Ambiguity is a usage error, never a silent pick.
import { UsageError } from './io.js';
import { halfWidth } from './normalize.js';

/** The fields `audit` reads from a row. */
export const AUDIT_FIELDS = ['id', 'wage', 'closingDate', 'category', 'deducted', 'insured', 'weeklyHours', 'expectedDays'] as const;
export type AuditField = (typeof AUDIT_FIELDS)[number];

/** Header names recognised without --map (compared trimmed, case-insensitive, 全角 spaces removed). */
export const HEADER_ALIASES: Readonly<Record<AuditField, readonly string[]>> = {
  id: ['id', '社員番号', '従業員番号', '社員コード', '従業員コード', '社員no', '社員id', '個人コード'],
  wage: ['wage', '賃金', '支給額', '総支給額', '支給合計', '支給合計額', '総支給金額', '支給総額'],
  closingDate: ['closingDate', 'closing_date', '締切日', '賃金締切日', '締日', '締め日', '給与締日'],
  category: ['category', '事業区分', '雇用保険事業区分'],
  deducted: ['deducted', '控除額', '雇用保険料', '雇用保険料控除額', '雇用保険'],
  insured: ['insured', '雇用保険区分', '雇用保険加入', '雇用保険加入区分', '雇用保険適用', '雇用保険対象', '雇保区分'],
  weeklyHours: ['weeklyHours', '週所定労働時間', '所定労働時間(週)', '週労働時間'],
  expectedDays: ['expectedDays', '雇用見込日数', '雇用見込み日数', '雇用見込期間(日)'],
};

const key = (h: string): string => h.replace(/[\s\u3000]/g, '').toLowerCase();

/** Parses the --map FIELD=HEADER options. */
export function parseMaps(values: readonly string[]): Partial<Record<AuditField, string>> {
  const out: Partial<Record<AuditField, string>> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    const field = (eq < 0 ? v : v.slice(0, eq)).trim() as AuditField;
    const header = eq < 0 ? '' : v.slice(eq + 1).trim();
    if (!AUDIT_FIELDS.includes(field) || header === '') {
      throw new UsageError(`--map must be FIELD=HEADER with FIELD one of ${AUDIT_FIELDS.join(', ')} (got '${v}')`, 'INVALID_MAP');
    }
    if (out[field] !== undefined && out[field] !== header) throw new UsageError(`--map gives ${field} twice ('${out[field]}' and '${header}')`, 'INVALID_MAP');
    out[field] = header;
  }
  return out;
}

/**
 * The column of each field: a --map entry (the header must exist), else the one header among the
 * aliases. Two headers for one field, or one header for two fields, is `AMBIGUOUS_COLUMN`; a required
 * field with no column is `MISSING_COLUMN` (category is required unless --category is given).
 */
export function resolveColumns(headers: readonly string[], maps: Partial<Record<AuditField, string>>, categoryGiven: boolean): Partial<Record<AuditField, string>> {
  const columns: Partial<Record<AuditField, string>> = {};
  for (const field of AUDIT_FIELDS) {
    const mapped = maps[field];
    if (mapped !== undefined) {
      const found = headers.filter((h) => h === mapped || key(h) === key(mapped));
      if (found.length === 0) throw new UsageError(`--map ${field}=${mapped}: the CSV header has no column '${mapped}' (found: ${headers.join(', ')})`, 'MISSING_COLUMN');
      columns[field] = found.includes(mapped) ? mapped : found[0]!;
      continue;
    }
    const aliases = HEADER_ALIASES[field].map(key);
    const found = headers.filter((h) => h !== '' && aliases.includes(key(h)));
    if (found.length > 1)
      throw new UsageError(`the columns ${found.map((h) => `'${h}'`).join(' and ')} could both be ${field}; choose one with --map ${field}=HEADER`, 'AMBIGUOUS_COLUMN');
    if (found.length === 1) columns[field] = found[0]!;
  }
  const owners = new Map<string, AuditField>();
  for (const field of AUDIT_FIELDS) {
    const h = columns[field];
    if (h === undefined) continue;
    const other = owners.get(h);
    if (other !== undefined)
      throw new UsageError(`the column '${h}' would be both ${other} and ${field}; map them apart with --map (e.g. --map ${field}=HEADER)`, 'AMBIGUOUS_COLUMN');
    owners.set(h, field);
  }
  const missing = (['wage', 'closingDate', 'category', 'deducted'] as const).filter((f) => columns[f] === undefined && !(f === 'category' && categoryGiven));
  if (missing.length > 0) {
    throw new UsageError(
      `the CSV header lacks the column(s) ${missing.join(', ')} (found: ${headers.join(', ')}); name them with --map FIELD=HEADER${missing.includes('category') ? ' or give --category' : ''}, see --help for accepted names`,
      'MISSING_COLUMN',
    );
  }
  return columns;
}

const INSURED_YES = new Set(['加入', '対象', '有', 'あり', '有り', 'yes', 'y', 'true', '1', '○', '〇', '被保険者', '適用']);
const INSURED_NO = new Set(['対象外', '非加入', '未加入', '無', 'なし', '無し', 'no', 'n', 'false', '0', '×', '非対象', '適用外']);

/** An insured cell: true (加入 / 対象 / 有 / yes / 1 …), false (対象外 / 非加入 / 無 / なし / no / 0 …), undefined when empty; other text is returned as it is (the audit refuses it). */
export function insuredCell(cell: string | undefined): boolean | string | undefined {
  if (cell === undefined) return undefined;
  const k = halfWidth(cell).replace(/\s/g, '').toLowerCase();
  if (k === '') return undefined;
  if (INSURED_YES.has(k)) return true;
  if (INSURED_NO.has(k)) return false;
  return cell;
}
