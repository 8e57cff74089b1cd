// Helpers of the fast-path tests (test/renewal/fastRenewal*.test.ts): a result as plain data with every trace read,
// and the outcome of a call (its plain result, or its error's class and code).
import { TracedResult } from '../../src/renewal/tracedResult.js';

/** A deep plain copy with every trace read (toJSON), keeping −0 and the number types (unlike JSON). */
export function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    // any fast result (also one of the CommonJS build, whose TracedResult is another class) has a toJSON
    const source =
      value instanceof TracedResult || typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as TracedResult).toJSON() : (value as Record<string, unknown>);
    return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** The outcome of a call: the plain result, or the error's class and code. */
export function outcome(f: () => unknown): unknown {
  try {
    return { result: plain(f()) };
  } catch (e) {
    return { error: (e as Error).constructor.name, code: (e as { code?: unknown }).code };
  }
}
