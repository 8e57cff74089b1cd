import type { DateInput } from '../../core/dates.js';
import { areaLookup, bundledLookup } from '../area.js';
import { EMPLOYMENT_RATES } from '../generated/employmentRates.js';
import { clipToFiscalYear, onlyPeriod, periodOn } from '../periods.js';
import { resolveFiscalYear } from '../time.js';
import type { EmploymentCategory, EmploymentRates, RatesOption } from '../types.js';

/** The bundled 雇用保険率 of a published fiscal year: dates and rates only. @internal */
const employmentRatesBundled = /* @__PURE__ */ bundledLookup((fy) => clipToFiscalYear(EMPLOYMENT_RATES.periods, fy), {});

/** 雇用保険率 of a fiscal year, dates and rates only: custom table or the bundled rates. @internal */
const employmentRatesFor = /* @__PURE__ */ areaLookup(employmentRatesBundled, (t) => t.employmentInsurance);

/**
 * The 雇用保険率 of a category in force on a 賃金締切日 (or in a fiscal year with a single rate
 * period), without its provenance: the path of `createEmployeeDeduction`, which returns a number.
 * The same figures, the same errors and the same custom tables as the provenance-carrying lookup of
 * `employeeDeduction` (both compiled from rates/parameters/employment.yaml; test/rates/compiled.test.ts).
 * @internal
 */
export function employmentRatesInForce(
  opts: { closingDate?: DateInput | undefined; fiscalYear?: number | undefined; rates?: RatesOption | undefined },
  category: EmploymentCategory,
): Pick<EmploymentRates, 'worker'> {
  const t = resolveFiscalYear({ date: opts.closingDate, fiscalYear: opts.fiscalYear }, 'closingDate');
  const area = employmentRatesFor(t.fiscalYear, opts.rates);
  const p =
    t.date !== undefined ? periodOn(area.value, t.date, '雇用保険率', t.fiscalYear) : onlyPeriod(area.value, '雇用保険率', t.fiscalYear, 'pass the 賃金締切日 as closingDate');
  return p.categories[category];
}
