// `jp-labor-insurance audit <file.csv>` — checks a payroll export's 雇用保険 deductions.
import { DeductionAuditor, deductionColumns, explain, type AuditRowResult, type DeductionRow, type RoundingMode } from '../index.js';
import { decodeCsv, parseEncoding, readCsvRecords } from './csv.js';
import { EXIT, UsageError, lang as parseLang, yen, type Io, type Output } from './io.js';

export const AUDIT_HELP = `Usage: jp-labor-insurance audit <file.csv | -> [options]

Checks the 雇用保険料 (worker's share) deducted on every row of a payroll CSV export against the
legal amount at the rate in force on the row's 賃金締切日. Every row is reported: match, mismatch
(with the difference and a likely cause) or invalid (with its error code). No row is dropped.

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
  --lang ja|en               language of --explain (default ja)
  --progress                 report progress on stderr (automatic when stderr is a terminal)
  --progress-every <n>       rows between progress reports (default 10000)
  -h, --help                 show this help

Exit codes: 0 every row matched; 1 a row mismatched or was invalid; 2 usage or file error.
`;

const CSV_COLUMNS = ['line', 'id', 'status', 'wage', 'closingDate', 'category', 'deducted', 'expected', 'difference', 'exact', 'rate', 'period', 'rounding', 'rule', 'likelyCause', 'errorCode', 'error', 'legalBasis', 'sources'] as const;

function csvCell(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(line: number, r: AuditRowResult, input: DeductionRow, withExplain: boolean, language: 'ja' | 'en'): string {
  const cells: unknown[] = [
    line,
    r.id,
    r.status,
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
  const started = Date.now();
  let headers: string[] | undefined;
  let out: Output | undefined;
  let columns: Partial<Record<keyof DeductionRow, string>> = {};
  let count = 0;
  let pending = '';
  const write = async (text: string) => {
    pending += text;
    if (pending.length >= 1 << 16) {
      await out!.write(pending);
      pending = '';
    }
  };
  // The report is written row by row (memory stays flat on large files); the output is opened only
  // once the header is known to be usable, so a refused file leaves no half-written report.
  const open = async (): Promise<Output> => {
    if (headers === undefined) throw new UsageError('the CSV file is empty (no header row)', 'MISSING_COLUMN');
    const found = deductionColumns(headers);
    columns = found.columns;
    const { missing } = found;
    if (missing.length > 0) {
      throw new UsageError(`the CSV header lacks the column(s) ${missing.join(', ')} (found: ${headers.join(', ')}); see --help for accepted names`, 'MISSING_COLUMN');
    }
    const o = await io.openOutput(output);
    if (format === 'json') {
      const head = { file, encoding: decoded.encoding, rounding: auditor.rounding, truncateToRinFirst: auditor.truncateToRinFirst };
      await o.write(`${JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "rows": [')}`);
    } else {
      await o.write(`${values.bom === true ? '\uFEFF' : ''}${[...CSV_COLUMNS, ...(withExplain ? ['explanation'] : [])].join(',')}\r\n`);
    }
    return o;
  };
  for await (const { line, record } of readCsvRecords(decoded.text, (h) => (headers = h))) {
    out ??= await open();
    const cell = (f: keyof DeductionRow) => (columns[f] === undefined ? undefined : record[columns[f]!]);
    const input: DeductionRow = { id: cell('id'), wage: cell('wage'), closingDate: cell('closingDate'), category: cell('category'), deducted: cell('deducted') };
    const row = auditor.check(input);
    if (format === 'json') {
      const { trace, ...rest } = row;
      const item = { line, ...rest, ...(row.status === 'invalid' ? { input } : {}), ...(withExplain ? { trace, explanation: trace.length > 0 ? explain(row, { lang: language }).split('\n') : [] } : {}) };
      await write(`${count === 0 ? '' : ','}\n    ${JSON.stringify(item)}`);
    } else {
      await write(`${csvRow(line, row, input, withExplain, language)}\r\n`);
    }
    count++;
    if (showProgress && count % every === 0) {
      const s = auditor.summary;
      io.stderr(`${io.stderrIsTTY ? '\r' : ''}audit: ${yen(s.rows)} rows (${yen(s.mismatched)} mismatched, ${yen(s.invalid)} invalid), ${((Date.now() - started) / 1000).toFixed(1)} s${io.stderrIsTTY ? '' : '\n'}`);
    }
  }
  out ??= await open();
  const summary = auditor.summary;
  if (format === 'json') await write(`${count === 0 ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`);
  await out.write(pending);
  await out.close();
  if (showProgress && io.stderrIsTTY && count >= every) io.stderr('\n');

  io.stderr(
    `audit: ${yen(summary.rows)} rows — ${yen(summary.matched)} matched, ${yen(summary.mismatched)} mismatched, ${yen(summary.invalid)} invalid` +
      ` (encoding ${decoded.encoding}, rounding ${auditor.rounding}${auditor.truncateToRinFirst ? ', truncateToRinFirst' : ''})` +
      `${output !== undefined ? `; report written to ${output}` : ''}\n`,
  );
  return summary.mismatched + summary.invalid > 0 ? EXIT.mismatch : EXIT.ok;
}
