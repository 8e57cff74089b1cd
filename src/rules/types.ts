/**
 * One rule of the catalogue: how a trace step reads in Japanese and English, and the legal basis
 * that requires it. Templates name the step's params in braces:
 * - `{name}` — the param as built (a rate `5.5`, a date `2025-04-01`, a code);
 * - `{name:n}` — a number with thousands separators, added only here at render time (`3300000` → `3,300,000`; every number of a list such as `1234.5 + 2345`);
 * - `{name:term}` — a code looked up in the terms table (`src/rules/terms.ts`) under `name.value` (`insurance` `wc` → 労災 / workers' compensation);
 * - `{value}` — the step's own `value` (with `:n` / `:term` as above);
 * - `[[…]]` — an optional segment, kept only when every placeholder inside it has a param.
 * `law` may use placeholders too (`{legalBasis}` for a citation that comes with a rate table row).
 */
export interface Rule {
  /** Japanese template. */
  readonly ja: string;
  /** English template. */
  readonly en: string;
  /** Statute / ordinance / notice citation (template), when there is one. */
  readonly law?: string;
}

/** The rules of one area: every id starts with the area's prefix, so two areas can never collide. @internal */
export type RuleArea<P extends string> = Readonly<Record<`${P}.${string}`, Rule>>;

/** A term in both languages, for `{name:term}` placeholders. @internal */
export interface Term {
  readonly ja: string;
  readonly en: string;
}
