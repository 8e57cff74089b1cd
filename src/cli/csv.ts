// Reading payroll CSV exports: encoding detection and the csv-parse streaming parser.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { UsageError, type Io } from './io.js';

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

// ---- Streaming (openCsv): the file is read chunk by chunk, never whole ----

/** Options of {@link openCsv}. */
export interface OpenCsvOptions {
  /** Input encoding (default auto: UTF-8 BOM, UTF-8, else Shift_JIS / CP932). */
  encoding?: CsvEncoding;
}

/** An open CSV export: its encoding (decided from the first bytes that are not ASCII), its header row, and its records. */
export interface OpenCsv {
  /** The encoding read (`utf8` when the header and first chunks are ASCII or UTF-8). */
  encoding: 'utf8' | 'shift_jis';
  /** The header row (trimmed; `undefined` for an empty file). */
  headers: string[] | undefined;
  /**
   * Every record after the header, in order, with its line number (blank lines and all-empty rows
   * such as Excel's `,,,,` included: see {@link isBlankRecord}). Iterate once. Throws a
   * {@link UsageError} `CSV_PARSE` for broken CSV, `INVALID_ENCODING` for bytes that contradict the
   * encoding (a UTF-8 file with Shift_JIS bytes later on, or the reverse).
   */
  records: AsyncIterable<CsvRecord>;
}

const ASCII_ONLY = (b: Uint8Array): boolean => {
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) return false;
  return true;
};

function shiftJisDecoder(): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder('shift_jis', { fatal: true });
  } catch {
    throw new UsageError(`this Node.js has no Shift_JIS decoder (built without full ICU); ${CONVERT_HINT}`);
  }
}

/**
 * Decodes a stream of bytes to text chunk by chunk. The encoding is decided on the first chunk that
 * holds a byte ≥ 0x80 (ASCII is the same in both): UTF-8 when it is valid UTF-8, Shift_JIS otherwise
 * (auto mode); a BOM means UTF-8. A later chunk that is not valid in the encoding decided is an
 * `INVALID_ENCODING` usage error (nothing is guessed). `onEncoding` is called once the encoding is known.
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: CsvEncoding, onEncoding: (e: 'utf8' | 'shift_jis') => void): AsyncGenerator<string> {
  let decided: 'utf8' | 'shift_jis' | undefined = encoding === 'auto' ? undefined : encoding;
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let first = true;
  let why = encoding === 'auto' ? 'detected from the first bytes that are not ASCII' : `as --encoding ${encoding} says`;
  const start = (e: 'utf8' | 'shift_jis') => {
    decided = e;
    decoder = e === 'utf8' ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }) : shiftJisDecoder();
    onEncoding(e);
  };
  let offset = 0;
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
    if (first && chunk.length > 0) {
      first = false;
      if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
        throw new UsageError(`the file is UTF-16; ${CONVERT_HINT.replace('CP932', 'UTF-16')}`, 'INVALID_ENCODING');
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        if (encoding === 'shift_jis') throw new UsageError('the file starts with a UTF-8 BOM but --encoding shift_jis was given', 'INVALID_ENCODING');
        why = 'from its UTF-8 BOM';
        start('utf8');
      }
    }
    if (decided === undefined && !ASCII_ONLY(chunk)) {
      let utf8 = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: true });
      } catch {
        utf8 = false;
      }
      start(utf8 ? 'utf8' : 'shift_jis');
    }
    if (decoder === undefined && decided !== undefined) start(decided);
    if (decoder === undefined) {
      yield new TextDecoder('latin1').decode(chunk); // ASCII so far: the same text in every encoding
    } else {
      try {
        yield decoder.decode(chunk, { stream: true });
      } catch {
        throw new UsageError(`the bytes after byte ${offset} are not valid ${decided === 'utf8' ? 'UTF-8' : 'Shift_JIS'} (encoding ${why}); ${CONVERT_HINT}`, 'INVALID_ENCODING');
      }
    }
    offset += chunk.length;
  }
  if (decoder === undefined) start(decided ?? 'utf8');
  try {
    const tail = decoder!.decode();
    if (tail !== '') yield tail;
  } catch {
    throw new UsageError(`the file ends in the middle of a ${decided === 'utf8' ? 'UTF-8' : 'Shift_JIS'} character; ${CONVERT_HINT}`, 'INVALID_ENCODING');
  }
}

/** True for a record whose cells are all empty (a blank line, or Excel's `,,,,`). */
export function isBlankRecord(record: Readonly<Record<string, string>>): boolean {
  for (const k in record) if (record[k] !== '' && record[k] !== undefined) return false;
  return true;
}

/** The input's chunks: the Io's stream when it has one, else the whole file as one chunk. */
function inputChunks(io: Io, path: string): AsyncIterable<Uint8Array> {
  if (io.openInput !== undefined) return io.openInput(path);
  return (async function* () {
    yield await io.readFile(path);
  })();
}

/**
 * Opens a CSV export for streaming: reads up to the header row, then yields the records one at a
 * time (memory stays flat whatever the size of the file). Headers are trimmed; a header given twice
 * is a {@link UsageError} `DUPLICATE_COLUMN` (a record could keep only one of the cells); empty headers
 * are ignored. Used by `audit` and `renewal`.
 *
 * @throws {@link UsageError} `INVALID_ENCODING`, `CSV_PARSE`, `DUPLICATE_COLUMN`, or the Io's file error (ENOENT …)
 */
export async function openCsv(io: Io, path: string, options: OpenCsvOptions = {}): Promise<OpenCsv> {
  let encoding: 'utf8' | 'shift_jis' | undefined;
  let headers: string[] | undefined;
  const parser = parse({
    columns: (header: string[]) => {
      const trimmed = header.map((h) => h.replace(/^\uFEFF/, '').trim());
      const seen = new Set<string>();
      for (const h of trimmed) {
        if (h !== '' && seen.has(h))
          throw new UsageError(`the CSV header has the column '${h}' twice; rename or remove one (a row would keep only one of the cells)`, 'DUPLICATE_COLUMN');
        seen.add(h);
      }
      headers = trimmed;
      return trimmed.map((h) => (h === '' ? false : h)) as unknown as string[];
    },
    bom: true,
    trim: true,
    skip_empty_lines: false,
    relax_column_count: true,
    info: true,
  });
  const text = decodeChunks(inputChunks(io, path), options.encoding ?? 'auto', (e) => (encoding = e));
  const done = pipeline(Readable.from(text, { objectMode: false }), parser).catch(() => undefined); // errors surface through the iterator
  const iterator = (parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>)[Symbol.asyncIterator]();
  const wrap = (e: unknown): never => {
    if (e instanceof UsageError) throw e;
    const err = (typeof e === 'object' && e !== null ? e : {}) as { code?: string; message?: string };
    // csv-parse's own errors (CsvError: INVALID_OPENING_QUOTE, CSV_QUOTE_NOT_CLOSED …) are the input's fault; a file
    // error (ENOENT …) or a bug passes as it is.
    if (!(e instanceof CsvError) && (typeof err.code !== 'string' || !err.code.startsWith('CSV_'))) throw e;
    throw new UsageError(`CSV parse error${err.code ? ` (${err.code})` : ''}: ${err.message ?? String(e)}`, 'CSV_PARSE');
  };
  let firstItem: IteratorResult<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    firstItem = await iterator.next();
  } catch (e) {
    return wrap(e);
  }
  const records = (async function* (): AsyncGenerator<CsvRecord> {
    try {
      let item = firstItem;
      while (item.done !== true) {
        yield { line: item.value.info.lines, record: item.value.record };
        item = await iterator.next();
      }
    } catch (e) {
      wrap(e);
    } finally {
      await iterator.return?.();
      await done;
    }
  })();
  return { encoding: encoding ?? 'utf8', headers, records };
}
