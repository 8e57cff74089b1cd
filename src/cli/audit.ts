// `jp-labor-insurance audit <file.csv>` — checks a payroll export's 雇用保険 deductions.
import { DeductionAuditor, deductionColumns, deductionRowFromRecord, explain, type AuditRowResult, type DeductionRow, type RoundingMode } from '../index.js';
import { decodeCsv, parseEncoding, readCsvRecords } from './csv.js';
import { EXIT, UsageError, json, lang as parseLang, yen, type Io } from './io.js';

export const AUDIT_HELP = `Usage: jp-labor-insurance audit <file.csv | -> [options]

Checks the 雇用保険料 (worker's share) deducted on every row of a payroll CSV export against the
legal amount at the rate in force on the row's 賃金締切日. Every row is reported: match, mismatch
(with the difference and a likely cause) or invalid (with its error code). No row is dropped.

Columns (header row; English or Japanese names, any order, extra columns ignored):
  id           社員番号 / 従業員番号         (optional)
  wage         賃金 / 支給額                  digits only: 200000 (not 200,000)
  closingDate  締切日 / 賃金締切日            YYYY-MM-DD
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
  --lang ja|en               language of --explain (default ja)
  --progress                 report progress on stderr (automatic when stderr is a terminal)
  --progress-every <n>       rows between progress reports (default 10000)
  -h, --help                 show this help

Exit codes: 0 every row matched; 1 a row mismatched or was invalid; 2 usage or file error.
`;

const CSV_COLUMNS = ['line', 'id', 'status', 'wage', 'closingDate', 'category', 'deducted', 'expected', 'difference', 'exact', 'rate', 'period', 'rounding', 'likelyCause', 'errorCode', 'error', 'legalBasis', 'sources'] as const;

function csvCell(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

interface ReportRow extends AuditRowResult {
  line: number;
  /** The row's cells as read, for an invalid row's report line. */
  input?: DeductionRow;
}

function csvRow(r: ReportRow, withExplain: boolean, language: 'ja' | 'en'): string {
  const cells: unknown[] = [
    r.line,
    r.id,
    r.status,
    r.wage ?? r.input?.wage,
    r.closingDate ?? r.input?.closingDate,
    r.category ?? r.input?.category,
    r.deducted ?? r.input?.deducted,
    r.expected,
    r.difference,
    r.exact,
    r.rate,
    r.period ? `${r.period.from}..${r.period.to}` : undefined,
    r.rounding,
    r.likelyCauses.join(' '),
    r.error?.code,
    r.error?.message,
    r.legalBasis,
    r.sources?.join(' | '),
  ];
  if (withExplain) cells.push(r.trace.length > 0 ? explain(r, { lang: language }).replace(/\n/g, ' / ') : '');
  return cells.map(csvCell).join(',');
}

export async function auditCommand(values: Record<string, string | boolean | string[] | undefined>, positionals: string[], io: Io): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('audit needs exactly one file (or - for stdin); use --help');
  const file = positionals[0]!;
  const output = values.output as string | undefined;
  const formatOpt = values.format as string | undefined;
  const format = formatOpt ?? (output?.toLowerCase().endsWith('.json') ? 'json' : 'csv');
  if (format !== 'csv' && format !== 'json') throw new UsageError(`--format must be csv or json (got '${format}')`);
  const encoding = parseEncoding(values.encoding as string | undefined);
  const language = parseLang(values.lang as string | undefined);
  const withExplain = values.explain === true;
  const everyText = (values['progress-every'] as string | undefined) ?? '10000';
  if (!/^[1-9]\d*$/.test(everyText)) throw new UsageError(`--progress-every must be a positive integer (got '${everyText}')`);
  const every = Number(everyText);
  const showProgress = values.progress === true || io.stderrIsTTY;

  const auditor = new DeductionAuditor({
    ...(values.rounding !== undefined ? { rounding: values.rounding as RoundingMode } : {}),
    truncateToRinFirst: values['truncate-to-rin-first'] === true,
  });

  const bytes = await io.readFile(file);
  const decoded = decodeCsv(bytes, encoding);
  const rows: ReportRow[] = [];
  const started = Date.now();
  let headers: string[] | undefined;
  let headerChecked = false;
  const checkHeader = () => {
    if (headers === undefined) throw new UsageError('the CSV file is empty (no header row)', 'MISSING_COLUMN');
    const { missing } = deductionColumns(headers);
    if (missing.length > 0) {
      throw new UsageError(`the CSV header lacks the column(s) ${missing.join(', ')} (found: ${headers.join(', ')}); see --help for accepted names`, 'MISSING_COLUMN');
    }
    headerChecked = true;
  };
  for await (const { line, record } of readCsvRecords(decoded.text, (h) => (headers = h))) {
    if (!headerChecked) checkHeader();
    const input = deductionRowFromRecord(record);
    const result = auditor.check(input);
    rows.push(result.status === 'invalid' ? { line, ...result, input } : { line, ...result });
    if (showProgress && rows.length % every === 0) {
      const s = auditor.summary;
      io.stderr(`${io.stderrIsTTY ? '\r' : ''}audit: ${yen(s.rows)} rows (${yen(s.mismatched)} mismatched, ${yen(s.invalid)} invalid), ${((Date.now() - started) / 1000).toFixed(1)} s${io.stderrIsTTY ? '' : '\n'}`);
    }
  }
  if (!headerChecked) checkHeader();
  if (showProgress && io.stderrIsTTY && rows.length >= every) io.stderr('\n');

  const summary = auditor.summary;
  let report: string;
  if (format === 'json') {
    report = json({
      file,
      encoding: decoded.encoding,
      rounding: auditor.rounding,
      truncateToRinFirst: auditor.truncateToRinFirst,
      summary,
      rows: rows.map((r) => {
        if (withExplain) return { ...r, explanation: r.trace.length > 0 ? explain(r, { lang: language }).split('\n') : [] };
        const { trace: _trace, ...rest } = r;
        return rest;
      }),
    });
  } else {
    const header = [...CSV_COLUMNS, ...(withExplain ? ['explanation'] : [])].join(',');
    report = `${values.bom === true ? '\uFEFF' : ''}${[header, ...rows.map((r) => csvRow(r, withExplain, language))].join('\r\n')}\r\n`;
  }
  if (output !== undefined) await io.writeFile(output, report);
  else io.stdout(report);

  io.stderr(
    `audit: ${summary.rows} rows — ${summary.matched} matched, ${summary.mismatched} mismatched, ${summary.invalid} invalid` +
      ` (encoding ${decoded.encoding}, rounding ${auditor.rounding}${auditor.truncateToRinFirst ? ', truncateToRinFirst' : ''})` +
      `${output !== undefined ? `; report written to ${output}` : ''}\n`,
  );
  return summary.mismatched + summary.invalid > 0 ? EXIT.mismatch : EXIT.ok;
}
