import { InvalidInputError } from '../core/errors.js';
import type { TraceStep } from '../core/trace.js';

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** Language of the lines: `'ja'` (default) or `'en'`. */
  lang?: 'ja' | 'en';
}

/**
 * Formats the `trace` of any result (or a trace itself) as numbered lines an auditor can read: one
 * line per step, with the exact intermediate value in the text and the legal rule in brackets.
 *
 * @param result - a calculation result with a `trace`, or an array of {@link TraceStep}
 * @param options.lang - `'ja'` (default) or `'en'`
 * @throws {@link InvalidInputError} `INVALID_OPTION` for another language or a value without a trace
 *
 * @example
 * ```ts
 * import { employeeDeduction, explain } from 'jp-labor-insurance';
 * const d = employeeDeduction({ wage: 101_000, category: 'general', closingDate: '2025-05-20' });
 * console.log(explain(d, { lang: 'en' }).split('\n')[1]);
 * //=> '2. wage 101,000 × 5.5/1000 = 555.5 [徴収法31条1項・32条1項; 徴収則60条]'
 * console.log(explain(d).split('\n').length); //=> 3
 * ```
 */
export function explain(result: { readonly trace: readonly TraceStep[] } | readonly TraceStep[], options: ExplainOptions = {}): string {
  const lang = options.lang ?? 'ja';
  if (lang !== 'ja' && lang !== 'en') {
    throw new InvalidInputError('INVALID_OPTION', `lang must be 'ja' or 'en' (got ${JSON.stringify(lang)})`, { field: 'lang', value: String(lang) });
  }
  const trace = Array.isArray(result) ? (result as readonly TraceStep[]) : (result as { trace?: unknown } | null)?.trace;
  if (!Array.isArray(trace)) {
    throw new InvalidInputError('INVALID_OPTION', 'explain expects a result with a trace or an array of trace steps', { field: 'result' });
  }
  return (trace as readonly TraceStep[])
    .map((s, i) => `${i + 1}. ${lang === 'ja' ? s.ja : s.en}${s.law !== undefined ? ` [${s.law}]` : ''}`)
    .join('\n');
}
