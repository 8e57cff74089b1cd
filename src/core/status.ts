import type { SourceStatus } from '../rates/types.js';

/** The statuses from strongest to weakest (docs/contract.md §2). @internal */
const ORDER: readonly SourceStatus[] = ['confirmed', 'single-source', 'derived', 'unconfirmed'];

/**
 * The weakest of the statuses of the figures a result used: `confirmed` > `single-source` > `derived` >
 * `unconfirmed`. No status at all (a result that used no sourced figure) is `confirmed`.
 * An unknown string counts as `unconfirmed`. @internal
 */
export function weakestStatus(statuses: Iterable<SourceStatus | string>): SourceStatus {
  let worst = 0;
  for (const s of statuses) {
    const i = ORDER.indexOf(s as SourceStatus);
    const rank = i < 0 ? ORDER.length - 1 : i;
    if (rank > worst) worst = rank;
  }
  return ORDER[worst]!;
}
