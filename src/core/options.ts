import { InvalidInputError } from './errors.js';
import { formatValue } from './format.js';

/**
 * Fields {@link assertObject} keeps by reference: a custom `rates` table is read, validated, copied and
 * frozen by src/rates/custom.ts, which also notices edits made between calls.
 */
const KEEP_BY_REFERENCE = new Set(['rates']);
/** Longest array {@link assertObject} copies (a guard against a sparse array of length 2^32 − 1). */
const MAX_ITEMS = 10_000_000;
/** Deepest nesting {@link assertObject} copies. */
const MAX_DEPTH = 32;

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function plainOrThrow(value: object, path: string): boolean {
  try {
    return isPlain(value);
  } catch (e) {
    throw unreadable(path, e); // a Proxy whose getPrototypeOf trap throws, a revoked Proxy
  }
}

function copyOf(value: unknown, path: string, depth: number, copies: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null || !plainOrThrow(value, path)) return value;
  const seen = copies.get(value);
  if (seen !== undefined) return seen;
  if (depth > MAX_DEPTH) throw new InvalidInputError('INVALID_OPTION', `${path} is nested more than ${MAX_DEPTH} levels deep`, { field: path });
  if (Array.isArray(value)) {
    const n = value.length;
    if (n > MAX_ITEMS) throw new InvalidInputError('INVALID_OPTION', `${path} has ${n} items (at most ${MAX_ITEMS})`, { field: path });
    const out: unknown[] = new Array<unknown>(n);
    copies.set(value, out);
    for (let i = 0; i < n; i++) out[i] = copyOf(read(value, i, `${path}[${i}]`), `${path}[${i}]`, depth + 1, copies);
    return out;
  }
  const out: Record<string, unknown> = {};
  copies.set(value, out);
  const source = value as Record<string, unknown>;
  let keys: string[];
  try {
    keys = [];
    for (const k in source) keys.push(k);
  } catch (e) {
    throw unreadable(path, e);
  }
  for (const k of keys) {
    const p = path === '' ? k : `${path}.${k}`;
    const v = read(source, k, p);
    const copied = depth === 0 && KEEP_BY_REFERENCE.has(k) ? v : copyOf(v, p, depth + 1, copies);
    put(out, k, copied);
  }
  return out;
}

/** `out[k] = v`, as an own data property even for the key `__proto__` (a JSON-parsed input may have one). */
function put(out: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  else out[k] = v;
}

function read(source: object, key: string | number, path: string): unknown {
  try {
    return (source as Record<string | number, unknown>)[key];
  } catch (e) {
    throw unreadable(path, e);
  }
}

function unreadable(path: string, cause: unknown): InvalidInputError {
  const why = cause instanceof Error ? formatValue(cause.message) : formatValue(cause);
  return new InvalidInputError('INVALID_OPTION', `${path || 'the input'} could not be read (reading it threw ${why})`, { field: path });
}

/**
 * Validates an input object (not null, not an array, not a function) and returns a plain copy of it
 * read once: nested plain objects and arrays are copied too (cycles kept), other objects (Date, big.js
 * values) and the `rates` field are kept by reference (src/rates/custom.ts reads custom tables safely). A getter or Proxy trap that throws, a nesting
 * deeper than 32 levels or an array longer than 10,000,000 items gives `INVALID_OPTION`, so the
 * function never reads the caller's object again. @internal
 */
export function assertObject(value: unknown, what: string): Record<string, unknown> {
  if (inputObjectKind(value, what) === 'other') return copyOther(value as object);
  return copyOf(value, '', 0, new Map()) as Record<string, unknown>;
}

/**
 * The first step of {@link assertObject}: an input object (not null, not an array, not a function), `'plain'`
 * (its prototype is `Object.prototype` or null) or `'other'` (a class instance…). Each Proxy trap runs once.
 * @throws {@link InvalidInputError} `INVALID_OPTION` @internal
 */
export function inputObjectKind(value: unknown, what: string): 'plain' | 'other' {
  let ok: boolean;
  try {
    ok = typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch (e) {
    throw unreadable('', e); // Array.isArray throws on a revoked Proxy
  }
  if (!ok) {
    throw new InvalidInputError('INVALID_OPTION', `${what} expects an input object (got ${formatValue(value)})`, { value, expected: 'an object' });
  }
  let plain: boolean;
  try {
    plain = isPlain(value as object);
  } catch (e) {
    throw unreadable('', e);
  }
  return plain ? 'plain' : 'other';
}

/** {@link assertObject}'s copy of an `'other'` input object: its own and inherited enumerable fields. @internal */
export function copyOther(value: object): Record<string, unknown> {
  return copyOf({ ...readAll(value) }, '', 0, new Map()) as Record<string, unknown>;
}

/** The top-level fields of a plain input object, read once each, in `for…in` order (own and inherited enumerable). @internal */
export interface InputFields {
  readonly keys: readonly string[];
  readonly values: readonly unknown[];
}

/**
 * Reads the fields of a `'plain'` input object once, as {@link assertObject} does (`copyOfFields(value,
 * readFields(value))` is the copy `assertObject` returns, the nested objects read after the top-level fields
 * rather than between them). A fast path may look at the values and, if it declines, hand that copy to the exact
 * path: nothing is read twice. (A separate function, so that entry points without a fast path do not carry it.)
 * @throws {@link InvalidInputError} `INVALID_OPTION` when a getter or Proxy trap throws @internal
 */
export function readFields(value: object): InputFields {
  const keys: string[] = [];
  try {
    for (const k in value) keys.push(k);
  } catch (e) {
    throw unreadable('', e);
  }
  const values: unknown[] = new Array<unknown>(keys.length);
  for (let i = 0; i < keys.length; i++) values[i] = read(value, keys[i]!, keys[i]!);
  return { keys, values };
}

/**
 * The plain copy {@link assertObject} returns, from fields already read: nested plain objects and arrays are
 * copied (their fields read now, once), cycles kept; the cycle map is made only when a nested object needs it. @internal
 */
export function copyOfFields(value: object, fields: InputFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let copies: Map<object, unknown> | undefined;
  const { keys, values } = fields;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = values[i];
    let copied = v;
    if (typeof v === 'object' && v !== null && !KEEP_BY_REFERENCE.has(k) && plainOrThrow(v, k)) {
      copies ??= new Map<object, unknown>([[value, out]]);
      copied = copyOf(v, k, 1, copies);
    }
    put(out, k, copied);
  }
  return out;
}

/** Own and inherited enumerable fields of a class instance or other non-plain object. */
function readAll(value: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let keys: string[];
  try {
    keys = [];
    for (const k in value) keys.push(k);
  } catch (e) {
    throw unreadable('', e);
  }
  for (const k of keys) {
    const v = read(value, k, k);
    put(out, k, v);
  }
  return out;
}

/** Validates a boolean flag; `undefined` gives the fallback when there is one. @internal */
export function assertBoolean(value: unknown, field: string, fallback?: boolean): boolean {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw new InvalidInputError('INVALID_OPTION', `${field} must be true or false (got ${formatValue(value)})`, { field, value, expected: 'true or false' });
}

/** Validates one of a set of string options; `undefined` gives the fallback when there is one. @internal */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const expected = `one of ${allowed.map((a) => `'${a}'`).join(', ')}`;
  throw new InvalidInputError('INVALID_OPTION', `${field} must be ${expected} (got ${formatValue(value)})`, { field, value, expected });
}

/** Validates an array of strings and returns a copy read once (a sparse hole or a non-string item gives `INVALID_OPTION`). @internal */
export function assertStringArray(value: unknown, field: string): string[] {
  let isArray: boolean;
  try {
    isArray = Array.isArray(value);
  } catch (e) {
    throw unreadable(field, e);
  }
  if (!isArray)
    throw new InvalidInputError('INVALID_OPTION', `${field} must be an array of strings (got ${formatValue(value)})`, { field, value, expected: 'an array of strings' });
  const copy = copyOf(value, field, 1, new Map()) as unknown[];
  copy.forEach((item, i) => {
    if (typeof item !== 'string')
      throw new InvalidInputError('INVALID_OPTION', `${field}[${i}] must be a string (got ${formatValue(item)})`, { field: `${field}[${i}]`, value: item, expected: 'a string' });
  });
  return copy as string[];
}
