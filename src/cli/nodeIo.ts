// The command line's Io on Node.js: files, stdin, stdout and stderr. Never imported by the library.
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import type { Io, Output } from './io.js';

/** Reads a whole file, or the whole of `stdin` for '-'. */
export async function readInput(path: string, stdin: Readable = process.stdin): Promise<Uint8Array> {
  if (path !== '-') return readFile(path);
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Reads a file, or `stdin` for '-', as a stream of chunks (64 KiB each): never the whole file in memory. */
export async function* streamInput(path: string, stdin: Readable = process.stdin): AsyncGenerator<Uint8Array> {
  const source = path === '-' ? stdin : createReadStream(path, { highWaterMark: 1 << 16 });
  for await (const chunk of source) yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
}

/**
 * Waits until the stream drains or fails, then removes both listeners (a race of two `once` calls would leave
 * the loser's listener behind at every wait: one more 'error' listener per 64 KiB of report).
 */
export function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}

/** A report sink on a stream: `write` waits for `drain`, a stream error is thrown at the next call. */
export function streamOutput(stream: Writable, ownsStream: boolean): Output {
  let failure: unknown;
  stream.on('error', (e) => (failure = e));
  return {
    write: async (s) => {
      if (failure !== undefined) throw failure;
      if (!stream.write(s)) await drained(stream);
      if (failure !== undefined) throw failure;
    },
    writeBytes: async (b) => {
      if (failure !== undefined) throw failure;
      if (!stream.write(b)) await drained(stream);
      if (failure !== undefined) throw failure;
    },
    close: async () => {
      if (failure !== undefined) throw failure;
      if (ownsStream) {
        stream.end();
        await once(stream, 'finish');
      }
    },
  };
}

/**
 * Opens the report: a file, or stdout when no path is given. A file is written under a temporary name
 * in the same directory (`.<name>.<pid>.<random>.tmp`) and renamed to `path` only by `close`, so a run
 * that fails leaves neither a partial report nor the temporary file (`abort` removes it).
 */
export async function openOutput(path: string | undefined, stdout: Writable = process.stdout): Promise<Output> {
  if (path === undefined) return streamOutput(stdout, false);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  const stream = createWriteStream(temp, { encoding: 'utf8', flags: 'wx' });
  await Promise.race([once(stream, 'open'), once(stream, 'error').then(([e]) => Promise.reject(e))]);
  const inner = streamOutput(stream, true);
  let finished = false;
  return {
    write: inner.write,
    writeBytes: inner.writeBytes!,
    close: async () => {
      try {
        await inner.close();
        await rename(temp, path);
        finished = true;
      } catch (e) {
        await rm(temp, { force: true });
        throw e;
      }
    },
    abort: async () => {
      if (finished) return;
      stream.destroy();
      await rm(temp, { force: true });
    },
  };
}

/** The Io of the `jp-labor-insurance` process. */
export function nodeIo(): Io {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    stderrIsTTY: process.stderr.isTTY === true,
    readFile: (path) => readInput(path),
    openOutput: (path) => openOutput(path),
    openInput: (path) => streamInput(path),
  };
}
