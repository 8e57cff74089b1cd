import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { ratioFromPerMille } from '../kernel/ratioFromPerMille.js';
import type { Rational } from '../kernel/types.js';
import { citations, onlyPeriod, periodOn } from '../rates/registry.js';
import type { IndustryRate, RateTable, SourceMap, SourceStatus, WorkersCompensationPeriod } from '../rates/types.js';

/** A 労災保険率 looked up for a 業種, with everything a premium needs. */
export interface IndustryRateInForce {
  number: string;
  name: string;
  category: string;
  /** 労災保険率 per 1000. */
  rate: string;
  /** The rate as an exact fraction of 1 (3‰ → 3 / 1000). */
  ratio: Rational;
  /** 非業務災害率 per 1000 (part of the rate, excluded from メリット adjustment). */
  nonOccupationalRate: string;
  table: string;
  period: { from: string; to: string };
  /** The legal basis of the 労災保険率表 (the period's 告示 / 省令). */
  legalBasis: string;
  sources: string[];
  /** The row's status, or the period's when the row is confirmed: a `derived` row makes the rate `derived`. */
  status: SourceStatus;
}

/** The 労災保険率表 periods of one fiscal year and the citations of their source keys (a table or an area view). @internal */
export interface WorkersCompensationData {
  fiscalYear: number;
  periods: readonly WorkersCompensationPeriod[];
  sources: SourceMap;
}

/** 業種番号 → row of a period ('02/03' answers both), built once per period (tables are frozen). */
const INDEX = new WeakMap<WorkersCompensationPeriod, ReadonlyMap<string, IndustryRate>>();
function industryIndex(period: WorkersCompensationPeriod): ReadonlyMap<string, IndustryRate> {
  let index = INDEX.get(period);
  if (index === undefined) {
    const m = new Map<string, IndustryRate>();
    for (const r of period.industries) for (const n of r.number.split('/')) if (!m.has(n)) m.set(n, r);
    index = m;
    if (Object.isFrozen(period)) INDEX.set(period, index); // an unfrozen period (a caller's object) is indexed afresh each time
  }
  return index;
}

/** Finds a row of the 労災保険率表 by 業種番号 ('94', '02' / '03' for 林業). @internal */
export function findIndustry(period: WorkersCompensationPeriod, industry: unknown): IndustryRate {
  if (typeof industry !== 'string' || !/^\d{2}$/.test(industry)) {
    throw new InvalidInputError('UNKNOWN_INDUSTRY', `industry must be a 2-digit 業種番号 string such as '94' (got ${formatValue(industry)})`, { value: industry });
  }
  const row = industryIndex(period).get(industry);
  if (!row) {
    throw new InvalidInputError('UNKNOWN_INDUSTRY', `業種番号 ${industry} is not in the 労災保険率表 ${period.table} (${period.from}..${period.to})`, {
      value: industry,
      table: period.table,
    });
  }
  return row;
}

/**
 * The 労災保険率 of a 業種 in a fiscal year's 労災保険率表 (or on a date within the year), from the
 * periods of that year. @internal
 */
export function industryRateIn(data: WorkersCompensationData, industry: unknown, date?: string): IndustryRateInForce {
  const p = date !== undefined ? periodOn(data.periods, date, '労災保険率', data.fiscalYear) : onlyPeriod(data.periods, '労災保険率表', data.fiscalYear, 'pass a date');
  const row = findIndustry(p, industry);
  return {
    number: row.number,
    name: row.name,
    category: row.category,
    rate: row.rate,
    ratio: ratioFromPerMille(row.rate, 'workersCompensation rate'),
    nonOccupationalRate: p.nonOccupationalRate.rate,
    table: p.table,
    period: { from: p.from, to: p.to },
    legalBasis: p.legalBasis,
    sources: citations(data, p.sources),
    status: row.status === 'confirmed' ? p.status : row.status,
  };
}

/**
 * The 労災保険率 of a 業種 for a fiscal year (or on a date within it), from a rate table.
 * @internal
 */
export function industryRateFor(table: RateTable, industry: unknown, date?: string): IndustryRateInForce {
  return industryRateIn({ fiscalYear: table.fiscalYear, periods: table.workersCompensation, sources: table.sources }, industry, date);
}
