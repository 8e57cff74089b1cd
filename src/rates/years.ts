import { RateTableError } from '../core/errors.js';
import { PUBLISHED_YEARS } from './generated/fiscalYears.js';

/** Where the custom-table guide lives (cited by NO_RATE_TABLE). @internal */
export const CUSTOM_RATES_GUIDE = 'https://github.com/jp-labor-insurance/jp-labor-insurance/blob/main/docs/custom-rates.md';

/** Throws NO_RATE_TABLE unless the package publishes `fiscalYear`. @internal */
export function assertPublished(fiscalYear: number, have: readonly number[] = PUBLISHED_YEARS): void {
  if (have.includes(fiscalYear)) return;
  throw new RateTableError(
    'NO_RATE_TABLE',
    `no rate table for FY${fiscalYear}; the package ships FY${have[0]}–FY${have[have.length - 1]} — define your own table with defineRateTable() and pass it as 'rates' (see docs/custom-rates.md: ${CUSTOM_RATES_GUIDE})`,
    { fiscalYear, available: have, guide: CUSTOM_RATES_GUIDE },
  );
}
