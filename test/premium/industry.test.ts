import { describe, expect, it } from 'vitest';
import { ratesFor } from '../../src/index.js';
import { industryRateFor, industryRateIn } from '../../src/workers-compensation/industry.js';

describe('the 労災保険率 lookup of a 業種 (what a premium needs)', () => {
  it('業種 98 FY2025: 3‰, the table’s legal basis and citations, the row’s derived status, the exact ratio', () => {
    const t = ratesFor(2025);
    const p = t.workersCompensation[0]!;
    const row = p.industries.find((r) => r.number === '98')!;
    const r = industryRateFor(t, '98');
    expect(r).toMatchObject({ number: '98', rate: row.rate, legalBasis: p.legalBasis, status: 'derived', period: { from: p.from, to: p.to } });
    expect(r.ratio).toEqual({ numerator: 3n, denominator: 1000n }); // 3‰ = 3/1000
    expect(r.sources).toEqual(p.sources.map((k) => t.sources[k] ?? k));
    expect(industryRateIn({ fiscalYear: 2025, periods: t.workersCompensation, sources: t.sources }, '98')).toEqual(r);
  });
  it('林業 is found under either number of 02/03; a confirmed row in a confirmed period is confirmed', () => {
    const t = ratesFor(2025);
    expect(industryRateFor(t, '02').number).toBe(industryRateFor(t, '03').number);
    expect(industryRateFor(t, '37').status).toBe('confirmed');
  });
  it('refuses a malformed or unknown 業種番号 with UNKNOWN_INDUSTRY', () => {
    const t = ratesFor(2025);
    for (const v of ['00', '9', '980', 98, undefined]) expect(() => industryRateFor(t, v)).toThrowError(expect.objectContaining({ code: 'UNKNOWN_INDUSTRY' }));
  });
});
