import type { SourceStatus } from '../rates/types.js';

const RANK: Readonly<Record<SourceStatus, number>> = { confirmed: 3, 'single-source': 2, derived: 1, unconfirmed: 0 };

/**
 * The weakest of some source statuses (`confirmed` > `single-source` > `derived` > `unconfirmed`): the status
 * of a result that rests on all of them. No status at all is `'confirmed'` (nothing weakens it). @internal
 */
export function weakestStatus(...statuses: readonly SourceStatus[]): SourceStatus {
  let weakest: SourceStatus = 'confirmed';
  for (const s of statuses) if (RANK[s] < RANK[weakest]) weakest = s;
  return weakest;
}
