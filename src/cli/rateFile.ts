// `--rates FILE`: a custom rate table (docs/custom-rates.md) read from a JSON file and checked once by
// defineRateTable, for every calculation subcommand (and `rates show` / `rates diff`).
import type { ParseArgsConfig } from 'node:util';
import { LaborInsuranceError, defineRateTable, type RateTable, type RatesOption } from '../index.js';
import { UsageError, quoteArg, type Io } from './io.js';

/** The `--rates` option, to spread into a subcommand's options. */
export const RATES_FILE_OPTION: NonNullable<ParseArgsConfig['options']> = { rates: { type: 'string' } };

/** The help line of `--rates`, shared by every subcommand's help. */
export const RATES_FILE_HELP = `  --rates <file.json>       a custom rate table (or an array of tables), checked by defineRateTable:
                            for a year not shipped yet or a correction (docs/custom-rates.md)`;

/** What a usage error says about the file's own error (`ENOENT: no such file…`), safely. */
function describe(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return '(no message)';
  }
}

/**
 * Reads `--rates FILE` ('-' = stdin) and checks it with `defineRateTable` (a table or an array of
 * tables). A file that cannot be read is a usage error with the system's code (`ENOENT`, `EACCES`,
 * `EISDIR`, as for `audit`'s input); a file that is not UTF-8 JSON is `RATES_FILE_NOT_JSON`; a table
 * that is not valid keeps the library's code (`INVALID_RATE_TABLE` with its issues, `INVALID_OPTION`
 * for an empty array). Any other failure of the read is not caught here (a bug: exit 70).
 */
export async function readRatesFile(path: string, io: Io): Promise<RatesOption> {
  if (path === '') throw new UsageError('--rates needs a file name (a JSON rate table, docs/custom-rates.md)');
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw new UsageError(`--rates ${quoteArg(path)}: cannot read the file (${describe(e)})`, code);
    throw e;
  }
  let data: unknown;
  try {
    // JSON text is UTF-8 (RFC 8259 §8.1); a BOM is tolerated (TextDecoder drops it).
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    throw new UsageError(`--rates ${quoteArg(path)} is not a JSON file (UTF-8): ${describe(e)}`, 'RATES_FILE_NOT_JSON');
  }
  return defineRateTable(data as RateTable | RateTable[]);
}

/** `{ rates }` for a calculation when `--rates` was given, else `{}`. */
export async function ratesOption(values: Record<string, unknown>, io: Io): Promise<{ rates?: RatesOption }> {
  const path = values['rates'];
  return typeof path === 'string' ? { rates: await readRatesFile(path, io) } : {};
}

/**
 * The library's `NO_RATE_TABLE` message recommends passing a table as `rates`: on the command line that
 * is `--rates FILE`, which the English message is completed with (the Japanese catalogue text recommends
 * nothing). Any other error is returned as it is.
 */
export function withCommandLineHint(e: unknown, language: 'ja' | 'en' | undefined): unknown {
  if (!(e instanceof LaborInsuranceError) || e.code !== 'NO_RATE_TABLE' || language === 'ja') return e;
  return new UsageError(`${e.message}; on the command line, give the table as a JSON file: --rates <file.json>`, e.code);
}
