import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { assertObject } from '../core/options.js';
import type { AnyTraceStep } from '../core/trace.js';
import { isRuleId, RULES } from '../rules/index.js';
import { renderRule } from '../rules/render.js';

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** Language of the lines: `'ja'` (default) or `'en'`. */
  lang?: 'ja' | 'en';
}

/** Most steps {@link explain} renders (a guard against a sparse array of length 2^32 − 1). */
const MAX_STEPS = 1_000_000;

function invalid(message: string, field: string, value?: unknown): InvalidInputError {
  return new InvalidInputError('INVALID_OPTION', message, value === undefined ? { field } : { field, value });
}

/** Runs one read of the caller's value; a getter or Proxy trap that throws gives `INVALID_OPTION`. */
function guarded<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    const why = e instanceof Error ? formatValue(e.message) : formatValue(e);
    throw invalid(`${path} could not be read (reading it threw ${why})`, path);
  }
}

const field = (source: object, key: string | number, path: string): unknown => guarded(path, () => (source as Record<string | number, unknown>)[key]);
const isArray = (value: unknown, path: string): value is readonly unknown[] => guarded(path, () => Array.isArray(value));

/** The language asked for: `options` is checked as an input object (read once), then `lang`. */
function languageOf(options: unknown): 'ja' | 'en' {
  if (options === undefined) return 'ja';
  const o = assertObject(options, 'explain options'); // guard: an object, read once
  const lang = o['lang'] === undefined ? 'ja' : o['lang'];
  if (lang !== 'ja' && lang !== 'en') throw invalid(`lang must be 'ja' or 'en' (got ${formatValue(lang)})`, 'lang', lang);
  return lang;
}

/** The steps of a result (or of a trace given as such), each read once. */
function stepsOf(result: unknown): unknown[] {
  let trace: unknown;
  if (isArray(result, 'result')) trace = result;
  else if (typeof result === 'object' && result !== null) trace = field(result, 'trace', 'result.trace');
  if (!isArray(trace, 'result.trace')) throw invalid('explain expects a result with a trace or an array of trace steps', 'result');
  const n = field(trace, 'length', 'trace.length');
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw invalid('the trace has no valid length', 'trace');
  if (n > MAX_STEPS) throw invalid(`the trace has ${n} steps (at most ${MAX_STEPS})`, 'trace');
  const steps: unknown[] = new Array<unknown>(n);
  for (let i = 0; i < n; i++) steps[i] = field(trace, i, `trace[${i}]`);
  return steps;
}

/** A structured step's params: own string values only, copied (so that rendering never reads the caller's object). */
function paramsOf(value: unknown, path: string): Readonly<Record<string, string>> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const keys = guarded(path, () => Object.keys(value));
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const k of keys) {
    const v = field(value, k, `${path}.${k}`);
    if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/** One numbered line: a structured step rendered from the catalogue, or a text step as it is. */
function lineOf(s: unknown, i: number, lang: 'ja' | 'en'): string {
  const path = `trace[${i}]`;
  if (typeof s !== 'object' || s === null) throw invalid(`${path} is not a trace step`, path);
  const rule = field(s, 'rule', `${path}.rule`);
  let text: unknown;
  let law: unknown;
  if (typeof rule === 'string') {
    const value = field(s, 'value', `${path}.value`);
    if (typeof value !== 'string') throw invalid(`${path} is not a trace step (its value is not a string)`, path);
    if (!isRuleId(rule)) throw invalid(`${path} names no rule of the catalogue (${formatValue(rule)})`, `${path}.rule`);
    ({ text, law } = renderRule(RULES[rule], lang, value, paramsOf(field(s, 'params', `${path}.params`), `${path}.params`)));
  } else {
    text = field(s, lang, `${path}.${lang}`);
    const other = field(s, lang === 'ja' ? 'en' : 'ja', path);
    if (typeof text !== 'string' || typeof other !== 'string') throw invalid(`${path} is not a trace step`, path);
    law = field(s, 'law', `${path}.law`);
  }
  return `${i + 1}. ${text as string}${typeof law === 'string' ? ` [${law}]` : ''}`;
}

/**
 * Formats the `trace` of any result (or a trace itself) as numbered lines an auditor can read: one
 * line per step, with the exact intermediate values in the text and the legal rule in brackets.
 *
 * Structured steps (`{ id, rule, value, params }`) of every module are rendered here from the rule
 * catalogue ({@link RULES}), in the language asked, with thousands separators added at this point
 * only; text steps (`{ step, ja, en }`, the transitional form of modules not yet converted) are printed
 * as they are, and one trace may mix both. The result, its trace, every step and the options are read
 * once each, guarded: a getter or Proxy that throws gives `INVALID_OPTION`, never a raw error.
 *
 * @param result - a calculation result with a `trace`, or an array of steps
 * @param options.lang - `'ja'` (default) or `'en'`
 * @throws {@link InvalidInputError} `INVALID_OPTION` for options that are not an object, another
 *   language, a value without a trace, a step that is neither form (or names no rule of the
 *   catalogue), or a value that cannot be read
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
  const lang = languageOf(options);
  const steps = stepsOf(result);
  const lines: string[] = new Array<string>(steps.length);
  for (let i = 0; i < steps.length; i++) lines[i] = lineOf(steps[i], i, lang);
  return lines.join('\n');
}
