// `jp-labor-insurance audit <file.csv>` — checks a payroll export's 雇用保険 deductions.
import type { ParseArgsConfig } from 'node:util';
import {
  DeductionAuditor,
  employmentInsuranceEligibility,
  explain,
  LaborInsuranceError,
  type AuditRowResult,
  type AuditSummary,
  type DeductionRow,
  type RoundingMode,
} from '../index.js';
import { resolveColumns, insuredCell, parseMaps, type AuditField } from './auditColumns.js';
import { isBlankRecord, openCsv, parseEncoding, type CsvEncoding } from './csv.js';
import { csvCell } from './csvOutput.js';
import { EXIT, UsageError, category as parseCategory, lang as parseLang, yen, type Io } from './io.js';
import { RATES_FILE_HELP, RATES_FILE_OPTION, ratesOption } from './rateFile.js';
import { ReportSink } from './reportSink.js';
import { normalizeDateCell, normalizeYenCell, type NormalizeResult } from './normalize.js';

export const AUDIT_HELP = `Usage: jp-labor-insurance audit <file.csv | -> [options]

給与データ (CSV) の雇用保険料 (被保険者負担分) を、行ごとに賃金締切日の料率による法定額と照合します。
Checks the 雇用保険料 (worker's share) deducted on every row of a payroll CSV export against the
legal amount at the rate in force on the row's 賃金締切日. Every row is reported: match, mismatch
(with the difference and a likely cause), invalid (with its error code) or skipped (an all-empty
row such as Excel's ",,,,"). No row is dropped. The input is streamed (memory stays flat).

Columns (header row; any order, extra columns ignored; names compared without spaces, any case):
  id           社員番号 / 社員コード / 従業員番号 / 従業員コード           (optional)
  wage         総支給額 / 支給合計 / 支給額 / 賃金
  closingDate  締日 / 締切日 / 賃金締切日
  category     事業区分: general | agriculture | construction | 一般 | 農林水産 | 建設
               (optional with --category)
  deducted     雇用保険料 / 控除額
  insured      雇用保険区分 / 雇用保険加入 (optional): 加入 / 対象 / 有 / yes / 1 = insured;
               対象外 / 非加入 / 無 / なし / no / 0 = not insured: 0 expected (雇用保険法4条・6条)
  weeklyHours  週所定労働時間 (optional; used only when there is no insured cell): insured is decided by
               employmentInsuranceEligibility on the closing date (週20時間以上, 週10時間以上 from 2028-10-01)
  expectedDays 雇用見込日数 (optional, with weeklyHours; empty or no column: 期間の定めなし)
  --map FIELD=HEADER names any other header (repeatable), e.g. --map wage=課税支給額.
  A header that could be two fields, two headers for one field, or a header given twice is a usage
  error (AMBIGUOUS_COLUMN, DUPLICATE_COLUMN): nothing is picked silently.

Cells normalised (reported per row in "normalized", counted in the summary):
  amounts  200,000 / ２００，０００ / ￥200,000 / 200,000円 → 200000 (a misplaced separator is invalid)
  dates    2025/4/20, 2025.4.20, 2025年4月20日, 令和7年4月20日, R7.4.20, R7/4/20, 令和元年5月1日,
           平成31年4月30日 → 2025-04-20 … (平成31年5月1日 or 令和元年4月30日: invalid, not guessed)

Options:
  --map FIELD=HEADER         the column of FIELD (id, wage, closingDate, category, deducted, insured,
                             weeklyHours, expectedDays)
  --category <c>             category of every row (for files with no 事業区分 column; with one, it
                             fills only empty cells)
  --format csv|json          report format (default csv; json when --output ends in .json)
  --output <file>            write the report to a file instead of stdout. The file is written under a
                             temporary name in the same directory and renamed only when complete: a
                             failed run (broken CSV, bad encoding) leaves no report and exits 2.
  --output-encoding utf8|utf8-bom|shift_jis
                             report encoding (default: utf8-bom for a CSV file, so that Excel opens it;
                             utf8 for stdout and JSON). shift_jis: a character with no Shift_JIS form
                             is an error (UNENCODABLE_CHARACTER)
  --bom                      same as --output-encoding utf8-bom
  --encoding auto|utf8|shift_jis
                             input encoding (default auto: a UTF-8 BOM, else UTF-8, else Shift_JIS /
                             CP932, decided from the first bytes that are not ASCII; bytes later in the
                             file that contradict it: INVALID_ENCODING). To convert by hand:
                             iconv -f CP932 -t UTF-8 in.csv > out.csv
  --rounding halfDown|halfUp|floor|ceil
                             rounding the payroll should use (default halfDown: 源泉控除, 50銭以下切捨て)
  --truncate-to-rin-first    expect the 厘-truncation compatibility variant
  --explain                  include each row's calculation steps (json: trace; csv: explanation)
  --lang ja|en               ja: Japanese column names, outcomes and messages (default: English
                             columns; --explain in Japanese)
  --progress                 report progress on stderr (automatic when stderr is a terminal)
  --progress-every <n>       rows between progress reports (default 10000)
${RATES_FILE_HELP}
  -h, --help                 show this help

Report: one line per input row; the sources, legal basis and rules used are listed once at the end
(CSV: rows whose "line" is "summary", "rate" or "rule"; JSON: "summary" and "basis"), not on every row.
Spreadsheet safety: a text cell starting with = + - @, a tab or a CR is written with a leading '
(OWASP CSV Injection); numbers (a difference of -1) are written as numbers.

Exit codes: 0 every row matched (skipped rows aside); 1 a row mismatched or was invalid; 2 usage or
file error (no report is left).
`;

/** The options of `audit` (for the command table of run.ts). */
export const AUDIT_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  encoding: { type: 'string' },
  'output-encoding': { type: 'string' },
  map: { type: 'string', multiple: true },
  category: { type: 'string' },
  rounding: { type: 'string' },
  'truncate-to-rin-first': { type: 'boolean' },
  bom: { type: 'boolean' },
  progress: { type: 'boolean' },
  'progress-every': { type: 'string' },
  ...RATES_FILE_OPTION,
};

const CSV_COLUMNS = {
  en: [
    'line',
    'id',
    'outcome',
    'insured',
    'wage',
    'closingDate',
    'category',
    'deducted',
    'expected',
    'difference',
    'exact',
    'rate',
    'period',
    'status',
    'likelyCause',
    'errorCode',
    'error',
    'normalized',
  ],
  ja: [
    '行',
    '社員番号',
    '結果',
    '雇用保険加入',
    '賃金',
    '賃金締切日',
    '事業区分',
    '控除額',
    '期待額',
    '差額',
    '厳密値',
    '被保険者負担率',
    '料率期間',
    '料率の確認状況',
    '考えられる原因',
    'エラーコード',
    'エラー',
    '正規化',
  ],
} as const;
const OUTCOME_JA: Record<string, string> = { match: '一致', mismatch: '不一致', invalid: '無効', skipped: '空行' };
const NORMALIZED_FIELDS = ['wage', 'deducted', 'closingDate'] as const;
type NormalizedField = (typeof NORMALIZED_FIELDS)[number];

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;
type OutputEncoding = 'utf8' | 'utf8-bom' | 'shift_jis';

/** The command's settings, validated before the file is read. */
interface AuditSettings {
  file: string;
  output: string | undefined;
  format: 'csv' | 'json';
  encoding: CsvEncoding;
  outputEncoding: OutputEncoding;
  language: 'ja' | 'en';
  /** Japanese column names, outcomes and row errors: only when `--lang ja` is given. */
  japanese: boolean;
  withExplain: boolean;
  maps: Partial<Record<AuditField, string>>;
  category: string | undefined;
  /** Rows between progress reports, or undefined for none. */
  progressEvery: number | undefined;
}

/** What the CLI read from one record before the check: the row, and which cells it rewrote (or could not). */
interface ReadRecord {
  input: DeductionRow;
  normalized: NormalizedField[];
  failed: Partial<Record<NormalizedField | 'insured', string>>;
}

/** One line of the CSV report: the row's check, with the cells as read where a value could not be parsed. */
export function csvRow(line: number, r: AuditRowResult, read: ReadRecord, withExplain: boolean, language: 'ja' | 'en', japanese = false): string {
  const input = read.input;
  const cells: unknown[] = [
    line,
    r.id,
    japanese ? OUTCOME_JA[r.outcome] : r.outcome,
    r.insured === false || input.insured === false ? (japanese ? '対象外' : 'no') : typeof input.insured === 'string' ? input.insured : '',
    r.wage ?? input.wage,
    r.closingDate ?? input.closingDate,
    r.category ?? input.category,
    r.deducted ?? input.deducted,
    r.expected,
    r.difference,
    r.exact,
    r.rate,
    r.period ? `${r.period.from}..${r.period.to}` : undefined,
    r.status,
    r.likelyCauses.join(' '),
    r.error?.code,
    errorText(r, read, japanese),
    read.normalized.join(' '),
  ];
  if (withExplain) cells.push(r.trace.length > 0 ? explain(r, { lang: language }).replace(/\n/g, ' / ') : '');
  return cells.map(csvCell).join(',');
}

/** The row's error message: the normaliser's (it names the ambiguity) for the cell at fault, else the library's. */
function errorText(r: AuditRowResult, read: ReadRecord, japanese: boolean): string | undefined {
  if (r.error === undefined) return undefined;
  if (japanese) return r.error.messageJa;
  const field = r.error.field as NormalizedField | 'insured' | undefined;
  return (field !== undefined ? read.failed[field] : undefined) ?? r.error.message;
}

/** One item of the JSON report (the trace only with --explain; the cells as read for an invalid row). */
function jsonItem(line: number, row: AuditRowResult, read: ReadRecord, s: AuditSettings): string {
  const { trace, legalBasis: _l, sources: _s, rule: _r, ...rest } = row;
  const item = {
    line,
    ...rest,
    ...(row.error !== undefined ? { error: { ...row.error, message: errorText(row, read, false) } } : {}),
    ...(read.normalized.length > 0 ? { normalized: read.normalized } : {}),
    ...(row.outcome === 'invalid' ? { input: read.input } : {}),
    ...(s.withExplain ? { trace, explanation: trace.length > 0 ? explain(row, { lang: s.language }).split('\n') : [] } : {}),
  };
  return JSON.stringify(item);
}

function outputEncodingOf(values: Values, output: string | undefined, format: 'csv' | 'json'): OutputEncoding {
  const given = values['output-encoding'] as string | undefined;
  if (given === undefined) return values.bom === true || (output !== undefined && format === 'csv') ? 'utf8-bom' : 'utf8';
  const v = given.toLowerCase().replace(/_/g, '-');
  if (v === 'utf8' || v === 'utf-8') {
    if (values.bom === true) throw new UsageError('--bom and --output-encoding utf8 contradict each other');
    return 'utf8';
  }
  if (v === 'utf8-bom' || v === 'utf-8-bom') return 'utf8-bom';
  if (v === 'shift-jis' || v === 'sjis' || v === 'cp932') {
    if (values.bom === true) throw new UsageError('--bom is for UTF-8; Shift_JIS has no BOM');
    return 'shift_jis';
  }
  throw new UsageError(`--output-encoding must be utf8, utf8-bom or shift_jis (got '${given}')`);
}

/** Validates the options and the file argument (usage errors before anything is read). */
function settingsOf(values: Values, positionals: string[], io: Io): AuditSettings {
  if (positionals.length !== 1) throw new UsageError('audit needs exactly one file (or - for stdin); use --help');
  const output = values.output as string | undefined;
  const formatOpt = values.format as string | undefined;
  const format = formatOpt ?? (output?.toLowerCase().endsWith('.json') ? 'json' : 'csv');
  if (format !== 'csv' && format !== 'json') throw new UsageError(`--format must be csv or json (got '${format}')`);
  const everyText = (values['progress-every'] as string | undefined) ?? '10000';
  if (!/^[1-9]\d{0,14}$/.test(everyText)) throw new UsageError(`--progress-every must be a positive integer (got '${everyText}')`);
  const showProgress = values.progress === true || io.stderrIsTTY;
  const maps = values.map === undefined ? [] : Array.isArray(values.map) ? values.map.map(String) : [String(values.map)];
  return {
    file: positionals[0]!,
    output,
    format,
    encoding: parseEncoding(values.encoding as string | undefined),
    outputEncoding: outputEncodingOf(values, output, format),
    language: parseLang(values.lang as string | undefined),
    japanese: values.lang === 'ja',
    withExplain: values.explain === true,
    maps: parseMaps(maps),
    category: values.category === undefined ? undefined : parseCategory(values.category as string),
    progressEvery: showProgress ? Number(everyText) : undefined,
  };
}

/** The rates and rules the report rests on, kept once each (O(distinct periods) memory). */
class Basis {
  readonly rates = new Map<string, { category: string; rate: string; period: string; status: string; legalBasis: string[]; sources: string[] }>();
  readonly rules = new Map<string, { ja: string; en: string; law?: string }>();

  add(r: AuditRowResult): void {
    if (r.rule !== undefined && !this.rules.has(r.rule.en)) this.rules.set(r.rule.en, { ja: r.rule.ja, en: r.rule.en, ...(r.rule.law !== undefined ? { law: r.rule.law } : {}) });
    if (r.period === undefined || r.rate === undefined) return;
    const key = `${r.category}|${r.period.from}|${r.rate}`;
    if (this.rates.size < 4096 && !this.rates.has(key)) {
      this.rates.set(key, {
        category: String(r.category),
        rate: r.rate,
        period: `${r.period.from}..${r.period.to}`,
        status: String(r.status),
        legalBasis: r.legalBasis ?? [],
        sources: r.sources ?? [],
      });
    }
  }
}

/** The counts of the CLI besides the auditor's: skipped rows, not-insured rows, cells normalised. */
interface CliCounts {
  skipped: number;
  notInsured: number;
  normalized: Record<NormalizedField, number>;
}

/** The report being written: opened once the header is known to be usable, buffered in 64 KiB writes. */
class ReportWriter {
  private readonly sink: ReportSink;
  private count = 0;
  private lastLine = 0;

  constructor(
    private readonly s: AuditSettings,
    io: Io,
  ) {
    this.sink = new ReportSink(io, s.output, s.outputEncoding, () => ` (report near input line ${this.lastLine})`);
  }

  get rows(): number {
    return this.count;
  }

  /** Opens the output once the header row is checked: a refused file leaves no report. */
  async open(head: Record<string, unknown>): Promise<void> {
    await this.sink.open();
    if (this.s.format === 'json') await this.sink.append(JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "rows": ['));
    else await this.sink.append(`${[...CSV_COLUMNS[this.s.japanese ? 'ja' : 'en'], ...(this.s.withExplain ? [this.s.japanese ? '説明' : 'explanation'] : [])].join(',')}\r\n`);
  }

  async row(line: number, row: AuditRowResult, read: ReadRecord): Promise<void> {
    const s = this.s;
    this.lastLine = line;
    const text =
      s.format === 'json' ? `${this.count === 0 ? '' : ','}\n    ${jsonItem(line, row, read, s)}` : `${csvRow(line, row, read, s.withExplain, s.language, s.japanese)}\r\n`;
    this.count++;
    await this.sink.append(text);
  }

  async skipped(line: number): Promise<void> {
    const s = this.s;
    this.lastLine = line;
    const text =
      s.format === 'json'
        ? `${this.count === 0 ? '' : ','}\n    ${JSON.stringify({ line, outcome: 'skipped' })}`
        : `${line},,${s.japanese ? OUTCOME_JA['skipped'] : 'skipped'}${','.repeat(CSV_COLUMNS.en.length - 3 + (s.withExplain ? 1 : 0))}\r\n`;
    this.count++;
    await this.sink.append(text);
  }

  async close(summary: Record<string, unknown>, basis: Basis): Promise<void> {
    const rates = [...basis.rates.values()];
    const rules = [...basis.rules.values()];
    let text = '';
    if (this.s.format === 'json') {
      const body = JSON.stringify({ summary, basis: { rates, rules } }, null, 2); // '{\n  "summary": …\n}'
      text += `${this.count === 0 ? '' : '\n  '}],\n${body.slice(2)}\n`;
    } else {
      const width = CSV_COLUMNS.en.length + (this.s.withExplain ? 1 : 0);
      const trailer = (cells: unknown[]) => `${[...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')].map(csvCell).join(',')}\r\n`;
      for (const [k, v] of Object.entries(summary)) text += trailer(['summary', k, typeof v === 'object' ? JSON.stringify(v) : v]);
      for (const r of rates) text += trailer(['rate', r.category, r.period, r.rate, r.status, r.legalBasis.join('; '), r.sources.join(' | ')]);
      for (const r of rules) text += trailer(['rule', this.s.japanese ? r.ja : r.en, r.law ?? '']);
    }
    await this.sink.close(text);
  }

  /** Abandons the report (a file's temporary file is removed). */
  async abort(): Promise<void> {
    await this.sink.abort();
  }
}

function progressLine(s: AuditSummary, started: number, tty: boolean): string {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return `${tty ? '\r' : ''}audit: ${yen(s.rows)} rows (${yen(s.mismatched)} mismatched, ${yen(s.invalid)} invalid), ${seconds} s${tty ? '' : '\n'}`;
}

function summaryLine(s: AuditSummary, c: CliCounts, encoding: string, auditor: DeductionAuditor, output: string | undefined): string {
  const norm = NORMALIZED_FIELDS.filter((f) => c.normalized[f] > 0).map((f) => `${f} ${yen(c.normalized[f])}`);
  return (
    `audit: ${yen(s.rows)} rows — ${yen(s.matched)} matched, ${yen(s.mismatched)} mismatched, ${yen(s.invalid)} invalid, ${yen(c.skipped)} skipped (empty)` +
    `${c.notInsured > 0 ? `; ${yen(c.notInsured)} not insured` : ''}${norm.length > 0 ? `; cells normalised: ${norm.join(', ')}` : ''}` +
    ` (encoding ${encoding}, rounding ${auditor.rounding}${auditor.truncateToRinFirst ? ', truncateToRinFirst' : ''})` +
    `${output !== undefined ? `; report written to ${output}` : ''}\n`
  );
}

/** Reads one record into a row: the mapped cells, normalised where the form is unambiguous. */
function readRecord(record: Record<string, string>, columns: Partial<Record<AuditField, string>>, s: AuditSettings, counts: CliCounts): ReadRecord {
  const cell = (f: AuditField) => (columns[f] === undefined ? undefined : record[columns[f]!]);
  const normalized: NormalizedField[] = [];
  const failed: Partial<Record<NormalizedField, string>> = {};
  const norm = (f: NormalizedField, fn: (c: string) => NormalizeResult): string | undefined => {
    const c = cell(f);
    if (c === undefined) return undefined;
    const r = fn(c);
    if (!r.ok) {
      failed[f] = `${f}: ${r.message}`;
      return c;
    }
    if (r.changed) {
      normalized.push(f);
      counts.normalized[f]++;
    }
    return r.value;
  };
  const wage = norm('wage', normalizeYenCell);
  const closingDate = norm('closingDate', normalizeDateCell);
  const deducted = norm('deducted', normalizeYenCell);
  const categoryCell = cell('category');
  const insured = insuredCell(cell('insured'));
  const input: DeductionRow = {
    id: cell('id'),
    wage,
    closingDate,
    category: categoryCell === undefined || categoryCell === '' ? (s.category ?? categoryCell) : categoryCell,
    deducted,
  };
  const decided = insured ?? eligibilityOf(cell('weeklyHours'), cell('expectedDays'), closingDate, failed);
  if (decided === false) counts.notInsured++;
  if (decided !== undefined && decided !== true) input.insured = decided;
  return { input, normalized, failed };
}

/**
 * The insured flag from 週所定労働時間 (and 雇用見込日数) when the row has no insured cell:
 * {@link employmentInsuranceEligibility} on the closing date (the rule in force then: 20 hours, 10 from
 * 2028-10-01). No expected-days cell: 期間の定めなし ('indefinite'). An unreadable cell makes the row
 * invalid (the cell is passed on as insured, which the audit refuses; the message says why).
 */
function eligibilityOf(hours: string | undefined, days: string | undefined, date: string | undefined, failed: ReadRecord['failed']): boolean | string | undefined {
  if (hours === undefined || hours.trim() === '') return undefined;
  const h = hours.trim();
  const d = days?.trim() ?? '';
  const expectedDays = d === '' || /^(indefinite|無期|定めなし|期間の定めなし)$/i.test(d) ? 'indefinite' : /^[0-9]+$/.test(d) ? Number(d) : NaN;
  try {
    if (!/^[0-9]+(\.[0-9]+)?$/.test(h)) throw new Error(`weeklyHours '${h}' is not a number of hours`);
    if (Number.isNaN(expectedDays)) throw new Error(`expectedDays '${d}' is not a number of days (or 'indefinite')`);
    return employmentInsuranceEligibility({ date: date ?? '', weeklyHours: Number(h), expectedDays }).insured;
  } catch (e) {
    if (!(e instanceof LaborInsuranceError) && !(e instanceof Error && /^(weeklyHours|expectedDays) /.test(e.message))) throw e;
    failed.insured = `insured: from 週所定労働時間 '${h}'${d !== '' ? ` and 雇用見込日数 '${d}'` : ''}: ${e.message}`;
    return `weeklyHours=${h}`;
  }
}

/** Checks every record of the stream, writing the report row by row (memory stays flat on large files). */
async function auditStream(s: AuditSettings, io: Io, auditor: DeductionAuditor, report: ReportWriter): Promise<{ summary: AuditSummary; counts: CliCounts; encoding: string }> {
  const started = Date.now();
  const csv = await openCsv(io, s.file, { encoding: s.encoding });
  if (csv.headers === undefined) throw new UsageError('the CSV file is empty (no header row)', 'MISSING_COLUMN');
  const columns = resolveColumns(csv.headers, s.maps, s.category !== undefined);
  const counts: CliCounts = { skipped: 0, notInsured: 0, normalized: { wage: 0, deducted: 0, closingDate: 0 } };
  const basis = new Basis();
  await report.open({ file: s.file, encoding: csv.encoding, rounding: auditor.rounding, truncateToRinFirst: auditor.truncateToRinFirst, columns });
  for await (const { line, record } of csv.records) {
    if (isBlankRecord(record)) {
      counts.skipped++;
      await report.skipped(line);
      continue;
    }
    const read = readRecord(record, columns, s, counts);
    const result = auditor.check(read.input);
    basis.add(result);
    await report.row(line, result, read);
    if (s.progressEvery !== undefined && report.rows % s.progressEvery === 0) io.stderr(progressLine(auditor.summary, started, io.stderrIsTTY));
  }
  const summary = auditor.summary;
  await report.close(
    {
      ...summary,
      rounding: auditor.rounding,
      truncateToRinFirst: auditor.truncateToRinFirst,
      skipped: counts.skipped,
      notInsured: counts.notInsured,
      normalized: counts.normalized,
      encoding: csv.encoding,
    },
    basis,
  );
  if (s.progressEvery !== undefined && io.stderrIsTTY && report.rows >= s.progressEvery) io.stderr('\n');
  return { summary, counts, encoding: csv.encoding };
}

/** `audit <file.csv | ->`: exit 0 when every row matched (skipped rows aside), 1 when a row mismatched or was invalid. */
export async function auditCommand(values: Values, positionals: string[], io: Io): Promise<number> {
  const s = settingsOf(values, positionals, io);
  const auditor = new DeductionAuditor({
    ...(await ratesOption(values, io)),
    ...(values.rounding !== undefined ? { rounding: values.rounding as RoundingMode } : {}),
    truncateToRinFirst: values['truncate-to-rin-first'] === true,
  });
  const report = new ReportWriter(s, io);
  let done: { summary: AuditSummary; counts: CliCounts; encoding: string };
  try {
    done = await auditStream(s, io, auditor, report);
  } catch (e) {
    await report.abort();
    throw e;
  }
  io.stderr(summaryLine(done.summary, done.counts, done.encoding, auditor, s.output));
  return done.summary.mismatched + done.summary.invalid > 0 ? EXIT.mismatch : EXIT.ok;
}
