// Entry point of the `jp-labor-insurance` command (built to dist/cli.js). Never imported by the library.
import { nodeIo } from './nodeIo.js';
import { EXIT } from './io.js';
import { run } from './run.js';

run(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // run() reports every error itself; this is reached only when writing to stderr failed too.
    process.stderr.write(`error [INTERNAL]: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = EXIT.internal;
  },
);
