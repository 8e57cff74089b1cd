import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laborInsurancePremium, ratesFor, COVERAGES, isCoverage } from '../../src/index.js';
import { FY2022_SPLIT_LAW, FY2022_SPLIT_SOURCES } from '../../src/premium/compute.js';

const rowStatus = (fiscalYear: number, industry: string) => ratesFor(fiscalYear).workersCompensation[0]!.industries.find((r) => r.number.split('/').includes(industry))!.status;

describe('Premium — the contract fields (status, legalBasis, sources)', () => {
  it('a 労災 rate marked derived in the data makes the premium derived (業種 98 from FY2024; 59 in FY2018)', () => {
    expect(rowStatus(2025, '98')).toBe('derived'); // the data's own mark, read independently of the premium
    const p = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000 });
    expect([p.status, p.workersCompensation!.status, p.employmentInsurance!.status]).toEqual(['derived', 'derived', 'confirmed']);
    expect(rowStatus(2018, '59')).toBe('derived');
    expect(laborInsurancePremium({ fiscalYear: 2018, industry: '59', category: 'general', wages: 1_000_000 }).status).toBe('derived');
    // the same 業種 before the revision that made it derived: confirmed
    expect(rowStatus(2023, '98')).toBe('confirmed');
    expect(laborInsurancePremium({ fiscalYear: 2023, industry: '98', category: 'general', wages: 3_300_000 }).status).toBe('confirmed');
  });

  it('confirmed rates give a confirmed premium; employment-only coverage ignores the 労災 table', () => {
    expect(rowStatus(2025, '37')).toBe('confirmed');
    expect(laborInsurancePremium({ fiscalYear: 2025, industry: '37', category: 'construction', wages: 10_000_500 }).status).toBe('confirmed');
    expect(laborInsurancePremium({ fiscalYear: 2025, coverage: 'employmentInsurance', category: 'general', wages: 3_300_000 }).status).toBe('confirmed');
  });

  it('legalBasis: the premium, the rate tables, the base truncation and the yen truncation, deduplicated', () => {
    const t = ratesFor(2025);
    const p = laborInsurancePremium({ fiscalYear: 2025, industry: '37', category: 'construction', wages: 10_000_500 });
    expect(p.legalBasis).toEqual(['徴収法11条・15条・19条', t.workersCompensation[0]!.legalBasis, t.employmentInsurance[0]!.legalBasis, '徴収法15条1項1号', '端数計算法2条1項']);
    expect(new Set(p.legalBasis).size).toBe(p.legalBasis.length);
    const merit = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 500_000_000, workersCompensationRate: '2.04' });
    expect(merit.legalBasis).toContain('徴収法12条3項');
    expect(merit.legalBasis).not.toContain(t.workersCompensation[0]!.legalBasis);
  });

  it('sources: the citations of the rates used, deduplicated', () => {
    const t = ratesFor(2025);
    const p = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000 });
    const expected = new Set([...t.workersCompensation[0]!.sources, ...t.employmentInsurance[0]!.sources].map((k) => t.sources[k] ?? k));
    expect(new Set(p.sources)).toEqual(expected);
    expect(new Set(p.sources).size).toBe(p.sources.length);
  });

  it('FY2022: the split-year employment part has no single rate; each period has its own; the instructions are cited', () => {
    const p = laborInsurancePremium({
      fiscalYear: 2022,
      industry: '98',
      category: 'general',
      wages: { workersCompensation: 3_301_400, employmentInsurance: [1_500_500, 1_800_900] },
    });
    const ei = p.employmentInsurance!;
    expect('rate' in ei).toBe(false);
    expect(ei.periods.map((x) => x.rate)).toEqual(['9.5', '13.5']); // 一般 9.5‰ then 13.5‰ (docs/fy2022.md)
    expect(p.legalBasis).toContain(FY2022_SPLIT_LAW);
    for (const s of FY2022_SPLIT_SOURCES) expect(p.sources).toContain(s);
  });

  it('property: every rate in a premium is a plain decimal string (never "9.5/13.5")', () => {
    const decimal = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;
    fc.assert(
      fc.property(
        fc.constantFrom(2018, 2020, 2022, 2024, 2025, 2026),
        fc.constantFrom('98', '94', '37', '31'),
        fc.nat({ max: 1e9 }),
        fc.nat({ max: 1e9 }),
        (fy, industry, a, b) => {
          const wages = fy === 2022 ? { workersCompensation: a + b, employmentInsurance: [a, b] } : { workersCompensation: a, employmentInsurance: b };
          const p = laborInsurancePremium({ fiscalYear: fy, industry, category: 'general', wages });
          const rates = [
            p.workersCompensation!.rate,
            ...(p.employmentInsurance!.rate === undefined ? [] : [p.employmentInsurance!.rate]),
            ...p.employmentInsurance!.periods.map((x) => x.rate),
          ];
          return rates.every((r) => decimal.test(r));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('COVERAGES / isCoverage', () => {
  it('lists the three coverages, frozen, and the guard accepts exactly them', () => {
    expect(COVERAGES).toEqual(['both', 'workersCompensation', 'employmentInsurance']);
    expect(Object.isFrozen(COVERAGES)).toBe(true);
    for (const c of COVERAGES) expect(isCoverage(c)).toBe(true);
    for (const v of ['wc', 'Both', '', null, undefined, 1, {}]) expect(isCoverage(v)).toBe(false);
  });
  it('every coverage is accepted by laborInsurancePremium', () => {
    for (const coverage of COVERAGES) expect(laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 1_000_000, coverage }).coverage).toBe(coverage);
  });
});
