import { describe, expect, it } from 'vitest';
import { fiscalYearOfIso } from '../../src/core/dates.js';
import { computeWageLedger, exemptBornBy, fiscalMonths, isExemptOlderWorker, parseRecord, periodIndex } from '../../src/renewal/ledgerCore.js';
import { explain, wageLedger } from '../../src/index.js';

describe('computeWageLedger (internal exact core of wageLedger)', () => {
  it('FY2022: exact bigint totals per rate period, the premiumWages for the 確定 as bigints', () => {
    // FY2022 雇用保険 rates change on 2022-10-01 (two periods). By 賃金締切日:
    //   April–September: A 6,000,000 (both)                       → 労災 6,000,000, 雇用 6,000,000
    //   October–March:   A 6,000,000 (both) + B 500,000 (労災 only) → 労災 6,500,000, 雇用 6,000,000
    //   2023-04-25 is FY2023 → excluded.
    const l = computeWageLedger({
      fiscalYear: 2022,
      records: [
        { workerId: 'A', closingDate: '2022-09-30', wage: 6_000_000 },
        { workerId: 'A', closingDate: '2022-10-31', wage: '6000000' },
        { workerId: 'B', closingDate: '2022-10-31', wage: 500_000n, employmentInsurance: false },
        { workerId: 'A', closingDate: '2023-04-25', wage: 999 },
      ],
    });
    expect(l.totals).toEqual({ workersCompensation: 12_500_000n, employmentInsurance: 12_000_000n, exemptOlderWorkers: 0n });
    expect(l.periods.map((p) => [p.from, p.to, p.workersCompensation, p.employmentInsurance])).toEqual([
      ['2022-04-01', '2022-09-30', 6_000_000n, 6_000_000n],
      ['2022-10-01', '2023-03-31', 6_500_000n, 6_000_000n],
    ]);
    expect(l.premiumWages).toEqual({ workersCompensation: [6_000_000n, 6_500_000n], employmentInsurance: [6_000_000n, 6_000_000n] });
    expect(l.bases).toEqual({ workersCompensation: 12_500_000n, employmentInsurance: 12_000_000n });
    expect(l.excluded.map((e) => [e.index, e.fiscalYear])).toEqual([[3, 2023]]);
    expect(l.rows.find((r) => r.month === '2022-10')).toMatchObject({
      month: '2022-10',
      kind: 'salary',
      workersCompensation: 6_500_000n,
      employmentInsurance: 6_000_000n,
      exemptOlderWorkers: 0n,
      workers: 2,
      insuredWorkers: 1,
    });
    // the split uses the FY2022 rate periods: their sources and status are the result's
    expect(l.sources.length).toBeGreaterThan(0);
    expect(l.steps.map((s) => [s.id, s.rule, s.value])).toEqual([
      ['ledger.workersCompensation', 'renewal.ledgerWorkersCompensation', '12500000'],
      ['ledger.employmentInsurance', 'renewal.ledgerEmploymentInsurance', '12000000'],
      ['ledger.excluded', 'renewal.ledgerExcluded', '1'],
    ]);
  });

  it('a one-period year hands annual totals; errors name the caller’s path', () => {
    const l = computeWageLedger({ fiscalYear: 2025, records: [{ workerId: 'A', closingDate: '2025-05-25', wage: 1_234_567 }] });
    expect(l.premiumWages).toEqual({ workersCompensation: 1_234_567n, employmentInsurance: 1_234_567n });
    expect(l.bases).toEqual({ workersCompensation: 1_234_000n, employmentInsurance: 1_234_000n }); // 千円未満切捨て
    expect(l.sources).toEqual([]);
    expect(l.status).toBe('confirmed');
    expect(() => computeWageLedger({ fiscalYear: 2025, records: [{ workerId: 'A', closingDate: '2025-05-25', wage: -1 }], field: 'payroll' })).toThrowError(
      expect.objectContaining({ code: 'AMOUNT_NEGATIVE', details: expect.objectContaining({ field: 'payroll[0].wage' }) }),
    );
  });

  it('explains itself in the old words', () => {
    const l = computeWageLedger({ fiscalYear: 2019, records: [{ workerId: 'old', closingDate: '2019-04-25', wage: 300_000, birthDate: '1955-04-01' }] });
    expect(explain({ trace: l.steps }, { lang: 'ja' }).split('\n')).toEqual([
      '1. 労災保険対象者分 賃金総額 300,000 → 千円未満切捨て 300,000 [徴収法11条・15条1項1号]',
      '2. 雇用保険被保険者分 賃金総額 0 → 千円未満切捨て 0 [徴収法11条・15条1項1号]',
      '3. 免除対象高年齢労働者分 300,000 (1955-04-01以前生まれ) [旧徴収法11条の2 (2020-03-31まで)]',
    ]);
  });
});

describe('ledger steps', () => {
  it('締切日 → fiscal year: April 1 starts it, March 31 ends it (also at the ends of the calendar)', () => {
    expect([fiscalYearOfIso('2025-03-31'), fiscalYearOfIso('2025-04-01'), fiscalYearOfIso('0001-01-01'), fiscalYearOfIso('9999-12-31')]).toEqual([2024, 2025, 0, 9999]);
  });
  it('締切日 → month: April first, March last', () => {
    const m = fiscalMonths(2025);
    expect([m[0], m[8], m[9], m[11], m.length]).toEqual(['2025-04', '2025-12', '2026-01', '2026-03', 12]);
  });
  it('64歳以上 exemption up to FY2019: aged 64 on April 1 = born on or before April 1 of FY − 64', () => {
    // 年齢計算ニ関スル法律: born 1955-04-01 turns 64 at the end of 2019-03-31, so is 64 on 2019-04-01; born 1955-04-02 is not.
    expect([exemptBornBy(2019), exemptBornBy(2020)]).toEqual(['1955-04-01', undefined]);
    const rec = (birthDate: string | undefined, employmentInsurance = true) =>
      parseRecord({ workerId: 'x', closingDate: '2019-05-25', wage: 1, birthDate, employmentInsurance }, 'r');
    expect(isExemptOlderWorker(rec('1955-04-01'), 2019, 'r')).toBe(true);
    expect(isExemptOlderWorker(rec('1955-04-02'), 2019, 'r')).toBe(false);
    expect(isExemptOlderWorker(rec(undefined, false), 2019, 'r')).toBe(false); // not insured: no birth date needed
    expect(isExemptOlderWorker(rec('1900-01-01'), 2020, 'r')).toBe(false); // ended 2020-04-01
    expect(() => isExemptOlderWorker(rec(undefined), 2019, 'r')).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
  it('a closing date outside every period falls back to the first', () => {
    const p = [
      { from: '2022-04-01', to: '2022-09-30' },
      { from: '2022-10-01', to: '2023-03-31' },
    ];
    expect([periodIndex(p, '2022-09-30'), periodIndex(p, '2022-10-01'), periodIndex(p, '2030-01-01')]).toEqual([0, 1, 0]);
  });
});

describe('wageLedger (public): contract fields', () => {
  it('amount is the 労災 賃金総額; legalBasis, sources and status of the FY2022 split', () => {
    const records = [
      { workerId: 'A', closingDate: '2022-09-30', wage: 6_000_000 },
      { workerId: 'A', closingDate: '2022-10-31', wage: 6_000_000 },
      { workerId: 'B', closingDate: '2022-10-31', wage: 500_000, employmentInsurance: false },
    ];
    const l = wageLedger({ fiscalYear: 2022, records });
    // 労災 6,000,000 + 6,000,000 + 500,000 = 12,500,000 (before the 千円 truncation)
    expect([l.amount, l.totals.workersCompensation, l.bases.workersCompensation]).toEqual([12_500_000, 12_500_000, 12_500_000]);
    expect(l.legalBasis).toEqual(['徴収法11条', '徴収法15条1項1号', '賃金締切日基準']);
    // both FY2022 雇用保険 periods are marked confirmed in the data (5 + 4 source keys, 5 distinct)
    expect([l.status, l.sources.length]).toEqual(['confirmed', 5]);
    expect(l.premiumWages).toEqual({ workersCompensation: [6_000_000, 6_500_000], employmentInsurance: [6_000_000, 6_000_000] });
    expect(l.trace.every((s) => typeof s.rule === 'string')).toBe(true);
    // FY2019 names the old exemption
    expect(wageLedger({ fiscalYear: 2019, records: [] }).legalBasis).toEqual(['徴収法11条', '徴収法15条1項1号', '旧徴収法11条の2 (2020-03-31まで)']);
  });
  it('the old field names are refused (no aliases)', () => {
    expect(() => wageLedger({ fiscalYear: 2025, records: [{ worker: 'A', closingDate: '2025-04-25', amount: 1 } as never] })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });
});
