// The command line's Io on Node.js: files, stdin, stdout and stderr. Never imported by the library.
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
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

/** A report sink on a stream: `write` waits for `drain`, a stream error is thrown at the next call. */
export function streamOutput(stream: Writable, ownsStream: boolean): Output {
  let failure: unknown;
  stream.on('error', (e) => (failure = e));
  return {
    write: async (s) => {
      if (failure !== undefined) throw failure;
      if (!stream.write(s)) await Promise.race([once(stream, 'drain'), once(stream, 'error')]);
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

/** Opens the report: a new file (UTF-8), or stdout when no path is given. */
export async function openOutput(path: string | undefined, stdout: Writable = process.stdout): Promise<Output> {
  if (path === undefined) return streamOutput(stdout, false);
  const stream = createWriteStream(path, { encoding: 'utf8' });
  await Promise.race([once(stream, 'open'), once(stream, 'error').then(([e]) => Promise.reject(e))]);
  return streamOutput(stream, true);
}

/** The Io of the `jp-labor-insurance` process. */
export function nodeIo(): Io {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    stderrIsTTY: process.stderr.isTTY === true,
    readFile: (path) => readInput(path),
    openOutput: (path) => openOutput(path),
  };
}
