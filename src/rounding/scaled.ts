import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { MAX_DECIMAL_LENGTH, isDecimalString } from '../core/rate.js';
import { isBigLike } from '../core/isBigLike.js';

/** An exact amount as an integer scaled by 10^-scale (`'-550.5005'` → n −5505005, scale 4). @internal */
export interface Scaled {
  n: bigint;
  scale: number;
}

const LIMIT = 10n ** 64n;

const MAX_DIGITS = 64;
const MAX_EXPONENT = 63;

/** Digits of a big.js value read from its own fields (never through its methods or settings), or undefined. */
function bigDigits(value: unknown): Scaled | undefined {
  try {
    const v = value as { c: unknown[]; e: number; s: number };
    const c = v.c;
    const e = v.e;
    if (!(Number.isInteger(e) && c.length >= 1 && c.length <= MAX_DIGITS && e < MAX_EXPONENT + 1 && e > -MAX_DIGITS)) return undefined;
    let digits = '';
    for (let i = 0; i < c.length; i++) {
      const d = c[i];
      if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 9) return undefined;
      digits += String(d);
    }
    // value = s × 0.d₀d₁… × 10^(e+1) = s × digits × 10^(e+1−len)
    const n = BigInt(digits) * (v.s === -1 ? -1n : 1n);
    const scale = c.length - 1 - e;
    return scale >= 0 ? { n, scale } : { n: n * 10n ** BigInt(-scale), scale: 0 };
  } catch {
    return undefined;
  }
}

/**
 * Reads an exact amount given to a public rounding function (the inputs and errors of `toExact` in
 * exact.ts: a signed decimal string of at most 64 characters, a big.js value of any constructor with
 * at most 64 digits below 10^64, a bigint below 10^64 in magnitude, a safe integer) into a scaled
 * bigint, without big.js. @internal
 */
export function toScaled(value: unknown, field = 'value'): Scaled {
  if (typeof value === 'string') {
    if (value.length > MAX_DECIMAL_LENGTH + 1) {
      throw new InvalidInputError('AMOUNT_MALFORMED', `${field} must be a decimal string of at most ${MAX_DECIMAL_LENGTH} characters (got ${formatValue(value)})`, {
        field,
        value,
      });
    }
    const negative = value.startsWith('-');
    const abs = negative ? value.slice(1) : value;
    if (isDecimalString(abs)) {
      const [i = '0', f = ''] = abs.split('.');
      const n = BigInt(`${i}${f}`);
      return { n: negative ? -n : n, scale: f.length };
    }
    throw new InvalidInputError('AMOUNT_MALFORMED', `${field} must be a decimal string such as "550.5005" (got ${formatValue(value)})`, {
      field,
      value,
      expected: 'a decimal string such as "550.5005"',
    });
  }
  if (typeof value === 'bigint') {
    if (value >= LIMIT || value <= -LIMIT)
      throw new InvalidInputError('AMOUNT_UNSAFE_INTEGER', `${field} must be below 10^64 in magnitude (got ${formatValue(value)})`, { field, value });
    return { n: value, scale: 0 };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidInputError('AMOUNT_NOT_FINITE', `${field} must be finite (got ${formatValue(value)})`, { field, value });
    if (!Number.isInteger(value))
      throw new InvalidInputError('AMOUNT_NOT_INTEGER', `a number passed as ${field} must be an integer; pass fractions as a decimal string (got ${formatValue(value)})`, {
        field,
        value,
      });
    if (!Number.isSafeInteger(value))
      throw new InvalidInputError('AMOUNT_UNSAFE_INTEGER', `${field} ${formatValue(value)} is beyond Number.MAX_SAFE_INTEGER; pass a bigint or a string`, { field, value });
    return { n: BigInt(value), scale: 0 };
  }
  if (isBigLike(value)) {
    const v = value as { c: unknown[]; e: number };
    let tooLarge: boolean;
    try {
      tooLarge = !(v.c.length <= MAX_DIGITS && v.e < MAX_EXPONENT + 1 && v.e > -MAX_DIGITS);
    } catch {
      tooLarge = false; // unreadable: reported as malformed below
    }
    if (tooLarge) throw new InvalidInputError('AMOUNT_UNSAFE_INTEGER', `${field} must have at most ${MAX_DIGITS} digits and be below 10^${MAX_EXPONENT + 1}`, { field });
    const s = bigDigits(value);
    if (s === undefined) throw new InvalidInputError('AMOUNT_MALFORMED', `${field} is not a readable big.js value (got ${formatValue(value)})`, { field, value });
    return s;
  }
  throw new InvalidInputError('AMOUNT_TYPE', `${field} must be a decimal string, a big.js value, a bigint or a safe integer (got ${formatValue(value)})`, {
    field,
    value,
    expected: 'a decimal string, big.js value, bigint or safe integer',
  });
}
