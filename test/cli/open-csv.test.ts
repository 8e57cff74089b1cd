// openCsv: streaming CSV reader with encoding detection. The Shift_JIS bytes are those of the JIS X 0208
// table as CP932 encodes it: 社 = 0x8E 0xD0, 員 = 0x88 0xF5 (any Shift_JIS table), so 0x8E 0xD0 is not UTF-8.
import { describe, expect, it } from 'vitest';
import { isBlankRecord, openCsv } from '../../src/cli/csv.js';
import type { Io } from '../../src/cli/io.js';

function ioOf(chunks: Uint8Array[]): Io {
  return {
    stdout: () => undefined,
    stderr: () => undefined,
    stderrIsTTY: false,
    readFile: async () => new Uint8Array(),
    openOutput: async () => ({ write: async () => undefined, close: async () => undefined }),
    openInput: async function* () {
      for (const c of chunks) yield c;
    },
  };
}
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

async function all(io: Io, encoding?: 'auto' | 'utf8' | 'shift_jis') {
  const csv = await openCsv(io, 'x.csv', encoding ? { encoding } : {});
  const rows = [];
  for await (const r of csv.records) rows.push(r);
  return { ...csv, rows };
}

describe('openCsv', () => {
  it('reads UTF-8 split across chunks (a character cut in two), with line numbers', async () => {
    const b = utf8('社員コード,総支給額\r\nA1,"200,000"\r\n,\r\nA2,1\r\n');
    const r = await all(ioOf([b.slice(0, 4), b.slice(4, 17), b.slice(17)]));
    expect(r.encoding).toBe('utf8');
    expect(r.headers).toEqual(['社員コード', '総支給額']);
    expect(r.rows.map((x) => x.record)).toEqual([
      { 社員コード: 'A1', 総支給額: '200,000' },
      { 社員コード: '', 総支給額: '' },
      { 社員コード: 'A2', 総支給額: '1' },
    ]);
    expect(r.rows.map((x) => x.line)).toEqual([2, 3, 4]);
    expect(isBlankRecord(r.rows[1]!.record)).toBe(true);
  });
  it('detects Shift_JIS from the first non-ASCII chunk', async () => {
    const r = await all(ioOf([utf8('id,'), bytes(0x8e, 0xd0, 0x88, 0xf5, 0x0d, 0x0a), utf8('1,2\r\n')]));
    expect(r.encoding).toBe('shift_jis');
    expect(r.headers).toEqual(['id', '社員']);
  });
  it('a UTF-8 BOM means UTF-8 and is not part of the first header', async () => {
    const r = await all(ioOf([bytes(0xef, 0xbb, 0xbf), utf8('id\n1\n')]));
    expect([r.encoding, r.headers]).toEqual(['utf8', ['id']]);
  });
  it('bytes that contradict the encoding decided are INVALID_ENCODING', async () => {
    const io = ioOf([utf8('社員\n'), utf8('a\n'), bytes(0x8e, 0xd0, 0x0a)]);
    await expect(all(io)).rejects.toMatchObject({ code: 'INVALID_ENCODING' });
    await expect(all(ioOf([utf8('id\n'), bytes(0x8e, 0xd0, 0x0a)]), 'utf8')).rejects.toMatchObject({ code: 'INVALID_ENCODING' });
  });
  it('a header given twice is DUPLICATE_COLUMN; broken CSV is CSV_PARSE', async () => {
    await expect(all(ioOf([utf8('id,wage,id\n1,2,3\n')]))).rejects.toMatchObject({ code: 'DUPLICATE_COLUMN' });
    await expect(all(ioOf([utf8('id,wage\n1,2\n"3,4\n')]))).rejects.toMatchObject({ code: 'CSV_PARSE' });
  });
  it('an empty file has no headers', async () => {
    const r = await all(ioOf([]));
    expect([r.headers, r.rows]).toEqual([undefined, []]);
  });
});

describe('decodeCsv (the whole-file decoder of a JSON member file) and the readFile fallback', () => {
  it('decodes UTF-8, a BOM, Shift_JIS (社 = 0x8E 0xD0) and refuses UTF-16', async () => {
    const { decodeCsv } = await import('../../src/cli/csv.js');
    expect(decodeCsv(utf8('a,b\n'), 'auto')).toEqual({ text: 'a,b\n', encoding: 'utf8' });
    expect(decodeCsv(bytes(0xef, 0xbb, 0xbf, 0x61), 'auto')).toEqual({ text: 'a', encoding: 'utf8' });
    expect(decodeCsv(bytes(0x8e, 0xd0), 'auto')).toEqual({ text: '社', encoding: 'shift_jis' });
    expect(() => decodeCsv(bytes(0xff, 0xfe, 0x41, 0x00), 'auto')).toThrow(/UTF-16/);
    expect(() => decodeCsv(bytes(0x8e, 0xd0), 'utf8')).toThrow(/not valid UTF-8/);
  });
  it('falls back to readFile when the Io has no openInput', async () => {
    const io = { ...ioOf([]), openInput: undefined, readFile: async () => utf8('x\n1\n') };
    const r = await all(io);
    expect(r.rows.map((x) => x.record)).toEqual([{ x: '1' }]);
  });
});
