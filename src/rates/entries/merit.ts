// Subpath export `jp-labor-insurance/rates/merit`: メリット制 data only.
import { MERIT } from '../generated/merit.js';
import { deepFreeze } from '../periods.js';
import type { MeritData } from '../types.js';

export type * from '../types.js';

/**
 * メリット制 (継続事業): the メリット収支率 → 増減率 table, the limits of each scheme and the
 * eligibility rules, with the citations of their source keys. Frozen.
 *
 * @example
 * ```ts
 * import { MERIT_TABLE } from 'jp-labor-insurance/rates/merit';
 * console.log(MERIT_TABLE.continuous.rows[0], MERIT_TABLE.limits.continuous);
 * //=> { upToPercent: '10', adjustmentPercent: -40 } 40
 * ```
 */
export const MERIT_TABLE: MeritData = deepFreeze(MERIT);
