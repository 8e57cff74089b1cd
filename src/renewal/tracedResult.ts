/**
 * Results of the fast 年度更新 whose `trace` is built on first read (internal). Every figure of such a
 * result is an own data property, computed eagerly and property-tested equal to the exact path; only the
 * structured steps are deferred: the first read of any `trace` of the result runs the exact, fully traced
 * 年度更新 once on a snapshot of the parsed input (so later edits of the caller's input change nothing),
 * takes its steps and keeps them as an own property. `JSON.stringify` includes every trace (`toJSON`).
 * @internal
 * @module
 */
import type { TraceStep } from '../core/trace.js';
import type { AnnualRenewal } from './renewalTypes.js';

/**
 * The traces behind one fast result: the exact 年度更新 is run once, on the first request, and only its traces
 * are kept (not the whole exact result). @internal
 */
export interface RenewalDetail {
  traceOf(pick: TracePick): TraceStep[];
}

/** Which trace of the exact result a part shows. @internal */
export type TracePick = (exact: AnnualRenewal) => TraceStep[];

function own(target: object, trace: TraceStep[]): void {
  // A result the caller froze or sealed keeps no copy (the detail has it): never a TypeError on reading.
  if (!Object.isExtensible(target)) return;
  Object.defineProperty(target, 'trace', { value: trace, writable: true, enumerable: true, configurable: true });
}

/**
 * A result (or a part) of a fast 年度更新: own data properties for its figures, `trace` built on first read
 * and then kept as an own property. Assigning `trace` replaces it, as on a plain object. @internal
 */
export class TracedResult {
  readonly #detail: RenewalDetail;
  readonly #pick: TracePick;

  constructor(detail: RenewalDetail, pick: TracePick) {
    this.#detail = detail;
    this.#pick = pick;
  }

  /** Structured steps (built on first read; render them with `explain`). */
  get trace(): TraceStep[] {
    const trace = this.#detail.traceOf(this.#pick);
    own(this, trace);
    return trace;
  }

  set trace(value: TraceStep[]) {
    // As on a plain object in strict mode: a frozen or sealed result's trace cannot be replaced.
    if (!Object.isExtensible(this)) throw new TypeError("Cannot assign to read only property 'trace' of a frozen result");
    own(this, value);
  }

  /** A plain copy with every trace, for `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    const trace = this.trace;
    return { ...(this as object), trace };
  }
}
