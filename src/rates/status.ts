import { FISCAL_YEARS } from './generated/fiscalYears.js';
import { RATE_DATA_STATUS } from './generated/status.js';
import { deepFreeze } from './periods.js';
import type { RateDataGap, SourceStatus } from './types.js';

/** What {@link rateDataStatus} reports. */
export interface RateDataStatus {
  /** The 保険年度 the package publishes a table for. */
  fiscalYears: number[];
  /** The most recent date on which a figure was checked against its sources (`YYYY-MM-DD`). */
  latestVerified: string;
  /** The oldest such date: figures not re-checked since. */
  oldestVerified: string;
  /** How many figures the parameters hold, and how many distinct sources they cite. */
  figureCount: number;
  sourceCount: number;
  /** Figures per status. */
  byStatus: Readonly<Partial<Record<SourceStatus, number>>>;
  /**
   * Known gaps: periods or categories no source gives a figure for (a calculation that needs one
   * throws `RATE_NOT_KNOWN`): the 介護(補償)等給付 amounts of FY2021 and from 2026-04-01, the 第2種
   * categories without a published rate.
   */
  gaps: readonly RateDataGap[];
  /** Figures present but `unconfirmed` (used, with that status in every result that uses them). */
  unconfirmed: readonly { area: string; key: string; from: string; to: string; value: string; sources: readonly string[]; verified: string }[];
}

let cached: RateDataStatus | undefined;

/**
 * How current and complete the bundled rate data is: the latest verification date, the number of
 * figures per status, the known gaps and the `unconfirmed` figures. Frozen. Also on the command line:
 * `jp-labor-insurance rates status`.
 *
 * @example
 * ```ts
 * import { rateDataStatus } from 'jp-labor-insurance';
 * const s = rateDataStatus();
 * console.log(s.latestVerified, s.fiscalYears.at(-1));
 * //=> '2026-12-02' 2026
 * console.log(s.gaps.filter((g) => g.area === 'careBenefit').map((g) => g.from));
 * //=> [ '2021-04-01', '2026-04-01' ]
 * console.log(s.unconfirmed.map((f) => f.key)); //=> [ 'lateFee.2026' ]
 * ```
 */
export function rateDataStatus(): RateDataStatus {
  cached ??= deepFreeze({ fiscalYears: FISCAL_YEARS.map((y) => y.fiscalYear), ...RATE_DATA_STATUS, byStatus: { ...RATE_DATA_STATUS.byStatus } });
  return cached;
}
