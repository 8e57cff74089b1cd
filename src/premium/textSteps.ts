import type { RuleStep, TraceStep } from '../core/trace.js';
import { RULES } from '../rules/index.js';
import { renderRule } from '../rules/render.js';

/**
 * Transitional bridge: structured steps rendered as text steps under a prefix (`final` + `wc.base` →
 * `final.wc.base`), for a composite whose trace is still made of text steps (年度更新, 増加概算, 認定決定).
 * The texts are the catalogue's, exactly what {@link explain} prints. A converted composite embeds the
 * steps with `prefixSteps` instead. @internal
 */
export function textSteps(prefix: string, steps: readonly RuleStep[]): TraceStep[] {
  return steps.map((s) => {
    const rule = RULES[s.rule];
    const ja = renderRule(rule, 'ja', s.value, s.params);
    const en = renderRule(rule, 'en', s.value, s.params);
    const id = `${prefix}.${s.id}`;
    return ja.law === undefined ? { step: id, ja: ja.text, en: en.text, value: s.value } : { step: id, ja: ja.text, en: en.text, value: s.value, law: ja.law };
  });
}
