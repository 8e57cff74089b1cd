// Small shared pieces of the command line: output sinks, usage errors, option helpers.
import { LaborInsuranceError, errorMessageJa } from '../index.js';

/** Where the CLI writes; replaced in tests. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** True when stderr is a terminal (progress is shown then). */
  stderrIsTTY: boolean;
  /** Reads a whole file ('-' = stdin). */
  readFile: (path: string) => Promise<Uint8Array>;
  /** Opens the report output: a file, or stdout when no path is given. */
  openOutput: (path: string | undefined) => Promise<Output>;
  /** Reads a file ('-' = stdin) as a stream of chunks; when absent, readers fall back to {@link Io.readFile}. */
  openInput?: (path: string) => AsyncIterable<Uint8Array>;
}

/** A report being written; `write` waits when the stream is full. */
export interface Output {
  write: (s: string) => Promise<void>;
  /** Writes bytes as they are (a Shift_JIS report); optional for sinks that only take text. */
  writeBytes?: (b: Uint8Array) => Promise<void>;
  /** Completes the report (a file is renamed from its temporary name only now). */
  close: () => Promise<void>;
  /** Abandons an unfinished report: a file's temporary file is removed and nothing is left. */
  abort?: () => Promise<void>;
}

/** Exit codes: 70 (EX_SOFTWARE) is an internal error, a bug to report. */
export const EXIT = { ok: 0, mismatch: 1, usage: 2, internal: 70 } as const;

/** A command-line usage or input problem (exit code 2). */
export class UsageError extends Error {
  readonly code: string;
  constructor(message: string, code = 'USAGE') {
    super(message);
    this.code = code;
  }
}

/** A command-line argument shown in a message: quoted, and cut to 40 characters. */
export function quoteArg(value: string): string {
  return value.length > 40 ? `'${value.slice(0, 40)}…' (${value.length} characters)` : `'${value}'`;
}

/**
 * The language of error messages: `--lang ja` gives the library's Japanese message (`messageJa`),
 * `--lang en` or no `--lang` the English one. Read from the raw arguments (before the options are
 * parsed, so that a parse error is reported in the language asked); a `--lang` other than ja or en is
 * a usage error. The subcommands read `--lang` again, through {@link lang}, for their output.
 */
export function errorLanguage(argv: readonly string[]): 'ja' | 'en' | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') found = argv[++i] ?? '';
    else if (a.startsWith('--lang=')) found = a.slice('--lang='.length);
  }
  if (found === undefined) return undefined;
  if (found === 'ja' || found === 'en') return found;
  throw new UsageError(`--lang must be ja or en (got ${quoteArg(found)})`);
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '(unprintable value)';
  }
}

function messageOf(e: { message?: unknown }): string {
  try {
    return safeString(e.message);
  } catch {
    return '(no message)'; // a throwing getter
  }
}

/**
 * Reports an error the way every subcommand does: `error [CODE]: message` on stderr, and returns the
 * exit code — 2 for a usage or input error (the library's `LaborInsuranceError`, in Japanese with
 * `--lang ja`; a usage error; a file error such as `ENOENT`), 70 for anything else (a bug: reported
 * as `error [INTERNAL]: …`, never thrown on).
 */
export function reportError(e: unknown, io: Io, language?: 'ja' | 'en'): number {
  if (e instanceof LaborInsuranceError) {
    io.stderr(`error [${e.code}]: ${language === 'ja' ? errorMessageJa(e) : e.message}\n`);
    return EXIT.usage;
  }
  if (e instanceof UsageError) {
    io.stderr(`error [${e.code}]: ${e.message}\n`);
    return EXIT.usage;
  }
  const err = (typeof e === 'object' && e !== null ? e : {}) as { code?: unknown; message?: unknown };
  const code = typeof err.code === 'string' ? err.code : undefined;
  if (code?.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`error [USAGE]: ${messageOf(err)}\n(use --help)\n`);
    return EXIT.usage;
  }
  if (code !== undefined && /^E[A-Z]+$/.test(code)) {
    io.stderr(`error [${code}]: ${messageOf(err)}\n`);
    return EXIT.usage;
  }
  io.stderr(`error [INTERNAL]: ${e instanceof Error ? messageOf(e) : safeString(e)}\n(this is a bug in jp-labor-insurance; please report it with the command line used)\n`);
  return EXIT.internal;
}

/** A required string option. */
export function need(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new UsageError(`${flag} is required (use --help)`);
  return value;
}

/** An integer year given on the command line. */
export function year(value: string | undefined, flag: string): number {
  const v = need(value, flag);
  if (!/^\d{4}$/.test(v)) throw new UsageError(`${flag} must be a year such as 2025 (got '${v}')`);
  return Number(v);
}

const CATEGORY: Record<string, 'general' | 'agriculture' | 'construction'> = {
  general: 'general',
  agriculture: 'agriculture',
  construction: 'construction',
  一般: 'general',
  農林水産: 'agriculture',
  建設: 'construction',
};

/** --category, in English or Japanese (一般 / 農林水産 / 建設). Unknown names go to the library, which refuses them with UNKNOWN_CATEGORY. */
export function category(value: string | undefined): 'general' | 'agriculture' | 'construction' {
  const v = need(value, '--category');
  return (CATEGORY[v] ?? v) as 'general' | 'agriculture' | 'construction';
}

/** --lang. */
export function lang(value: string | undefined): 'ja' | 'en' {
  if (value === undefined) return 'ja';
  if (value === 'ja' || value === 'en') return value;
  throw new UsageError(`--lang must be ja or en (got '${value}')`);
}

/** Pretty yen: 3300000 → 3,300,000. */
export function yen(n: number | bigint | string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** JSON with bigints as strings, two-space indented, newline-terminated. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`;
}
