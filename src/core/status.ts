import type { SourceStatus } from '../rates/types.js';

const RANK: Readonly<Record<SourceStatus, number>> = { confirmed: 0, 'single-source': 1, derived: 2, unconfirmed: 3 };

/**
 * The weakest of the statuses of the figures a result used (`confirmed` > `single-source` > `derived` >
 * `unconfirmed`); `confirmed` when none is given (a purely statutory computation). @internal
 */
export function weakestStatus(...statuses: readonly SourceStatus[]): SourceStatus {
  let weakest: SourceStatus = 'confirmed';
  for (const s of statuses) if (RANK[s] > RANK[weakest]) weakest = s;
  return weakest;
}

/** True for one of the four {@link SourceStatus} values. @internal */
export function isSourceStatus(value: unknown): value is SourceStatus {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RANK, value);
}
