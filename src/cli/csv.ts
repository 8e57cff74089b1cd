// Reading payroll CSV exports: encoding detection and the csv-parse streaming parser.
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { UsageError } from './io.js';

/** Encodings the CLI reads. */
export type CsvEncoding = 'auto' | 'utf8' | 'shift_jis';

export const CONVERT_HINT = 'convert the file to UTF-8 first, e.g. `iconv -f CP932 -t UTF-8 in.csv > out.csv` (or `nkf -w in.csv > out.csv`), or pass --encoding shift_jis';

/** Normalises the --encoding option. */
export function parseEncoding(value: string | undefined): CsvEncoding {
  if (value === undefined || value === 'auto') return 'auto';
  const v = value.toLowerCase().replace(/-/g, '_');
  if (v === 'utf8' || v === 'utf_8') return 'utf8';
  if (v === 'shift_jis' || v === 'sjis' || v === 'cp932' || v === 'windows_31j' || v === 'ms932') return 'shift_jis';
  throw new UsageError(`--encoding must be auto, utf8 or shift_jis (got '${value}')`);
}

/**
 * Decodes a file's bytes: a UTF-8 BOM means UTF-8; in auto mode, bytes that are not valid UTF-8 are
 * read as Shift_JIS (Windows-31J, as Excel saves "CSV" in Japan).
 */
export function decodeCsv(bytes: Uint8Array, encoding: CsvEncoding): { text: string; encoding: 'utf8' | 'shift_jis' } {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new UsageError(`the file is UTF-16; ${CONVERT_HINT.replace('CP932', 'UTF-16')}`);
  }
  if (encoding === 'utf8' || hasBom || encoding === 'auto') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf8' };
    } catch {
      if (encoding === 'utf8' || hasBom) throw new UsageError(`the file is not valid UTF-8; ${CONVERT_HINT}`);
    }
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder('shift_jis', { fatal: true });
  } catch {
    throw new UsageError(`this Node.js has no Shift_JIS decoder (built without full ICU); ${CONVERT_HINT}`);
  }
  try {
    return { text: decoder.decode(bytes), encoding: 'shift_jis' };
  } catch {
    throw new UsageError(`the file is neither valid UTF-8 nor valid Shift_JIS; ${CONVERT_HINT}`);
  }
}

/** One CSV record with its 1-based line number in the file. */
export interface CsvRecord {
  line: number;
  record: Record<string, string>;
}

/** Parses CSV text with a header row, yielding records one at a time (short rows give missing cells). */
export async function* readCsvRecords(text: string, onHeader: (headers: string[]) => void): AsyncGenerator<CsvRecord> {
  const parser = parse({
    columns: (header: string[]) => {
      const headers = header.map((h) => h.trim());
      onHeader(headers);
      return headers;
    },
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
  });
  const chunkSize = 1 << 20;
  const chunks = function* () {
    for (let i = 0; i < text.length; i += chunkSize) yield text.slice(i, i + chunkSize);
  };
  const stream = Readable.from(chunks()).pipe(parser);
  try {
    for await (const item of stream as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { line: item.info.lines, record: item.record };
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const err = e as { code?: string; message?: string };
    throw new UsageError(`CSV parse error${err.code ? ` (${err.code})` : ''}: ${err.message ?? String(e)}`);
  }
}
