import { customTableFor } from './custom-lookup.js';
import { deepFreeze } from './periods.js';
import type { RateTable, RatesOption, SourceMap } from './types.js';
import { assertPublished } from './years.js';

/** One area's figures for one fiscal year, and the citations of their source keys. @internal */
export interface AreaView<T> {
  fiscalYear: number;
  value: T;
  sources: SourceMap;
}

/**
 * The bundled data of one area for a published fiscal year, clipped to the year once, then cached
 * and frozen; NO_RATE_TABLE for any other year. @internal
 */
export function bundledLookup<T>(bundled: (fiscalYear: number) => T, sources: SourceMap): (fiscalYear: number) => AreaView<T> {
  const cache = new Map<number, AreaView<T>>();
  return (fiscalYear) => {
    let v = cache.get(fiscalYear);
    if (!v) {
      assertPublished(fiscalYear);
      v = deepFreeze({ fiscalYear, value: bundled(fiscalYear), sources });
      cache.set(fiscalYear, v);
    }
    return v;
  };
}

/**
 * A per-area lookup for calculations: the caller's custom table when one is given for the year, else
 * the bundled data of this area only. @internal
 */
export function areaLookup<T>(bundled: (fiscalYear: number) => AreaView<T>, fromTable: (t: RateTable) => T): (fiscalYear: number, rates?: RatesOption) => AreaView<T> {
  return (fiscalYear, rates) => {
    if (rates !== undefined) {
      const t = customTableFor(fiscalYear, rates);
      if (t) return { fiscalYear, value: fromTable(t), sources: t.sources };
    }
    return bundled(fiscalYear);
  };
}
