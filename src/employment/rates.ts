import type { DateInput } from '../core/dates.js';
import { employmentFor } from '../rates/areas/employment.js';
import { citations, onlyPeriod, periodOn } from '../rates/periods.js';
import { resolveFiscalYear } from '../rates/time.js';
import type { EmploymentCategory, EmploymentPeriod, EmploymentRates, RatesOption, SourceStatus } from '../rates/types.js';

/** The 雇用保険率 in force for a wage, with where it comes from. */
export interface EmploymentRateInForce {
  fiscalYear: number;
  category: EmploymentCategory;
  rates: EmploymentRates;
  period: { from: string; to: string };
  legalBasis: string;
  sources: string[];
  status: SourceStatus;
}

/**
 * Finds the 雇用保険率 for a 賃金締切日 (closing date) or, when the year has a single rate period,
 * a fiscal year. @internal
 */
export function employmentRateFor(
  opts: { closingDate?: DateInput | undefined; fiscalYear?: number | undefined; rates?: RatesOption | undefined },
  category: EmploymentCategory,
): EmploymentRateInForce {
  const t = resolveFiscalYear({ date: opts.closingDate, fiscalYear: opts.fiscalYear }, 'closingDate');
  const area = employmentFor(t.fiscalYear, opts.rates);
  const p: EmploymentPeriod =
    t.date !== undefined ? periodOn(area.value, t.date, '雇用保険率', t.fiscalYear) : onlyPeriod(area.value, '雇用保険率', t.fiscalYear, 'pass the 賃金締切日 as closingDate');
  return {
    fiscalYear: t.fiscalYear,
    category,
    rates: p.categories[category],
    period: { from: p.from, to: p.to },
    legalBasis: p.legalBasis,
    sources: citations(area, p.sources),
    status: p.status,
  };
}
