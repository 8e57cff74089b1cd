// Small shared pieces of the command line: output sinks, usage errors, option helpers.
import { LaborInsuranceError } from '../index.js';

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
}

/** A report being written; `write` waits when the stream is full. */
export interface Output {
  write: (s: string) => Promise<void>;
  close: () => Promise<void>;
}

/** Exit codes. */
export const EXIT = { ok: 0, mismatch: 1, usage: 2 } as const;

/** A command-line usage or input problem (exit code 2). */
export class UsageError extends Error {
  readonly code: string;
  constructor(message: string, code = 'USAGE') {
    super(message);
    this.code = code;
  }
}

/** Reports an error the way every subcommand does: `error [CODE]: message` on stderr. */
export function reportError(e: unknown, io: Io): number {
  if (e instanceof LaborInsuranceError || e instanceof UsageError) {
    io.stderr(`error [${e.code}]: ${e.message}\n`);
    return EXIT.usage;
  }
  const err = e as { code?: unknown; message?: unknown };
  if (typeof err?.code === 'string' && err.code.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`error [USAGE]: ${String(err.message)}\n(use --help)\n`);
    return EXIT.usage;
  }
  if (typeof err?.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
    io.stderr(`error [${err.code}]: ${String(err.message)}\n`);
    return EXIT.usage;
  }
  throw e;
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
