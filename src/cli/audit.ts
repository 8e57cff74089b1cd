// `jp-labor-insurance audit <file.csv>` — checks a payroll export's 雇用保険 deductions.
import { DeductionAuditor, deductionColumns, explain, type AuditRowResult, type AuditSummary, type DeductionRow, type RoundingMode } from '../index.js';
import { decodeCsv, parseEncoding, readCsvRecords, type CsvEncoding } from './csv.js';
import { EXIT, UsageError, lang as parseLang, yen, type Io, type Output } from './io.js';

export const AUDIT_HELP = `Usage: jp-labor-insurance audit <file.csv | -> [options]

Checks the 雇用保険料 (worker's share) deducted on every row of a payroll CSV export against the
legal amount at the rate in force on the row's 賃金締切日. Every row is reported: match, mismatch
(with the difference and a likely cause) or invalid (with its error code). No row is dropped.
Each row also gives the rate's legal basis, sources and status (confirmed, single-source, derived,
unconfirmed).

Columns (header row; English or Japanese names, any order, extra columns ignored):
  id           社員番号 / 従業員番号         (optional)
  wage         賃金 / 支給額                  digits only: 200000 (not 200,000)
  closingDate  締切日 / 賃金締切日            YYYY-MM-DD (or YYYY/M/D)
  category     事業区分                        general | agriculture | construction | 一般 | 農林水産 | 建設
  deducted     控除額 / 雇用保険料            digits only

Options:
  --format csv|json          report format (default csv; json when --output ends in .json)
  --output <file>            write the report to a file instead of stdout
  --encoding auto|utf8|shift_jis
                             input encoding (default auto: UTF-8 with or without BOM; bytes that are
                             not UTF-8 are read as Shift_JIS / CP932). To convert by hand:
                             iconv -f CP932 -t UTF-8 in.csv > out.csv
  --rounding halfDown|halfUp|floor|ceil
                             rounding the payroll should use (default halfDown: 源泉控除, 50銭以下切捨て)
  --truncate-to-rin-first    expect the 厘-truncation compatibility variant
  --bom                      start a CSV report with a UTF-8 BOM (for Excel)
  --explain                  include each row's calculation steps (json: trace; csv: explanation)
  --lang ja|en               language of --explain (default ja); with --lang ja, errors in Japanese
  --progress                 report progress on stderr (automatic when stderr is a terminal)
  --progress-every <n>       rows between progress reports (default 10000)
  -h, --help                 show this help

Exit codes: 0 every row matched; 1 a row mismatched or was invalid; 2 usage or file error.
`;

const CSV_COLUMNS = [
  'line',
  'id',
  'outcome',
  'wage',
  'closingDate',
  'category',
  'deducted',
  'expected',
  'difference',
  'exact',
  'rate',
  'period',
  'rounding',
  'rule',
  'likelyCause',
  'errorCode',
  'error',
  'legalBasis',
  'sources',
  'status',
] as const;

type Values = Record<string, string | boolean | string[] | undefined>;

/** The command's settings, validated before the file is read. */
interface AuditSettings {
  file: string;
  output: string | undefined;
  format: 'csv' | 'json';
  encoding: CsvEncoding;
  language: 'ja' | 'en';
  /** Row errors in Japanese (`messageJa`): only when `--lang ja` is given, as for the errors on stderr. */
  errorsInJapanese: boolean;
  withExplain: boolean;
  bom: boolean;
  /** Rows between progress reports, or undefined for none. */
  progressEvery: number | undefined;
}

function csvCell(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One line of the CSV report: the row's check, with the cells as read where a value could not be parsed. */
export function csvRow(line: number, r: AuditRowResult, input: DeductionRow, withExplain: boolean, language: 'ja' | 'en', errorsInJapanese = false): string {
  const cells: unknown[] = [
    line,
    r.id,
    r.outcome,
    r.wage ?? input.wage,
    r.closingDate ?? input.closingDate,
    r.category ?? input.category,
    r.deducted ?? input.deducted,
    r.expected,
    r.difference,
    r.exact,
    r.rate,
    r.period ? `${r.period.from}..${r.period.to}` : undefined,
    r.rounding,
    r.rule ? `${r.rule[language]}${r.rule.law !== undefined ? ` [${r.rule.law}]` : ''}` : undefined,
    r.likelyCauses.join(' '),
    r.error?.code,
    errorsInJapanese ? r.error?.messageJa : r.error?.message,
    r.legalBasis?.join('; '),
    r.sources?.join(' | '),
    r.status,
  ];
  if (withExplain) cells.push(r.trace.length > 0 ? explain(r, { lang: language }).replace(/\n/g, ' / ') : '');
  return cells.map(csvCell).join(',');
}

/** One item of the JSON report (the trace only with --explain; the cells as read for an invalid row). */
function jsonItem(line: number, row: AuditRowResult, input: DeductionRow, withExplain: boolean, language: 'ja' | 'en'): string {
  const { trace, ...rest } = row;
  const item = {
    line,
    ...rest,
    ...(row.outcome === 'invalid' ? { input } : {}),
    ...(withExplain ? { trace, explanation: trace.length > 0 ? explain(row, { lang: language }).split('\n') : [] } : {}),
  };
  return JSON.stringify(item);
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
  return {
    file: positionals[0]!,
    output,
    format,
    encoding: parseEncoding(values.encoding as string | undefined),
    language: parseLang(values.lang as string | undefined),
    errorsInJapanese: values.lang === 'ja',
    withExplain: values.explain === true,
    bom: values.bom === true,
    progressEvery: showProgress ? Number(everyText) : undefined,
  };
}

/** The report being written: opened once the header is known to be usable, buffered in 64 KiB writes. */
class ReportWriter {
  private out: Output | undefined;
  private pending = '';
  private count = 0;
  private columns: Partial<Record<keyof DeductionRow, string>> = {};

  constructor(
    private readonly s: AuditSettings,
    private readonly io: Io,
    private readonly head: Record<string, unknown>,
  ) {}

  get rows(): number {
    return this.count;
  }

  /** Opens the output once the header row is checked: a refused file leaves no half-written report. */
  async open(headers: string[] | undefined): Promise<void> {
    if (this.out !== undefined) return;
    if (headers === undefined) throw new UsageError('the CSV file is empty (no header row)', 'MISSING_COLUMN');
    const { columns, missing } = deductionColumns(headers);
    if (missing.length > 0) {
      throw new UsageError(`the CSV header lacks the column(s) ${missing.join(', ')} (found: ${headers.join(', ')}); see --help for accepted names`, 'MISSING_COLUMN');
    }
    this.columns = columns;
    this.out = await this.io.openOutput(this.s.output);
    if (this.s.format === 'json') await this.out.write(`${JSON.stringify(this.head, null, 2).replace(/\n}$/, ',\n  "rows": [')}`);
    else await this.out.write(`${this.s.bom ? '\uFEFF' : ''}${[...CSV_COLUMNS, ...(this.s.withExplain ? ['explanation'] : [])].join(',')}\r\n`);
  }

  /** The record's cells as a {@link DeductionRow}. */
  input(record: Record<string, string>): DeductionRow {
    const cell = (f: keyof DeductionRow) => (this.columns[f] === undefined ? undefined : record[this.columns[f]!]);
    return { id: cell('id'), wage: cell('wage'), closingDate: cell('closingDate'), category: cell('category'), deducted: cell('deducted') };
  }

  async row(line: number, row: AuditRowResult, input: DeductionRow): Promise<void> {
    const { withExplain, language } = this.s;
    const text =
      this.s.format === 'json'
        ? `${this.count === 0 ? '' : ','}\n    ${jsonItem(line, row, input, withExplain, language)}`
        : `${csvRow(line, row, input, withExplain, language, this.s.errorsInJapanese)}\r\n`;
    this.count++;
    this.pending += text;
    if (this.pending.length >= 1 << 16) {
      await this.out!.write(this.pending);
      this.pending = '';
    }
  }

  async close(summary: AuditSummary): Promise<void> {
    if (this.s.format === 'json') this.pending += `${this.count === 0 ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
    await this.out!.write(this.pending);
    this.pending = '';
    await this.out!.close();
  }
}

function progressLine(s: AuditSummary, started: number, tty: boolean): string {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return `${tty ? '\r' : ''}audit: ${yen(s.rows)} rows (${yen(s.mismatched)} mismatched, ${yen(s.invalid)} invalid), ${seconds} s${tty ? '' : '\n'}`;
}

function summaryLine(s: AuditSummary, encoding: string, auditor: DeductionAuditor, output: string | undefined): string {
  return (
    `audit: ${yen(s.rows)} rows — ${yen(s.matched)} matched, ${yen(s.mismatched)} mismatched, ${yen(s.invalid)} invalid` +
    ` (encoding ${encoding}, rounding ${auditor.rounding}${auditor.truncateToRinFirst ? ', truncateToRinFirst' : ''})` +
    `${output !== undefined ? `; report written to ${output}` : ''}\n`
  );
}

/** Checks every record of the decoded text, writing the report row by row (memory stays flat on large files). */
async function auditRecords(text: string, report: ReportWriter, auditor: DeductionAuditor, s: AuditSettings, io: Io): Promise<AuditSummary> {
  const started = Date.now();
  let headers: string[] | undefined;
  for await (const { line, record } of readCsvRecords(text, (h) => (headers = h))) {
    await report.open(headers);
    const input = report.input(record);
    await report.row(line, auditor.check(input), input);
    if (s.progressEvery !== undefined && report.rows % s.progressEvery === 0) io.stderr(progressLine(auditor.summary, started, io.stderrIsTTY));
  }
  await report.open(headers);
  const summary = auditor.summary;
  await report.close(summary);
  if (s.progressEvery !== undefined && io.stderrIsTTY && report.rows >= s.progressEvery) io.stderr('\n');
  return summary;
}

/** `audit <file.csv | ->`: exit 0 when every row matched, 1 when a row mismatched or was invalid. */
export async function auditCommand(values: Values, positionals: string[], io: Io): Promise<number> {
  const s = settingsOf(values, positionals, io);
  const auditor = new DeductionAuditor({
    ...(values.rounding !== undefined ? { rounding: values.rounding as RoundingMode } : {}),
    truncateToRinFirst: values['truncate-to-rin-first'] === true,
  });
  const decoded = decodeCsv(await io.readFile(s.file), s.encoding);
  const head = { file: s.file, encoding: decoded.encoding, rounding: auditor.rounding, truncateToRinFirst: auditor.truncateToRinFirst };
  const summary = await auditRecords(decoded.text, new ReportWriter(s, io, head), auditor, s, io);
  io.stderr(summaryLine(summary, decoded.encoding, auditor, s.output));
  return summary.mismatched + summary.invalid > 0 ? EXIT.mismatch : EXIT.ok;
}
