// Subpath export `jp-labor-insurance/rates/procedures`: procedure data and due dates only.
import { PROCEDURES } from '../generated/procedures.js';
import { deepFreeze } from '../periods.js';
import type { ProceduresData } from '../types.js';

export type * from '../types.js';

/**
 * 年度更新・延納・追徴金・延滞金・時効: deadlines (納期限, 事務組合委託, 口座振替納付日), thresholds and
 * rates, with the citations of their source keys. Month-day dates are `MM-DD` within the 保険年度. Frozen.
 *
 * @example
 * ```ts
 * import { PROCEDURE_DATA } from 'jp-labor-insurance/rates/procedures';
 * console.log(PROCEDURE_DATA.installments.periods.map((p) => [p.due, p.accountTransferDue]));
 * //=> [ [ '07-10', '09-06' ], [ '10-31', '11-14' ], [ '01-31', '02-14' ] ]
 * ```
 */
export const PROCEDURE_DATA: ProceduresData = deepFreeze(PROCEDURES);
