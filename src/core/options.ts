import { InvalidInputError } from './errors.js';

/** Validates an input object (not null, not an array). @internal */
export function assertObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidInputError('INVALID_OPTION', `${what} expects an input object`, { value: String(value) });
  }
  return value as Record<string, unknown>;
}

/** Validates a boolean flag; `undefined` gives the fallback when there is one. @internal */
export function assertBoolean(value: unknown, field: string, fallback?: boolean): boolean {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw new InvalidInputError('INVALID_OPTION', `${field} must be true or false (got ${JSON.stringify(value)})`, { field, value: String(value) });
}

/** Validates one of a set of string options; `undefined` gives the fallback when there is one. @internal */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new InvalidInputError('INVALID_OPTION', `${field} must be one of ${allowed.map((a) => `'${a}'`).join(', ')} (got ${JSON.stringify(value)})`, { field, value: String(value) });
}
