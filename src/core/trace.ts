import type { RuleId } from '../rules/index.js';

/**
 * One step of a calculation (structured): what was done (`rule`, an id of the rule catalogue), the
 * exact value it produced, and the figures it used (`params`) — all plain strings, nothing formatted.
 * The Japanese / English text and the legal basis are rendered on demand by {@link explain} from the
 * catalogue, with thousands separators added only then.
 */
export interface TraceStep {
  /** Stable identifier of the step within its result (e.g. `wc.base`, `payment.1`). */
  id: string;
  /** The rule of the catalogue the step applies (e.g. `premium.base`). */
  rule: RuleId;
  /** The exact value after the step, as a plain decimal string (or a date / `true` / `false`). */
  value: string;
  /** The figures the rule's text names, as plain strings (`{ wages: '3300999' }`). */
  params?: Readonly<Record<string, string>>;
}

/**
 * A step in text form (`{ step, ja, en, value, law? }`), as a tool that writes its own texts may
 * produce it; {@link explain} renders it beside the structured {@link TraceStep}s the library builds.
 */
export interface TextStep {
  /** Stable identifier of the step (e.g. `base.truncate`). */
  step: string;
  /** Japanese description, e.g. `賃金総額 3,300,000 → 千円未満切捨て 3,300,000`. */
  ja: string;
  /** English description. */
  en: string;
  /** The exact value after the step, as a decimal string. */
  value: string;
  /** Legal basis (statute / ordinance / notice), when there is one. */
  law?: string;
}

/** Either form of a step, as {@link explain} accepts it. */
export type AnyTraceStep = TraceStep | TextStep;

/** Formats an integer or decimal string with thousands separators ("3300000" → "3,300,000"). @internal */
export function groupDigits(value: string | number | bigint): string {
  const s = String(value);
  const negative = s.startsWith('-');
  const [int = '', frac] = (negative ? s.slice(1) : s).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/**
 * Builds a structured step — cheap by design: no text, no thousands separators, no law lookup; only
 * `String()` of the value (a bigint's decimal digits). Params must already be plain strings.
 * For instance `traceStep('workerShares', 'premium.workerShares', 18150n)` → `{ id: 'workerShares', rule: 'premium.workerShares', value: '18150' }`
 * @internal
 */
export function traceStep(id: string, rule: RuleId, value: string | bigint | number, params?: Readonly<Record<string, string>>): TraceStep {
  const v = typeof value === 'string' ? value : String(value);
  return params === undefined ? { id, rule, value: v } : { id, rule, value: v, params };
}

/**
 * The steps of a part result under a prefix (`final` + `wc.base` → `final.wc.base`), for a composite
 * result that embeds a part's trace. The rules stay, so the text is the part's own (no string
 * rewriting); `params` are added to every step (e.g. `{ insurance: 'wc' }`, which fills a rule's
 * optional `[[{insurance:term}: ]]` label). The part's steps are not mutated. @internal
 */
export function prefixSteps(prefix: string, steps: readonly TraceStep[], params?: Readonly<Record<string, string>>): TraceStep[] {
  return steps.map((s) => {
    const merged = params === undefined ? s.params : s.params === undefined ? params : { ...s.params, ...params };
    return merged === undefined ? { id: `${prefix}.${s.id}`, rule: s.rule, value: s.value } : { id: `${prefix}.${s.id}`, rule: s.rule, value: s.value, params: merged };
  });
}
