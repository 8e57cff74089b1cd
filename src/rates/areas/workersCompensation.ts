import { WORKERS_COMPENSATION } from '../generated/workersCompensation.js';
import { areaLookup, bundledLookup } from '../area.js';
import { clipToFiscalYear } from '../periods.js';
import type { WorkersCompensationData, WorkersCompensationPeriod } from '../types.js';

/** The 労災保険率表 periods of a fiscal year, each with the 非業務災害率 in force on its first day. @internal */
export function workersCompensationPeriodsOf(data: WorkersCompensationData, fiscalYear: number): WorkersCompensationPeriod[] {
  return clipToFiscalYear(data.tables, fiscalYear).map((p) => {
    let n = data.nonOccupationalRate[0]!;
    for (const x of data.nonOccupationalRate) if (x.from <= p.from) n = x;
    return { ...p, nonOccupationalRate: { rate: n.rate, legalBasis: n.legalBasis, sources: n.sources, status: n.status }, industries: p.industries.map((r) => ({ ...r })) };
  });
}

/** The bundled data of this area for a published fiscal year. @internal */
export const workersCompensationBundled = /* @__PURE__ */ bundledLookup((fy) => workersCompensationPeriodsOf(WORKERS_COMPENSATION, fy), WORKERS_COMPENSATION.sources);

/** 労災保険率表 of a fiscal year: custom table or bundled data of this area only. @internal */
export const workersCompensationFor = /* @__PURE__ */ areaLookup(workersCompensationBundled, (t) => t.workersCompensation);
