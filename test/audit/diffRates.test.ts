import { describe, expect, it } from 'vitest';
import { diffRates, ratesFor, RateTableError } from '../../src/index.js';

describe('diffRates', () => {
  it('lists the FY2024 → FY2025 雇用保険率 cut (rules.md §1.1 table) with sources', () => {
    const d = diffRates(2024, 2025);
    const get = (key: string) => d.changes.find((c) => c.area === 'employmentInsurance' && c.key === key);
    // 一般 15.5 → 14.5, worker 6 → 5.5; 建設 18.5 → 17.5, worker 7 → 6.5; 二事業率 unchanged (3.5 / 4.5)
    expect([get('general.total')?.old, get('general.total')?.new]).toEqual(['15.5', '14.5']);
    expect([get('general.worker')?.old, get('general.worker')?.new]).toEqual(['6', '5.5']);
    expect([get('construction.total')?.old, get('construction.total')?.new]).toEqual(['18.5', '17.5']);
    expect([get('construction.worker')?.old, get('construction.worker')?.new]).toEqual(['7', '6.5']);
    expect(get('general.employerTwoProjectsPart')).toBeUndefined();
    const w = get('general.worker')!;
    expect(w.effective).toBe('2025-04-01');
    expect(w.unit).toBe('per-mille');
    expect(w.sources).toEqual(ratesFor(2025).employmentInsurance[0]!.sources.map((k) => ratesFor(2025).sources[k]));
    // 労災保険率表 R6 unchanged in FY2025 → no workersCompensation change
    expect(d.changes.filter((c) => c.area === 'workersCompensation')).toEqual([]);
    expect(d.changes.filter((c) => c.area === 'generalContribution')).toEqual([]);
  });

  it('lists changes during the later year (FY2025 care-benefit August change)', () => {
    const d = diffRates(2025, 2025);
    const care = d.changes.filter((c) => c.area === 'careBenefit');
    // 令和7年8月改定: 常時介護 上限 177,950 → 186,050; 随時介護 上限 88,980 → 92,980 (最低保障額 unchanged)
    expect(care.map((c) => [c.key, c.old, c.new, c.effective])).toEqual([
      ['constant.max', '177950', '186050', '2025-08-01'],
      ['occasional.max', '88980', '92980', '2025-08-01'],
    ]);
    expect(d.changes.filter((c) => c.area === 'employmentInsurance')).toEqual([]);
  });

  it('FY2022: April two-projects change then the October change', () => {
    const d = diffRates(2021, 2022);
    const worker = d.changes.filter((c) => c.key === 'general.worker');
    // worker share 3‰ throughout FY2021 and until 2022-09-30, then 5‰ (rules.md §1.1 note on FY2022)
    expect(worker.map((c) => [c.old, c.new, c.effective])).toEqual([['3', '5', '2022-10-01']]);
    const total = d.changes.filter((c) => c.key === 'general.total');
    expect(total.map((c) => [c.old, c.new, c.effective])).toEqual([
      ['9', '9.5', '2022-04-01'],
      ['9.5', '13.5', '2022-10-01'],
    ]);
  });

  it('is empty between a year and itself when nothing changes mid-year, and notes missing blocks', () => {
    expect(diffRates(2024, 2024).changes).toEqual([]);
    // FY2026 care-benefit amounts are not published (rates.md §4), so the diff must say the block is missing
    expect(diffRates(2025, 2026).notes.some((n) => n.startsWith('careBenefit'))).toBe(true);
  });

  it('every change is old ≠ new and names its effective date within the later year', () => {
    for (const [a, b] of [
      [2018, 2019],
      [2019, 2020],
      [2020, 2021],
      [2022, 2023],
      [2023, 2024],
      [2025, 2026],
      [2018, 2026],
    ] as const) {
      for (const c of diffRates(a, b).changes) {
        expect(c.old).not.toBe(c.new);
        expect(c.effective >= `${b}-04-01` && c.effective <= `${b + 1}-03-31`).toBe(true);
        expect(c.legalBasis.length).toBeGreaterThan(0);
      }
    }
  });

  it('each change lists its legal basis as string[]: the new period’s', () => {
    const d = diffRates(2024, 2025);
    const w = d.changes.find((c) => c.key === 'general.worker')!;
    expect(w.legalBasis).toEqual([ratesFor(2025).employmentInsurance[0]!.legalBasis]);
    for (const [a, b] of [
      [2018, 2026],
      [2021, 2022],
      [2025, 2025],
    ] as const) {
      for (const c of diffRates(a, b).changes) {
        expect(Array.isArray(c.legalBasis)).toBe(true);
        expect(new Set(c.legalBasis).size).toBe(c.legalBasis.length);
        expect(c.legalBasis.every((x) => typeof x === 'string' && x !== '')).toBe(true);
      }
    }
    // Tables require a non-empty legal basis on every period (validateRateTable), so every change has one.
  });

  it('refuses a year with no table', () => {
    expect(() => diffRates(2010, 2025)).toThrow(RateTableError);
  });
});
