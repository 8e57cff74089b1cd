import type { SourceStatus } from '../rates/types.js';

const RANK: Readonly<Record<SourceStatus, number>> = { confirmed: 0, 'single-source': 1, derived: 2, unconfirmed: 3 };
const BY_RANK: readonly SourceStatus[] = ['confirmed', 'single-source', 'derived', 'unconfirmed'];

/**
 * The weakest of the statuses of the figures a result uses (`confirmed` > `single-source` > `derived` >
 * `unconfirmed`): `undefined` entries (a figure the caller gave, not taken from a table) are skipped, a
 * string that is not a {@link SourceStatus} counts as `unconfirmed`, and no status at all is `confirmed`
 * (a result resting on the statute and the caller's figures only).
 * For instance `weakestStatus(['confirmed', 'derived', undefined])` is `'derived'`.
 * @internal
 */
export function weakestStatus(statuses: readonly (SourceStatus | string | undefined)[]): SourceStatus {
  let worst = 0;
  for (const s of statuses) {
    if (s === undefined) continue;
    const r = Object.prototype.hasOwnProperty.call(RANK, s) ? RANK[s as SourceStatus] : 3;
    if (r > worst) worst = r;
  }
  return BY_RANK[worst]!;
}
