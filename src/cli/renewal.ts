// `jp-labor-insurance renewal <members.csv | members.json>` — the 年度更新 of every member of a 労働保険事務組合.
import type { ParseArgsConfig } from 'node:util';
import {
  InvalidInputError,
  errorMessageJa,
  renewMembers,
  renewalSummary,
  type LaborInsuranceError,
  type MemberRenewal,
  type RenewalBatchSummary,
  type RenewalMember,
} from '../index.js';
import { decodeCsv, isBlankRecord, openCsv, parseEncoding, type CsvEncoding } from './csv.js';
import { csvCell } from './csvOutput.js';
import { normalizeYenCell } from './normalize.js';
import { EXIT, UsageError, lang as parseLang, yen, type Io } from './io.js';
import { RATES_FILE_HELP, RATES_FILE_OPTION, ratesOption } from './rateFile.js';
import { ReportSink } from './reportSink.js';

export const RENEWAL_HELP = `Usage: jp-labor-insurance renewal <members.csv | members.json | -> [options]

年度更新 (労働保険 概算・確定保険料申告) of every member employer of a 労働保険事務組合, one row per member:
確定保険料, 一般拠出金, 概算保険料, 不足額 / 超過額 and the amount due per 期 (after 不足額, 一般拠出金
and 充当). A member that cannot be computed is reported as invalid with its error code; no row is
dropped, the order is kept. The totals (cash per due date) are printed on stderr, and in the JSON report.

Columns (header row; English or Japanese names, any order; other columns are ignored, with a warning):
  id                 労働保険番号 / 事業場番号          required
  fiscalYear         年度 / 申告年度                    the 保険年度 of the filing (2025 for 令和7年度の年度更新);
                                                        required unless --fiscal-year
  industry           業種番号 / 業種                    労災 業種番号: 94, 98, 02/03 … (not for 雇用のみ)
  category           事業区分                           general | agriculture | construction | 一般 | 農林水産 | 建設
  coverage           適用                               both | workersCompensation | employmentInsurance
                                                        | 両方 | 労災のみ | 雇用のみ (default both)
  previousWages      前年度賃金総額 / 賃金総額          the year just ended, both insurances; or:
  previousWagesWc    前年度労災賃金総額 / 労災賃金総額
  previousWagesEi    前年度雇用賃金総額 / 雇用賃金総額
  declaredEstimate   申告済概算保険料                   required
  estimatedWages     賃金見込額                         this year's estimate (optional), both insurances; or:
  estimatedWagesWc   労災賃金見込額
  estimatedWagesEi   雇用賃金見込額
  commissioned       事務組合委託                       yes | no (default no; 第2期 11/14, 第3期 2/14 when yes)
  installments       延納 / 延納の申請                  yes | no (default yes)
  appropriation      充当意思                           both | premium | generalContribution | refund
                                                        | 3 (両方) | 1 (労働保険料) | 2 (一般拠出金) | 還付 (default both)
  paymentMethod      納付方法                           paymentSlip | 納付書 (口座振替 is not planned yet: invalid)
Yes/no cells: yes, no, true, false, 1, 0, はい, いいえ, 有, 無. Amounts: digits, read as audit reads them
(3300000, 3,300,000, ３３０００００, ¥3,300,000 or 3,300,000円); a separator out of its 3-digit groups (3,30,000)
makes the member invalid, it is never guessed at. Empty cells are omitted; blank lines are skipped.
A .json file is an array of objects with the same names (or { "members": [ … ] }); any other file, or -, is CSV.

Options:
  --fiscal-year <YYYY>       the 保険年度 of every row (a row's own fiscalYear must then be empty or equal)
  --format csv|json          report format (default csv; json when --output ends in .json)
  -o, --output <file>        write the report to a file instead of stdout
  --lang ja|en               ja: Japanese column names and error messages (default en)
  --encoding auto|utf8|shift_jis
                             input encoding (default auto: UTF-8 with or without BOM, else Shift_JIS / CP932)
  --check-ids                check each id as a 労働保険番号 (14 digits, 府県 01–47, 所掌 1 or 3)
  --bom                      start a CSV report with a UTF-8 BOM (for Excel)
  --progress                 report progress on stderr (automatic when stderr is a terminal)
  --progress-every <n>       rows between progress reports (default 10000)
${RATES_FILE_HELP}
  -h, --help                 show this help

Report columns: id,status,finalPremium,generalContribution,estimatedPremium,shortfall,excess,
installment1,installment2,installment3,totalDue,error (status ok | invalid; installmentN is the amount
due for 第N期, empty when there is no such 期; error is "CODE: message").
Exit codes: 0 every member ok; 1 some member invalid; 2 usage or file error.
`;

/** The options of the command, for the dispatcher (src/cli/run.ts). */
export const RENEWAL_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  'fiscal-year': { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  encoding: { type: 'string' },
  'check-ids': { type: 'boolean' },
  bom: { type: 'boolean' },
  progress: { type: 'boolean' },
  'progress-every': { type: 'string' },
  ...RATES_FILE_OPTION,
};

type Values = Record<string, string | boolean | string[] | undefined>;

/** The member fields a column can give. */
type Field =
  | 'id'
  | 'fiscalYear'
  | 'industry'
  | 'category'
  | 'coverage'
  | 'previousWages'
  | 'previousWagesWc'
  | 'previousWagesEi'
  | 'declaredEstimate'
  | 'estimatedWages'
  | 'estimatedWagesWc'
  | 'estimatedWagesEi'
  | 'commissioned'
  | 'installments'
  | 'appropriation'
  | 'paymentMethod';

const ALIASES: Record<Field, readonly string[]> = {
  id: ['id', '労働保険番号', '事業場番号'],
  fiscalYear: ['fiscalYear', 'renewalYear', '年度', '申告年度'],
  industry: ['industry', '業種番号', '業種'],
  category: ['category', '事業区分'],
  coverage: ['coverage', '適用'],
  previousWages: ['previousWages', '前年度賃金総額', '賃金総額'],
  previousWagesWc: ['previousWagesWc', '前年度労災賃金総額', '労災賃金総額'],
  previousWagesEi: ['previousWagesEi', '前年度雇用賃金総額', '雇用賃金総額'],
  declaredEstimate: ['declaredEstimate', '申告済概算保険料'],
  estimatedWages: ['estimatedWages', '賃金見込額'],
  estimatedWagesWc: ['estimatedWagesWc', '労災賃金見込額'],
  estimatedWagesEi: ['estimatedWagesEi', '雇用賃金見込額'],
  commissioned: ['commissioned', '事務組合委託'],
  installments: ['installments', '延納', '延納の申請'],
  appropriation: ['appropriation', '充当意思'],
  paymentMethod: ['paymentMethod', '納付方法'],
};
const FIELD_OF = new Map<string, Field>(Object.entries(ALIASES).flatMap(([f, names]) => names.map((n) => [n.toLowerCase(), f as Field] as const)));

const CATEGORY: Record<string, string> = { 一般: 'general', 農林水産: 'agriculture', 建設: 'construction' };
const COVERAGE: Record<string, string> = { 両方: 'both', 労災のみ: 'workersCompensation', 雇用のみ: 'employmentInsurance' };
const APPROPRIATION: Record<string, string> = {
  '1': 'premium',
  '2': 'generalContribution',
  '3': 'both',
  労働保険料: 'premium',
  一般拠出金: 'generalContribution',
  両方: 'both',
  還付: 'refund',
};
const YES = new Set(['yes', 'true', '1', 'はい', '有']);
const NO = new Set(['no', 'false', '0', 'いいえ', '無']);

export const REPORT_COLUMNS = [
  'id',
  'status',
  'finalPremium',
  'generalContribution',
  'estimatedPremium',
  'shortfall',
  'excess',
  'installment1',
  'installment2',
  'installment3',
  'totalDue',
  'error',
] as const;
const REPORT_COLUMNS_JA = ['労働保険番号', '状態', '確定保険料', '一般拠出金', '概算保険料', '不足額', '超過額', '第1期', '第2期', '第3期', '納付額合計', 'エラー'] as const;

/** The command's settings, validated before the file is read. */
interface RenewalSettings {
  file: string;
  output: string | undefined;
  format: 'csv' | 'json';
  encoding: CsvEncoding;
  language: 'ja' | 'en';
  fiscalYear: number | undefined;
  checkIds: boolean;
  bom: boolean;
  progressEvery: number | undefined;
}

function settingsOf(values: Values, positionals: string[], io: Io): RenewalSettings {
  if (positionals.length !== 1) throw new UsageError('renewal needs exactly one member file (or - for stdin); use --help');
  const output = values.output as string | undefined;
  const format = (values.format as string | undefined) ?? (output?.toLowerCase().endsWith('.json') ? 'json' : 'csv');
  if (format !== 'csv' && format !== 'json') throw new UsageError(`--format must be csv or json (got '${format}')`);
  const everyText = (values['progress-every'] as string | undefined) ?? '10000';
  if (!/^[1-9]\d{0,14}$/.test(everyText)) throw new UsageError(`--progress-every must be a positive integer (got '${everyText}')`);
  const fy = values['fiscal-year'] as string | undefined;
  if (fy !== undefined && !/^\d{4}$/.test(fy)) throw new UsageError(`--fiscal-year must be a year such as 2025 (got '${fy}')`);
  return {
    file: positionals[0]!,
    output,
    format,
    encoding: parseEncoding(values.encoding as string | undefined),
    language: parseLang((values.lang as string | undefined) ?? 'en'),
    fiscalYear: fy === undefined ? undefined : Number(fy),
    checkIds: values['check-ids'] === true,
    bom: values.bom === true,
    progressEvery: values.progress === true || io.stderrIsTTY ? Number(everyText) : undefined,
  };
}

/** Header names → member fields; a usage error for a duplicated field or a missing required one. */
function columnsOf(headers: readonly string[], s: RenewalSettings): { columns: Map<string, Field>; unknown: string[] } {
  const columns = new Map<string, Field>();
  const seen = new Map<Field, string>();
  const unknown: string[] = [];
  for (const h of headers) {
    const f = FIELD_OF.get(h.toLowerCase());
    if (f === undefined) {
      if (h !== '') unknown.push(h);
      continue;
    }
    const before = seen.get(f);
    if (before !== undefined) throw new UsageError(`the columns '${before}' and '${h}' both give ${f}; keep one`, 'DUPLICATE_COLUMN');
    seen.set(f, h);
    columns.set(h, f);
  }
  const missing: string[] = [];
  if (!seen.has('id')) missing.push('id (労働保険番号)');
  if (!seen.has('declaredEstimate')) missing.push('declaredEstimate (申告済概算保険料)');
  if (!seen.has('previousWages') && !seen.has('previousWagesWc') && !seen.has('previousWagesEi'))
    missing.push('previousWages (前年度賃金総額) or previousWagesWc / previousWagesEi');
  if (!seen.has('fiscalYear') && s.fiscalYear === undefined) missing.push('fiscalYear (年度) or --fiscal-year');
  if (missing.length > 0) throw new UsageError(`the member file lacks ${missing.join(', ')} (found: ${headers.join(', ')}); see --help`, 'MISSING_COLUMN');
  return { columns, unknown };
}

/**
 * An amount cell, normalised as `audit` normalises its cells (thousands separators in 3-digit groups, 全角 digits,
 * ¥ and 円: src/cli/normalize.ts): plain digits become a number when exact (the library's fast path); a separator
 * out of place is the row's `AMOUNT_MALFORMED`; anything else is passed as read (the library refuses it).
 */
function amount(cell: string, field: string): unknown {
  const n = normalizeYenCell(cell);
  if (!n.ok) throw new InvalidInputError(n.code === 'AMOUNT_MALFORMED' ? 'AMOUNT_MALFORMED' : 'INVALID_OPTION', `${field}: ${n.message}`, { field, value: cell });
  const v = n.value;
  return v.length <= 15 && /^(0|[1-9]\d*)$/.test(v) ? Number(v) : v;
}

function flag(cell: string): unknown {
  const v = cell.toLowerCase();
  return YES.has(v) ? true : NO.has(v) ? false : cell;
}

/** A wage total for both insurances, or the 労災 / 雇用 totals as `{ workersCompensation, employmentInsurance }`. */
function wagesOf(both: string | undefined, wc: string | undefined, ei: string | undefined, name: string): unknown {
  if (both !== undefined) {
    if (wc !== undefined || ei !== undefined) throw rowError(`give ${name} or ${name}Wc / ${name}Ei, not both`, name, both);
    return amount(both, name);
  }
  if (wc === undefined && ei === undefined) return undefined;
  return {
    ...(wc !== undefined ? { workersCompensation: amount(wc, `${name}Wc`) } : {}),
    ...(ei !== undefined ? { employmentInsurance: amount(ei, `${name}Ei`) } : {}),
  };
}

/** A row error found by the command line itself (not by the library): coded as the library codes it. */
function rowError(message: string, field: string, value: string): InvalidInputError {
  return new InvalidInputError('INVALID_OPTION', message, { field, value });
}

/**
 * One record's cells as a {@link RenewalMember}: empty cells omitted, amounts as numbers where exact, Japanese
 * names of categories and choices mapped; anything else passed as read, for the library to refuse with its code.
 * Returns the member, or the row's error when the command line itself cannot take it.
 */
function memberOf(record: Record<string, string>, columns: Map<string, Field>, s: RenewalSettings): RenewalMember | InvalidInputError {
  const c: Partial<Record<Field, string>> = {};
  for (const h in record) {
    const f = columns.get(h);
    const v = record[h];
    if (f !== undefined && v !== undefined && v !== '') c[f] = v;
  }
  const m: Record<string, unknown> = {};
  if (c.id !== undefined) m['id'] = c.id;
  const year = c.fiscalYear;
  if (year !== undefined) {
    const y: unknown = /^\d{4}$/.test(year) ? Number(year) : year;
    if (s.fiscalYear !== undefined && y !== s.fiscalYear) return rowError(`fiscalYear ${year} differs from --fiscal-year ${s.fiscalYear}`, 'fiscalYear', year);
    m['renewalYear'] = y;
  } else m['renewalYear'] = s.fiscalYear;
  if (c.industry !== undefined) m['industry'] = c.industry;
  if (c.category !== undefined) m['category'] = CATEGORY[c.category] ?? c.category;
  if (c.coverage !== undefined) m['coverage'] = COVERAGE[c.coverage] ?? c.coverage;
  try {
    const previous = wagesOf(c.previousWages, c.previousWagesWc, c.previousWagesEi, 'previousWages');
    if (previous !== undefined) m['previousYearWages'] = previous;
    if (c.declaredEstimate !== undefined) m['declaredEstimate'] = amount(c.declaredEstimate, 'declaredEstimate');
    const estimate = wagesOf(c.estimatedWages, c.estimatedWagesWc, c.estimatedWagesEi, 'estimatedWages');
    if (estimate !== undefined) m['estimatedWages'] = estimate;
  } catch (e) {
    return e as InvalidInputError;
  }
  if (c.commissioned !== undefined) m['commissioned'] = flag(c.commissioned);
  if (c.installments !== undefined) m['applyInstallments'] = flag(c.installments);
  if (c.appropriation !== undefined) m['appropriation'] = APPROPRIATION[c.appropriation] ?? c.appropriation;
  if (c.paymentMethod !== undefined && c.paymentMethod !== 'paymentSlip' && c.paymentMethod !== '納付書') {
    const transfer = c.paymentMethod === 'accountTransfer' || c.paymentMethod === '口座振替';
    return rowError(
      transfer
        ? 'paymentMethod accountTransfer (口座振替): the 年度更新 does not plan 口座振替 dates yet; give paymentSlip (納付書) or leave it empty'
        : `paymentMethod must be paymentSlip (納付書) (got '${c.paymentMethod}')`,
      'paymentMethod',
      c.paymentMethod,
    );
  }
  return m as unknown as RenewalMember;
}

/** One record of the member file, with its 1-based line number (CSV) or position (JSON). */
interface MemberRecord {
  line: number;
  record: Record<string, string>;
}

/** A JSON member list as records of strings (the same cell parsing as CSV). */
function* jsonRecords(text: string, onHeader: (headers: string[]) => void): Generator<MemberRecord> {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new UsageError(`the member file is not valid JSON: ${(e as Error).message}`, 'INVALID_JSON');
  }
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && Array.isArray((data as { members?: unknown }).members)
      ? (data as { members: unknown[] }).members
      : undefined;
  if (list === undefined) throw new UsageError('a JSON member file is an array of members, or { "members": [ … ] }', 'INVALID_JSON');
  const headers = new Set<string>();
  for (const m of list) if (typeof m === 'object' && m !== null && !Array.isArray(m)) for (const k of Object.keys(m)) headers.add(k);
  onHeader([...headers]);
  for (let i = 0; i < list.length; i++) {
    const m = list[i] as unknown;
    const record: Record<string, string> = {};
    if (typeof m === 'object' && m !== null && !Array.isArray(m)) {
      for (const [k, v] of Object.entries(m)) record[k] = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean);
    }
    yield { line: i + 1, record };
  }
}

/**
 * Opens the member file: the one place the command reads its input. A CSV file (or stdin) is streamed by the reader
 * `audit` uses (src/cli/csv.ts `openCsv`: UTF-8 with or without BOM or Shift_JIS, never read whole); a `.json` file
 * is read whole and parsed. The header is known before any record is read.
 */
async function readMembers(
  s: RenewalSettings,
  io: Io,
): Promise<{ encoding: string; headers: string[] | undefined; records: AsyncIterable<MemberRecord> | Iterable<MemberRecord>; csv: boolean }> {
  if (s.file.toLowerCase().endsWith('.json')) {
    const decoded = decodeCsv(await io.readFile(s.file), s.encoding);
    let headers: string[] | undefined;
    const records = jsonRecords(decoded.text, (h) => (headers = h));
    const first = records.next(); // parses the file and reads the header: errors before any output
    return {
      csv: false,
      encoding: decoded.encoding,
      headers,
      records: (function* () {
        if (first.done !== true) {
          yield first.value;
          yield* records;
        }
      })(),
    };
  }
  const csv = await openCsv(io, s.file, { encoding: s.encoding });
  return { csv: true, encoding: csv.encoding, headers: csv.headers, records: csv.records };
}

/** The figures of one report row, as the report columns list them (invalid rows: id, status and error only). */
function rowCells(item: MemberRenewal, id: string | undefined, language: 'ja' | 'en'): unknown[] {
  if (!item.ok) {
    const e = item.error;
    return [id, 'invalid', '', '', '', '', '', '', '', '', '', `${e.code}: ${language === 'ja' ? errorMessageJa(e) : e.message}`];
  }
  const r = item.renewal;
  const due: (number | undefined)[] = [undefined, undefined, undefined];
  for (const p of r.installments) if (p.number >= 1 && p.number <= 3) due[p.number - 1] = p.amount;
  return [id, 'ok', r.finalPremium.amount, r.generalContribution.amount, r.estimatedPremium.amount, r.shortfall, r.excess, due[0], due[1], due[2], r.amount, ''];
}

/** The report being written: opened once the header is known to be usable, buffered in 64 KiB writes. */
class RenewalReport {
  private readonly sink: ReportSink;
  private count = 0;

  constructor(
    private readonly s: RenewalSettings,
    io: Io,
  ) {
    this.sink = new ReportSink(io, s.output, s.format === 'csv' && s.bom ? 'utf8-bom' : 'utf8');
  }

  async open(head: Record<string, unknown>): Promise<void> {
    await this.sink.open();
    if (this.s.format === 'json') await this.sink.append(JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "rows": ['));
    else await this.sink.append(`${(this.s.language === 'ja' ? REPORT_COLUMNS_JA : REPORT_COLUMNS).join(',')}\r\n`);
  }

  async row(line: number, item: MemberRenewal, id: string | undefined): Promise<void> {
    const cells = rowCells(item, id, this.s.language);
    let text: string;
    if (this.s.format === 'json') {
      const o: Record<string, unknown> = { line, index: item.index };
      REPORT_COLUMNS.forEach((k, i) => {
        const v = cells[i];
        if (v !== '' && v !== undefined) o[k] = v;
      });
      if (!item.ok) o['error'] = { code: item.error.code, message: this.s.language === 'ja' ? errorMessageJa(item.error) : item.error.message };
      text = `${this.count === 0 ? '' : ','}\n    ${JSON.stringify(o)}`;
    } else text = `${cells.map(csvCell).join(',')}\r\n`;
    this.count++;
    await this.sink.append(text);
  }

  /** Abandons the report (the temporary file of `--output` is removed: nothing is left). */
  async abort(): Promise<void> {
    await this.sink.abort();
  }

  async close(summary: RenewalBatchSummary): Promise<void> {
    await this.sink.close(this.s.format === 'json' ? `${this.count === 0 ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n` : '');
  }
}

/** The totals on stderr: the cash a 事務組合 plans with, per due date. */
function summaryText(t: RenewalBatchSummary, encoding: string, s: RenewalSettings): string {
  const ja = s.language === 'ja';
  const lines = ja
    ? [
        `renewal: ${yen(t.members)} 事業場 — 正常 ${yen(t.ok)}, エラー ${yen(t.invalid)} (encoding ${encoding})${s.output !== undefined ? `; 出力 ${s.output}` : ''}`,
        `  確定保険料 ${yen(t.finalPremium)}円, 申告済概算保険料 ${yen(t.declaredEstimate)}円, 不足額 ${yen(t.shortfall)}円, 超過額 ${yen(t.excess)}円 (充当 ${yen(t.appropriated)}円, 還付 ${yen(t.refund)}円)`,
        `  一般拠出金 ${yen(t.generalContribution)}円, 概算保険料 ${yen(t.estimatedPremium)}円, 納付額合計 ${yen(t.totalDue)}円`,
        ...t.dueDates.map((d) => `  ${d.dueDate} 第${d.number}期 ${yen(d.amount)}円 (${yen(d.members)} 事業場)`),
      ]
    : [
        `renewal: ${yen(t.members)} members — ${yen(t.ok)} ok, ${yen(t.invalid)} invalid (encoding ${encoding})${s.output !== undefined ? `; report written to ${s.output}` : ''}`,
        `  final premium ¥${yen(t.finalPremium)}, declared estimate ¥${yen(t.declaredEstimate)}, shortfall ¥${yen(t.shortfall)}, excess ¥${yen(t.excess)} (appropriated ¥${yen(t.appropriated)}, refund ¥${yen(t.refund)})`,
        `  general contribution ¥${yen(t.generalContribution)}, estimated premium ¥${yen(t.estimatedPremium)}, total due ¥${yen(t.totalDue)}`,
        ...t.dueDates.map((d) => `  ${d.dueDate} instalment ${d.number}: ¥${yen(d.amount)} (${yen(d.members)} members)`),
      ];
  if (t.invalid > 0)
    lines.push(
      `  ${ja ? 'エラー' : 'invalid'}: ${Object.entries(t.errors)
        .map(([code, n]) => `${code} ${yen(n)}`)
        .join(', ')}`,
    );
  return `${lines.join('\n')}\n`;
}

/** `renewal <file>`: exit 0 when every member was renewed, 1 when a member is invalid. */
export async function renewalCommand(values: Values, positionals: string[], io: Io): Promise<number> {
  const s = settingsOf(values, positionals, io);
  const rates = await ratesOption(values, io); // checked once, before the member file is opened
  const { encoding, headers, records, csv } = await readMembers(s, io);
  if (headers === undefined) throw new UsageError('the member file is empty (no header row)', 'MISSING_COLUMN');
  const { columns, unknown } = columnsOf(headers, s);
  const idHeader = [...columns].find(([, f]) => f === 'id')![0];
  if (unknown.length > 0) io.stderr(`renewal: ignoring the column(s) ${unknown.join(', ')} (see --help for the names read)\n`);
  const report = new RenewalReport(s, io);
  const head = { file: s.file, encoding, ...(s.fiscalYear !== undefined ? { fiscalYear: s.fiscalYear } : {}) };
  // The rows' ids and lines, and the errors the command line found itself, wait here only until their item comes
  // out of renewMembers (which yields in order, one member at a time): at most one entry each.
  const pending: { line: number; id: string | undefined; error?: InvalidInputError }[] = [];
  async function* members(): AsyncGenerator<RenewalMember> {
    for await (const { line, record } of records) {
      if (csv && isBlankRecord(record)) continue; // a blank line or Excel's ,,,, is no member (a JSON entry always is one)
      const m = memberOf(record, columns, s);
      const id = record[idHeader] || undefined;
      if (m instanceof InvalidInputError) {
        pending.push({ line, id, error: m });
        yield null as unknown as RenewalMember; // stands for the row: its item is replaced by the row's own error
      } else {
        pending.push({ line, id });
        yield rates.rates === undefined ? m : { ...m, rates: rates.rates };
      }
    }
  }
  const summary = renewalSummary();
  const started = Date.now();
  await report.open(head);
  try {
    for await (const raw of renewMembers(members(), { checkIds: s.checkIds })) {
      const row = pending.shift()!;
      const item: MemberRenewal = row.error !== undefined ? { id: row.id, index: raw.index, ok: false, error: row.error as LaborInsuranceError } : raw;
      summary.add(item);
      await report.row(row.line, item, row.id);
      if (s.progressEvery !== undefined && (raw.index + 1) % s.progressEvery === 0) {
        const r = summary.result();
        io.stderr(
          `${io.stderrIsTTY ? '\r' : ''}renewal: ${yen(r.members)} members (${yen(r.invalid)} invalid), ${((Date.now() - started) / 1000).toFixed(1)} s${io.stderrIsTTY ? '' : '\n'}`,
        );
      }
    }
  } catch (e) {
    await report.abort(); // a file broken half-way (CSV_PARSE, INVALID_ENCODING, a read error): no partial report is left
    throw e;
  }
  const totals = summary.result();
  await report.close(totals);
  if (s.progressEvery !== undefined && io.stderrIsTTY && totals.members >= s.progressEvery) io.stderr('\n');
  io.stderr(summaryText(totals, encoding, s));
  return totals.invalid > 0 ? EXIT.mismatch : EXIT.ok;
}
