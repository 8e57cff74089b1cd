import { TERMS } from './terms.js';
import type { Rule } from './types.js';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?::(n|term))?\}/g;

/** Thousands separators on an integer or decimal string ("3300000" → "3,300,000", "-1234.5" → "-1,234.5"). @internal */
export function groupThousands(value: string): string {
  const negative = value.startsWith('-');
  const body = negative ? value.slice(1) : value;
  const dot = body.indexOf('.');
  const int = dot === -1 ? body : body.slice(0, dot);
  if (!/^[0-9]+$/.test(int)) return value; // not a number: left as it is
  let grouped = '';
  for (let i = int.length; i > 0; i -= 3) grouped = int.slice(Math.max(0, i - 3), i) + (grouped === '' ? '' : `,${grouped}`);
  return `${negative ? '-' : ''}${grouped}${dot === -1 ? '' : body.slice(dot)}`;
}

// `:n` groups every number in the param, so a list such as `a + b` reads `1,234.5 + 2,345`.
const NUMBER = /[0-9]+(?:\.[0-9]+)?/g;
const OPTIONAL = /\[\[(.*?)\]\]/g;

function has(params: Readonly<Record<string, string>> | undefined, name: string): boolean {
  return name === 'value' || (params !== undefined && Object.prototype.hasOwnProperty.call(params, name) && typeof params[name] === 'string');
}

function fill(template: string, lang: 'ja' | 'en', value: string, params: Readonly<Record<string, string>> | undefined): string {
  return template.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    if (!has(params, name)) return whole;
    const raw = name === 'value' ? value : params![name]!;
    if (format === 'n') return raw.replace(NUMBER, groupThousands);
    if (format === 'term') {
      const key = `${name}.${raw}`;
      return Object.prototype.hasOwnProperty.call(TERMS, key) ? TERMS[key]![lang] : raw;
    }
    return raw;
  });
}

/**
 * Fills one template of a rule with a step's params (and its `value`), formatting numbers and terms
 * here, at render time. An optional segment `[[…]]` is kept only when every placeholder inside it has
 * a param (`[[{insurance:term}: ]]` labels a part's step once a composite adds `insurance`). A
 * placeholder with no param elsewhere is left as written (`{name}`), so a missing param shows in the
 * text instead of throwing while an auditor reads a trace.
 * @internal
 */
export function fillTemplate(template: string, lang: 'ja' | 'en', value: string, params: Readonly<Record<string, string>> | undefined): string {
  const kept = template.includes('[[')
    ? template.replace(OPTIONAL, (_whole, inner: string) => ([...inner.matchAll(PLACEHOLDER)].every((m) => has(params, m[1]!)) ? inner : ''))
    : template;
  return fill(kept, lang, value, params);
}

/** The placeholders of a template: `[name, format]` pairs (used by the catalogue tests). @internal */
export function placeholders(template: string): [string, string | undefined][] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => [m[1]!, m[2]]);
}

/** A rule rendered for one step: its text and (when the rule has one and it is not empty) its law. @internal */
export function renderRule(rule: Rule, lang: 'ja' | 'en', value: string, params: Readonly<Record<string, string>> | undefined): { text: string; law?: string } {
  const text = fillTemplate(rule[lang], lang, value, params);
  if (rule.law === undefined) return { text };
  const law = fillTemplate(rule.law, lang, value, params);
  return law === '' ? { text } : { text, law };
}
