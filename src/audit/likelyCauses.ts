// Why a mismatching row may differ: the same wage under the neighbouring rates and the other rules.
import { traceStep, type TraceStep } from '../core/trace.js';
import type { EmploymentCategory } from '../rates/types.js';
import { ROUNDING_MODES, type RoundingMode } from '../rounding/roundYen.js';
import { deductionAmount, type RateEntry, type RateLookup, type RuleCache } from './expectedDeduction.js';
import type { LikelyCause } from './types.js';

/** The likely causes of a mismatch, most telling first, and one step per cause. @internal */
export interface Causes {
  causes: LikelyCause[];
  steps: TraceStep[];
}

/** What the cause search needs about the row. @internal */
export interface MismatchedRow {
  wage: bigint;
  deducted: bigint;
  category: EmploymentCategory;
  entry: RateEntry;
}

/** A rate-change hint is the more telling one when several fit; then another rounding; then the 厘 variant. */
function rank(c: LikelyCause): number {
  return c === 'old-rate' || c === 'next-rate' ? 0 : c === 'truncateToRinFirst' ? 2 : 1;
}

/** `2025-04-01` shifted by a number of days (UTC calendar arithmetic on integers). @internal */
export function shiftDay(iso: string, days: number): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Finds the likely causes of mismatches: the deducted amount recomputed, with the same exact kernel,
 * under every other rounding mode, with the 厘 variant toggled, and at the rates of the periods just
 * before and after the one in force. @internal
 */
export class CauseFinder {
  constructor(
    private readonly rates: RateLookup,
    private readonly rules: RuleCache,
    private readonly rounding: RoundingMode,
    private readonly truncateToRinFirst: boolean,
    private readonly isTyped: (e: unknown) => boolean,
  ) {}

  find(row: MismatchedRow): Causes {
    const found: { cause: LikelyCause; step: TraceStep }[] = [];
    const worker = row.entry.rate.rates.worker;
    for (const mode of ROUNDING_MODES) {
      if (mode === this.rounding) continue;
      const amount = deductionAmount(row.wage, this.rules.get(worker, mode, this.truncateToRinFirst));
      if (amount === row.deducted) found.push({ cause: `rounding:${mode}`, step: traceStep(`cause.rounding.${mode}`, `audit.cause.rounding.${mode}`, amount) });
    }
    const rin = deductionAmount(row.wage, this.rules.get(worker, this.rounding, !this.truncateToRinFirst));
    if (rin === row.deducted) found.push({ cause: 'truncateToRinFirst', step: traceStep('cause.rin', this.truncateToRinFirst ? 'audit.cause.rinOff' : 'audit.cause.rinOn', rin) });
    const { from, to } = row.entry.rate.period;
    this.neighbour(row, shiftDay(from, -1), 'old-rate', found);
    this.neighbour(row, shiftDay(to, 1), 'next-rate', found);
    found.sort((a, b) => rank(a.cause) - rank(b.cause)); // stable: modes keep their order
    return { causes: found.map((f) => f.cause), steps: found.map((f) => f.step) };
  }

  private neighbour(row: MismatchedRow, date: string, cause: 'old-rate' | 'next-rate', found: { cause: LikelyCause; step: TraceStep }[]): void {
    const entry = this.rates.tryOn(date, row.category, this.isTyped);
    if (entry === undefined) return;
    const amount = deductionAmount(row.wage, this.rules.get(entry.rate.rates.worker, this.rounding, this.truncateToRinFirst));
    if (amount !== row.deducted) return;
    const rule = cause === 'old-rate' ? 'audit.cause.oldRate' : 'audit.cause.nextRate';
    found.push({ cause, step: traceStep(cause === 'old-rate' ? 'cause.oldRate' : 'cause.nextRate', rule, amount, entry.params) });
  }
}
