import { InvalidInputError } from '../core/errors.js';
import { assertBoolean, assertObject } from '../core/options.js';
import { parseYen } from '../core/yen.js';
import { classifyPayItem } from '../payItems/classifyPayItem.js';
import type { SourceStatus } from '../rates/types.js';

/**
 * The pay items of one payment (`payItems: [{ name, amount, wage? }]`), classified: an item that is 賃金 is counted, one
 * that is not is left out and listed, and one whose answer depends on the facts (`'depends'`) needs the caller's
 * decision (`wage: true | false` on the item) — without it the record is refused (`INVALID_OPTION`), never guessed.
 * @internal
 * @module
 */

/** What a classifier answers for one item name. @internal */
export interface PayItemClass {
  wage: boolean | 'depends';
  reason: string;
  legalBasis: readonly string[];
  sources: readonly string[];
  status: SourceStatus;
}

/** {@link classifyPayItem} (src/payItems) in the ledger's terms: the Japanese reason. @internal */
export function catalogueClass(name: string): PayItemClass {
  const c = classifyPayItem(name);
  return { wage: c.wage, reason: c.reason.ja, legalBasis: c.legalBasis, sources: c.sources, status: c.status };
}

/** One classified item of a record. @internal */
export interface ClassifiedPayItem {
  name: string;
  amount: bigint;
  /** Counted in the record's wages. */
  wage: boolean;
  /** True when the classifier said `'depends'` and the caller decided. */
  decided: boolean;
  reason: string;
  legalBasis: readonly string[];
  sources: readonly string[];
  status: SourceStatus;
}

/**
 * Reads and classifies a record's `payItems`. A decision (`wage`) on an item the classifier answers definitely is
 * refused when it contradicts the answer (no silent override). @internal
 */
export function classifyPayItems(value: unknown, path: string, classify: (name: string) => PayItemClass): ClassifiedPayItem[] {
  if (!Array.isArray(value)) throw new InvalidInputError('INVALID_OPTION', `${path} must be an array of { name, amount }`, { field: path });
  const out: ClassifiedPayItem[] = [];
  for (let j = 0; j < value.length; j++) {
    const at = `${path}[${j}]`;
    const item = assertObject(value[j] as unknown, at);
    const name = item['name'];
    if (typeof name !== 'string' || name === '') throw new InvalidInputError('INVALID_OPTION', `${at}.name must be a non-empty string`, { field: `${at}.name` });
    const amount = parseYen(item['amount'], `${at}.amount`);
    const decision = item['wage'] === undefined ? undefined : assertBoolean(item['wage'], `${at}.wage`);
    const c = classify(name);
    if (c.wage === 'depends') {
      if (decision === undefined)
        throw new InvalidInputError('INVALID_OPTION', `${at}: whether 「${name}」 is 賃金 depends on the facts (${c.reason}); decide it with wage: true or false`, {
          field: `${at}.wage`,
          expected: 'true or false',
        });
      out.push({ name, amount, wage: decision, decided: true, reason: c.reason, legalBasis: c.legalBasis, sources: c.sources, status: c.status });
      continue;
    }
    if (decision !== undefined && decision !== c.wage)
      throw new InvalidInputError('INVALID_OPTION', `${at}.wage: 「${name}」 is ${c.wage ? '' : 'not '}賃金 (${c.reason})`, { field: `${at}.wage`, expected: String(c.wage) });
    out.push({ name, amount, wage: c.wage, decided: false, reason: c.reason, legalBasis: c.legalBasis, sources: c.sources, status: c.status });
  }
  return out;
}

/** The wages of a record: its `wage` (when given) plus the items counted as 賃金. @internal */
export function wageWithItems(wage: bigint | undefined, items: readonly ClassifiedPayItem[]): bigint {
  let total = wage ?? 0n;
  for (const i of items) if (i.wage) total += i.amount;
  return total;
}
