import { InvalidInputError } from '../core/errors.js';

/**
 * The error a kernel throws for a denominator (or unit) that is not a positive integer. Kernels only
 * see values the library built, so this marks a bug upstream; it is still a coded error, never a raw
 * RangeError. The value itself is not formatted (it can be a bigint of any length). @internal
 */
export function nonPositiveDivisor(field: 'denominator' | 'unit'): InvalidInputError {
  return new InvalidInputError('INVALID_RATE', `${field} must be a positive integer`, { field });
}
