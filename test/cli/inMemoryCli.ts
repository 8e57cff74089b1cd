// run(argv, io) with an in-memory Io: what the CLI printed and its exit code (shared by the in-process tests of the subcommands).
import { readFile } from 'node:fs/promises';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

/** Runs the command line in-process; files are read from disk unless `readError` makes every read fail with it. */
export async function cli(args: string[], readError?: unknown): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stderrIsTTY: false,
    readFile: async (path) => {
      if (readError !== undefined) throw readError;
      return readFile(path);
    },
    openOutput: async () => ({ write: async (s) => void (stdout += s), close: async () => undefined }),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
