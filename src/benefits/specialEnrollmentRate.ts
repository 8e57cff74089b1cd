// 特別加入保険料率: which rate applies (第1種 the business's, 第2種 the 事業又は作業の種類's, 第3種), internal.
import { InvalidInputError, RateTableError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { traceStep, type TraceStep } from '../core/trace.js';
import { citations, periodOn } from '../rates/registry.js';
import type { RateTable, SourceStatus } from '../rates/types.js';
import { industryRateFor } from '../workers-compensation/industry.js';
import type { SpecialEnrollmentKind } from './specialEnrollmentKind.js';

/**
 * Where a 特別加入保険料率 comes from: the 第1種 business's 業種 (`industry`), the 第2種 事業又は作業の種類
 * (`workType`), the 第3種 rate (`thirdClass`), or the caller (`given`).
 * @category 特別加入 Special enrollment
 */
export type SpecialEnrollmentRateSourceType = 'industry' | 'workType' | 'thirdClass' | 'given';

/** The rate of a special enrollment with its provenance and its trace step. @internal */
export interface SpecialRate {
  rate: string;
  type: SpecialEnrollmentRateSourceType;
  code?: string;
  name?: string;
  /** The status of the table rate used (absent for a rate given by the caller). */
  status?: SourceStatus;
  legalBasis: string[];
  sources: string[];
  step: TraceStep;
}

/**
 * The 特別加入保険料率 on `date`: 第1種 the business's 労災保険率 (徴収法13条; by `industry`, or `given`),
 * 第2種 the rate of the 事業又は作業の種類 `workType` (徴収法14条; 徴収則23条・別表第五), 第3種 the
 * 第3種 rate (徴収法14条の2). A `given` rate replaces the table's. @internal
 */
export function specialRate(kind: SpecialEnrollmentKind, o: Record<string, unknown>, table: RateTable, date: string, given: string | undefined): SpecialRate {
  const k = String(kind);
  if (kind === 1) {
    if (o['workType'] !== undefined)
      throw new InvalidInputError('INVALID_OPTION', "workType is for 第2種 (kind 2); 第1種 uses the business's industry or rate", { field: 'workType' });
    if (o['industry'] === undefined) {
      if (given === undefined) throw new InvalidInputError('INVALID_OPTION', "第1種 needs the business's industry (業種番号) or its 労災保険率 as rate", { field: 'industry' });
      return { rate: given, type: 'given', legalBasis: ['徴収法13条'], sources: [], step: traceStep('rate', 'benefits.specialRateGiven', given, { kind: k }) };
    }
    const ind = industryRateFor(table, o['industry'], date);
    if (given !== undefined) {
      const step = traceStep('rate', 'benefits.specialRateIndustryGiven', given, { kind: k, industry: ind.number, industryName: ind.name, tableRate: ind.rate });
      return { rate: given, type: 'given', code: ind.number, name: ind.name, legalBasis: ['徴収法13条・12条3項'], sources: ind.sources, step };
    }
    const step = traceStep('rate', 'benefits.specialRateIndustry', ind.rate, { kind: k, industry: ind.number, industryName: ind.name, legalBasis: ind.legalBasis });
    return { rate: ind.rate, type: 'industry', code: ind.number, name: ind.name, status: ind.status, legalBasis: ['徴収法13条', ind.legalBasis], sources: ind.sources, step };
  }
  if (o['industry'] !== undefined) throw new InvalidInputError('INVALID_OPTION', 'industry is for 第1種 (kind 1) only', { field: 'industry' });
  if (kind === 3) {
    if (o['workType'] !== undefined) throw new InvalidInputError('INVALID_OPTION', 'workType is for 第2種 (kind 2) only', { field: 'workType' });
    if (given !== undefined) return asGiven(k, given, '徴収法14条の2');
    const p = periodOn(table.specialEnrollment.thirdClass, date, '第3種特別加入保険料率', table.fiscalYear);
    const step = traceStep('rate', 'benefits.specialRateThirdClass', p.rate, { kind: k, legalBasis: p.legalBasis });
    return { rate: p.rate, type: 'thirdClass', status: p.status, legalBasis: [p.legalBasis], sources: citations(table, p.sources), step };
  }
  return workTypeRate(o['workType'], table, date, given);
}

function asGiven(kind: string, given: string, legalBasis: string): SpecialRate {
  return { rate: given, type: 'given', legalBasis: [legalBasis], sources: [], step: traceStep('rate', 'benefits.specialRateAsGiven', given, { kind, legalBasis }) };
}

/** 第2種: the row of the 事業又は作業の種類 in the table in force on `date` (it may start later than the table). */
function workTypeRate(code: unknown, table: RateTable, date: string, given: string | undefined): SpecialRate {
  if (code === undefined) {
    if (given === undefined) throw new InvalidInputError('INVALID_OPTION', "第2種 needs a workType code (e.g. 'construction') or a rate", { field: 'workType' });
    return asGiven('2', given, '徴収法14条');
  }
  if (typeof code !== 'string')
    throw new InvalidInputError('UNKNOWN_CATEGORY', `workType must be a code string such as 'construction' (got ${formatValue(code)})`, { field: 'workType', value: code });
  const p = periodOn(table.specialEnrollment.secondClass, date, '第2種特別加入保険料率', table.fiscalYear);
  const row = p.rows.find((x) => x.code === code);
  if (!row) {
    const known = p.rows.map((x) => x.code);
    throw new InvalidInputError(
      'UNKNOWN_CATEGORY',
      `第2種特別加入 workType ${formatValue(code)} has no known rate in table ${p.table} (${p.from}..${p.to}); known: ${known.join(', ')}`,
      { field: 'workType', value: code, known },
    );
  }
  if (row.from !== undefined && date < row.from) {
    throw new RateTableError(
      'CATEGORY_NOT_IN_FORCE',
      `第2種特別加入 workType ${formatValue(code)} (${row.name}) exists only from ${row.from}; got date ${date} — pass the 承認日 as date`,
      { field: 'workType', value: code, from: row.from, date },
    );
  }
  const sources = citations(table, row.sources.length > 0 ? row.sources : p.sources);
  if (given !== undefined) {
    const step = traceStep('rate', 'benefits.specialRateWorkTypeGiven', given, {
      kind: '2',
      workType: row.code,
      workTypeName: row.name,
      tableRate: row.rate,
      legalBasis: p.legalBasis,
    });
    return { rate: given, type: 'given', code: row.code, name: row.name, legalBasis: [p.legalBasis], sources, step };
  }
  const step = traceStep('rate', 'benefits.specialRateWorkType', row.rate, { kind: '2', workType: row.code, workTypeName: row.name, table: p.table, legalBasis: p.legalBasis });
  return { rate: row.rate, type: 'workType', code: row.code, name: row.name, status: row.status, legalBasis: [p.legalBasis], sources, step };
}
