import { InvalidInputError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { citations, onlyPeriod, periodOn } from '../rates/registry.js';
import type { IndustryRate, RateTable, SourceStatus, WorkersCompensationPeriod } from '../rates/types.js';

/** A 労災保険率 looked up for a 業種. */
export interface IndustryRateInForce {
  number: string;
  name: string;
  category: string;
  /** 労災保険率 per 1000. */
  rate: string;
  /** 非業務災害率 per 1000 (part of the rate, excluded from メリット adjustment). */
  nonOccupationalRate: string;
  table: string;
  period: { from: string; to: string };
  legalBasis: string;
  sources: string[];
  status: SourceStatus;
}

/** Finds a row of the 労災保険率表 by 業種番号 ('94', '02' / '03' for 林業). @internal */
export function findIndustry(period: WorkersCompensationPeriod, industry: unknown): IndustryRate {
  if (typeof industry !== 'string' || !/^\d{2}$/.test(industry)) {
    throw new InvalidInputError('UNKNOWN_INDUSTRY', `industry must be a 2-digit 業種番号 string such as '94' (got ${formatValue(industry)})`, { value: industry });
  }
  const row = period.industries.find((r) => r.number.split('/').includes(industry));
  if (!row) {
    throw new InvalidInputError('UNKNOWN_INDUSTRY', `業種番号 ${industry} is not in the 労災保険率表 ${period.table} (${period.from}..${period.to})`, { value: industry, table: period.table });
  }
  return row;
}

/**
 * The 労災保険率 of a 業種 for a fiscal year (or on a date within it).
 * @internal
 */
export function industryRateFor(table: RateTable, industry: unknown, date?: string): IndustryRateInForce {
  const p = date !== undefined
    ? periodOn(table.workersCompensation, date, '労災保険率', table.fiscalYear)
    : onlyPeriod(table.workersCompensation, '労災保険率表', table.fiscalYear, 'pass a date');
  const row = findIndustry(p, industry);
  return {
    number: row.number,
    name: row.name,
    category: row.category,
    rate: row.rate,
    nonOccupationalRate: p.nonOccupationalRate.rate,
    table: p.table,
    period: { from: p.from, to: p.to },
    legalBasis: p.legalBasis,
    sources: citations(table, p.sources),
    status: row.status === 'confirmed' ? p.status : row.status,
  };
}
