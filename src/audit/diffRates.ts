import { assertFiscalYear } from '../core/dates.js';
import { assertObject } from '../core/options.js';
import { CATEGORY_NAMES } from '../employment/category.js';
import { citations, ratesFor, type RatesOption } from '../rates/registry.js';
import type { EmploymentCategory, EmploymentRates, RateTable } from '../rates/types.js';
import { legalBasisList } from './legalBasis.js';

/** The block of the rate table a {@link RateChange} belongs to. */
export type RateArea =
  | 'employmentInsurance'
  | 'workersCompensation'
  | 'nonOccupationalRate'
  | 'generalContribution'
  | 'careBenefit'
  | 'laborCostRatio'
  | 'specialEnrollment.secondClass'
  | 'specialEnrollment.thirdClass';

/** One figure that changed between two fiscal years (or within the later one). */
export interface RateChange {
  area: RateArea;
  /** Which figure: `general.worker`, `94` (業種番号), `constant.max`, `construction` (特別加入 code) … */
  key: string;
  /** What the figure is, in Japanese (e.g. `雇用保険率 一般の事業 被保険者負担`). */
  label: string;
  kind: 'changed' | 'added' | 'removed';
  /** Previous figure (absent when added). */
  old?: string;
  /** New figure (absent when removed). */
  new?: string;
  /** `per-mille` (‰), `yen` (per month) or `percent`. */
  unit: 'per-mille' | 'yen' | 'percent';
  /** First day the new figure applies (for a removal, the first day without it). */
  effective: string;
  /** Legal basis of the new figure (of the old one for a removal); empty when the table gives none. */
  legalBasis: string[];
  /** Citations of the new figure (of the old one for a removal). */
  sources: string[];
}

/** Result of {@link diffRates} — a report, not a calculation: no `amount`; each change carries its own `legalBasis` and `sources`. */
export interface RateDiff {
  from: number;
  to: number;
  changes: RateChange[];
  /** Blocks that could not be compared because a table has no figures for them. */
  notes: string[];
}

const EI_FIELDS: readonly (keyof EmploymentRates)[] = ['total', 'worker', 'employer', 'employerBenefitPart', 'employerTwoProjectsPart'];
const EI_FIELD_NAMES: Readonly<Record<keyof EmploymentRates, string>> = {
  total: '合計',
  worker: '被保険者負担',
  employer: '事業主負担',
  employerBenefitPart: '事業主負担のうち失業等給付・育児休業給付分',
  employerTwoProjectsPart: '二事業率',
};

interface Snapshot {
  from: string;
  legalBasis: string;
  sources: string[];
  /** key → [label, value, per-figure sources?] */
  figures: Map<string, { label: string; value: string; sources?: string[]; from?: string }>;
}

interface AreaSpec {
  area: RateArea;
  unit: RateChange['unit'];
  /** Snapshots of a table's periods, in order. */
  snapshots(t: RateTable): Snapshot[];
}

const src = (t: RateTable, keys: readonly string[]) => citations(t, keys);

const AREAS: readonly AreaSpec[] = [
  {
    area: 'employmentInsurance',
    unit: 'per-mille',
    snapshots: (t) =>
      t.employmentInsurance.map((p) => {
        const figures = new Map<string, { label: string; value: string }>();
        for (const c of Object.keys(CATEGORY_NAMES) as EmploymentCategory[]) {
          for (const f of EI_FIELDS) {
            const v = p.categories[c]?.[f];
            if (v !== undefined) figures.set(`${c}.${f}`, { label: `雇用保険率 ${CATEGORY_NAMES[c]} ${EI_FIELD_NAMES[f]}`, value: v });
          }
        }
        return { from: p.from, legalBasis: p.legalBasis, sources: src(t, p.sources), figures };
      }),
  },
  {
    area: 'workersCompensation',
    unit: 'per-mille',
    snapshots: (t) =>
      t.workersCompensation.map((p) => ({
        from: p.from,
        legalBasis: p.legalBasis,
        sources: src(t, p.sources),
        figures: new Map(p.industries.map((r) => [r.number, { label: `労災保険率 ${r.number} ${r.name}`, value: r.rate }])),
      })),
  },
  {
    area: 'nonOccupationalRate',
    unit: 'per-mille',
    snapshots: (t) =>
      t.workersCompensation.map((p) => ({
        from: p.from,
        legalBasis: p.nonOccupationalRate.legalBasis,
        sources: src(t, p.nonOccupationalRate.sources),
        figures: new Map([['rate', { label: '非業務災害率', value: p.nonOccupationalRate.rate }]]),
      })),
  },
  {
    area: 'generalContribution',
    unit: 'per-mille',
    snapshots: (t) =>
      t.generalContribution.map((p) => ({
        from: p.from,
        legalBasis: p.legalBasis,
        sources: src(t, p.sources),
        figures: new Map([['rate', { label: '一般拠出金率', value: p.rate }]]),
      })),
  },
  {
    area: 'careBenefit',
    unit: 'yen',
    snapshots: (t) =>
      t.careBenefit.map((p) => ({
        from: p.from,
        legalBasis: p.legalBasis,
        sources: src(t, p.sources),
        figures: new Map([
          ['constant.max', { label: '介護(補償)等給付 常時介護 上限額', value: String(p.constant.max) }],
          ['constant.min', { label: '介護(補償)等給付 常時介護 最低保障額', value: String(p.constant.min) }],
          ['occasional.max', { label: '介護(補償)等給付 随時介護 上限額', value: String(p.occasional.max) }],
          ['occasional.min', { label: '介護(補償)等給付 随時介護 最低保障額', value: String(p.occasional.min) }],
        ]),
      })),
  },
  {
    area: 'laborCostRatio',
    unit: 'percent',
    snapshots: (t) =>
      t.laborCostRatio.map((p) => ({
        from: p.from,
        legalBasis: p.legalBasis,
        sources: src(t, p.sources),
        figures: new Map(p.rows.map((r) => [r.number, { label: `労務費率 ${r.number} ${r.name}`, value: r.percent }])),
      })),
  },
  {
    area: 'specialEnrollment.secondClass',
    unit: 'per-mille',
    snapshots: (t) =>
      t.specialEnrollment.secondClass.map((p) => ({
        from: p.from,
        legalBasis: p.legalBasis,
        sources: src(t, p.sources),
        figures: new Map(
          p.rows.map((r) => [r.code, { label: `第2種特別加入保険料率 ${r.name}`, value: r.rate, sources: src(t, r.sources), ...(r.from !== undefined ? { from: r.from } : {}) }]),
        ),
      })),
  },
  {
    area: 'specialEnrollment.thirdClass',
    unit: 'per-mille',
    snapshots: (t) =>
      t.specialEnrollment.thirdClass.map((p) => ({
        from: p.from,
        legalBasis: p.legalBasis,
        sources: src(t, p.sources),
        figures: new Map([['rate', { label: '第3種特別加入保険料率', value: p.rate }]]),
      })),
  },
];

/**
 * Every figure that changed from one fiscal year to another — what a payroll vendor must update each
 * April: 雇用保険率 per category and share, 労災保険率 per 業種番号 (added / removed / changed), 非業務災害率,
 * 一般拠出金率, 介護(補償)等給付 limits, 労務費率, 特別加入保険料率. The last period of `fromFiscalYear`
 * is compared with the first period of `toFiscalYear`, then each later period of `toFiscalYear` with
 * the one before it (changes during the year, e.g. FY2022's October 雇用保険率). With the same year
 * twice, only the changes during that year are listed. Each change carries the effective date, legal
 * basis and sources of the new figure. The result is a report of changes, not a calculation: it has
 * no `amount`.
 *
 * @throws {@link RateTableError} `NO_RATE_TABLE` for a year with no table
 *
 * @example
 * ```ts
 * import { diffRates } from 'jp-labor-insurance';
 * const d = diffRates(2024, 2025);
 * const worker = d.changes.find((c) => c.key === 'general.worker');
 * console.log(worker?.old, worker?.new, worker?.effective); //=> '6' '5.5' '2025-04-01'
 * console.log(Array.isArray(worker?.legalBasis), worker?.legalBasis.length); //=> true 1
 * console.log(diffRates(2022, 2022).changes.find((c) => c.key === 'general.worker')?.new); //=> '5'
 * ```
 */
export function diffRates(fromFiscalYear: number, toFiscalYear: number, options: { rates?: RatesOption } = {}): RateDiff {
  options = assertObject(options, 'diffRates options'); // guard: an object, read once
  const fromYear = assertFiscalYear(fromFiscalYear, 'fromFiscalYear');
  const toYear = assertFiscalYear(toFiscalYear, 'toFiscalYear');
  const opt = options.rates === undefined ? {} : { rates: options.rates };
  const a = ratesFor(fromYear, opt);
  const b = ratesFor(toYear, opt);
  const changes: RateChange[] = [];
  const notes: string[] = [];
  for (const spec of AREAS) {
    const later = spec.snapshots(b);
    const earlier = fromYear === toYear ? [] : spec.snapshots(a);
    if (later.length === 0 || (fromYear !== toYear && earlier.length === 0)) {
      const missing = [later.length === 0 ? `FY${toYear}` : undefined, fromYear !== toYear && earlier.length === 0 ? `FY${fromYear}` : undefined].filter(Boolean).join(' and ');
      notes.push(`${spec.area}: no figures in the table of ${missing}; not compared`);
      continue;
    }
    const sequence = fromYear === toYear ? later : [earlier[earlier.length - 1]!, ...later];
    for (let i = 1; i < sequence.length; i++) compare(spec, sequence[i - 1]!, sequence[i]!, changes);
  }
  return { from: fromYear, to: toYear, changes, notes };
}

function compare(spec: AreaSpec, prev: Snapshot, next: Snapshot, out: RateChange[]): void {
  for (const [key, n] of next.figures) {
    const p = prev.figures.get(key);
    if (p !== undefined && p.value === n.value) continue;
    out.push({
      area: spec.area,
      key,
      label: n.label,
      kind: p === undefined ? 'added' : 'changed',
      ...(p !== undefined ? { old: p.value } : {}),
      new: n.value,
      unit: spec.unit,
      effective: n.from !== undefined && n.from > next.from ? n.from : next.from,
      legalBasis: legalBasisList(next.legalBasis),
      sources: [...(n.sources ?? next.sources)],
    });
  }
  for (const [key, p] of prev.figures) {
    if (next.figures.has(key)) continue;
    out.push({
      area: spec.area,
      key,
      label: p.label,
      kind: 'removed',
      old: p.value,
      unit: spec.unit,
      effective: next.from,
      legalBasis: legalBasisList(prev.legalBasis),
      sources: [...(p.sources ?? prev.sources)],
    });
  }
}
