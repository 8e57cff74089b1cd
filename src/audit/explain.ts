import { InvalidInputError } from '../core/errors.js';
import { isRuleStep, type AnyTraceStep } from '../core/trace.js';
import { isRuleId, RULES } from '../rules/index.js';
import { renderRule } from '../rules/render.js';

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** Language of the lines: `'ja'` (default) or `'en'`. */
  lang?: 'ja' | 'en';
}

/** A short, safe description of any value for an error message (no JSON.stringify: bigint, cycles, Symbol). */
function describe(value: unknown): string {
  if (typeof value === 'string') return value.length > 20 ? `a string of ${value.length} characters` : `'${value}'`;
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'undefined') return String(value);
  return `a value of type ${typeof value}`;
}

function isStepLike(s: unknown): s is AnyTraceStep {
  if (typeof s !== 'object' || s === null) return false;
  const o = s as Record<string, unknown>;
  return typeof o['rule'] === 'string' ? typeof o['value'] === 'string' : typeof o['ja'] === 'string' && typeof o['en'] === 'string';
}

/**
 * Formats the `trace` of any result (or a trace itself) as numbered lines an auditor can read: one
 * line per step, with the exact intermediate values in the text and the legal rule in brackets.
 *
 * Structured steps (`{ id, rule, value, params }`) are rendered here from the rule catalogue, in the
 * language asked, with thousands separators added at this point only; text steps (`{ step, ja, en }`)
 * are printed as they are.
 *
 * @param result - a calculation result with a `trace`, or an array of steps
 * @param options.lang - `'ja'` (default) or `'en'`
 * @throws {@link InvalidInputError} `INVALID_OPTION` for another language, a value without a trace, or
 *   a step that is neither form (or names no rule of the catalogue)
 *
 * @example
 * ```ts
 * import { employeeDeduction, employerShare, explain } from 'jp-labor-insurance';
 * const d = employeeDeduction({ wage: 101_000, category: 'general', closingDate: '2025-05-20' });
 * console.log(explain(d, { lang: 'en' }).split('\n')[1]);
 * //=> '2. wage 101,000 × 5.5/1000 = 555.5 [徴収法31条1項・32条1項; 徴収則60条]'
 * console.log(explain(d).split('\n').length); //=> 3
 * const s = employerShare({ premium: 57_750, workerDeductions: 18_150 });
 * console.log(explain(s));
 * //=> '1. 被保険者負担額の合計 18,150 [徴収法31条1項]\n2. 事業主負担額 57,750 − 18,150 = 39,600 [徴収法31条]'
 * ```
 */
export function explain(result: { readonly trace: readonly AnyTraceStep[] } | readonly AnyTraceStep[], options: ExplainOptions = {}): string {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidInputError('INVALID_OPTION', `explain options must be an object such as { lang: 'en' } (got ${describe(options)})`, { field: 'options' });
  }
  const lang: unknown = options.lang === undefined ? 'ja' : options.lang;
  if (lang !== 'ja' && lang !== 'en') {
    throw new InvalidInputError('INVALID_OPTION', `lang must be 'ja' or 'en' (got ${describe(lang)})`, { field: 'lang' });
  }
  const trace: unknown = Array.isArray(result) ? result : typeof result === 'object' && result !== null ? (result as { trace?: unknown }).trace : undefined;
  if (!Array.isArray(trace)) {
    throw new InvalidInputError('INVALID_OPTION', 'explain expects a result with a trace or an array of trace steps', { field: 'result' });
  }
  const lines: string[] = [];
  for (let i = 0; i < trace.length; i++) {
    const s: unknown = trace[i];
    if (!isStepLike(s)) {
      throw new InvalidInputError('INVALID_OPTION', `trace[${i}] is not a trace step`, { field: `trace[${i}]` });
    }
    let text: string;
    let law: string | undefined;
    if (isRuleStep(s)) {
      if (!isRuleId(s.rule)) throw new InvalidInputError('INVALID_OPTION', `trace[${i}] names no rule of the catalogue (${describe(s.rule)})`, { field: `trace[${i}].rule` });
      const params = typeof s.params === 'object' && s.params !== null ? s.params : undefined;
      ({ text, law } = renderRule(RULES[s.rule], lang, s.value, params));
    } else {
      text = lang === 'ja' ? s.ja : s.en;
      law = typeof s.law === 'string' ? s.law : undefined;
    }
    lines.push(`${i + 1}. ${text}${law !== undefined ? ` [${law}]` : ''}`);
  }
  return lines.join('\n');
}
