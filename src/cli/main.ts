// Entry point of the `jp-labor-insurance` command (built to dist/cli.js). Never imported by the library.
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Io, Output } from './io.js';
import { run } from './run.js';

async function readInput(path: string): Promise<Uint8Array> {
  if (path !== '-') return readFile(path);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function output(stream: Writable, ownsStream: boolean): Output {
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

async function openOutput(path: string | undefined): Promise<Output> {
  if (path === undefined) return output(process.stdout, false);
  const stream = createWriteStream(path, { encoding: 'utf8' });
  await Promise.race([once(stream, 'open'), once(stream, 'error').then(([e]) => Promise.reject(e))]);
  return output(stream, true);
}

const io: Io = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  stderrIsTTY: process.stderr.isTTY === true,
  readFile: readInput,
  openOutput,
};

run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
