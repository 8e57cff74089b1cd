/**
 * One step of a calculation, as an auditor would write it on paper: what was done, the exact value
 * it produced, and the rule that requires it — in Japanese and English.
 */
export interface TraceStep {
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

/** Formats an integer or decimal string with thousands separators ("3300000" → "3,300,000"). @internal */
export function groupDigits(value: string | number | bigint): string {
  const s = String(value);
  const negative = s.startsWith('-');
  const [int = '', frac] = (negative ? s.slice(1) : s).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** Builds a trace step. @internal */
export function step(id: string, value: string | number | bigint, ja: string, en: string, law?: string): TraceStep {
  return law === undefined ? { step: id, ja, en, value: String(value) } : { step: id, ja, en, value: String(value), law };
}
