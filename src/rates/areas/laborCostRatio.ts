import { LABOR_COST_RATIO } from '../generated/laborCostRatio.js';
import { areaLookup, bundledLookup } from '../area.js';
import { clipToFiscalYear } from '../periods.js';
import type { LaborCostRatioData, LaborCostRatioPeriod } from '../types.js';

/** The 労務費率表 periods of a fiscal year. @internal */
export function laborCostRatioPeriodsOf(data: LaborCostRatioData, fiscalYear: number): LaborCostRatioPeriod[] {
  return clipToFiscalYear(data.tables, fiscalYear).map((p) => ({ ...p, rows: p.rows.map((r) => ({ ...r })) }));
}

/** The bundled data of this area for a published fiscal year. @internal */
export const laborCostRatioBundled = /* @__PURE__ */ bundledLookup((fy) => laborCostRatioPeriodsOf(LABOR_COST_RATIO, fy), LABOR_COST_RATIO.sources);

/** 労務費率表 of a fiscal year: custom table or bundled data of this area only. @internal */
export const laborCostRatioFor = /* @__PURE__ */ areaLookup(laborCostRatioBundled, (t) => t.laborCostRatio);
